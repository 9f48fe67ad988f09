/// The coefficient of variation CV = σ / x̄: the population standard deviation
/// σ = √((1/n) Σ (xᵢ − x̄)²) divided by the mean (rules §4.4).
///
/// Scale-invariant: CV(c·x) = CV(x) for c > 0. A constant vector gives exactly 0.
/// With a negative mean the result is negative (the formula is applied as it stands; the
/// indicators of rules §4.4 are ≥ 0).
///
/// - Returns: `nil` when `values` is empty, the mean is 0, or the result is not finite.
/// - Complexity: O(n).
public func coefficientOfVariation(of values: [Double]) -> Double? {
    guard let center = mean(of: values), center != 0,
          let sd = populationStandardDeviation(of: values) else { return nil }
    let cv = sd / center
    return cv.isFinite ? cv : nil
}
