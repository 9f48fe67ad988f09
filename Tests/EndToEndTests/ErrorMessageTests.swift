import Foundation
import XCTest

/// The errors a person meets first, each a single line on standard error that says what to do,
/// with exit code 2 and no stack trace. Inputs are the clean example `template` writes, so the
/// error is the only line.
final class ErrorMessageTests: XCTestCase {
    private var binary: AnnualReviewBinary!
    private let example = "t/example"

    override func setUpWithError() throws {
        binary = try AnnualReviewBinary()
        XCTAssertEqual(try binary.run(["template", "--out", "t"]).exitCode, 0)
    }

    override func tearDown() { binary?.remove() }

    private func assertFails(_ arguments: [String], with line: String, file: StaticString = #filePath, lineNumber: UInt = #line) throws {
        let result = try binary.run(arguments)
        XCTAssertEqual(result.stderrLines, [line], file: file, line: lineNumber)
        XCTAssertEqual(result.exitCode, 2, file: file, line: lineNumber)
        XCTAssertEqual(result.stdout, "", file: file, line: lineNumber)
    }

    func testMissingInputsFolder() throws {
        try assertFails(["build", "--inputs", "logs"], with:
            "error: the inputs folder logs does not exist; give the folder holding the logs with --inputs DIR, or run `annual-review template` to start one")
    }

    func testNoArgumentsWithoutInputs() throws {
        try assertFails([], with:
            "error: the inputs folder Inputs does not exist; give the folder holding the logs with --inputs DIR, or run `annual-review template` to start one")
    }

    func testMissingSitesLog() throws {
        try FileManager.default.removeItem(atPath: binary.path("\(example)/sites.csv"))
        try assertFails(["validate", "--inputs", example], with:
            "error: \(example) has no sites.csv or 单位名册.csv that can be read; the register of sites is required (run `annual-review template` for its columns)")
    }

    func testReportsIsAFile() throws {
        try binary.write("Reports", "")
        try assertFails(["build", "--inputs", example], with:
            "error: cannot write into Reports: it is a file, not a folder; move it away or choose another --out")
    }

    /// "Unwritable": a read-only folder is still writable for root (CI runs as root), so the
    /// folder is made impossible to create instead: its parent is a regular file.
    func testOutputFolderUnderAFile() throws {
        try binary.write("notes.txt", "")
        try assertFails(["build", "--inputs", example, "--out", "notes.txt/review.xlsx"], with:
            "error: cannot write into notes.txt: it is a file, not a folder; move it away or choose another --out")
        try assertFails(["build", "--inputs", example, "--out", "notes.txt/2024/review.xlsx"], with:
            "error: cannot write into notes.txt/2024: notes.txt is a file, not a folder; move it away or choose another --out")
    }

    func testOutputFolderMissing() throws {
        try assertFails(["build", "--inputs", example, "--out", "out/review.xlsx"], with:
            "error: the folder out does not exist; create it or choose another --out")
    }

    func testOutputPathIsAFolder() throws {
        // A one-letter folder name once crashed Foundation's path handling.
        try FileManager.default.createDirectory(atPath: binary.path("d"), withIntermediateDirectories: true)
        try assertFails(["build", "--inputs", example, "--out", "d"], with:
            "error: --out d is a folder; give a file name, e.g. --out d/review.xlsx")
    }

    func testDefaultWorkbookPathIsAFolder() throws {
        try FileManager.default.createDirectory(atPath: binary.path("Reports/annual-review-2024.xlsx"), withIntermediateDirectories: true)
        try assertFails(["build", "--inputs", example], with:
            "error: Reports/annual-review-2024.xlsx is a folder; move it away or give the workbook's file name with --out")
    }

    func testJSONFileIsAFolder() throws {
        try assertFails(["build", "--inputs", example, "--json-file", "t"], with:
            "error: --json-file t is a folder; give a file name, e.g. --json-file t/summary.json")
    }

    func testReviewYearWithoutData() throws {
        try assertFails(["build", "--inputs", example, "--year", "2030"], with:
            "error: no data for 2030 in \(example): the logs have rows of 2024; give another --year or change the config's year")
    }

    func testMissingConfigFile() throws {
        try assertFails(["validate", "--inputs", example, "--config", "nope.yml"], with:
            "error: the config file nope.yml does not exist; check --config")
    }

    func testBadConfigValue() throws {
        try binary.write("bad.yml", "year: 2024\nparty_day: 32\n")
        try assertFails(["validate", "--inputs", example, "--config", "bad.yml"], with:
            "bad.yml:2: error: party_day: must be from 1 to 31, found 32")
    }

    func testNoReportIsLeftBehindOnFailure() throws {
        try binary.write("Reports", "")
        _ = try binary.run(["build", "--inputs", example, "--year", "2030", "--out", "r.xlsx"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: binary.path("r.xlsx")))
    }
}
