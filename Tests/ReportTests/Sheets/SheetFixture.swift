import Indicators
import Model
@testable import Report

/// A year of seven schools, S1…S7 (rural, public, primary, each with a branch), and the bureau
/// J0, scored on attendance alone (weight 100): Si attended i of 10 at one talk on 1 March 2023,
/// so its score is 10 × i. Nothing else happened: every other norm is unmet, every other count 0.
enum SheetFixture {
    static func day(_ month: Int, _ day: Int) -> Day { Day(year: 2023, month: month, day: day)! }

    static func data(language: ReportLanguage = .zh, missing: Set<LogKind> = []) -> ReviewData {
        var config = ReviewConfig()
        config.weights = [.sanhui: 0, .party_day: 0, .attendance: 100, .training: 0, .org_life: 0, .democratic_review: 0]
        let sites = [Site(id: "J0", name: "教育局", locale: .urban, ownership: .public, level: .bureau, branches: 1)]
            + (1...7).map { Site(id: "S\($0)", name: "第\($0)小学", locale: .rural, ownership: .public, level: .primary, branches: 1) }
        var tally = ActivityTally(siteCount: sites.count, partyDay: 28)
        for i in 1...7 {
            tally.addMeeting(site: i, day: day(3, 1), type: .talk, attendees: i, expected: 10)
        }
        let indicators = ReviewIndicators.compute(
            sites: sites, activity: tally, config: config, year: 2023, asOf: day(12, 31), missingLogs: missing)
        return ReviewData(
            config: config, language: language, indicators: indicators,
            imbalance: ImbalanceAnalysis.compute(indicators, config: config),
            quality: LogKind.allCases.map { _ in LogQuality() },
            fingerprint: String(repeating: "0", count: 64), latestDay: day(3, 1))
    }

    static func labels(_ data: ReviewData) -> Labels { Labels(language: data.language) }

    /// The report title of the fixture in Chinese: no organisation, no title in the config.
    static let titleZH = "2023年度基层党建工作年终评估"
}
