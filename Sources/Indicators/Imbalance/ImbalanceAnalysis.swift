import Model

/// The indicators whose spread rules §4.4 measures, in the order of every output.
public enum ImbalanceIndicator: String, CaseIterable, Sendable {
    case sanhui_rate, party_day_rate, attendance_rate, training_hours_per_member, lectures_per_100_members, score

    /// The site's value, `nil` when it has none (then the site is left out of this indicator).
    public func value(of site: SiteResult) -> Double? {
        switch self {
        case .sanhui_rate: site.sanhuiRate
        case .party_day_rate: site.partyDayRate
        case .attendance_rate: site.attendanceRate
        case .training_hours_per_member: site.trainingHoursPerMember
        case .lectures_per_100_members: site.lecturesPer100Members
        case .score: site.score
        }
    }
}

/// A grouping of the sites: the two fixed ones of rules §4.4 and the config's extra ones.
public enum ImbalanceDimension: Hashable, Sendable {
    case locale, ownership, level, district

    public var key: String {
        switch self {
        case .locale: "locale"
        case .ownership: "ownership"
        case .level: "level"
        case .district: "district"
        }
    }

    /// locale and ownership compare two fixed groups (gap, ratio, p-value); the others only
    /// describe the groups present.
    public var isPairwise: Bool { self == .locale || self == .ownership }

    /// The label of a site's group (`(none)` for an empty district).
    public func group(of site: Site) -> String {
        switch self {
        case .locale: site.locale.rawValue
        case .ownership: site.ownership.rawValue
        case .level: site.level.rawValue
        case .district: site.district.flatMap { $0.isEmpty ? nil : $0 } ?? ImbalanceDimension.noDistrict
        }
    }

    public static let noDistrict = "(none)"

    /// The groups of a pairwise dimension, first minus second.
    public var fixedGroups: [String] {
        switch self {
        case .locale: SiteLocale.allCases.map(\.rawValue)
        case .ownership: Ownership.allCases.map(\.rawValue)
        case .level, .district: []
        }
    }
}

/// n and mean of one group.
public struct GroupStat: Sendable, Equatable {
    public var group: String
    public var n: Int
    public var mean: Double?
}

/// One indicator split by one dimension.
public struct DimensionSplit: Sendable, Equatable {
    public var groups: [GroupStat]
    /// Pairwise dimensions only: first group minus / over second.
    public var gap: Double?
    public var ratio: Double?
    public var pValue: Double?

    /// The fewest sites a group of a pairwise comparison needs before its gap is stated (rules
    /// §4.4): with fewer, the sheet shows "too few sites" and the draft names no gap; the JSON
    /// keeps the figures.
    public static let minimumGroupSize = 5

    /// Whether a group has fewer than `minimumGroupSize` sites, so the gap is not stated.
    public var hasTooFewSites: Bool { groups.contains { $0.n < Self.minimumGroupSize } }
}

/// The spread of one indicator over all sites in scope.
public struct Dispersion: Sendable, Equatable {
    public var n: Int
    public var mean: Double?
    public var cv: Double?
    public var weightedCV: Double?
    public var gini: Double?
    public var theil: Double?
    /// Per dimension, in `ImbalanceAnalysis.dimensions` order.
    public var betweenShare: [Double?]
}

/// The imbalance analysis (rules §4.4) for every indicator and dimension.
public struct ImbalanceAnalysis: Sendable, Equatable {
    public var dimensions: [ImbalanceDimension]
    /// `[indicator][dimension]`, in `ImbalanceIndicator.allCases` and `dimensions` order.
    public var splits: [[DimensionSplit]]
    /// In `ImbalanceIndicator.allCases` order.
    public var dispersion: [Dispersion]

    public func split(_ indicator: ImbalanceIndicator, _ dimension: ImbalanceDimension) -> DimensionSplit? {
        guard let d = dimensions.firstIndex(of: dimension) else { return nil }
        return splits[ImbalanceIndicator.allCases.firstIndex(of: indicator)!][d]
    }

    public func dispersion(_ indicator: ImbalanceIndicator) -> Dispersion {
        dispersion[ImbalanceIndicator.allCases.firstIndex(of: indicator)!]
    }

    /// Computes the imbalance (rules §4.4) over the non-bureau sites of `indicators` (sites without a branch have no
    /// norm-based values, so they drop out of those indicators by themselves).
    public static func compute(_ indicators: ReviewIndicators, config: ReviewConfig) -> ImbalanceAnalysis {
        let dimensions: [ImbalanceDimension] = [.locale, .ownership]
            + config.extraDimensions.map { $0 == .level ? .level : .district }
        var splits: [[DimensionSplit]] = []
        var dispersions: [Dispersion] = []
        for indicator in ImbalanceIndicator.allCases {
            let sites = indicators.sites.filter { indicator.value(of: $0) != nil }
            let values = sites.map { indicator.value(of: $0)! }
            splits.append(dimensions.map { split(values: values, sites: sites, by: $0) })
            let weights = sites.map { weight(of: $0.site, config.weightColumn) }
            dispersions.append(Dispersion(
                n: values.count,
                mean: mean(of: values),
                cv: coefficientOfVariation(of: values),
                weightedCV: weightedCoefficientOfVariation(of: values, weights: weights),
                gini: giniCoefficient(of: values),
                theil: theilIndex(of: values),
                betweenShare: dimensions.map { dimension in
                    guard !values.isEmpty else { return nil }
                    return theilDecomposition(
                        values: values, groups: sites.map { dimension.group(of: $0.site) },
                        expectedGroups: dimension.fixedGroups)?.betweenShare
                }
            ))
        }
        return ImbalanceAnalysis(dimensions: dimensions, splits: splits, dispersion: dispersions)
    }

    static func split(values: [Double], sites: [SiteResult], by dimension: ImbalanceDimension) -> DimensionSplit {
        let labels = sites.map { dimension.group(of: $0.site) }
        func members(_ group: String) -> [Double] {
            zip(values, labels).filter { $0.1 == group }.map(\.0)
        }
        if dimension.isPairwise {
            let groups = dimension.fixedGroups
            let comparison = compareGroups(members(groups[0]), members(groups[1]))
            return DimensionSplit(
                groups: [
                    GroupStat(group: groups[0], n: comparison.a.n, mean: comparison.a.mean),
                    GroupStat(group: groups[1], n: comparison.b.n, mean: comparison.b.mean),
                ],
                gap: comparison.gap, ratio: comparison.ratio, pValue: comparison.welch?.pValue)
        }
        let present: [String]
        if dimension == .level {
            present = SchoolLevel.allCases.map(\.rawValue).filter(labels.contains)
        } else {
            present = Set(labels).sorted { $0.utf8Precedes($1) }
        }
        return DimensionSplit(groups: present.map { group in
            let summary = GroupSummary(of: members(group))
            return GroupStat(group: group, n: summary.n, mean: summary.mean)
        })
    }

    static func weight(of site: Site, _ column: WeightColumn) -> Double? {
        switch column {
        case .party_members: Double(site.partyMembers)
        case .students: site.students.map(Double.init)
        case .teachers: site.teachers.map(Double.init)
        }
    }
}
