import Foundation
import XCTest

/// Runs the real `annual-review` binary (`.build/debug/annual-review`, built by scripts/test.sh
/// before `swift test`) in a folder of its own, capturing standard output, standard error and
/// the exit code.
struct AnnualReviewBinary {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: "\(#filePath)")
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var path: String { packageRoot.appendingPathComponent(".build/debug/annual-review").path }

    struct Result {
        var stdout: String
        var stderr: String
        var exitCode: Int32
        /// Standard error's lines, without the final line break.
        var stderrLines: [String] { stderr.isEmpty ? [] : stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
        var stdoutLines: [String] { stdout.isEmpty ? [] : stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    /// The folder the binary runs in: a fresh temporary folder, removed by `tearDown`.
    let folder: URL

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.path) else {
            throw XCTSkip("\(Self.path) is missing; build it first (scripts/test.sh runs `swift build --product annual-review`)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("annual-review-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A path inside the run folder.
    func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    @discardableResult
    func run(_ arguments: [String]) throws -> Result {
        let out = folder.appendingPathComponent(".stdout"), err = folder.appendingPathComponent(".stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.path)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self),
                      exitCode: process.terminationStatus)
    }

    /// Writes `text` (UTF-8) to a file of the run folder, making its folder.
    func write(_ relative: String, _ text: String) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
