/// The two-sided tail probability of Student's t distribution with ν degrees of freedom,
///
///     p = P(|T| ≥ |t|) = I_{ν/(ν + t²)}(ν/2, 1/2)
///
/// (Abramowitz & Stegun 26.7.1 with 26.5.27; Numerical Recipes 3rd ed. §6.14.9), through
/// `regularizedIncompleteBeta`, with x = ν/(ν + t²) and 1 − x = t²/(ν + t²) each computed
/// directly. ν need not be an integer (Welch's ν is not).
///
/// Edge cases: t = 0 → 1; |t| so large that x underflows → 0.
///
/// - Returns: `nil` when ν ≤ 0 or t or ν is not finite.
/// - Complexity: that of `regularizedIncompleteBeta`.
func studentTTwoSidedPValue(t: Double, degreesOfFreedom nu: Double) -> Double? {
    guard t.isFinite, nu.isFinite, nu > 0 else { return nil }
    let tSquared = t * t
    let denominator = nu + tSquared
    guard denominator.isFinite else { return 0 }
    return regularizedIncompleteBeta(a: nu / 2, b: 0.5, x: nu / denominator, y: tSquared / denominator)
}
