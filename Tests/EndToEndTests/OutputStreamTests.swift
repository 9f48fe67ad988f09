import Foundation
import TestSupport
import XCTest

/// What goes where: results on standard output, the summary on standard error unless --quiet,
/// only JSON on standard output with --json, and progress only on a terminal.
final class OutputStreamTests: XCTestCase {
    private var binary: AnnualReviewBinary!
    private let example = "t/example"

    override func setUpWithError() throws {
        binary = try AnnualReviewBinary.withTemplates()
    }

    override func tearDown() { binary?.remove() }

    func testQuietBuildPrintsNothing() throws {
        let result = try binary.run(["build", "--inputs", example, "--quiet"])
        XCTAssertEqual(result.exitCode, 0)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "")
    }

    /// In the report's language: Chinese by default, English with --lang en.
    func testBuildSummaryIsOneLineOnStandardError() throws {
        let patterns = [
            "zh": #"^annual-review: 2024年度：接受 158 行，拒绝 0 行；已写出 r\.xlsx 和 r\.md，用时 [0-9]+\.[0-9]{2} 秒$"#,
            "en": #"^annual-review: 2024: 158 rows accepted, 0 rejected; wrote r\.xlsx and r\.md in [0-9]+\.[0-9]{2} s$"#,
        ]
        for lang in ["zh", "en"] {
            let result = try binary.run(["build", "--inputs", example, "--out", "r.xlsx", "--lang", lang])
            XCTAssertEqual(result.exitCode, 0)
            XCTAssertEqual(result.stdout, "")
            XCTAssertEqual(result.stderrLines.count, 1)
            XCTAssertNotNil(result.stderrLines.first?.range(of: patterns[lang]!, options: .regularExpression), result.stderr)
        }
    }

    func testJSONIsAllOfStandardOutput() throws {
        for quiet in [false, true] {
            let result = try binary.run(["build", "--inputs", example, "--json", "--out", "r.xlsx"] + (quiet ? ["--quiet"] : []))
            XCTAssertEqual(result.exitCode, 0)
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            XCTAssertEqual(object?["year"] as? Int, 2024)
            XCTAssertEqual(result.stderrLines.count, quiet ? 0 : 1, result.stderr)
        }
    }

    /// Standard error is a file here, not a terminal: no progress, even on the sample year, which
    /// takes long enough to show it on a terminal.
    func testNoProgressWhenStandardErrorIsNotATerminal() throws {
        let inputs = AnnualReviewBinary.sampleInputs
        let result = try binary.run(["validate", "--inputs", inputs])
        XCTAssertFalse(result.stderr.contains("\r"))
        XCTAssertFalse(result.stderr.contains("rows,"))
    }

    /// Enough meeting rows for the read to take over a quarter second in this build mode (a
    /// release build reads some three million rows a second).
    #if DEBUG
    static let progressRows = "120000"
    #else
    static let progressRows = "2000000"
    #endif

    /// On a terminal (a pseudo-terminal made by util-linux `script`), progress is drawn on one
    /// line with `\r` and cleared at the end; `--quiet` turns it off. Progress appears once a
    /// read has taken a quarter of a second, so the year read is a generated one of
    /// `progressRows` meeting rows (the sample year is read faster than that).
    func testProgressOnATerminal() throws {
        let generator = try TestPackage.product("generate-sample")
        let inputs = binary.path("large")
        let generated = try runProgram(generator, ["--out", inputs, "--sites", "150", "--meetings-rows", Self.progressRows, "--plain"], in: binary.folder)
        XCTAssertEqual(generated.status, 0)
        let shown = try runScript("'\(try ReviewBinary.path)' validate --inputs '\(inputs)' >/dev/null")
        // In Chinese, the default: `meetings.csv（3/4）：已读 28,721 行，4.8 / 9.3 MB`.
        XCTAssertTrue(shown.contains("\r\u{1B}[Kannual-review: meetings.csv（"), shown)
        XCTAssertTrue(shown.contains("）：已读 ") && shown.contains(" 行，") && shown.contains(" MB"), shown)
        XCTAssertTrue(shown.hasSuffix("\r\u{1B}[K"), shown)
        let english = try runScript("'\(try ReviewBinary.path)' validate --lang en --inputs '\(inputs)' >/dev/null")
        XCTAssertTrue(english.contains("\r\u{1B}[Kannual-review: meetings.csv ("), english)
        XCTAssertTrue(english.contains(" rows, ") && english.contains(" of ") && english.contains(" MB"), english)
        let quiet = try runScript("'\(try ReviewBinary.path)' validate --quiet --inputs '\(inputs)' >/dev/null")
        XCTAssertFalse(quiet.contains("\r\u{1B}[K"), quiet)
    }

    /// Runs a shell command under `script`, whose terminal output it returns.
    private func runScript(_ command: String) throws -> String {
        let run = try runProgram("/usr/bin/script", ["-qec", command, "/dev/null"], in: binary.folder)
        return String(decoding: run.stdout, as: UTF8.self)
    }
}
