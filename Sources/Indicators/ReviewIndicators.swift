import Foundation
import Model

/// The activity totals of one year (rules §4.1): everything, the bureau's part given apart.
///
/// A log that is missing (rules §2) feeds no figure: its totals are `nil`, never 0.
public struct ActivityTotals: Sendable, Equatable {
    /// In `MeetingType.allCases` order; `nil` without the meetings log.
    public var meetingsByType: [Int]?
    public var bureauMeetingsByType: [Int]?
    /// `nil` without the lectures log.
    public var lectures: Int?
    /// In `LecturerRole.allCases` order.
    public var lecturesByRole: [Int]?
    public var bureauLecturesByRole: [Int]?
    /// Distinct training ids starting in the year; `nil` without the trainings log.
    public var trainings: Int?
    public var trainingParticipants: Int64?
    /// Σ participants × hours, exact.
    public var trainingPersonHours: Decimal?

    public func meetings(_ type: MeetingType) -> Int? { meetingsByType?[type.ordinal] }
    public func bureauMeetings(_ type: MeetingType) -> Int? { bureauMeetingsByType?[type.ordinal] }
    /// Research visits: `visit` meetings, bureau and sites.
    public var visits: Int? { meetings(.visit) }
    public func lectures(_ role: LecturerRole) -> Int? { lecturesByRole?[role.ordinal] }
    public func bureauLectures(_ role: LecturerRole) -> Int? { bureauLecturesByRole?[role.ordinal] }
}

/// The register's counts over the non-bureau sites (rules §4.1).
public struct SiteTotals: Sendable, Equatable {
    public var total: Int
    public var byLocale: [SiteLocale: Int]
    public var byOwnership: [Ownership: Int]
    /// Every level but `bureau`, zeros included.
    public var byLevel: [SchoolLevel: Int]
    public var withBranch: Int
    public var covered: Int
    /// Sites with a branch founded in the review year, by ownership.
    public var foundedInYear: [Ownership: Int]
    /// Demonstration sites by level (`none` excluded).
    public var demo: [DemoLevel: Int]
}

/// Every rules §4.2 value of one non-bureau site. Norm-based values are `nil` for a site without a
/// branch; a rate is `nil` when it has nothing to divide by; a value built on a missing log is
/// `nil` (rules §2).
public struct SiteResult: Sendable, Equatable {
    public var site: Site
    public var hasBranch: Bool
    /// Whether the site takes part in the score: it has a branch and some norm of it has a
    /// period in scope (rules §4.2). A branch founded after the as-of date has none: like a
    /// site without a branch, it has no score parts, score, stars or rank.
    public var isScorable: Bool
    /// In `MeetingType.allCases` order; `nil` without the meetings log.
    public var meetingsByType: [Int]?
    /// `nil` without the lectures log.
    public var lectures: Int?
    /// `nil` without the trainings log.
    public var trainingPersonHours: Decimal?
    /// In `NormKey.allCases` order.
    public var normRates: [Double?]
    public var sanhuiRate: Double?
    public var fullyCompliant: Bool?
    public var partyDayRate: Double?
    public var partyDayOnDayShare: Double?
    public var attendanceRate: Double?
    public var trainingHoursPerMember: Double?
    public var lecturesPer100Members: Double?
    /// Each part of the score as a fraction 0–1, in `ScorePart.allCases` order, `nil` when the
    /// site cannot have it (an empty part; all `nil` for a site without a branch).
    public var scoreParts: [Double?]
    /// 0–100, unrounded.
    public var score: Double?
    public var stars: Int?
    public var rank: Int?

    public func normRate(_ key: NormKey) -> Double? { normRates[NormKey.allCases.firstIndex(of: key)!] }
    public func meetings(_ type: MeetingType) -> Int? { meetingsByType?[type.ordinal] }
    public func scorePart(_ part: ScorePart) -> Double? { scoreParts[ScorePart.allCases.firstIndex(of: part)!] }
}

/// One row of the monthly dispatch (rules §4.3). A count of a missing log is `nil` in every month;
/// a month that begins after the as-of date has every value `nil` (only `month` set).
public struct MonthResult: Sendable, Equatable {
    public var month: Int
    public var meetingsByType: [Int]?
    public var lectures: Int?
    public var trainings: Int?
    /// Sites with a branch by the month's end and no organisational life in the month; `nil`
    /// when both the meetings and the lectures log are missing, and in the as-of month unless
    /// the as-of date is its last day (the month is not over).
    public var inactiveSites: Int?
    /// Cumulative completion per norm, in `NormKey.allCases` order; `nil` while no period ended
    /// and for a norm of a missing log.
    public var completion: [Double?]
}

/// The weights the scores were computed with (rules §4.2): the config's, unless some part could not
/// be had by any site with a branch — then that part is left out and the others are scaled by
/// 100 ÷ (their sum), so scores stay 0–100.
public struct ScoreWeights: Sendable, Equatable {
    /// The parts left out, in `ScorePart.allCases` order (the formula's).
    public var omitted: [ScorePart]
    /// The weight applied to each part, in `ScorePart.allCases` order: 0 for a part left out.
    public var applied: [Double]

    public init(omitted: [ScorePart], applied: [Double]) {
        self.omitted = omitted; self.applied = applied
    }

    public func weight(_ part: ScorePart) -> Double { applied[ScorePart.allCases.firstIndex(of: part)!] }

    /// Whether there is a score at all: false when every part with a weight was left out
    /// (then no site has a score, stars or rank, and the 末位 list is empty).
    public var isScored: Bool { applied.contains { $0 > 0 } }
}

/// The year-end indicators of rules §4.1–rules §4.3, rules §4.5 and the overdue list of rules §4.6.
public struct ReviewIndicators: Sendable, Equatable {
    public var year: Int
    public var asOf: Day
    /// The logs with no file, in `LogKind.allCases` order (rules §2): every figure only they
    /// feed is `nil`.
    public var missingLogs: [LogKind]
    public var totals: ActivityTotals
    public var siteTotals: SiteTotals
    /// Non-bureau sites in site_id order (UTF-8 bytes).
    public var sites: [SiteResult]
    public var scoreWeights: ScoreWeights
    /// The 末位 list: site ids, worst first (rules §4.2).
    public var bottom: [String]
    /// The most sites the 末位 list could hold: `bottom_n` and ⌈`bottom_share` × ranked sites⌉,
    /// whichever is smaller (0 when nothing is ranked).
    public var bottomLimit: Int
    /// The overdue list (督办清单, rules §4.6): the norm periods in scope that sites with a branch
    /// did not meet, by site_id, then norm (`NormKey.allCases`), then period.
    public var overdue: [OverdueEntry]
    /// Months 1…12.
    public var monthly: [MonthResult]
    /// The previous year's totals, `nil` when no log has a valid row of that year; within them,
    /// the figures of a log whose rows do not cover that year are `nil` (rules §4.5).
    public var previous: ActivityTotals?
    /// Which logs' rows do not cover the previous year, and why (no gap without any row of it).
    public var previousCoverage: PreviousYearCoverage

    /// Whether `log` had no file.
    public func isMissing(_ log: LogKind) -> Bool { missingLogs.contains(log) }
}

extension NormKey {
    /// The log a norm counts: lectures.csv for the lecture norm, meetings.csv for the others.
    public var log: LogKind { meetingType == nil ? .lectures : .meetings }
}
