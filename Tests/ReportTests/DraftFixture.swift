import Foundation
import Indicators
import Model
import Report

/// A small review counted by hand, for the draft's tests.
///
/// The bureau J0 held 7 Party committee meetings, 11 special meetings, 2 study sessions and 43
/// research visits; its secretary gave 3 lectures. Trainings: T1 (S1, 3 people × 1.5 h) and
/// T2 (bureau-wide, 20 × 2 h): 2 trainings, 23 participants, 44.5 person-hours.
/// Sites (the bureau aside): S1 urban public, branch, city demo; S2 rural public, branch;
/// S3 urban private, no branch but a joint branch; S4 rural private, branch founded
/// 2023-05-10, county demo. So 4 sites, 3 with a branch, 4 covered (100.0%), 1 private branch
/// founded in the year, 2 demonstration sites.
/// Party days on the 28th: S1 every month (rate 1); S2 January–June (6/12); S4 June–December
/// (7 of the 8 months from May): 2 of 3 branches missed at least one month, 66.7%.
enum DraftFixture {
    static func day(_ month: Int, _ day: Int, year: Int = 2023) -> Day { Day(year: year, month: month, day: day)! }

    /// `missing`: logs with no file (rules §2): their rows are not counted and their figures are
    /// empty.
    static func data(language: ReportLanguage = .zh, organisation: String = "临江市教育局", missing: Set<LogKind> = []) -> ReviewData {
        var config = ReviewConfig()
        config.organisation = organisation
        config.targets = [.visits: 40]
        config.nextYearTargets = [.demo_sites: 5, .trainings: 3]
        let sites = [
            Site(id: "J0", name: "临江市教育局", locale: .urban, ownership: .public, level: .bureau, partyMembers: 30, branches: 1),
            Site(id: "S1", name: "城关小学", locale: .urban, ownership: .public, level: .primary, partyMembers: 10, branches: 1, demo: .city),
            Site(id: "S2", name: "河口小学", locale: .rural, ownership: .public, level: .primary, partyMembers: 5, branches: 1),
            Site(id: "S3", name: "阳光幼儿园", locale: .urban, ownership: .private, level: .kindergarten, jointBranch: "联合党支部"),
            Site(id: "S4", name: "启明学校", locale: .rural, ownership: .private, level: .junior, partyMembers: 4, branches: 1,
                 branchFounded: day(5, 10), demo: .county),
        ]
        var tally = ActivityTally(siteCount: sites.count, partyDay: 28)
        func meeting(_ site: Int, _ type: MeetingType, times: Int, month: (Int) -> Int = { _ in 3 }) {
            for i in 0..<times {
                tally.addMeeting(site: site, day: day(month(i), 1 + i % 28), type: type, attendees: nil, expected: nil)
            }
        }
        if !missing.contains(.meetings) {
            meeting(0, .party_committee, times: 7)
            meeting(0, .special_meeting, times: 11)
            meeting(0, .study_session, times: 2)
            meeting(0, .visit, times: 43, month: { 1 + $0 % 12 })
            for month in 1...12 { tally.addMeeting(site: 1, day: day(month, 28), type: .party_day, attendees: 10, expected: 10) }
            for month in 1...6 { tally.addMeeting(site: 2, day: day(month, 28), type: .party_day, attendees: 4, expected: 5) }
            for month in 6...12 { tally.addMeeting(site: 4, day: day(month, 28), type: .party_day, attendees: 4, expected: 4) }
        }
        if !missing.contains(.lectures) {
            for i in 0..<3 { tally.addLecture(site: 0, day: day(4 + i, 2), role: .secretary) }
        }
        if !missing.contains(.trainings) {
            tally.addTraining(training: 1, start: day(4, 1), site: 1, participants: 3, hours: ScaledDecimal(significand: 15, scale: 1))
            tally.addTraining(training: 2, start: day(9, 1), site: nil, participants: 20, hours: ScaledDecimal(significand: 2, scale: 0))
        }
        let indicators = ReviewIndicators.compute(
            sites: sites, activity: tally, config: config, year: 2023, asOf: day(12, 31), missingLogs: missing)
        return ReviewData(
            config: config, language: language, indicators: indicators,
            imbalance: ImbalanceAnalysis.compute(indicators, config: config),
            quality: LogKind.allCases.map { _ in LogQuality() },
            fingerprint: String(repeating: "0123456789ab", count: 5) + "cdef", latestDay: day(12, 28))
    }

    /// Sets one pairwise split (first group's mean, second's, p) and the indicator's overall mean,
    /// as if the imbalance analysis had found them.
    static func setGap(_ data: inout ReviewData, _ indicator: ImbalanceIndicator, _ dimension: ImbalanceDimension,
                       first: Double, second: Double, p: Double?, overall: Double) {
        let i = ImbalanceIndicator.allCases.firstIndex(of: indicator)!
        let d = data.imbalance.dimensions.firstIndex(of: dimension)!
        data.imbalance.splits[i][d].groups[0].mean = first
        data.imbalance.splits[i][d].groups[1].mean = second
        data.imbalance.splits[i][d].gap = first - second
        data.imbalance.splits[i][d].ratio = first / second
        data.imbalance.splits[i][d].pValue = p
        data.imbalance.dispersion[i].mean = overall
    }

    /// No significant gap anywhere.
    static func clearGaps(_ data: inout ReviewData) {
        for i in data.imbalance.splits.indices {
            for d in data.imbalance.splits[i].indices { data.imbalance.splits[i][d].pValue = nil }
        }
    }

    static func draft(_ data: ReviewData, template: String) throws -> String {
        var data = data
        data.draftTemplate = DraftTemplateSource(text: template, file: "templates/draft.zh.md")
        return try ReportDraft.make(data).text
    }
}
