import Foundation
import TestSupport
import XCTest

/// Runs the real `annual-review` binary (see `ReviewBinary`) in a temporary folder of its own,
/// through TestSupport's `runProgram`, capturing standard output, standard error and the exit
/// code; fails when it is not built.
struct AnnualReviewBinary {

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
        folder = try TestPackage.makeTemporaryFolder("annual-review-e2e")
    }

    /// A run folder holding what `annual-review template` writes, under `t/` (its example year
    /// in `t/example`).
    static func withTemplates() throws -> AnnualReviewBinary {
        let binary = try AnnualReviewBinary()
        let made = try binary.run(["template", "--out", "t"])
        guard made.exitCode == 0 else {
            throw TestPackage.Missing(description: "`annual-review template` failed: \(made.stderr)")
        }
        return binary
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A path inside the run folder.
    func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    @discardableResult
    func run(_ arguments: [String]) throws -> Result {
        let run = try runProgram(try ReviewBinary.path, arguments, in: folder)
        return Result(stdout: String(decoding: run.stdout, as: UTF8.self), stderr: String(decoding: run.stderr, as: UTF8.self),
                      exitCode: run.status)
    }

    /// The sample year's inputs (Inputs/).
    static let sampleInputs = TestPackage.root.appendingPathComponent("Inputs").path

    /// `build` of `inputs` into `workbook` (the draft beside it), in `lang`, without progress;
    /// throws `BuildFailed` with its standard error when it does not exit 0.
    func build(_ inputs: String, to workbook: String, lang: String) throws {
        let result = try run(["build", "--inputs", inputs, "--out", workbook, "--lang", lang, "--quiet"])
        guard result.exitCode == 0 else { throw BuildFailed(message: "build --lang \(lang) exited \(result.exitCode): \(result.stderr)") }
    }

    struct BuildFailed: Error { let message: String }

    /// Writes `text` (UTF-8) to a file of the run folder, making its folder.
    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Data(text.utf8))
    }

    /// Writes `bytes` to a file of the run folder, making its folder.
    func write(_ relative: String, bytes: Data) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }

    /// Makes a folder of the run folder, and the folders above it.
    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
    }
}
