#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Theil's T split into the inequality between groups and within them (rules §4.4).
public struct TheilDecomposition: Hashable, Sendable {
    /// T over all values, `theilIndex(of:)`.
    public let total: Double
    /// Σ_g (n_g/n)(x̄_g/x̄) ln(x̄_g/x̄).
    public let between: Double
    /// Σ_g (n_g/n)(x̄_g/x̄) T_g.
    public let within: Double
    /// between ÷ total; `nil` when an expected group is empty or total is 0.
    public let betweenShare: Double?
}

/// Decomposes the Theil T index of `values` by the group label of each value:
///
///     between = Σ_g (n_g/n)(x̄_g/x̄) ln(x̄_g/x̄)
///     within  = Σ_g (n_g/n)(x̄_g/x̄) T_g
///     between + within = T,     betweenShare = between / T
///
/// (Theil 1967; Shorrocks, "The class of additively decomposable inequality measures",
/// Econometrica 48 (1980) 613–625 — the decomposition PySAL's `TheilD` computes.)
///
/// Groups are processed in ascending label order, never in dictionary order, and each group's
/// values keep their input order, so the result is deterministic for a given input order.
///
/// Edge cases:
/// - A group whose mean is 0 (all its values 0) has share x̄_g/x̄ = 0 and contributes 0 to both
///   terms (the limit s ln s → 0 and 0 · T_g), although its own T_g is undefined.
/// - `expectedGroups` lists the groups the dimension must have (`urban`, `rural` for locale); when
///   any of them holds no value, `betweenShare` is `nil` (rules §4.4: empty when a group is empty).
///   Labels present in `groups` but not listed count as groups all the same; pass `[]` to split
///   over the groups present (level, district).
/// - `betweenShare` is also `nil` when T is 0 (all values equal).
///
/// - Precondition: `values.count == groups.count`.
/// - Returns: `nil` when T itself is undefined (`theilIndex(of:)` is `nil`: empty, mean 0, a
///   negative value) or a term is not finite.
/// - Complexity: O(n log n) (grouping, sorting the labels).
public func theilDecomposition<Label: Hashable & Comparable>(
    values: [Double],
    groups: [Label],
    expectedGroups: [Label] = []
) -> TheilDecomposition? {
    precondition(values.count == groups.count, "one group label per value")
    guard let total = theilIndex(of: values), let center = mean(of: values) else { return nil }

    var members: [Label: [Double]] = [:]
    for (x, label) in zip(values, groups) { members[label, default: []].append(x) }
    let anyExpectedGroupEmpty = expectedGroups.contains { members[$0] == nil }

    let n = Double(values.count)
    var between = NeumaierSum()
    var within = NeumaierSum()
    for label in members.keys.sorted() {
        let groupValues = members[label]!
        guard let groupMean = mean(of: groupValues) else { return nil }
        let share = groupMean / center
        guard share > 0 else { continue }
        let weight = Double(groupValues.count) / n * share
        between.add(weight * log(share))
        guard let groupTheil = theilIndex(of: groupValues) else { return nil }
        within.add(weight * groupTheil)
    }
    let withinValue = within.value
    guard between.value.isFinite, withinValue.isFinite else { return nil }
    let betweenValue = max(0, between.value)  // ≥ 0 by Jensen; clamp rounding only
    let share: Double? = (anyExpectedGroupEmpty || total == 0) ? nil : betweenValue / total
    return TheilDecomposition(total: total, between: betweenValue, within: withinValue, betweenShare: share)
}
