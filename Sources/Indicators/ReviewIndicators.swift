import Foundation
import Model

/// The activity totals of one year (rules §4.1): everything, the bureau's part given apart.
public struct ActivityTotals: Sendable, Equatable {
    /// In `MeetingType.allCases` order.
    public var meetingsByType: [Int]
    public var bureauMeetingsByType: [Int]
    public var lectures: Int
    /// In `LecturerRole.allCases` order.
    public var lecturesByRole: [Int]
    public var bureauLecturesByRole: [Int]
    /// Distinct training ids starting in the year.
    public var trainings: Int
    public var trainingParticipants: Int64
    /// Σ participants × hours, exact.
    public var trainingPersonHours: Decimal

    public func meetings(_ type: MeetingType) -> Int { meetingsByType[type.ordinal] }
    public func bureauMeetings(_ type: MeetingType) -> Int { bureauMeetingsByType[type.ordinal] }
    /// Research visits: `visit` meetings, bureau and sites.
    public var visits: Int { meetings(.visit) }
    public func lectures(_ role: LecturerRole) -> Int { lecturesByRole[role.ordinal] }
    public func bureauLectures(_ role: LecturerRole) -> Int { bureauLecturesByRole[role.ordinal] }
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

/// Every value of rules §4.2 for one non-bureau site. Norm-based values are `nil` for a site without a
/// branch; a rate is `nil` when it has nothing to divide by.
public struct SiteResult: Sendable, Equatable {
    public var site: Site
    public var hasBranch: Bool
    /// In `MeetingType.allCases` order.
    public var meetingsByType: [Int]
    public var lectures: Int
    public var trainingPersonHours: Decimal
    /// In `NormKey.allCases` order.
    public var normRates: [Double?]
    public var sanhuiRate: Double?
    public var fullyCompliant: Bool?
    public var partyDayRate: Double?
    public var partyDayOnDayShare: Double?
    public var attendanceRate: Double?
    public var trainingHoursPerMember: Double?
    public var lecturesPer100Members: Double?
    /// 0–100, unrounded.
    public var score: Double?
    public var stars: Int?
    public var rank: Int?

    public func normRate(_ key: NormKey) -> Double? { normRates[NormKey.allCases.firstIndex(of: key)!] }
    public func meetings(_ type: MeetingType) -> Int { meetingsByType[type.ordinal] }
}

/// One row of the monthly dispatch (rules §4.3).
public struct MonthResult: Sendable, Equatable {
    public var month: Int
    public var meetingsByType: [Int]
    public var lectures: Int
    public var trainings: Int
    /// Sites with a branch by the month's end and no organisational life in the month.
    public var inactiveSites: Int
    /// Cumulative completion per norm, in `NormKey.allCases` order; `nil` while no period ended.
    public var completion: [Double?]
}

/// The year-end indicators of rules §4.1–§4.3 and §4.5.
public struct ReviewIndicators: Sendable, Equatable {
    public var year: Int
    public var asOf: Day
    public var totals: ActivityTotals
    public var siteTotals: SiteTotals
    /// Non-bureau sites in site_id order (UTF-8 bytes).
    public var sites: [SiteResult]
    /// The 末位 list: site ids, worst first.
    public var bottom: [String]
    /// Months 1…12.
    public var monthly: [MonthResult]
    /// The previous year's totals, `nil` when no log has a valid row of that year.
    public var previous: ActivityTotals?
}
