/// What a header or a value that matches nothing was probably meant to be (rules §2 "near
/// misses"): a known name within a small edit distance, counted in Unicode scalars.
///
/// The caller normalises both sides first (headers: NFKC, lower case, no whitespace; values:
/// trimmed, NFKC, lower case).
public enum NearMiss {
    /// The largest distance that still counts as a near miss of a name written as `written`:
    /// 1, or 2 when it has 6 or more scalars (a typo in a long name is one slip among many).
    public static func allowance(for written: String) -> Int {
        written.unicodeScalars.count >= 6 ? 2 : 1
    }

    /// Whether `written` is a near miss of `known`: different, and within `allowance(for:)`.
    public static func isNearMiss(_ written: String, of known: String) -> Bool {
        guard written != known else { return false }
        return distance(written, known, atMost: allowance(for: written)) != nil
    }

    /// The first of `candidates` (in their order) at the smallest distance from `written`,
    /// when that distance is a near miss; `nil` otherwise.
    public static func nearest(to written: String, among candidates: [String]) -> String? {
        let limit = allowance(for: written)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != written {
            guard let d = distance(written, candidate, atMost: best.map { $0.distance - 1 } ?? limit) else { continue }
            best = (candidate, d)
            if d == 1 { break }
        }
        return best?.name
    }

    /// The Levenshtein distance of `a` and `b` over Unicode scalars (insertions, deletions and
    /// substitutions of one scalar each), or `nil` when it exceeds `limit`.
    ///
    /// - Complexity: O(|a| · |b|) time, O(|b|) memory; names are short.
    public static func distance(_ a: String, _ b: String, atMost limit: Int) -> Int? {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let d = previous[b.count]
        return d <= limit ? d : nil
    }
}
