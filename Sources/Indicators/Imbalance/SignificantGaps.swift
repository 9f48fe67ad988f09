/// One urban/rural or public/private gap named as a problem (rules §5).
public struct SignificantGap: Sendable, Equatable {
    public var dimension: ImbalanceDimension
    public var indicator: ImbalanceIndicator
    /// The group with the lower mean, then the higher one (group labels: `rural`, `public` …).
    public var lagging: GroupStat
    public var leading: GroupStat
    /// Higher mean − lower mean, > 0.
    public var difference: Double
    public var overallMean: Double
    /// `difference ÷ |overallMean|`: orders the gaps; the draft never states it.
    public var relativeGap: Double
    public var pValue: Double
}

extension ImbalanceIndicator {
    /// Whether the indicator measures the regularity of organisational life (三会一课, the Party
    /// day, attendance and the score); the others measure training and lectures per member.
    public var isOrganisationalLife: Bool {
        switch self {
        case .sanhui_rate, .party_day_rate, .attendance_rate, .score: true
        case .training_hours_per_member, .lectures_per_100_members: false
        }
    }
}

extension ImbalanceAnalysis {
    /// The significance level a gap must pass to be named as a problem (rules §5).
    public static let significanceLevel = 0.05

    /// The gaps of the two pairwise dimensions named as problems (rules §5): Welch's p-value below
    /// `significanceLevel` and both groups with at least `DimensionSplit.minimumGroupSize` sites.
    /// Largest relative to the indicator's overall mean first (ties: locale before ownership, then
    /// the indicators' order). A gap with an undefined or zero overall mean is left out: it has no
    /// size relative to the mean. O(indicators × 2 log(indicators × 2)).
    public func significantGaps() -> [SignificantGap] {
        var found: [(order: Int, gap: SignificantGap)] = []
        for (d, dimension) in [ImbalanceDimension.locale, .ownership].enumerated() {
            for (i, indicator) in ImbalanceIndicator.allCases.enumerated() {
                guard let split = split(indicator, dimension), split.groups.count == 2,
                      !split.hasTooFewSites,
                      let gap = split.gap, gap.isFinite, gap != 0,
                      let p = split.pValue, p.isFinite, p < Self.significanceLevel,
                      let overall = dispersion(indicator).mean, overall.isFinite, overall != 0,
                      split.groups[0].mean != nil, split.groups[1].mean != nil
                else { continue }
                let (leading, lagging) = gap > 0 ? (split.groups[0], split.groups[1]) : (split.groups[1], split.groups[0])
                found.append((d * 100 + i, SignificantGap(
                    dimension: dimension, indicator: indicator, lagging: lagging, leading: leading,
                    difference: abs(gap), overallMean: overall, relativeGap: abs(gap) / abs(overall), pValue: p)))
            }
        }
        return found.sorted { a, b in
            a.gap.relativeGap != b.gap.relativeGap ? a.gap.relativeGap > b.gap.relativeGap : a.order < b.order
        }.map(\.gap)
    }
}
