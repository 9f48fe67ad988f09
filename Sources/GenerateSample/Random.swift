/// SplitMix64 (Steele, Lea & Flood): used only to expand a seed and a stream id into the state
/// of the main generator.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Independent random streams: every site gets its own stream per log, so a site's rows do not
/// depend on how many draws another site made, and the budget pre-pass of scale mode can
/// regenerate a site's rows exactly. The previous year (2016) draws from streams of its own, so
/// the rows of 2017 do not depend on it.
enum Stream: UInt64 {
    case sites = 1, meetings, lectures, trainings, bureau, problems, names
    case sites2016, meetings2016, lectures2016, trainings2016
}

/// xoshiro256** (Blackman & Vigna). Deliberately not a `RandomNumberGenerator`: every draw goes
/// through the helpers below, so the output bytes never depend on the standard library's
/// algorithms for ranges or shuffles, which may change between toolchains.
struct Rng {
    private var s0, s1, s2, s3: UInt64

    init(seed: UInt64, stream: Stream, index: Int = 0) {
        var a = SplitMix64(state: seed)
        var b = SplitMix64(state: a.next() ^ (stream.rawValue &* 0xD6E8_FEB8_6659_FD93))
        var c = SplitMix64(state: b.next() ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
        s0 = c.next(); s1 = c.next(); s2 = c.next(); s3 = c.next()
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 &- k))
    }

    mutating func next() -> UInt64 {
        let result = Rng.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = Rng.rotl(s3, 45)
        return result
    }

    /// Uniform in 0..<n (multiply-high; the bias is below 2⁻⁴⁰ for the ranges used here).
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(UInt64(n).multipliedFullWidth(by: next()).high)
    }

    /// Uniform in the closed range.
    mutating func int(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    mutating func uniform(_ lo: Double, _ hi: Double) -> Double { lo + (hi - lo) * unit() }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Fisher–Yates.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }

    /// `k` distinct values of 0..<n, in increasing order.
    mutating func choose(_ k: Int, of n: Int) -> [Int] {
        var all = Array(0..<n)
        let k = min(k, n)
        for i in 0..<k { all.swapAt(i, i + below(n - i)) }
        return all[0..<k].sorted()
    }
}
