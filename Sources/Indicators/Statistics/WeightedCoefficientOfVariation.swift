/// The weighted coefficient of variation (差异系数) of rules §4.4:
///
///     x̄_w = Σ wᵢxᵢ / Σ wᵢ,    CV_w = √(Σ wᵢ(xᵢ − x̄_w)² / Σ wᵢ) / x̄_w
///
/// — the weighted population standard deviation over the weighted mean, as in the county
/// balanced-education monitoring (each school's value weighted by its students; here each site's
/// by its weight column, default party_members).
///
/// A pair whose weight is 0 or `nil` (an empty weight) drops out. Equal positive weights give the
/// unweighted `coefficientOfVariation(of:)`; scaling all weights or all values by c > 0 leaves the
/// result unchanged. Sums are compensated and the deviations are taken in two passes with the
/// correction term Σ wᵢdᵢ (as in `populationVariance(of:)`), so the result is deterministic for
/// a given input order.
///
/// - Precondition: `values.count == weights.count`.
/// - Returns: `nil` when no weight remains, x̄_w is 0, a weight is negative or NaN, or the
///   result is not finite.
/// - Complexity: O(n).
public func weightedCoefficientOfVariation(of values: [Double], weights: [Double?]) -> Double? {
    precondition(values.count == weights.count, "one weight per value")
    var pairs: [(x: Double, w: Double)] = []
    pairs.reserveCapacity(values.count)
    for (x, weight) in zip(values, weights) {
        guard let w = weight, w != 0 else { continue }
        guard w > 0 else { return nil }
        pairs.append((x, w))
    }
    guard !pairs.isEmpty else { return nil }

    let totalWeight = NeumaierSum(pairs.lazy.map(\.w)).value
    let center = NeumaierSum(pairs.lazy.map { $0.w * $0.x }).value / totalWeight
    guard center.isFinite, center != 0 else { return nil }

    var squares = NeumaierSum()
    var deviations = NeumaierSum()
    for (x, w) in pairs {
        let d = x - center
        squares.add(w * d * d)
        deviations.add(w * d)
    }
    let correction = deviations.value * deviations.value / totalWeight
    let variance = (squares.value - correction) / totalWeight
    guard variance.isFinite else { return nil }  // before clamping: max(0, .nan) is 0
    let cv = max(0, variance).squareRoot() / center
    return cv.isFinite ? cv : nil
}
