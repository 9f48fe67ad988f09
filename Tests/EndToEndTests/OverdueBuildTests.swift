import Foundation
import TestSupport
import XCTest

/// The overdue list (督办清单, rules §4.6) of Tests/Fixtures/small, end to end: the JSON's
/// `overdue` and sheet 9 read back with openpyxl, at the year's end and as of a date, and the
/// as-of date in every sheet's title. Every entry is worked out by hand from the fixture's CSVs.
///
/// The fixture's 2017 (default norms): sites with a branch are S001, S002 and S004 (founded
/// 2017-05-10: in scope May–December, Q2–Q4 and the year); S003 has none. Their accepted meetings:
/// S001 主题党日 01-28 and 02-28, 支委会 01-10, 支部党员大会 03-20 (its 2016-12-28 Party day is out of
/// period); S002 党小组会 01-20 and 主题党日 2017/2/27 (its 支委会 of 02-30 and of 03-02, a repeated
/// record id, are rejected); S004 none. Lectures: S001 02-15 (Q1), S004 05-20 (Q2). Nobody held an
/// 组织生活会 or a 民主评议党员.
final class OverdueBuildTests: XCTestCase {
    var binary: AnnualReviewBinary!

    override func setUpWithError() throws {
        binary = try AnnualReviewBinary()
    }

    override func tearDown() {
        binary?.remove()
    }

    var fixture: String { TestPackage.root.appendingPathComponent("Tests/Fixtures/small").path }

    /// `site norm period required/held` for each of `periods`.
    func entries(_ site: String, _ norm: String, _ periods: [String], required: Int = 1, held: Int = 0) -> [String] {
        periods.map { "\(site) \(norm) \($0) \(required)/\(held)" }
    }

    func months(_ months: ClosedRange<Int>) -> [String] { months.map { String(format: "2017-%02d", $0) } }
    func quarters(_ quarters: ClosedRange<Int>) -> [String] { quarters.map { "2017-Q\($0)" } }

    /// The JSON's `overdue` as lines like `entries` makes, each entry's keys checked.
    func overdueLines(_ stdout: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any], file: file, line: line)
        let list = try XCTUnwrap(json["overdue"] as? [[String: Any]], file: file, line: line)
        return list.map { e in
            XCTAssertEqual(Set(e.keys), ["site_id", "norm", "period", "required", "held"], file: file, line: line)
            return "\(e["site_id"]!) \(e["norm"]!) \(e["period"]!) \(e["required"]!)/\(e["held"]!)"
        }
    }

    /// At the year's end every period is in scope: 41 + 44 + 31 = 116 entries, all `1/0` (a
    /// norm of 1 that is not met was not held at all).
    func testTheYearEndListOfTheSmallFixture() throws {
        let result = try binary.run(["build", "--inputs", fixture, "--out", binary.path("small.xlsx"), "--json"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        var expected: [String] = []
        // S001: 支部党员大会 met in Q1; 支委会 in January; Party days in January and February; a lecture in Q1.
        expected += entries("S001", "branch_general", quarters(2...4))
        expected += entries("S001", "branch_committee", months(2...12))
        expected += entries("S001", "party_group", months(1...12))
        expected += entries("S001", "lecture", quarters(2...4))
        expected += entries("S001", "party_day", months(3...12))
        expected += entries("S001", "org_life", ["2017"]) + entries("S001", "democratic_review", ["2017"])
        // S002: 党小组会 in January; a Party day in February (the 27th: held, though not on the 28th).
        expected += entries("S002", "branch_general", quarters(1...4))
        expected += entries("S002", "branch_committee", months(1...12))
        expected += entries("S002", "party_group", months(2...12))
        expected += entries("S002", "lecture", quarters(1...4))
        expected += entries("S002", "party_day", ["2017-01"] + months(3...12))
        expected += entries("S002", "org_life", ["2017"]) + entries("S002", "democratic_review", ["2017"])
        // S004, founded 2017-05-10: a lecture in Q2; nothing else.
        expected += entries("S004", "branch_general", quarters(2...4))
        expected += entries("S004", "branch_committee", months(5...12))
        expected += entries("S004", "party_group", months(5...12))
        expected += entries("S004", "lecture", quarters(3...4))
        expected += entries("S004", "party_day", months(5...12))
        expected += entries("S004", "org_life", ["2017"]) + entries("S004", "democratic_review", ["2017"])
        XCTAssertEqual(expected.count, 116)
        XCTAssertEqual(try overdueLines(result.stdout), expected)
    }

    /// Sheet 9, grouped by school: the school on its group's first row with its count (S001 41,
    /// S002 44, S004 31), the site id on every row, one row per period.
    func testSheetNineGroupsTheListBySchool() throws {
        let xlsx = binary.path("small.xlsx")
        let result = try binary.run(["build", "--inputs", fixture, "--out", xlsx])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        let dump = try IndependentReader.read(xlsx)
        XCTAssertEqual(dump.sheets.map(\.name), ["总览", "月度调度", "单位明细", "均衡分析", "排名", "数据质量", "指标说明", "述职要点", "督办清单"])
        let sheet = try XCTUnwrap(dump.sheet("督办清单"))
        func text(_ cell: String) -> DumpValue? { sheet.cells[cell]?.value }
        XCTAssertEqual(text("A1"), .string("督办清单（截至2017年12月31日）：3个单位共116个周期未按规范完成"))
        XCTAssertEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map { text("\($0)4") },
                       ["单位编码", "单位名称", "城乡", "办学性质", "镇街", "逾期周期数", "规范", "周期", "应开展（次）", "实际开展（次）"].map { .string($0) })
        // The groups' first rows: 5, 5 + 41 = 46, 46 + 44 = 90; the last row 90 + 31 − 1 = 120.
        let counts = sheet.cells.filter { $0.key.hasPrefix("F") && $0.value.value != .null && $0.key != "F4" }
            .map { ($0.key, $0.value.value) }.sorted { $0.0 < $1.0 }
        XCTAssertEqual(counts.map(\.0), ["F46", "F5", "F90"])
        XCTAssertEqual(counts.map(\.1), [.number(44), .number(41), .number(31)])
        XCTAssertEqual(["A5", "B5", "C5", "D5", "E5", "G5", "H5", "I5", "J5"].map(text),
                       [.string("S001"), .string("城关第一小学"), .string("城区"), .string("公办"), .string("城关街道"),
                        .string("支部党员大会"), .string("2017年第2季度"), .number(1), .number(0)])
        XCTAssertEqual(sheet.cells["A5"]?.bold, true)
        // The group's other rows: the site id (not bold), the rest of the school left blank.
        XCTAssertEqual(text("A6"), .string("S001"))
        XCTAssertEqual(sheet.cells["A6"]?.bold, false)
        XCTAssertEqual(text("B6") ?? .null, .null)
        XCTAssertEqual(text("H6"), .string("2017年第3季度"))
        XCTAssertEqual([text("G8"), text("H8")], [.string("支委会"), .string("2017年2月")])
        XCTAssertEqual(["B46", "C46", "D46", "E46", "H46"].map(text),
                       [.string("河口镇中心小学"), .string("农村"), .string("公办"), .string("河口镇"), .string("2017年第1季度")])
        XCTAssertEqual(["B90", "C90", "D90", "H90"].map(text),
                       [.string("启明学校"), .string("农村"), .string("民办"), .string("2017年第2季度")])
        XCTAssertEqual([text("A120"), text("G120"), text("H120")], [.string("S004"), .string("民主评议党员"), .string("2017年")])
        XCTAssertNil(sheet.cells["A121"])
        // Printable: A4 landscape, one page wide, the header row on every page, the footer of every sheet.
        XCTAssertEqual(sheet.print.orientation, "landscape")
        XCTAssertEqual(sheet.print.paperSize, 9)
        XCTAssertEqual(sheet.print.fitToWidth ?? 1, 1, "1 is the OOXML default, which writers may omit")
        XCTAssertEqual(sheet.print.fitToHeight, 0)
        XCTAssertEqual(sheet.print.titleRows, "$4:$4")
        XCTAssertEqual(sheet.print.footerLeft, "2017年度基层党建工作年终评估")
        XCTAssertEqual(sheet.freezePanes, "A5")
    }

    func testSheetNineInEnglish() throws {
        let xlsx = binary.path("small-en.xlsx")
        let result = try binary.run(["build", "--inputs", fixture, "--out", xlsx, "--lang", "en"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        let sheet = try XCTUnwrap(try IndependentReader.read(xlsx).sheet("Overdue"))
        XCTAssertEqual(sheet.cells["A1"]?.value, .string("Overdue list as of 31 December 2017: 116 periods at 3 sites below the norm"))
        XCTAssertEqual(["A4", "F4", "G4", "H4", "I4", "J4"].map { sheet.cells[$0]?.value },
                       ["Site id", "Periods overdue", "Norm", "Period", "Required", "Held"].map { .string($0) })
        XCTAssertEqual(["C5", "D5", "G5", "H5"].map { sheet.cells[$0]?.value },
                       [.string("urban"), .string("public"), .string("Branch general meeting"), .string("2017-Q2")])
        XCTAssertEqual(sheet.cells["H8"]?.value, .string("2017-02"))
        // The year as a period: a number (Excel would flag the text "2017"), shown as 2017.
        XCTAssertEqual(sheet.cells["H120"]?.value, .number(2017))
        XCTAssertEqual(sheet.cells["H120"]?.numberFormat, "0")
    }

    /// As of 2017-06-30, with the Party day asked for twice a month: only the months January–June
    /// and the quarters Q1–Q2 are in scope (S004's: May, June, Q2); a month with one Party day —
    /// S002's on 02-27, another day than the 28th — has held 1 of 2. Every sheet's title, every
    /// printed footer and the draft's title say the date.
    func testAnAsOfRunListsThePeriodsEndedByThenAndSaysTheDateEverywhere() throws {
        let inputs = binary.folder.appendingPathComponent("inputs")
        try FileManager.default.copyItem(atPath: fixture, toPath: inputs.path)
        try Data("norms: {party_day: {count: 2, period: month}}\n".utf8).write(to: inputs.appendingPathComponent("review.yml"))
        let xlsx = binary.path("asof.xlsx")
        let result = try binary.run(["build", "--inputs", inputs.path, "--as-of", "2017-06-30", "--out", xlsx, "--json"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        var expected: [String] = []
        expected += entries("S001", "branch_general", ["2017-Q2"])
        expected += entries("S001", "branch_committee", months(2...6))
        expected += entries("S001", "party_group", months(1...6))
        expected += entries("S001", "lecture", ["2017-Q2"])
        expected += entries("S001", "party_day", months(1...2), required: 2, held: 1)
        expected += entries("S001", "party_day", months(3...6), required: 2)
        expected += entries("S002", "branch_general", quarters(1...2))
        expected += entries("S002", "branch_committee", months(1...6))
        expected += entries("S002", "party_group", months(2...6))
        expected += entries("S002", "lecture", quarters(1...2))
        expected += entries("S002", "party_day", ["2017-01"], required: 2)
        expected += entries("S002", "party_day", ["2017-02"], required: 2, held: 1)
        expected += entries("S002", "party_day", months(3...6), required: 2)
        expected += entries("S004", "branch_general", ["2017-Q2"])
        expected += entries("S004", "branch_committee", months(5...6))
        expected += entries("S004", "party_group", months(5...6))
        expected += entries("S004", "party_day", months(5...6), required: 2)
        XCTAssertEqual(expected.count, 47)
        XCTAssertEqual(try overdueLines(result.stdout), expected)

        let dump = try IndependentReader.read(xlsx)
        let suffix = "（截至2017年6月30日）"
        XCTAssertEqual(dump.sheet("督办清单")?.cells["A1"]?.value, .string("督办清单（截至2017年6月30日）：3个单位共47个周期未按规范完成"))
        XCTAssertEqual(dump.sheet("总览")?.cells["A1"]?.value, .string("2017年度基层党建工作年终评估" + suffix))
        XCTAssertEqual(dump.sheet("月度调度")?.cells["A1"]?.value, .string("2017年月度调度（一月一调度）" + suffix))
        XCTAssertEqual(dump.sheet("均衡分析")?.cells["A1"]?.value, .string("均衡分析：城乡、公办民办差异与总体离散程度" + suffix))
        XCTAssertEqual(dump.sheet("数据质量")?.cells["A1"]?.value, .string("数据质量：每一行都有交代" + suffix))
        XCTAssertEqual(dump.sheet("指标说明")?.cells["A1"]?.value, .string("指标说明" + suffix))
        XCTAssertEqual(dump.sheet("述职要点")?.cells["A1"]?.value, .string("2017年度抓基层党建工作述职报告" + suffix))
        guard case .string(let ranking)? = dump.sheet("排名")?.cells["A1"]?.value else { return XCTFail("no ranking title") }
        XCTAssertTrue(ranking.hasPrefix("综合得分排名（末位") && ranking.hasSuffix(suffix), ranking)
        // The Sites sheet has no title line: its printed pages say the date. The draft's pages
        // give the provenance instead, with the as-of date.
        for sheet in dump.sheets where sheet.name != "述职要点" {
            XCTAssertEqual(sheet.print.footerLeft, "2017年度基层党建工作年终评估" + suffix, sheet.name)
        }
        let provenance = try XCTUnwrap(dump.sheet("述职要点")?.print.footerLeft)
        XCTAssertTrue(provenance.hasPrefix("annual-review ") && provenance.hasSuffix(" · 数据截至2017年6月30日"), provenance)
        let draft = try String(contentsOfFile: binary.path("asof.md"), encoding: .utf8)
        XCTAssertTrue(draft.hasPrefix("# 2017年度抓基层党建工作述职报告（截至2017年6月30日）\n"), String(draft.prefix(80)))
    }

    /// At the year's end the titles stay as they are: only the overdue list names the date.
    func testAYearEndRunsTitlesDoNotNameTheDate() throws {
        let xlsx = binary.path("small.xlsx")
        let result = try binary.run(["build", "--inputs", fixture, "--out", xlsx, "--lang", "en"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        let dump = try IndependentReader.read(xlsx)
        XCTAssertEqual(dump.sheet("Summary")?.cells["A1"]?.value, .string("Party-building year-end review 2017"))
        XCTAssertEqual(dump.sheet("Definitions")?.cells["A1"]?.value, .string("Definitions"))
        for sheet in dump.sheets where sheet.name != "Report draft" {
            XCTAssertEqual(sheet.print.footerLeft, "Party-building year-end review 2017", sheet.name)
        }
        let provenance = try XCTUnwrap(dump.sheet("Report draft")?.print.footerLeft)
        XCTAssertTrue(provenance.hasPrefix("annual-review ") && provenance.hasSuffix(" · data as of 31 December 2017"), provenance)
        let draft = try String(contentsOfFile: binary.path("small.md"), encoding: .utf8)
        XCTAssertTrue(draft.hasPrefix("# Report of the Party secretary on Party building at the grassroots, 2017\n"), String(draft.prefix(80)))
    }

    func testAnAsOfRunInEnglish() throws {
        let xlsx = binary.path("asof-en.xlsx")
        let result = try binary.run(["build", "--inputs", fixture, "--as-of", "2017-06-30", "--out", xlsx, "--lang", "en"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        let dump = try IndependentReader.read(xlsx)
        XCTAssertEqual(dump.sheet("Summary")?.cells["A1"]?.value, .string("Party-building year-end review 2017 (as of 30 June 2017)"))
        // Without the config's Party day of two: 17 + 20 + 7 = 44 periods (S002's February is met).
        XCTAssertEqual(dump.sheet("Overdue")?.cells["A1"]?.value, .string("Overdue list as of 30 June 2017: 44 periods at 3 sites below the norm"))
        let draft = try String(contentsOfFile: binary.path("asof-en.md"), encoding: .utf8)
        XCTAssertTrue(draft.hasPrefix("# Report of the Party secretary on Party building at the grassroots, 2017, as of 30 June 2017\n"), String(draft.prefix(100)))
    }
}
