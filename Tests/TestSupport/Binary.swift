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
        let run = try runProgram(path, arguments, in: directory ?? IndependentReader.packageRoot, environment: environment)
        return Result(status: run.status, stdout: String(decoding: run.stdout, as: UTF8.self),
                      stderr: String(decoding: run.stderr, as: UTF8.self))
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
