/// The population variance σ² = (1/n) Σ (xᵢ − x̄)² and standard deviation σ = √σ².
///
/// Two passes — the mean (see `mean(of:)`), then the compensated sum of squared deviations —
/// with the correction term of the "corrected two-pass algorithm" (Chan, Golub & LeVeque,
/// "Algorithms for computing the sample variance", Am. Stat. 37 (1983) 242–247):
/// σ² = (Σ dᵢ² − (Σ dᵢ)²/n) / n with dᵢ = xᵢ − x̄, clamped at 0.
///
/// Edge cases: empty → `nil`; one value → 0; a constant vector → exactly 0 (its mean is exact);
/// a non-finite result (overflow of the squares, NaN or infinite input) → `nil`.
///
/// - Complexity: O(n).
public func populationVariance(of values: [Double]) -> Double? {
    guard let center = mean(of: values) else { return nil }
    var squares = NeumaierSum()
    var deviations = NeumaierSum()
    for x in values {
        let d = x - center
        squares.add(d * d)
        deviations.add(d)
    }
    let n = Double(values.count)
    let variance = (squares.value - deviations.value * deviations.value / n) / n
    // Checked before clamping: Swift's max(0, .nan) is 0.
    return variance.isFinite ? max(0, variance) : nil
}

/// The population standard deviation σ = √((1/n) Σ (xᵢ − x̄)²); `nil` when `values` is empty or
/// the variance is not finite. See `populationVariance(of:)`.
///
/// - Complexity: O(n).
public func populationStandardDeviation(of values: [Double]) -> Double? {
    populationVariance(of: values)?.squareRoot()
}
