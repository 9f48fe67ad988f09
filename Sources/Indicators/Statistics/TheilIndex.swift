#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Theil T index of rules §4.4 (Theil's entropy index, GE(1)):
///
///     T = (1/n) Σᵢ (xᵢ/x̄) ln(xᵢ/x̄),    with 0 · ln 0 = 0
///
/// Domain: xᵢ ≥ 0 with x̄ > 0. Then 0 ≤ T ≤ ln n; T(c·x) = T(x) for c > 0; a constant vector gives
/// exactly 0 (its mean is exact, so every ratio is 1); zeros contribute 0 (the limit of r ln r).
/// The sum is compensated and clamped at 0 so rounding never yields a tiny negative value.
///
/// - Returns: `nil` when `values` is empty, the mean is 0 (e.g. all zeros), any value is negative
///   (ln of a negative ratio is undefined, so T is not defined for such data), or the result is
///   not finite.
/// - Complexity: O(n).
public func theilIndex(of values: [Double]) -> Double? {
    guard let center = mean(of: values), center > 0 else { return nil }
    guard values.allSatisfy({ $0 >= 0 }) else { return nil }
    let sum = NeumaierSum(values.lazy.map { x in
        let ratio = x / center
        return ratio == 0 ? 0 : ratio * log(ratio)
    })
    let theil = sum.value / Double(values.count)
    // Checked before clamping: Swift's max(0, .nan) is 0.
    return theil.isFinite ? max(0, theil) : nil
}
