/// The arithmetic mean x̄ = (1/n) Σ xᵢ.
///
/// The sum is compensated (`NeumaierSum`), so the mean is within about one rounding of the true
/// value whatever the input order, and deterministic for a given order (callers pass values in
/// site_id order). A constant vector returns its value exactly (Σ/n alone can be an ulp off, e.g.
/// three times 0.1), so its variance, CV, Gini and Theil come out exactly 0 and Welch's test
/// sees an exactly zero variance.
///
/// - Returns: `nil` when `values` is empty or the result is not finite (overflow, a NaN or an
///   infinite input).
/// - Complexity: O(n).
public func mean(of values: [Double]) -> Double? {
    guard let first = values.first else { return nil }
    if values.allSatisfy({ $0 == first }) { return first.isFinite ? first : nil }
    let result = NeumaierSum(values).value / Double(values.count)
    return result.isFinite ? result : nil
}
