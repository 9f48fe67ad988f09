/// The size and mean of one group of sites.
public struct GroupSummary: Hashable, Sendable {
    /// The number of values.
    public let n: Int
    /// `mean(of:)` of the values; `nil` when n is 0.
    public let mean: Double?

    /// Summarises `values`: n and the compensated mean (`nil` when empty).
    /// - Complexity: O(n).
    public init(of values: [Double]) {
        n = values.count
        mean = Indicators.mean(of: values)
    }
}

/// Two groups compared as rules §4.4 reports a dimension (urban vs rural, public vs private).
public struct GroupComparison: Hashable, Sendable {
    public let a: GroupSummary
    public let b: GroupSummary
    /// mean(a) − mean(b); `nil` when either mean is `nil`.
    public let gap: Double?
    /// mean(a) ÷ mean(b); `nil` when either mean is `nil` or mean(b) is 0.
    public let ratio: Double?
    /// `welchTTest(a, b)`; `nil` when either group has fewer than 2 values or both have zero
    /// variance.
    public let welch: WelchTTest?
}

/// Compares group `a` with group `b` (rules §4.4: a = urban or public, b = rural or private):
/// each group's n and mean, gap = mean(a) − mean(b), ratio = mean(a) ÷ mean(b) and Welch's
/// two-sided t-test.
///
/// Edge cases: an empty group has n 0 and mean `nil`, so gap, ratio and the test are `nil`;
/// ratio is `nil` when mean(b) is 0; a non-finite gap or ratio (overflow) is `nil`.
///
/// - Complexity: O(n_a + n_b).
public func compareGroups(_ a: [Double], _ b: [Double]) -> GroupComparison {
    let summaryA = GroupSummary(of: a)
    let summaryB = GroupSummary(of: b)
    var gap: Double?
    var ratio: Double?
    if let meanA = summaryA.mean, let meanB = summaryB.mean {
        let difference = meanA - meanB
        gap = difference.isFinite ? difference : nil
        if meanB != 0 {
            let quotient = meanA / meanB
            ratio = quotient.isFinite ? quotient : nil
        }
    }
    return GroupComparison(a: summaryA, b: summaryB, gap: gap, ratio: ratio, welch: welchTTest(a, b))
}
