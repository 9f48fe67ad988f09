import Foundation
import TestSupport
import XCTest

/// Runs `annual-review build` on Tests/Fixtures/small and reads the workbook back with openpyxl.
/// Every expected number is counted by hand from the fixture's CSVs (the working is beside it).
final class BuildSmallFixtureTests: XCTestCase {
    var binary: AnnualReviewBinary!
    var workbook: WorkbookDump!
    var json: [String: Any]!
    var result: AnnualReviewBinary.Result!

    override func setUpWithError() throws {
        binary = try AnnualReviewBinary()
        let xlsx = binary.path("review.xlsx")
        let jsonPath = binary.path("review.json")
        let fixture = TestPackage.root.appendingPathComponent("Tests/Fixtures/small").path
        result = try binary.run(["build", "--inputs", fixture, "--out", xlsx, "--json-file", jsonPath])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        workbook = try IndependentReader.read(xlsx)
        json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: jsonPath))) as? [String: Any]
    }

    override func tearDown() {
        binary?.remove()
    }

    /// The value in column B of the row whose column A reads `label`.
    func value(in sheet: SheetDump, row label: String) -> DumpValue? {
        guard let a = sheet.cells.first(where: { $0.key.first == "A" && $0.key.dropFirst().allSatisfy(\.isNumber) && $0.value.value == .string(label) })?.key else { return nil }
        return sheet.cells["B" + a.dropFirst()]?.value
    }

    func testSummaryHoldsTheHandCountedTotalsAsNumbers() throws {
        let summary = try XCTUnwrap(workbook.sheet("总览"))
        // meetings.csv: JYJ held 党委会 on 01-05 and 03-15 → 2; 专题会 on 02-10 → 1; 调研 on 04-12 → 1.
        XCTAssertEqual(value(in: summary, row: "召开党委会（次）"), .number(2))
        XCTAssertEqual(value(in: summary, row: "召开专题会（次）"), .number(1))
        XCTAssertEqual(value(in: summary, row: "调研指导（次）"), .number(1))
        // lectures.csv: JYJ's 书记 lecture on 03-01 → 1; all lectures: JYJ, S001, S004 → 3.
        XCTAssertEqual(value(in: summary, row: "书记讲党课（次）"), .number(1))
        XCTAssertEqual(value(in: summary, row: "党课总数（次）"), .number(3))
        // trainings.csv: T1 (two rows) and T2 → 2 trainings; 2 + 1 + 30 = 33 participants;
        // 2×16 + 1×16 + 30×2.5 = 123 person-hours.
        XCTAssertEqual(value(in: summary, row: "举办培训班（期）"), .number(2))
        XCTAssertEqual(value(in: summary, row: "参训人次"), .number(33))
        XCTAssertEqual(value(in: summary, row: "培训人学时"), .number(123))
        // sites.csv: S001, S002, S004 have 党支部数 1 (S004 founded 2017-05-10, within the year) → 3;
        // covered adds S003 through its 联合党支部 → 4; new private branches: S004 → 1.
        XCTAssertEqual(value(in: summary, row: "建有独立党支部的单位（个）"), .number(3))
        XCTAssertEqual(value(in: summary, row: "党组织覆盖单位（个）"), .number(4))
        XCTAssertEqual(value(in: summary, row: "新建民办学校党支部（个）"), .number(1))
        // 示范点: S001 市级, S004 县级 → 2.
        XCTAssertEqual(value(in: summary, row: "基层党建示范点（个）"), .number(2))
    }

    func testSitesSheetListsEverySchoolButNotTheBureau() throws {
        let sites = try XCTUnwrap(workbook.sheet("单位明细"))
        let ids = sites.cells.filter { $0.key.first == "A" && $0.key.dropFirst().allSatisfy(\.isNumber) && $0.key != "A2" }.map(\.value.value).compactMap { value -> String? in
            if case .string(let s) = value { return s }
            return nil
        }.sorted()
        XCTAssertEqual(ids, ["S001", "S002", "S003", "S004"])
        let table = try XCTUnwrap(sites.tables.first)
        // The line naming the count columns no school has, then the header row + 4 sites →
        // rows 2…6.
        XCTAssertTrue(table.ref.hasPrefix("A2:"), table.ref)
        XCTAssertTrue(table.ref.hasSuffix("6"), table.ref)
        XCTAssertEqual(sites.freezePanes, "C3")
        // The bureau's meetings (党委会, 专题会, 调研) and the types no school held are left out.
        XCTAssertEqual(Array(table.columns.suffix(6)), ["支部党员大会", "支委会", "党小组会", "主题党日", "党课", "培训人学时"])
        // S001 (row 3): 主题党日 on 01-28 and 02-28 → 2 (the 2016-12-28 one is out of period).
        let column = try XCTUnwrap(table.columns.firstIndex(of: "主题党日"))
        // The column's letters (the counts sit beyond column Z).
        var letter = "", n = column + 1
        while n > 0 { letter = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letter; n = (n - 1) / 26 }
        XCTAssertEqual(sites.cells["\(letter)3"]?.value, .number(2))
    }

    func testJSONReconcilesEveryLog() throws {
        let files = try XCTUnwrap(json["files"] as? [String: [String: Int]])
        // meetings.csv has 14 data rows: 10 of 2017 kept, 1 of 2016 (out of period), and 3
        // rejected (2017-02-30, unknown S999, repeated M9); one kept row has 12 attendees of 10.
        XCTAssertEqual(files["meetings"], ["read": 14, "accepted": 10, "rejected": 3, "out_of_period": 1, "warnings": 1])
        XCTAssertEqual(files["sites"], ["read": 5, "accepted": 5, "rejected": 0, "out_of_period": 0, "warnings": 0])
        XCTAssertEqual(files["trainings"], ["read": 3, "accepted": 3, "rejected": 0, "out_of_period": 0, "warnings": 0])
        let totals = try XCTUnwrap(json["totals"] as? [String: Any])
        // Person-hours are exact decimals: 123, not 122.99999….
        XCTAssertEqual(totals["training_person_hours"] as? NSNumber, 123)
        XCTAssertEqual((totals["meetings_by_type"] as? [String: Int])?["party_day"], 3)
    }

    /// In Chinese, the default; `file:line:column:` and the severity word as in every language.
    func testProblemsAreReportedWithFileLineAndColumn() throws {
        // Line 12 of meetings.csv holds 2017-02-30 in field 1 (日期); line 13 names S999 in field 2.
        XCTAssertTrue(result.stderr.contains("meetings.csv:12:1: error: 日期“2017-02-30”不是有效日期：2017年2月只有 28 天。\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("meetings.csv:13:2: error: 单位编码“S999”不在单位名册（sites.csv）中；"), result.stderr)
        XCTAssertTrue(result.stderr.contains("meetings.csv:14:7: error: 记录编号“M9”已在 meetings.csv 中用过，此行是重复记录；保留第一次出现的那一行。\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("meetings.csv:11:4: warning: 实到人数12人，多于应到的10人；出席率最多按10人计。\n"), result.stderr)
    }
}
