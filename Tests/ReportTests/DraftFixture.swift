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
        return review(sites: sites, activity: tally, config: config, language: language, missing: missing,
                      fingerprint: String(repeating: "0123456789ab", count: 5) + "cdef")
    }

    /// The review of 2023 counted from `activity`, as of 31 December, the latest row of 28 December.
    private static func review(sites: [Site], activity: ActivityTally, config: ReviewConfig, language: ReportLanguage,
                               missing: Set<LogKind>, fingerprint: String) -> ReviewData {
        let indicators = ReviewIndicators.compute(
            sites: sites, activity: activity, config: config, year: 2023, asOf: day(12, 31), missingLogs: missing)
        return ReviewData(
            config: config, language: language, indicators: indicators,
            imbalance: ImbalanceAnalysis.compute(indicators, config: config),
            quality: LogKind.allCases.map { _ in LogQuality() },
            fingerprint: fingerprint, latestDay: day(12, 28))
    }

    /// Sets one pairwise split (first group's mean, second's, p, the groups' sizes) and the
    /// indicator's overall mean, as if the imbalance analysis had found them.
    static func setGap(_ data: inout ReviewData, _ indicator: ImbalanceIndicator, _ dimension: ImbalanceDimension,
                       first: Double, second: Double, p: Double?, overall: Double, n: (Int, Int) = (5, 5)) {
        let i = ImbalanceIndicator.allCases.firstIndex(of: indicator)!
        let d = data.imbalance.dimensions.firstIndex(of: dimension)!
        data.imbalance.splits[i][d].groups[0].n = n.0
        data.imbalance.splits[i][d].groups[1].n = n.1
        data.imbalance.splits[i][d].groups[0].mean = first
        data.imbalance.splits[i][d].groups[1].mean = second
        data.imbalance.splits[i][d].gap = first - second
        data.imbalance.splits[i][d].ratio = first / second
        data.imbalance.splits[i][d].pValue = p
        data.imbalance.dispersion[i].mean = overall
    }

    /// Sets the mean 三会一课 and Party-day rates, as if every site with a branch had them.
    static func setOrgLifeRates(_ data: inout ReviewData, sanhui: Double?, partyDay: Double?) {
        data.imbalance.dispersion[ImbalanceIndicator.allCases.firstIndex(of: .sanhui_rate)!].mean = sanhui
        data.imbalance.dispersion[ImbalanceIndicator.allCases.firstIndex(of: .party_day_rate)!].mean = partyDay
    }

    /// A small county counted by hand: the bureau J0 and seven public schools with a branch each,
    /// three urban (U1–U3) and four rural (R1–R4), 6 members each; no demonstration site, no
    /// branch founded in the year.
    ///
    /// J0 held 4 Party committee meetings, no special meeting, 3 study sessions and 9 research
    /// visits; its secretary gave 2 lectures. Every school held a branch general meeting each
    /// quarter (4), a branch committee and a Party group meeting each month (12 + 12) and 2
    /// lectures (January, April: the lecture norm met in 2 of 4 quarters), so each 三会一课 rate
    /// is (1 + 1 + 1 + 0.5) ÷ 4 = 87.5% and no school is fully compliant. Party days on the
    /// 28th, 9 of 10 members each time: the urban schools every month, the rural ones January–June
    /// (6 of 12): mean (3 × 1 + 4 × 0.5) ÷ 7 = 71.4%, 4 schools (57.1%) missed a month. No
    /// organisational-life meeting, democratic review or talk; one training T1 for U1, 6 people × 2 h.
    /// Totals: 28 branch general meetings, 84 branch committee and 84 Party group meetings,
    /// 36 + 24 = 60 Party days, 2 + 14 = 16 lectures. Scores (40 · 87.5% + 20 · Party day + 20 ·
    /// 90% + 10 · training): U1 35 + 20 + 18 + 10 × (12 h ÷ 6 ÷ 8) = 75.5, U2 and U3 73, the rural
    /// ones 35 + 10 + 18 = 63; mean 473.5 ÷ 7 = 67.6. The next year's targets: 4 lectures by the
    /// secretary, and a target of 0 demonstration sites (not stated).
    static func sevenSchools(language: ReportLanguage = .zh, missing: Set<LogKind> = []) -> ReviewData {
        var config = ReviewConfig()
        config.organisation = "小河县教育局"
        config.nextYearTargets = [.secretary_lectures: 4, .demo_sites: 0]
        var sites = [Site(id: "J0", name: "小河县教育局", locale: .urban, ownership: .public, level: .bureau, partyMembers: 12, branches: 1)]
        for (i, id) in ["U1", "U2", "U3", "R1", "R2", "R3", "R4"].enumerated() {
            sites.append(Site(id: id, name: "小河县\(id)学校", locale: i < 3 ? .urban : .rural, ownership: .public,
                              level: .primary, partyMembers: 6, branches: 1))
        }
        var tally = ActivityTally(siteCount: sites.count, partyDay: 28)
        if !missing.contains(.meetings) {
            for i in 0..<4 { tally.addMeeting(site: 0, day: day(2 + i, 3), type: .party_committee, attendees: nil, expected: nil) }
            for i in 0..<3 { tally.addMeeting(site: 0, day: day(3 + i, 5), type: .study_session, attendees: nil, expected: nil) }
            for i in 0..<9 { tally.addMeeting(site: 0, day: day(1 + i, 10), type: .visit, attendees: nil, expected: nil) }
            for site in 1...7 {
                for quarter in 0..<4 { tally.addMeeting(site: site, day: day(quarter * 3 + 2, 8), type: .branch_general, attendees: nil, expected: nil) }
                for month in 1...12 {
                    tally.addMeeting(site: site, day: day(month, 12), type: .branch_committee, attendees: nil, expected: nil)
                    tally.addMeeting(site: site, day: day(month, 15), type: .party_group, attendees: nil, expected: nil)
                }
                for month in 1...(site <= 3 ? 12 : 6) {
                    tally.addMeeting(site: site, day: day(month, 28), type: .party_day, attendees: 9, expected: 10)
                }
            }
        }
        if !missing.contains(.lectures) {
            for month in [3, 9] { tally.addLecture(site: 0, day: day(month, 20), role: .secretary) }
            for site in 1...7 { for month in [1, 4] { tally.addLecture(site: site, day: day(month, 20), role: .member) } }
        }
        if !missing.contains(.trainings) {
            tally.addTraining(training: 1, start: day(5, 6), site: 1, participants: 6, hours: ScaledDecimal(significand: 2, scale: 0))
        }
        return review(sites: sites, activity: tally, config: config, language: language, missing: missing,
                      fingerprint: String(repeating: "fedcba987654", count: 5) + "3210")
    }

    /// No significant gap anywhere.
    static func clearGaps(_ data: inout ReviewData) {
        for i in data.imbalance.splits.indices {
            for d in data.imbalance.splits[i].indices { data.imbalance.splits[i][d].pValue = nil }
        }
    }

    /// The template's text rendered, without the provenance comment the draft ends with
    /// (DraftTests checks that comment).
    static func draft(_ data: ReviewData, template: String) throws -> String {
        var data = data
        data.draftTemplate = DraftTemplateSource(text: template, file: "templates/draft.zh.md")
        let text = try ReportDraft.make(data).text
        let comment = "<!-- \(ReportDraft.provenance(data)) -->\n"
        precondition(text.hasSuffix(comment), "the draft ends with its provenance")
        return String(text.dropLast(comment.count)).replacingOccurrences(of: "\n\n$", with: "\n", options: .regularExpression)
    }
}
