/// The seven norms of organisational life (rules §4.2). The set is fixed; their required count
/// and period come from the config.
public enum NormKey: String, CaseIterable, Hashable, Sendable {
    case branch_general, branch_committee, party_group, lecture, party_day, org_life, democratic_review

    /// The meeting type counted by the norm, or `nil` for the lecture norm (lectures.csv).
    public var meetingType: MeetingType? {
        switch self {
        case .branch_general: .branch_general
        case .branch_committee: .branch_committee
        case .party_group: .party_group
        case .lecture: nil
        case .party_day: .party_day
        case .org_life: .org_life
        case .democratic_review: .democratic_review
        }
    }

    /// The four norms whose rates make up 三会一课 (`sanhui_rate`).
    public static let sanhui: [NormKey] = [.branch_general, .branch_committee, .party_group, .lecture]
}

/// The period over which a norm's required count must be reached.
public enum NormPeriod: String, CaseIterable, Hashable, Sendable {
    case month, quarter, year

    /// How many periods the year has.
    public var periodsPerYear: Int {
        switch self {
        case .month: 12
        case .quarter: 4
        case .year: 1
        }
    }
    /// How many months one period spans (12 / `periodsPerYear`, without a division: the
    /// compliance loops ask for it for every site, norm and period).
    public var months: Int {
        switch self {
        case .month: 1
        case .quarter: 3
        case .year: 12
        }
    }
}

public struct Norm: Hashable, Sendable {
    public var required: Int
    public var period: NormPeriod
    public init(required: Int, period: NormPeriod) { self.required = required; self.period = period }
}

/// The parts of the compliance score (rules §4.2) and their weights, which sum to 100.
public enum ScorePart: String, CaseIterable, Hashable, Sendable {
    case sanhui, party_day, attendance, training, org_life, democratic_review
}

/// A column of the register usable as the weight of the weighted CV (rules §4.4).
public enum WeightColumn: String, CaseIterable, Hashable, Sendable {
    case party_members, students, teachers
}

/// An extra grouping for the imbalance analysis, asked for by the config (rules §4.4).
public enum ExtraDimension: String, CaseIterable, Hashable, Sendable {
    case level, district
}

/// Report language.
public enum ReportLanguage: String, CaseIterable, Hashable, Sendable {
    case zh, en
}

/// The headline figures that can carry a target on the Summary sheet and in the draft.
public enum HeadlineKey: String, CaseIterable, Hashable, Sendable {
    case party_committee, special_meeting, study_session, visits, secretary_lectures, lectures,
         trainings, training_participants, training_person_hours, sites_with_branch, sites_covered,
         branches_founded_private, demo_sites
}

/// Everything the config (`review.yml`) can set, with the defaults that apply without it.
/// Loaded and checked by `Ingest`'s config loader; the one place that lists the keys is there.
public struct ReviewConfig: Hashable, Sendable {
    public var year: Int?
    public var organisation: String = ""
    public var title: String?
    public var language: ReportLanguage = .zh
    /// Extra header aliases, by canonical column id.
    public var columnAliases: [String: [String]] = [:]
    /// Extra enumeration aliases, by vocabulary name (`meeting_type`, `locale`, …) then canonical id.
    public var valueAliases: [String: [String: [String]]] = [:]
    /// The line of review.yml each extra alias is written on, by its key (`aliases.columns.date`)
    /// then the alias, so that a problem found with an alias later names its line. Empty for a
    /// config made in code.
    public var aliasLines: [String: [String: Int]] = [:]
    public var norms: [NormKey: Norm] = ReviewConfig.defaultNorms
    public var targets: [HeadlineKey: Double] = [:]
    public var nextYearTargets: [HeadlineKey: Double] = [:]
    public var weights: [ScorePart: Double] = ReviewConfig.defaultWeights
    /// Minimum rounded score for 5, 4, 3 and 2 stars, in that order.
    public var starThresholds: [Double] = [90, 80, 70, 60]
    /// Training hours per member that earn the full training part of the score.
    public var trainingHoursTarget: Double = 8
    public var bottomN: Int = 10
    public var weightColumn: WeightColumn = .party_members
    /// The day of the month of the monthly Party day.
    public var partyDay: Int = 28
    public var extraDimensions: [ExtraDimension] = []
    /// With it, `org_life` and `democratic_review` meetings dated from 1 January to this day
    /// belong to the year before, as if dated its 31 December (rules §2, row rule 6); `nil`: off.
    public var annualMeetingsUntil: MonthDay?
    /// `bottom_share` in millionths (0…1,000,000; default 0.10): the 末位 list holds at most
    /// ⌈share × ranked sites⌉ sites (rules §4.2). An integer, so the product is exact.
    public var bottomShareMillionths: Int = 100_000

    public init() {}

    public static let defaultNorms: [NormKey: Norm] = [
        .branch_general: Norm(required: 1, period: .quarter),
        .branch_committee: Norm(required: 1, period: .month),
        .party_group: Norm(required: 1, period: .month),
        .lecture: Norm(required: 1, period: .quarter),
        .party_day: Norm(required: 1, period: .month),
        .org_life: Norm(required: 1, period: .year),
        .democratic_review: Norm(required: 1, period: .year),
    ]

    public static let defaultWeights: [ScorePart: Double] = [
        .sanhui: 40, .party_day: 20, .attendance: 20, .training: 10, .org_life: 5, .democratic_review: 5,
    ]

    public func norm(_ key: NormKey) -> Norm { norms[key] ?? ReviewConfig.defaultNorms[key]! }
    public func weight(_ part: ScorePart) -> Double { weights[part] ?? 0 }
}
