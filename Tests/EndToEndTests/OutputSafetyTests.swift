import Foundation
import TestSupport
import XCTest

/// What a build guarantees about its files (rules §5, §6), run on the real binary: the workbook
/// and its draft are written as a pair under a lock on their folder, so concurrent builds end
/// with one build's pair; a failure, a full disk or a signal leaves the last good pair as it was,
/// with one line on standard error; what a killed run leaves is removed by the next; an output
/// never replaces an input or another output. The inputs are the clean example `template`
/// writes (`t/example`), so the error is the only line.
final class OutputSafetyTests: XCTestCase {
    private var binary: AnnualReviewBinary!
    private let example = "t/example"

    override func setUpWithError() throws {
        binary = try AnnualReviewBinary.withTemplates()
    }

    override func tearDown() {
        // A read-only file or a mount must not keep the folder from going.
        if let binary {
            _ = try? runProgram("/bin/umount", [binary.path("full")])
            _ = try? runProgram("/bin/chmod", ["-R", "u+w", binary.folder.path])
            binary.remove()
        }
    }

    // MARK: Helpers

    /// Adds a blank line to a log: not read, but the inputs' bytes, and so the outputs, change.
    private func addBlankLine(to relative: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: binary.path(relative)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
    }

    private func bytes(_ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: binary.path(relative)))
    }

    /// The names in a folder of the run, sorted.
    private func names(_ relative: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: binary.path(relative)).sorted()
    }

    /// Builds the example into `out/r.xlsx` (and its draft), then changes the inputs, so a second
    /// build would write other bytes; returns the pair as it is.
    private func buildThePairThenChangeTheInputs() throws -> (workbook: Data, draft: Data) {
        try binary.makeFolder("out")
        let first = try binary.run(["build", "--inputs", example, "--out", "out/r.xlsx", "--quiet"])
        XCTAssertEqual(first.exitCode, 0, first.stderr)
        try addBlankLine(to: "\(example)/lectures.csv")
        return (try bytes("out/r.xlsx"), try bytes("out/r.md"))
    }

    private func assertThePairIsUntouched(_ pair: (workbook: Data, draft: Data), file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try bytes("out/r.xlsx"), pair.workbook, "the workbook was replaced", file: file, line: line)
        XCTAssertEqual(try bytes("out/r.md"), pair.draft, "the draft was replaced", file: file, line: line)
    }

    /// The fingerprint a workbook's custom properties name, and the 12 digits its draft's
    /// closing comment names.
    private func fingerprints(workbook: String) throws -> (workbook: String, draft: String) {
        let custom = try IndependentReader.zipEntry(binary.path(workbook), "docProps/custom.xml")
        let full = try XCTUnwrap(custom.range(of: #"[0-9a-f]{64}"#, options: .regularExpression).map { String(custom[$0]) })
        let draft = try String(contentsOfFile: binary.path(workbook.replacingOccurrences(of: ".xlsx", with: ".md")), encoding: .utf8)
        let comment = try XCTUnwrap(draft.range(of: #"输入指纹 [0-9a-f]{12}"#, options: .regularExpression).map { String(draft[$0]) })
        return (full, String(comment.suffix(12)))
    }

    /// Starts the binary without waiting for it.
    private func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try ReviewBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = binary.folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    // MARK: F8: the pair, written together

    /// 24 builds of 24 different inputs into one folder at once: the folder ends with one
    /// build's workbook and that build's draft, and nothing else but the lock.
    func testConcurrentBuildsEndWithOneBuildsPair() throws {
        try binary.makeFolder("out")
        var expected: Set<String> = []
        for i in 1...24 {
            try FileManager.default.copyItem(atPath: binary.path(example), toPath: binary.path("in\(i)"))
            // Blank lines are not read, but they change the fingerprint: each input is another.
            for _ in 1...i { try addBlankLine(to: "in\(i)/lectures.csv") }
            expected.insert(try independentFingerprint(of: binary.path("in\(i)")))
        }
        let builds = try (1...24).map { try start(["build", "--inputs", "in\($0)", "--out", "out/r.xlsx", "--quiet"]) }
        for build in builds {
            build.waitUntilExit()
            XCTAssertEqual(build.terminationStatus, 0)
        }
        XCTAssertEqual(try names("out"), [".annual-review.lock", "r.md", "r.xlsx"])
        let found = try fingerprints(workbook: "out/r.xlsx")
        XCTAssertTrue(expected.contains(found.workbook), found.workbook)
        XCTAssertEqual(found.draft, String(found.workbook.prefix(12)), "the draft is another build's")
    }

    /// A draft made read-only is not replaced, and so neither is its workbook.
    func testAReadOnlyDraftLeavesThePairUntouched() throws {
        let pair = try buildThePairThenChangeTheInputs()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: binary.path("out/r.md"))
        for (language, line) in [("zh", "error: 无法替换 out/r.md：该文件是只读的；请先改为可写，或另选位置"),
                                 ("en", "error: cannot replace out/r.md: the file is read-only; make it writable or choose another path")] {
            let result = try binary.run(["build", "--inputs", example, "--out", "out/r.xlsx", "--lang", language])
            XCTAssertEqual(result.exitCode, 2)
            XCTAssertEqual(result.stderrLines, [line])
            try assertThePairIsUntouched(pair)
            XCTAssertEqual(try names("out"), [".annual-review.lock", "r.md", "r.xlsx"])
        }
    }

    /// A folder where the draft would go: refused before either file is renamed.
    func testADraftPathThatIsAFolderLeavesTheWorkbookUntouched() throws {
        let pair = try buildThePairThenChangeTheInputs()
        try FileManager.default.removeItem(atPath: binary.path("out/r.md"))
        try binary.makeFolder("out/r.md/notes")
        let result = try binary.run(["build", "--inputs", example, "--out", "out/r.xlsx", "--lang", "en"])
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertEqual(result.stderrLines, ["error: cannot write out/r.md: it is a folder; move it away or choose another path"])
        XCTAssertEqual(try bytes("out/r.xlsx"), pair.workbook)
        XCTAssertEqual(try names("out"), [".annual-review.lock", "r.md", "r.xlsx"])
    }

    /// SIGTERM and SIGINT while the workbook is being written: its temporary file goes, the old
    /// pair stays, and the run ends by the signal. SIGKILL cannot be caught: the killed run's
    /// temporary file stays, and the next run, seeing its process gone, removes it.
    func testASignalRemovesTheFilesInFlightAndTheNextRunWhatAKillLeft() throws {
        let folder = try makeLargeInputs()
        let pair = try buildThePairThenChangeTheInputs(inputs: folder)
        for signal in [SIGTERM, SIGINT] {
            let build = try start(["build", "--inputs", folder, "--out", "out/r.xlsx", "--quiet"])
            XCTAssertNotNil(waitForTemporaryFile(in: "out", while: build), "the build ended before its temporary file showed")
            kill(build.processIdentifier, signal)
            build.waitUntilExit()
            XCTAssertEqual(build.terminationReason, .uncaughtSignal)
            XCTAssertEqual(build.terminationStatus, signal)
            XCTAssertEqual(try names("out"), [".annual-review.lock", "r.md", "r.xlsx"], "signal \(signal)")
            try assertThePairIsUntouched(pair)
        }

        let build = try start(["build", "--inputs", folder, "--out", "out/r.xlsx", "--quiet"])
        let temporary = try XCTUnwrap(waitForTemporaryFile(in: "out", while: build), "the build ended before its temporary file showed")
        kill(build.processIdentifier, SIGKILL)
        build.waitUntilExit()
        XCTAssertTrue(temporary.hasPrefix(".r.xlsx.tmp-\(build.processIdentifier)-"), temporary)
        XCTAssertTrue(try names("out").contains(temporary))
        try assertThePairIsUntouched(pair)
        let next = try binary.run(["build", "--inputs", example, "--out", "out/r.xlsx", "--quiet"])
        XCTAssertEqual(next.exitCode, 0, next.stderr)
        XCTAssertEqual(try names("out"), [".annual-review.lock", "r.md", "r.xlsx"])
    }

    /// Files named as a run's temporary files: those of a process that is gone are removed, those
    /// of a live one (init, pid 1) and other names are left.
    func testOnlyTheTemporaryFilesOfRunsThatAreGoneAreRemoved() throws {
        try binary.makeFolder("out")
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let dead = gone.processIdentifier
        let stale = [".r.xlsx.tmp-\(dead)-0123456789abcdef.xlsx", ".r.md.tmp-\(dead)-00ff.md", ".r.xlsx.tmp-\(dead)-1.bak",
                     ".other.json.tmp-\(dead)-abc.json"]
        let kept = [".r.xlsx.tmp-1-0123456789abcdef.xlsx", ".r.xlsx.tmp-\(dead)-XYZ.xlsx", "r.xlsx.tmp-\(dead)-abc.xlsx", ".notes.txt"]
        for name in stale + kept { try binary.write("out/\(name)", "x") }
        let result = try binary.run(["build", "--inputs", example, "--out", "out/r.xlsx", "--quiet"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        XCTAssertEqual(try names("out"), ([".annual-review.lock", "r.md", "r.xlsx"] + kept).sorted())
    }

    /// A full disk, made by a file-size limit (SIGXFSZ ignored, so a write fails with EFBIG):
    /// libxlsxwriter's own `[ERROR]` lines stay off standard error, which gets one line; the old
    /// pair stays and no temporary file is left.
    func testAFileSizeLimitGivesOneLineAndKeepsThePair() throws {
        let pair = try buildThePairThenChangeTheInputs()
        let limited = ["-c", "ulimit -f 16; trap '' XFSZ; exec \"$0\" \"$@\"", try ReviewBinary.path,
                       "build", "--inputs", example, "--out", "out/r.xlsx", "--quiet"]
        for (language, line) in [("zh", "error: 无法写入 out/r.xlsx：File too large"), ("en", "error: cannot write out/r.xlsx: File too large")] {
            let run = try runProgram("/bin/sh", limited + ["--lang", language], in: binary.folder)
            let stderr = String(decoding: run.stderr, as: UTF8.self)
            XCTAssertEqual(run.status, 2, stderr)
            XCTAssertEqual(stderr, line + "\n")
            try assertThePairIsUntouched(pair)
            XCTAssertEqual(try names("out"), [".annual-review.lock", "r.md", "r.xlsx"])
        }
    }

    /// A folder on a full file system (a 64 KiB tmpfs, filled): the same, with the system's
    /// reason. Needs the right to mount, which CI's root has; skipped without it.
    func testAFullFileSystemGivesOneLineAndKeepsThePair() throws {
        let full = binary.path("full")
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        guard (try? runProgram("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", full]))?.status == 0 else {
            throw XCTSkip("cannot mount a tmpfs here")
        }
        let first = try binary.run(["build", "--inputs", example, "--out", "full/r.xlsx", "--quiet"])
        XCTAssertEqual(first.exitCode, 0, first.stderr)
        let pair = (try bytes("full/r.xlsx"), try bytes("full/r.md"))
        // Fill what is left.
        _ = try runProgram("/bin/dd", ["if=/dev/zero", "of=\(full)/filler", "bs=1024", "count=128"])
        try addBlankLine(to: "\(example)/lectures.csv")
        let result = try binary.run(["build", "--inputs", example, "--out", "full/r.xlsx", "--quiet", "--lang", "en"])
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertEqual(result.stderrLines, ["error: cannot write full/r.xlsx: No space left on device"])
        XCTAssertEqual(try bytes("full/r.xlsx"), pair.0)
        XCTAssertEqual(try bytes("full/r.md"), pair.1)
        XCTAssertEqual(try names("full"), [".annual-review.lock", "filler", "r.md", "r.xlsx"])
    }

    // MARK: F9: an output never replaces an input or another output

    private func assertRefused(_ arguments: [String], zh: String, en: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for (language, expected) in [("zh", zh), ("en", en)] {
            let result = try binary.run(arguments + ["--quiet", "--lang", language])
            XCTAssertEqual(result.exitCode, 2, file: file, line: line)
            XCTAssertEqual(result.stderrLines, [expected], file: file, line: line)
        }
    }

    func testAnOutputNamingALogIsRefused() throws {
        let log = try bytes("\(example)/meetings.csv")
        try assertRefused(["build", "--inputs", example, "--out", "\(example)/meetings.csv"],
            zh: "error: 工作簿不能写到 \(example)/meetings.csv：它是本次读取的输入文件；请用 --out 另选位置",
            en: "error: will not write the workbook to \(example)/meetings.csv: it is an input this run reads; choose another --out")
        XCTAssertEqual(try bytes("\(example)/meetings.csv"), log)
        // Through a link, and written another way: the same file.
        try FileManager.default.createSymbolicLink(atPath: binary.path("link.xlsx"), withDestinationPath: "\(example)/sites.csv")
        try assertRefused(["build", "--inputs", example, "--out", "link.xlsx"],
            zh: "error: 工作簿不能写到 link.xlsx：它是本次读取的输入文件 \(example)/sites.csv；请用 --out 另选位置",
            en: "error: will not write the workbook to link.xlsx: it is the input \(example)/sites.csv this run reads; choose another --out")
        try assertRefused(["build", "--inputs", example, "--json-file", "./t/../\(example)/review.yml"],
            zh: "error: JSON 摘要不能写到 ./t/../\(example)/review.yml：它是本次读取的输入文件 \(example)/review.yml；请用 --json-file 另选位置",
            en: "error: will not write the JSON summary to ./t/../\(example)/review.yml: it is the input \(example)/review.yml this run reads; choose another --json-file")
        XCTAssertFalse(FileManager.default.fileExists(atPath: binary.path("Reports")))
    }

    /// The draft goes beside the workbook: `--out …/templates/draft.zh.xlsx` would replace the
    /// template the run reads (the template of the run's language).
    func testADraftNamingTheTemplateIsRefused() throws {
        try binary.makeFolder("\(example)/templates")
        try FileManager.default.copyItem(atPath: binary.path("t/templates/draft.zh.md"), toPath: binary.path("\(example)/templates/draft.zh.md"))
        try binary.write("\(example)/templates/draft.en.md", "# {{title}}\n")
        let templates = (try bytes("\(example)/templates/draft.zh.md"), try bytes("\(example)/templates/draft.en.md"))
        for (language, line) in [("zh", "error: 述职要点不能写到 \(example)/templates/draft.zh.md：它是本次读取的输入文件；请用 --out 另选位置"),
                                 ("en", "error: will not write the draft to \(example)/templates/draft.en.md: it is an input this run reads; choose another --out")] {
            let result = try binary.run(["build", "--inputs", example, "--out", "\(example)/templates/draft.\(language).xlsx", "--quiet", "--lang", language])
            XCTAssertEqual(result.exitCode, 2)
            XCTAssertEqual(result.stderrLines, [line])
        }
        XCTAssertEqual(try names("\(example)/templates"), ["draft.en.md", "draft.zh.md"])
        XCTAssertEqual(try bytes("\(example)/templates/draft.zh.md"), templates.0)
        XCTAssertEqual(try bytes("\(example)/templates/draft.en.md"), templates.1)
    }

    func testTheJSONNamingTheWorkbookOrTheDraftIsRefused() throws {
        try binary.makeFolder("out")
        try assertRefused(["build", "--inputs", example, "--out", "out/r.xlsx", "--json-file", "out/r.xlsx"],
            zh: "error: JSON 摘要不能写到 out/r.xlsx：它与工作簿 out/r.xlsx 是同一个文件；请用 --json-file 另选位置",
            en: "error: will not write the JSON summary to out/r.xlsx: it is the same file as the workbook out/r.xlsx; choose another --json-file")
        try assertRefused(["build", "--inputs", example, "--out", "out/r.xlsx", "--json-file", "out/./r.md"],
            zh: "error: JSON 摘要不能写到 out/./r.md：它与述职要点 out/r.md 是同一个文件；请用 --json-file 另选位置",
            en: "error: will not write the JSON summary to out/./r.md: it is the same file as the draft out/r.md; choose another --json-file")
        XCTAssertEqual(try names("out"), [])
        // Apart, all three are written.
        let result = try binary.run(["build", "--inputs", example, "--out", "out/r.xlsx", "--json-file", "out/r.json", "--quiet"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        XCTAssertEqual(try names("out"), [".annual-review.lock", "r.json", "r.md", "r.xlsx"])
    }

    // MARK: Inputs that cannot be read are not passed over

    /// A template that is there but cannot be read stops the run; the built-in one never stands
    /// in for it. (Root reads any file, so "cannot be read" is a folder or a broken link here.)
    func testAnUnreadableTemplateIsAnError() throws {
        try binary.makeFolder("\(example)/templates/draft.zh.md")
        let folder = try binary.run(["build", "--inputs", example, "--quiet"])
        XCTAssertEqual(folder.exitCode, 2)
        XCTAssertEqual(folder.stderrLines, ["\(example)/templates/draft.zh.md: error: 述职要点模板不是普通文件；请换成模板文件，或移走它以使用内置模板"])
        try FileManager.default.createSymbolicLink(atPath: binary.path("\(example)/templates/draft.en.md"), withDestinationPath: "gone.md")
        let link = try binary.run(["build", "--inputs", example, "--lang", "en", "--quiet"])
        XCTAssertEqual(link.exitCode, 2)
        XCTAssertEqual(link.stderrLines, ["\(example)/templates/draft.en.md: error: cannot read the report-draft template: No such file or directory; check its permissions, or move it away to use the built-in one"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: binary.path("Reports")))
    }

    /// A pipe where the config should be: a config error, not a wait for a writer.
    func testAConfigThatIsNoFileIsAnError() throws {
        let config = binary.path("\(example)/review.yml")
        try FileManager.default.removeItem(atPath: config)
        XCTAssertEqual(mkfifo(config, 0o644), 0)
        let done = unblockAfterAWhile(config)
        defer { done.signal() }
        try assertRefused(["validate", "--inputs", example],
            zh: "review.yml: error: 不是可读取的普通文件（是文件夹、管道或失效的链接）；请换成配置文件，或移走它",
            en: "review.yml: error: is not a regular file that can be read (a folder, a pipe or a broken link); put the config file there or move it away")
    }

    /// Should a run read the pipe at `path` after all, a writer comes and goes after 20 seconds,
    /// so that the test fails rather than hangs. Signal the semaphore when done.
    private func unblockAfterAWhile(_ path: String) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while done.wait(timeout: .now() + 20) == .timedOut {
                let descriptor = open(path, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 { close(descriptor) }
            }
        }
        return done
    }

    /// `check --report` naming a pipe: refused at once, never read (which would wait for a
    /// writer for ever).
    func testCheckRefusesAReportThatIsAPipe() throws {
        let pipe = binary.path("report.xlsx")
        XCTAssertEqual(mkfifo(pipe, 0o644), 0)
        let done = unblockAfterAWhile(pipe)
        defer { done.signal() }
        try assertRefused(["check", "--inputs", example, "--report", "report.xlsx"],
            zh: "error: report.xlsx 不是普通文件（是管道或设备等），无法比较；请给出已提交报告的文件路径",
            en: "error: report.xlsx is not a regular file (a pipe, a device …) and cannot be compared; give the committed report's file")
    }

    // MARK: Large inputs, for a write long enough to be interrupted

    /// A generated year of 1,200 sites: its workbook takes a good fraction of a second to write.
    private func makeLargeInputs() throws -> String {
        let run = try runProgram(try TestPackage.product("generate-sample"),
                                 ["--out", binary.path("large"), "--sites", "1200", "--meetings-rows", "3000", "--plain"])
        XCTAssertEqual(run.status, 0, String(decoding: run.stderr, as: UTF8.self))
        return "large"
    }

    private func buildThePairThenChangeTheInputs(inputs: String) throws -> (workbook: Data, draft: Data) {
        try binary.makeFolder("out")
        let first = try binary.run(["build", "--inputs", inputs, "--out", "out/r.xlsx", "--quiet"])
        XCTAssertEqual(first.exitCode, 0, first.stderr)
        try addBlankLine(to: "\(inputs)/lectures.csv")
        return (try bytes("out/r.xlsx"), try bytes("out/r.md"))
    }

    /// Waits until a temporary file shows in `folder` while `process` runs: its name, or nil when
    /// the process ended first.
    private func waitForTemporaryFile(in folder: String, while process: Process) -> String? {
        while process.isRunning {
            if let name = (try? names(folder))?.first(where: { $0.contains(".tmp-") }) { return name }
            usleep(200)
        }
        return nil
    }
}
