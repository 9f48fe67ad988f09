import Foundation
import Model
import TestSupport
import XCTest
@testable import Ingest

/// Logs kept as workbooks (rules §2 *Excel workbooks*), written by openpyxl and LibreOffice
/// (Tests/Fixtures/xlsx): the same header search, row rules and messages as CSV, at the row
/// number and the column's ordinal; a workbook that cannot be read is one file error and counts
/// nothing, and the run goes on with the other files.
final class WorkbookLogTests: XCTestCase {
    private let sites = "单位编码,单位名称,城乡,办学性质,学段\nJYJ,教育局,城区,公办,机关\nS001,一小,城区,公办,小学\nS002,二小,农村,公办,小学\n"

    /// A folder with the register and `workbook` as `name`, plus `files`.
    private func folder(_ workbook: String, as name: String = "meetings.xlsx", files: [String: String] = [:]) throws -> TempInputs {
        let folder = try TempInputs(utf8Files(files.merging(["sites.csv": sites]) { a, _ in a }), testCase: self)
        try folder.write(name, TestPackage.fixtureBytes("xlsx/" + workbook))
        return folder
    }

    private func meetingsDiagnostics(_ run: Ingested) -> [Diagnostic] {
        run.diagnostics(in: "meetings.xlsx").filter { !Ingested.columnGapCodes.contains($0.code) }
    }

    func testEveryKindOfCell() throws {
        let run = try ingest(folder("cells.xlsx"))
        assertDiagnostics(meetingsDiagnostics(run), [
            Expect(.info, "meetings.xlsx", "workbook_sheet", message: "Excel workbook, sheet \"会议记录\""),
            Expect(.error, "meetings.xlsx", line: 5, column: 1, "日期", "bad_date", value: "#N/A"),
            Expect(.warning, "meetings.xlsx", line: 6, column: 4, "实到人数", "not_a_number", value: "TRUE"),
            Expect(.error, "meetings.xlsx", line: 8, column: 1, "日期", "bad_date", value: "12:00"),
            Expect(.error, "meetings.xlsx", line: 10, column: 9, nil, "long_row",
                   message: "the row has a value in column I, right of the header's last column (G); remove it, or give the column a header"),
            Expect(.error, "meetings.xlsx", line: 11, column: 7, "记录编号", "duplicate_record_id", value: "X1"),
            Expect(.warning, "meetings.xlsx", "formula_without_value",
                   message: "1 formula cell has no saved result (D7) and read as empty: open the workbook in Excel or WPS and save it once, so that the formulas are calculated"),
        ])
        let texts = meetingsDiagnostics(run)
        XCTAssertEqual(texts[4].text.zh, "这一行在表头最后一列（G列）右边的I列有值；请删去它，或给这一列加上表头")
        XCTAssertEqual(texts[6].text.zh, "有 1 个公式单元格没有保存计算结果（D7），按空值读取。请在 Excel 或 WPS 中打开此文件并保存一次，让公式算出结果。")
        XCTAssertEqual(texts[0].text.zh, "Excel 工作簿，读取工作表“会议记录”")
        // Rows 2–8, 10 and 11 read (9 is blank); 5, 8, 10, 11 rejected; 6 kept with its warning.
        assertCounts(run.counts(.meetings), read: 9, accepted: 5, rejected: 4, warnings: 1)
        XCTAssertEqual(run.sink.meetings, [
            .meeting(site: 1, day: "2017-01-10", type: .branch_committee, attendees: 12, expected: 12),
            .meeting(site: 1, day: "2017-02-10", type: .branch_committee, attendees: 5, expected: 5),
            .meeting(site: 2, day: "2017-03-10", type: .party_group, attendees: 9, expected: 10),
            .meeting(site: 1, day: "2017-04-10", type: .party_day, attendees: nil, expected: 20),
            .meeting(site: 1, day: "2017-04-28", type: .party_day, attendees: nil, expected: 20),
        ])
    }

    /// `--encoding` is for CSV files: with a workbook among the logs, the run says so once, on
    /// the first workbook, and reads it as it would without the option.
    func testEncodingIsSaidToBeForCSVFilesOnly() throws {
        let folder = try folder("cells.xlsx")
        let plain = try ingest(folder)
        let forced = try ingest(folder, encoding: .utf8)
        XCTAssertFalse(plain.diagnostics.contains { $0.code == "encoding_not_for_workbooks" })
        let notes = forced.diagnostics.filter { $0.code == "encoding_not_for_workbooks" }
        assertDiagnostics(notes, [
            Expect(.info, "meetings.xlsx", "encoding_not_for_workbooks",
                   message: "--encoding applies to CSV files only: an Excel workbook always stores its text as Unicode, and the 1 workbook of this run was read as usual"),
        ])
        XCTAssertEqual(notes.first?.text.zh, "--encoding 只用于 CSV 文件。Excel 工作簿中的文字总是以 Unicode 保存，本次的 1 个工作簿已照常读取。")
        XCTAssertEqual(forced.sink, plain.sink)
        XCTAssertEqual(meetingsDiagnostics(forced).filter { $0.code != "encoding_not_for_workbooks" }, meetingsDiagnostics(plain))
    }

    /// Two workbooks: one note, on the first in the order of the logs (the meetings' before
    /// the lectures').
    func testEncodingIsSaidOnceForSeveralWorkbooks() throws {
        let folder = try folder("cells.xlsx", as: "lectures.xlsx")
        try folder.write("meetings.xlsx", TestPackage.fixtureBytes("xlsx/cells.xlsx"))
        let run = try ingest(folder, encoding: .utf8)
        let notes = run.diagnostics.filter { $0.code == "encoding_not_for_workbooks" }
        XCTAssertEqual(notes.map(\.location.file), ["meetings.xlsx"])
        XCTAssertEqual(notes.first?.text.en,
                       "--encoding applies to CSV files only: an Excel workbook always stores its text as Unicode, and the 2 workbooks of this run were read as usual")
    }

    func testAHiddenFirstSheetAMergedTitleAndTheOtherSheets() throws {
        let run = try ingest(folder("sheets.xlsx"))
        assertDiagnostics(meetingsDiagnostics(run), [
            Expect(.info, "meetings.xlsx", "workbook_sheet", message: "Excel workbook, sheet \"会议记录\""),
            Expect(.info, "meetings.xlsx", "other_sheets", message: "other sheets not read: \"说明\" (hidden), \"汇总\""),
            Expect(.info, "meetings.xlsx", line: 1, "title_skipped"),
        ])
        XCTAssertEqual(meetingsDiagnostics(run)[1].text.zh, "未读取其他工作表：“说明”（隐藏）、“汇总”")
        assertCounts(run.counts(.meetings), read: 2, accepted: 2, rejected: 0)
    }

    func testThe1904DateSystem() throws {
        let run = try ingest(folder("dates-1904.xlsx"))
        assertCounts(run.counts(.meetings), read: 3, accepted: 2, rejected: 0, outOfPeriod: 1)
        XCTAssertEqual(run.sink.meetings.map { if case let .meeting(_, day, _, _, _) = $0 { day } else { "" } },
                       ["2017-01-10", "1904-01-01", "2017-12-31"])
    }

    /// Each hostile workbook beside a good CSV file of the same log: one file error for it, and
    /// the CSV's row counted as if it were alone.
    func testAWorkbookThatCannotBeReadIsOneFileErrorAndTheRunGoesOn() throws {
        let csv = ["meetings-1.csv": "日期,单位编码,会议类型,记录编号\n2017-05-10,S002,支委会,H1\n"]
        let cases: [(String, String)] = [
            ("truncated.xlsx", "it is not a whole zip archive: damaged, or cut short"),
            ("missing-sheet.xlsx", "its part xl/worksheets/sheet1.xml is missing"),
            ("xxe.xlsx", "its part xl/worksheets/sheet1.xml declares a DTD, which a workbook never needs; its entities are not read"),
            ("beyond.xlsx", "its part xl/worksheets/sheet1.xml has a reference outside a worksheet or unreadable: \"1048577\""),
            ("hidden.xlsx", "it has no visible worksheet"),
            ("checksum.xlsx", "its part xl/worksheets/sheet1.xml is damaged: its checksum does not match"),
        ]
        for (fixture, reason) in cases {
            let run = try ingest(folder("hostile/" + fixture, as: "meetings-2.xlsx", files: csv))
            let errors = run.diagnostics(in: "meetings-2.xlsx")
            assertDiagnostics(errors, [Expect(.error, "meetings-2.xlsx", "workbook_unreadable",
                                              message: "not read: the Excel workbook cannot be read (\(reason)); none of its rows count")])
            assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
            XCTAssertEqual(run.quality(.meetings).files, ["meetings-1.csv"], fixture)
            XCTAssertEqual(run.sink.meetings, [.meeting(site: 2, day: "2017-05-10", type: .branch_committee, attendees: nil, expected: nil)], fixture)
        }
        let bomb = try ingest(folder("hostile/bomb.xlsx", as: "meetings-2.xlsx", files: csv))
        XCTAssertEqual(bomb.diagnostics(in: "meetings-2.xlsx").map(\.code), ["workbook_unreadable"])
        XCTAssertTrue(bomb.diagnostics(in: "meetings-2.xlsx")[0].text.zh.hasPrefix(
            "未读取：无法读取此 Excel 工作簿（其中的 xl/worksheets/sheet1.xml 解压后有 "), "\(bomb.diagnostics)")
    }

    /// A sheet whose XML stops after 5,000 rows: the first 4,096 were read and merged before it
    /// turned out unreadable, and all of them are undone — counts, rows, problems and record ids
    /// (the next file's U1 is not a repeat).
    func testAWorkbookFoundUnreadableHalfWayCountsNothing() throws {
        let csv = ["meetings-3.csv": "日期,单位编码,会议类型,记录编号\n2017-05-10,S002,支委会,U1\n"]
        // On one thread, and with the sheet inflated, parsed and its rows checked on three.
        for parallelism in [Parallelism.sequential, Parallelism(threads: 3)] {
            let run = try ingest(folder("hostile/unfinished.xlsx", as: "meetings-2.xlsx", files: csv), parallelism: parallelism)
            XCTAssertEqual(run.diagnostics(in: "meetings-2.xlsx").map(\.code), ["workbook_sheet", "workbook_unreadable"])
            XCTAssertEqual(run.quality(.meetings).fileProblems.map(\.code).filter { !Ingested.columnGapCodes.contains($0) }, ["workbook_unreadable"])
            XCTAssertEqual(run.result.meetingYearVotes, [2017: 1])
            assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
            XCTAssertEqual(run.sink.meetings, [.meeting(site: 2, day: "2017-05-10", type: .branch_committee, attendees: nil, expected: nil)])
        }
    }

    /// A register whose only file is a workbook that cannot be read: the run stops.
    func testARegisterWorkbookThatCannotBeReadStopsTheRun() throws {
        let folder = try TempInputs(utf8Files(["meetings.csv": "日期,单位编码,会议类型\n"]), testCase: self)
        try folder.write("sites.xlsx", TestPackage.fixtureBytes("xlsx/hostile/xxe.xlsx"))
        XCTAssertThrowsError(try ingest(folder)) { error in
            XCTAssertEqual(error as? IngestError, .noSitesLog(folder.path))
        }
    }
}
