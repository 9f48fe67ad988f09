/// A running sum with Neumaier's compensation (the improved Kahan–Babuška summation).
///
/// Each `add` keeps the low-order bits lost by the rounded addition in a separate compensation
/// term: with `t = sum + x`, the lost part is `(sum − t) + x` when `|sum| ≥ |x|`, else
/// `(x − t) + sum`. The error of the result is about one rounding of the true sum plus
/// O(n·ε²)·Σ|xᵢ|, independent of n to first order — so sums barely depend on input order, and are
/// bit-for-bit reproducible for a given order. (A. Neumaier, "Rundungsfehleranalyse einiger
/// Verfahren zur Summation endlicher Summen", ZAMM 54 (1974) 39–51.)
///
/// Accumulators merge: `merge` adds another partial sum, so work can be split.
///
/// A non-finite term makes `value` non-finite; callers check `isFinite` on their result.
///
/// - Complexity: O(1) per `add`.
struct NeumaierSum {
    private var sum = 0.0
    private var compensation = 0.0

    init() {}

    /// The sum of `values`, in their order.
    init<S: Sequence>(_ values: S) where S.Element == Double {
        for value in values { add(value) }
    }

    mutating func add(_ x: Double) {
        let t = sum + x
        if abs(sum) >= abs(x) {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
    }

    mutating func merge(_ other: NeumaierSum) {
        add(other.sum)
        add(other.compensation)
    }

    /// The compensated sum.
    var value: Double { sum + compensation }
}
