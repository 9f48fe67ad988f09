import Foundation
import TestSupport
import XCTest

/// Values no school writes, which must still end in a report or one clear line: text too long
/// for a row, targets too large for the outputs, Markdown in the organisation's name. Built
/// from Tests/Fixtures/small with one thing changed.
final class HostileValueBuildTests: XCTestCase {
    private var workspace: Workspace!

    override func setUpWithError() throws {
        workspace = try Workspace(copying: "small")
    }

    override func tearDown() { workspace?.remove() }

    private func append(_ text: String, to relative: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: workspace.file(relative)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// A site name of 30 lines (Alt+Enter in Excel), one of 300 CJK characters, a column name
    /// of 2,000 characters (told whole in the Data quality sheet) and a rejected row whose record
    /// id has 2,000: every row is at most Excel's 409 points high, the text kept whole.
    func testTextTallerThanARowStillGivesAReport() throws {
        let thirty = (1...30).map { "第\($0)行" }.joined(separator: "\n")
        let long = String(repeating: "城", count: 300)
        try workspace.replaceLine(in: "Inputs/sites.csv", startingWith: "S001,城关第一小学,", by: "S001,\"\(thirty)\",")
        try workspace.replaceLine(in: "Inputs/sites.csv", startingWith: "S002,河口镇中心小学,", by: "S002,\(long),")
        let header = "日期,单位编码,主讲人,主讲人身份,听课人数,学时,主题"
        try workspace.replaceLine(in: "Inputs/lectures.csv", startingWith: header, by: header + "," + String(repeating: "备", count: 2000))
        let id = String(repeating: "R", count: 2000)
        try append("2017-04-05,S001,支委会,5,5,,\(id)\n2017-04-06,S001,支委会,5,5,,\(id)\n", to: "Inputs/meetings.csv")

        let result = try ReviewBinary.run(["build", "--quiet"], in: workspace.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        let workbook = try IndependentReader.read(workspace.file("Reports/annual-review-2017.xlsx"))
        for sheet in workbook.sheets {
            for (row, height) in sheet.rowHeights {
                XCTAssertLessThanOrEqual(height, 409, "\(sheet.name) row \(row)")
            }
        }
        let sites = try XCTUnwrap(workbook.sheet("单位明细"))
        XCTAssertTrue(sites.cells.values.contains { $0.value == .string(thirty) }, "the 30 lines are kept whole")
        XCTAssertTrue(sites.cells.values.contains { $0.value == .string(long) })
        // The tallest rows are at the cap.
        XCTAssertEqual(sites.rowHeights.values.max(), 409)
    }

    /// Counts of 2^63 − 1 (issue 19, F3: two such meeting rows, or training rows, trapped the
    /// tallies with SIGILL and no message): invalid values (rules §2, at most 10^9) — an
    /// optional count a warning, the row kept without it; a required one an error, the row
    /// rejected — and the report is built.
    func testCountsOfTwoToTheSixtyThreeAreInvalidValues() throws {
        let big = "9223372036854775807"
        try append("2017-04-05,S001,支委会,\(big),\(big),,H1\n2017-04-06,S001,支委会,\(big),\(big),,H2\n", to: "Inputs/meetings.csv")
        try append("T9,培训,2017-05-10,2017-05-10,S001,\(big),2,党员\nT9,培训,2017-05-10,2017-05-10,S002,\(big),2,党员\n",
                   to: "Inputs/trainings.csv")
        let result = try ReviewBinary.run(["build", "--lang", "en"], in: workspace.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let told = lines.filter { $0.contains(big) }
        XCTAssertEqual(told.filter { $0.contains(": warning: ") && $0.contains("meetings.csv:") }.count, 4, told.joined(separator: "\n"))
        XCTAssertEqual(told.filter { $0.contains(": error: ") && $0.contains("trainings.csv:") }.count, 2, told.joined(separator: "\n"))
        XCTAssertTrue(told.contains { $0.hasSuffix("warning: 实到人数 `\(big)` is too large; it cannot exceed 1,000,000,000. Taken as empty.") },
                      told.joined(separator: "\n"))
        XCTAssertTrue(told.contains { $0.hasSuffix("error: 参训人数 `\(big)` is too large; it cannot exceed 1,000,000,000.") }, told.joined(separator: "\n"))
    }

    /// Targets beyond what a log's count can be (rules §2: 10^9) are refused by validate and
    /// build with one line, never a trap in the draft's numbers.
    func testTargetsTooLargeAreAConfigError() throws {
        try workspace.write("year: 2017\ntargets:\n  lectures: 1e19\n", to: "Inputs/review.yml")
        for command in ["validate", "build"] {
            let result = try ReviewBinary.run([command, "--lang", "en"], in: workspace.path)
            XCTAssertEqual(result.status, 2, command)
            XCTAssertEqual(result.stderr.split(separator: "\n").last.map(String.init),
                           "review.yml:3: error: targets.lectures: must be at most 1000000000, found 1e+19", command)
        }
        try workspace.write("year: 2017\nnext_year_targets:\n  training_person_hours: 10000000000001\n", to: "Inputs/review.yml")
        let result = try ReviewBinary.run(["validate"], in: workspace.path)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").last.map(String.init),
                       "review.yml:3: error: next_year_targets.training_person_hours：不能大于 10000000000000，现为 10000000000001")
    }

    /// A line break or a tab in the organisation's name: refused by validate (it would break the
    /// draft's lines and cannot go into the workbook's properties).
    func testAControlCharacterInTheOrganisationIsAConfigError() throws {
        try workspace.write("year: 2017\norganisation: \"临江市\\n# 教育局\"\n", to: "Inputs/review.yml")
        let result = try ReviewBinary.run(["validate"], in: workspace.path)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").last.map(String.init),
                       "review.yml:2: error: organisation：第4个字符是控制字符 U+000A；名称和标题只能是一行文字，请删去其中的换行、制表符等字符")
    }

    /// Markdown and HTML in the organisation's name stay text in the draft (escaped) and read as
    /// written on the draft sheet (without the escapes).
    func testMarkdownInTheOrganisationStaysText() throws {
        let name = "<img src=x onerror=alert(1)>[x](javascript:alert(1))"
        try workspace.write("year: 2017\norganisation: \"\(name)\"\n", to: "Inputs/review.yml")
        let result = try ReviewBinary.run(["build", "--quiet"], in: workspace.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        let draft = try workspace.text("Reports/annual-review-2017.md")
        let title = try XCTUnwrap(draft.split(separator: "\n").first.map(String.init))
        XCTAssertEqual(title, #"# \<img src=x onerror=alert\(1\)\>\[x\]\(javascript:alert\(1\)\)党委书记2017年度抓基层党建工作述职报告"#)
        let sheet = try XCTUnwrap(IndependentReader.read(workspace.file("Reports/annual-review-2017.xlsx")).sheet("述职要点"))
        let shown = (1...3).compactMap { row -> String? in
            guard case .string(let text)? = sheet.cells["A\(row)"]?.value else { return nil }
            return text
        }.joined()
        XCTAssertTrue(shown.hasPrefix(name + "党委书记2017年度"), shown)
    }
}
