import Foundation

/// Runs the built `annual-review` executable, as a user would: end-to-end tests assert its
/// exit code, standard output and standard error.
public enum Binary {
    /// The executable `swift build` made (scripts/test.sh builds it before `swift test`).
    public static var path: String {
        let debug = IndependentReader.packageRoot.appendingPathComponent(".build/debug/annual-review").path
        return debug
    }

    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// Runs the tool with `arguments` in `directory` (default: a fresh temporary folder),
    /// with the environment `environment` added to this process's.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw ReaderError(message: "\(path) is missing: run `swift build` before `swift test` (scripts/test.sh does)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? IndependentReader.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A new empty temporary folder, removed when the test process ends is not guaranteed:
    /// tests remove it themselves.
    public static func temporaryFolder(_ label: String = "annual-review") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `Tests/Fixtures/<name>`.
    public static func fixture(_ name: String) -> URL {
        IndependentReader.packageRoot.appendingPathComponent("Tests/Fixtures/\(name)")
    }
}
