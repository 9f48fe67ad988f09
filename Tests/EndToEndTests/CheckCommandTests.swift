import Foundation
import XCTest

/// `annual-review check`, run as CI runs it: each exit code with its stdout and stderr.
///
/// The fixture is Tests/Fixtures/small (no review.yml: the review year is 2017, the year with the
/// most meetings; the report language is Chinese).
final class CheckCommandTests: XCTestCase {
    private var workspace: Workspace!

    override func setUpWithError() throws {
        workspace = try Workspace()
    }

    override func tearDown() {
        workspace?.remove()
    }

    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ReviewBinary.Outcome {
        try ReviewBinary.run(arguments, in: workspace.path, environment: environment)
    }

    private func build(_ extra: [String] = []) throws {
        let built = try run(["build", "--quiet"] + extra)
        XCTAssertEqual(built.status, 0, built.stderr)
    }

    func testFreshReportExitsZeroWithOneLine() throws {
        try build()
        // Checked in another time zone and locale than it was built in.
        let checked = try run(["check"], environment: ["TZ": "America/Los_Angeles", "LANG": "zh_CN.UTF-8"])
        XCTAssertEqual(checked.status, 0, checked.stderr)
        XCTAssertEqual(checked.stdout, "Reports/annual-review-2017.xlsx 和 annual-review-2017.md 是最新的\n")
        XCTAssertEqual(checked.stderr, "")
    }

    func testOneChangedMeetingDateNamesTheSheetAndCell() throws {
        try build()
        let before = try independentFingerprint(of: workspace.file("Inputs"))
        // M6, S001's party day of February: the 28th (the configured day) becomes the 27th.
        try workspace.replaceLine(in: "Inputs/meetings.csv", startingWith: "2017-02-28,S001,主题党日", by: "2017-02-27,S001,主题党日")
        let after = try independentFingerprint(of: workspace.file("Inputs"))
        XCTAssertNotEqual(before, after)

        let checked = try run(["check"])
        XCTAssertEqual(checked.status, 1, checked.stderr)
        // Worked out by hand:
        // - 总览 (Summary) ends with a small line naming the fingerprint's first 12 digits, two
        //   rows below its longer block: the meetings by type, whose 12 rows end on row 39
        //   (title, blank, 单位, 评估年度, 统计截至, 数据完整性, blank, the 13 headline figures
        //   under their heading and header on rows 8–22, two notes, blank, heading and header on
        //   26–27) → A41.
        // - 单位明细 (Sites): a line naming the count columns no school has, the header, then S001,
        //   the first non-bureau site, on row 3. Its party days are 2017-01-28 and 2017-02-28
        //   (M0 is of 2016): on the 28th 2 of 2 → 1 of 2, so the on-day share goes 1 → 0.5. Its
        //   column is the 22nd: 8 attributes, score, stars, ★, rank, sanhui rate, fully
        //   compliant, 7 norm rates → V. February still has a party day, so no rate, score or
        //   rank changes.
        // - The draft sheet 述职要点 shows no provenance in its body, only in its page footer.
        // - docProps/core.xml and docProps/custom.xml carry the whole fingerprint. The creation
        //   time stays: the latest accepted date of 2017 is T2's start, 2017-09-01.
        // - The draft ends with a provenance comment naming the fingerprint's first 12 digits: it
        //   changes in the .md beside the workbook.
        let lines = checked.stdout.components(separatedBy: "\n")
        XCTAssertEqual(lines.count, 7, checked.stdout)  // six and the final newline
        let version = try run(["--version"]).stdout.trimmingCharacters(in: .newlines)
        let foot = { (fingerprint: String) in "本表由 annual-review \(version) 根据输入数据生成，输入指纹 \(fingerprint.prefix(12))。" }
        XCTAssertEqual(lines[0], "总览!A41: \(foot(before)) → \(foot(after))")
        XCTAssertEqual(lines[1], "单位明细!V3: 1 → 0.5")
        XCTAssertTrue(lines[2].hasPrefix("工作表 述职要点（xl/worksheets/sheet8.xml）单元格以外: <oddFooter>")
                      && lines[2].contains("输入指纹 \(before.prefix(12)) · 数据截至2017年12月31日"), lines[2])
        XCTAssertEqual(lines[3], "docProps/core.xml: <dc:description>fingerprint \(before)</dc:description> → <dc:description>fingerprint \(after)</dc:description>")
        XCTAssertTrue(lines[4].hasPrefix("docProps/custom.xml: ") && lines[4].contains(before) && lines[4].hasSuffix(after + "</vt:lpwstr>"), lines[4])
        XCTAssertTrue(lines[5].hasPrefix("annual-review-2017.md:") && lines[5].contains(": <!-- annual-review ")
                      && lines[5].contains(" · 输入指纹 \(before.prefix(12)) · 数据截至 2017-12-31 --> → <!-- annual-review ")
                      && lines[5].hasSuffix(" · 输入指纹 \(after.prefix(12)) · 数据截至 2017-12-31 -->"), lines[5])
        XCTAssertEqual(checked.stderr, "过期：Reports/annual-review-2017.xlsx 与输入生成的结果不同（6 处）；请运行 annual-review build 并提交结果\n")

        // Rebuilt, it is fresh again.
        try build()
        XCTAssertEqual(try run(["check"]).status, 0)
    }

    func testMissingReportIsStaleWithAClearMessage() throws {
        let checked = try run(["check"])
        XCTAssertEqual(checked.status, 1)
        XCTAssertEqual(checked.stdout, "Reports/annual-review-2017.xlsx 不存在；请先运行 annual-review build\n")
        XCTAssertEqual(checked.stderr, "")

        let named = try run(["check", "--report", "out/review.xlsx", "--lang", "en"])
        XCTAssertEqual(named.status, 1)
        XCTAssertEqual(named.stdout, "out/review.xlsx does not exist; run `annual-review build` first\n")
    }

    func testReportOfAnotherYearIsAClearUsageError() throws {
        // M0 (2016-12-28) makes 2016 a year with data; the inputs' own year is 2017.
        try build(["--year", "2016"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.file("Reports/annual-review-2016.xlsx")))
        let checked = try run(["check", "--report", "Reports/annual-review-2016.xlsx"])
        XCTAssertEqual(checked.status, 2)
        XCTAssertEqual(checked.stdout, "")
        XCTAssertEqual(checked.stderr, "error: Reports/annual-review-2016.xlsx 是 2016 年度的报告，而输入的评估年度是 2017；请加 --year 2016 检查它，或检查 Reports/annual-review-2017.xlsx\n")
        // With the year given, it is that year's report, and fresh.
        let sameYear = try run(["check", "--year", "2016"])
        XCTAssertEqual(sameYear.status, 0, sameYear.stderr)
        XCTAssertEqual(sameYear.stdout, "Reports/annual-review-2016.xlsx 和 annual-review-2016.md 是最新的\n")
    }

    func testUsageAndFileErrorsExitTwo() throws {
        let unknown = try run(["check", "--frobnicate"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stdout, "")
        XCTAssertEqual(unknown.stderr, "error: check 命令没有选项“--frobnicate”；可用的选项见 annual-review check --help\n")

        let badYear = try run(["check", "--year", "17"])
        XCTAssertEqual(badYear.status, 2)
        XCTAssertEqual(badYear.stderr, "error: --year 17 不是年份；请写四位数字，如 --year 2017\n")

        let noInputs = try run(["check", "--inputs", "nowhere"])
        XCTAssertEqual(noInputs.status, 2)
        XCTAssertEqual(noInputs.stderr, "error: 输入文件夹 nowhere 不存在；请用 --inputs DIR 指定存放日志的文件夹，或运行“annual-review template”新建一个。\n")

        try FileManager.default.createDirectory(atPath: workspace.file("Reports"), withIntermediateDirectories: true)
        try workspace.write("not a workbook", to: "Reports/annual-review-2017.xlsx")
        let corrupt = try run(["check"])
        XCTAssertEqual(corrupt.status, 2)
        XCTAssertEqual(corrupt.stderr, "error: Reports/annual-review-2017.xlsx 无法作为工作簿读取：它不是完整的 zip 文件，可能已损坏或没有复制完整；请用 annual-review build 重新生成\n")
        let corruptEnglish = try run(["check", "--lang", "en"])
        XCTAssertEqual(corruptEnglish.stderr,
                       "error: Reports/annual-review-2017.xlsx cannot be read as a workbook: it is not a whole zip archive: damaged, or cut short; rebuild it with `annual-review build`\n")
    }

    func testEnglishReportIsCheckedWithTheSameLanguage() throws {
        try build(["--lang", "en"])
        let same = try run(["check", "--lang", "en"])
        XCTAssertEqual(same.status, 0, same.stdout + same.stderr)
        XCTAssertEqual(same.stdout, "Reports/annual-review-2017.xlsx and annual-review-2017.md are up to date\n")
        // Checked as Chinese, every label differs: at most 20 lines, then a count.
        let other = try run(["check"])
        XCTAssertEqual(other.status, 1)
        let lines = other.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 21)
        XCTAssertEqual(lines.first, "总览!A1: Party-building year-end review 2017 → 2017年度基层党建工作年终评估")
        XCTAssertTrue(lines.last!.hasPrefix("……另有 "), String(lines.last!))
        XCTAssertTrue(lines.last!.hasSuffix(" 处不同"), String(lines.last!))

        // The same change as in testOneChangedMeetingDateNamesTheSheetAndCell: the same six
        // parts change, told in English.
        try workspace.replaceLine(in: "Inputs/meetings.csv", startingWith: "2017-02-28,S001,主题党日", by: "2017-02-27,S001,主题党日")
        let stale = try run(["check", "--lang", "en"])
        XCTAssertEqual(stale.status, 1)
        XCTAssertEqual(stale.stderr, "stale: Reports/annual-review-2017.xlsx is not what the inputs give (6 differences); run `annual-review build` and commit the result\n")
    }

    func testVersionAndTheJSONsToolVersionAgree() throws {
        let version = try run(["--version"])
        XCTAssertEqual(version.status, 0)
        let text = version.stdout.trimmingCharacters(in: .newlines)
        XCTAssertNotNil(text.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression), text)
        let built = try run(["build", "--quiet", "--json"])
        XCTAssertEqual(built.status, 0, built.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(built.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["schema"] as? Int, 1)
        XCTAssertEqual(json["tool_version"] as? String, text)
    }
}
