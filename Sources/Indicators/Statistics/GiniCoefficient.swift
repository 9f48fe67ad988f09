/// The Gini coefficient of rules §4.4 (the population form, without the n/(n−1) correction):
///
///     G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄)
///
/// computed in O(n log n) through the identity, for x₍₁₎ ≤ … ≤ x₍ₙ₎ sorted ascending,
///
///     Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σᵢ (2i − n − 1) x₍ᵢ₎,    so    G = Σᵢ (2i − n − 1) x₍ᵢ₎ / (n² x̄)
///
/// (each x₍ᵢ₎ exceeds the i − 1 values before it and falls short of the n − i after it). Because
/// Σᵢ (2i − n − 1) = 0 the smallest value is subtracted first, x₍ᵢ₎ − x₍₁₎, which keeps the terms
/// small and makes a constant vector give exactly 0. The weighted sum is compensated.
///
/// For non-negative data with x̄ > 0, 0 ≤ G ≤ (n − 1)/n < 1, and G(c·x) = G(x) for c > 0. The
/// result does not depend on the input order (the values are sorted). With negative values the
/// formula is applied as it stands and may leave [0, 1).
///
/// - Returns: `nil` when `values` is empty, the mean is 0, or the result is not finite (NaN or
///   infinite input).
/// - Complexity: O(n log n).
public func giniCoefficient(of values: [Double]) -> Double? {
    guard let center = mean(of: values), center != 0 else { return nil }
    let sorted = values.sorted()
    let n = sorted.count
    let smallest = sorted[0]
    var weighted = NeumaierSum()
    for (offset, x) in sorted.enumerated() {
        let rank = offset + 1
        weighted.add(Double(2 * rank - n - 1) * (x - smallest))
    }
    let count = Double(n)
    let gini = weighted.value / (count * count * center)
    return gini.isFinite ? gini : nil
}
