import Foundation
import Indicators
import Model
import Report
import TestSupport
import XCTest

/// Sheet 9 (督办清单) when there is nothing to list, read back with openpyxl: its title says so in
/// one line, and a missing log's norms are named as not checked.
final class OverdueSheetTests: XCTestCase {
    static func day(_ month: Int, _ day: Int) -> Day { Day(year: 2023, month: month, day: day)! }

    /// One school, S1, that met every norm of 2023 (or, with `lectures: false`, every norm but
    /// the lectures'); `branches: 0` makes it a school without a branch.
    func data(lectures: Bool = true, branches: Int = 1, missing: Set<LogKind> = [], language: ReportLanguage = .zh) -> ReviewData {
        let config = ReviewConfig()
        let sites = [
            Site(id: "J0", name: "Bureau", locale: .urban, ownership: .public, level: .bureau, branches: 1),
            Site(id: "S1", name: "One", locale: .urban, ownership: .public, level: .primary, partyMembers: 3, branches: branches),
        ]
        var tally = ActivityTally(siteCount: sites.count, partyDay: 28)
        for month in 1...12 {
            for type in [MeetingType.branch_committee, .party_group, .party_day] {
                tally.addMeeting(site: 1, day: Self.day(month, 28), type: type, attendees: nil, expected: nil)
            }
        }
        for month in [2, 5, 8, 11] {
            tally.addMeeting(site: 1, day: Self.day(month, 3), type: .branch_general, attendees: nil, expected: nil)
            if lectures { tally.addLecture(site: 1, day: Self.day(month, 4), role: .secretary) }
        }
        tally.addMeeting(site: 1, day: Self.day(12, 5), type: .org_life, attendees: nil, expected: nil)
        tally.addMeeting(site: 1, day: Self.day(12, 6), type: .democratic_review, attendees: nil, expected: nil)
        let indicators = ReviewIndicators.compute(
            sites: sites, activity: tally, config: config, year: 2023, asOf: Self.day(12, 31), missingLogs: missing)
        return ReviewData(
            config: config, language: language, indicators: indicators,
            imbalance: ImbalanceAnalysis.compute(indicators, config: config),
            quality: LogKind.allCases.map { _ in LogQuality() },
            fingerprint: String(repeating: "0", count: 64), latestDay: Self.day(12, 28))
    }

    func sheet(_ data: ReviewData, _ name: String) throws -> SheetDump {
        let folder = try TestPackage.makeTemporaryFolder("overdue-sheet")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("review.xlsx").path
        try ReportFiles.write(data, workbook: path)
        return try XCTUnwrap(try IndependentReader.read(path).sheet(name))
    }

    func testNothingOverdueSaysSoInOneLine() throws {
        let data = data()
        XCTAssertEqual(data.indicators.overdue, [])
        let zh = try sheet(data, "督办清单")
        XCTAssertEqual(zh.cells["A1"]?.value, .string("督办清单（截至2023年12月31日）：全部按期完成"))
        XCTAssertEqual(zh.cells["A2"]?.value, .string("列出建有独立党支部的单位截至统计日已结束、开展次数少于规范要求的周期（规范见“指标说明”）；按单位编码、规范、周期排列。"))
        XCTAssertEqual(Set(zh.cells.keys), ["A1", "A2"])
        XCTAssertEqual(zh.print.orientation, "landscape")
        let en = try sheet(self.data(language: .en), "Overdue")
        XCTAssertEqual(en.cells["A1"]?.value, .string("Overdue list as of 31 December 2023: every period done as the norms require"))
    }

    /// Without the lectures log the lecture norm is not checked: S1 held none, yet none is listed,
    /// and the sheet says why.
    func testTheNormsOfAMissingLogAreNamedAsNotChecked() throws {
        let data = data(lectures: false, missing: [.lectures])
        XCTAssertEqual(data.indicators.overdue, [])
        let zh = try sheet(data, "督办清单")
        XCTAssertEqual(zh.cells["A1"]?.value, .string("督办清单（截至2023年12月31日）：全部按期完成"))
        XCTAssertEqual(zh.cells["A3"]?.value, .string("缺少党课记录，党课未列入清单。"))
        let en = try sheet(self.data(lectures: false, missing: [.lectures], language: .en), "Overdue")
        XCTAssertEqual(en.cells["A3"]?.value, .string("Lectures missing: Party lecture not checked."))
        // Without the meetings log, its six norms.
        let noMeetings = try sheet(self.data(missing: [.meetings]), "督办清单")
        XCTAssertEqual(noMeetings.cells["A3"]?.value,
                       .string("缺少会议记录，支部党员大会、支委会、党小组会、主题党日、组织生活会、民主评议党员未列入清单。"))
    }

    func testNoSiteWithABranch() throws {
        let zh = try sheet(data(branches: 0), "督办清单")
        XCTAssertEqual(zh.cells["A1"]?.value, .string("督办清单（截至2023年12月31日）：没有建有独立党支部的单位"))
    }
}
