import Foundation
import Indicators
import Model
import Report
import TestSupport
import XCTest

/// Sheet 5 (排名), read back with openpyxl: its title says how many sites are marked as the 末位
/// list and by which rule, or why none is (rules §4.2); the Definitions sheet states the rule.
final class RankingSheetTests: XCTestCase {
    static func day(_ month: Int, _ day: Int) -> Day { Day(year: 2023, month: month, day: day)! }

    /// Seven schools S1…S7 with a branch, scored on attendance alone (weight 100): Si attended
    /// `attended[i]` of 10, so its score is 10 × that. With `branches: 0`, none has a branch.
    func data(attended: [Int] = [1, 2, 3, 4, 5, 6, 7], branches: Int = 1, configure: (inout ReviewConfig) -> Void = { _ in },
              language: ReportLanguage = .zh) -> ReviewData {
        var config = ReviewConfig()
        config.weights = [.sanhui: 0, .party_day: 0, .attendance: 100, .training: 0, .org_life: 0, .democratic_review: 0]
        configure(&config)
        let sites = [Site(id: "J0", name: "教育局", locale: .urban, ownership: .public, level: .bureau, branches: 1)]
            + attended.indices.map { Site(id: "S\($0 + 1)", name: "第\($0 + 1)小学", locale: .rural, ownership: .public, level: .primary, branches: branches) }
        var tally = ActivityTally(siteCount: sites.count, partyDay: 28)
        for (i, n) in attended.enumerated() {
            tally.addMeeting(site: i + 1, day: Self.day(3, 1), type: .talk, attendees: n, expected: 10)
        }
        let indicators = ReviewIndicators.compute(
            sites: sites, activity: tally, config: config, year: 2023, asOf: Self.day(12, 31), missingLogs: [])
        return ReviewData(
            config: config, language: language, indicators: indicators,
            imbalance: ImbalanceAnalysis.compute(indicators, config: config),
            quality: LogKind.allCases.map { _ in LogQuality() },
            fingerprint: String(repeating: "0", count: 64), latestDay: Self.day(3, 1))
    }

    func dump(_ data: ReviewData) throws -> WorkbookDump {
        let folder = try TestPackage.makeTemporaryFolder("ranking-sheet")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("review.xlsx").path
        try ReportFiles.write(data, workbook: path)
        return try IndependentReader.read(path)
    }

    func title(_ data: ReviewData) throws -> DumpValue? {
        try XCTUnwrap(dump(data).sheet(data.language == .zh ? "排名" : "Ranking")).cells["A1"]?.value
    }

    func testSevenSchoolsMarkOneAndTheTitleSaysWhy() throws {
        // Scores 10…70, mean 40: S1, S2 and S3 are below it, but ⌈0.1 × 7⌉ = 1.
        let data = data()
        XCTAssertEqual(data.indicators.bottom, ["S1"])
        let zh = try dump(data)
        let sheet = try XCTUnwrap(zh.sheet("排名"))
        XCTAssertEqual(sheet.cells["A1"]?.value,
                       .string("综合得分排名（末位1个单位以红色标出：排名最后且得分低于平均分，至多10个、不超过已排名单位的10%）"))
        // The header on row 2 (repeated on every page), S7 first, S1 last and marked.
        XCTAssertEqual(sheet.cells["A2"]?.value, .string("排名"))
        XCTAssertEqual(sheet.cells["B3"]?.value, .string("S7"))
        XCTAssertEqual(sheet.cells["B9"]?.value, .string("S1"))
        XCTAssertEqual(sheet.cells["M9"]?.value, .string("末位"))
        XCTAssertEqual(sheet.cells["M8"]?.value ?? .null, .null)
        XCTAssertEqual(sheet.print.titleRows, "$2:$2")
        XCTAssertEqual(sheet.print.scale, 82)
        XCTAssertFalse(sheet.print.fitToPage)
        XCTAssertEqual(sheet.print.marginTop, 0.4)
        XCTAssertEqual(sheet.freezePanes, "A3")

        XCTAssertEqual(try title(self.data(language: .en)),
                       .string("Ranking by score: bottom 1 in red (below the mean; at most 10 and 10% of ranked sites)"))
    }

    func testTheTitleNamesTheConfiguredLimits() throws {
        // bottom_share 0.5: ⌈3.5⌉ = 4, bottom_n 2: S1 and S2.
        let data = data { $0.bottomShareMillionths = 500_000; $0.bottomN = 2 }
        XCTAssertEqual(data.indicators.bottom, ["S1", "S2"])
        XCTAssertEqual(try title(data), .string("综合得分排名（末位2个单位以红色标出：排名最后且得分低于平均分，至多2个、不超过已排名单位的50%）"))
        let eighth = self.data { $0.bottomShareMillionths = 125_000 }
        XCTAssertEqual(try title(eighth), .string("综合得分排名（末位1个单位以红色标出：排名最后且得分低于平均分，至多10个、不超过已排名单位的12.5%）"))
    }

    func testNoneBelowTheMean() throws {
        let data = data(attended: [5, 5, 5, 5, 5, 5, 5])
        XCTAssertEqual(data.indicators.bottom, [])
        XCTAssertEqual(try title(data), .string("综合得分排名（无末位：没有单位得分低于平均分）"))
        XCTAssertEqual(try title(self.data(attended: [5, 5, 5, 5, 5, 5, 5], language: .en)),
                       .string("Ranking by score (no bottom list: no site scores below the mean)"))
    }

    func testTheListTurnedOff() throws {
        XCTAssertEqual(try title(data { $0.bottomN = 0 }), .string("综合得分排名（不列末位：配置中 bottom_n 或 bottom_share 为 0）"))
        XCTAssertEqual(try title(data(configure: { $0.bottomShareMillionths = 0 }, language: .en)),
                       .string("Ranking by score (no bottom list: bottom_n or bottom_share is 0 in review.yml)"))
    }

    func testNothingRanked() throws {
        let data = data(branches: 0)
        XCTAssertEqual(try title(data), .string("综合得分排名（没有单位参加排名，无末位）"))
        XCTAssertEqual(try title(self.data(branches: 0, language: .en)), .string("Ranking by score (no site is ranked: no bottom list)"))
    }

    func testTheDefinitionsStateTheRuleAndTheSettings() throws {
        let data = data { $0.bottomShareMillionths = 70_000 }
        let sheet = try XCTUnwrap(dump(data).sheet("指标说明"))
        let row = try XCTUnwrap(sheet.cells.first { $0.key.hasPrefix("A") && $0.value.value == .string("排名与末位") }?.key.dropFirst())
        XCTAssertEqual(sheet.cells["B\(row)"]?.value, .string(
            "按得分（四舍五入到 6 位小数）从高到低排名，同分按单位编码。末位：排名最后、得分低于已排名单位平均分的单位，至多 10 个，且不超过已排名单位数的 7%（向上取整）；没有单位低于平均分时不列末位。"))
        XCTAssertEqual(sheet.cells["C\(row)"]?.value, .string("bottom_n: 10, bottom_share: 0.07"))
        XCTAssertEqual(Catalogue.Sheets.Definitions.rankFormula(bottomN: 5, shareMillionths: 100_000).en,
                       "by score rounded to 6 decimals, highest first, ties by site id. Bottom list: the lowest-ranked sites scoring below the mean of the ranked sites, at most 5 and at most 10% of the ranked sites (rounded up); none when no site is below the mean.")
    }

    func testSharesAreWrittenExactly() {
        typealias R = Catalogue.Sheets.Ranking
        XCTAssertEqual([0, 1, 70_000, 100_000, 125_000, 1_000_000].map(R.percent), ["0%", "0.0001%", "7%", "10%", "12.5%", "100%"])
        XCTAssertEqual([0, 1, 70_000, 100_000, 125_000, 1_000_000].map(R.decimal), ["0", "0.000001", "0.07", "0.1", "0.125", "1"])
    }
}
