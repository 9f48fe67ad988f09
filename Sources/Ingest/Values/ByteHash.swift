/// The hash of byte strings used by `ByteMap` and `RecordIDIndex`: SipHash-1-3 (Aumasson and
/// Bernstein's keyed hash, as Rust's and Swift's own hash tables use it) under a key drawn once
/// per run from the system's random source.
///
/// Keyed, because the tables hold what the logs hold — site ids, spellings, training and record
/// ids — and a fixed, invertible hash lets anyone who writes a log choose thousands of ids with
/// one hash, which makes a table quadratic. Under a random key that cannot be done. Nothing that
/// reaches an output depends on the key: the tables number their entries in insertion order
/// and are never listed in slot order.
///
/// Written here because the standard library's `Hasher` (SipHash-1-3 too) takes no key of ours,
/// so neither tests nor the 128-bit output below could use it.
struct ByteHash: Sendable, Equatable {
    /// The key (tests choose one with the memberwise initialiser).
    let k0: UInt64
    let k1: UInt64

    /// This run's key, from `SystemRandomNumberGenerator`.
    static let run: ByteHash = {
        var random = SystemRandomNumberGenerator()
        return ByteHash(k0: random.next(), k1: random.next())
    }()

    /// SipHash-1-3's 64-bit hash of `bytes`. O(n), no allocation.
    @inline(__always)
    func hash64(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        sip(bytes, compressionRounds: 1, finalRounds: 3, wide: false).0
    }

    /// SipHash-1-3's 128-bit hash of `bytes`, as two independent 64-bit halves.
    @inline(__always)
    func hash128(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        sip(bytes, compressionRounds: 1, finalRounds: 3, wide: true)
    }

    /// SipHash-c-d (64-bit, or 128-bit as two halves when `wide`); the published test vectors
    /// are SipHash-2-4's, which checks the construction.
    @inline(__always)
    func sip(_ bytes: UnsafeRawBufferPointer, compressionRounds c: Int, finalRounds d: Int, wide: Bool) -> (UInt64, UInt64) {
        var v0 = k0 ^ 0x736F_6D65_7073_6575
        var v1 = k1 ^ 0x646F_7261_6E64_6F6D
        var v2 = k0 ^ 0x6C79_6765_6E65_7261
        var v3 = k1 ^ 0x7465_6462_7974_6573
        if wide { v1 ^= 0xEE }

        @inline(__always)
        func rounds(_ count: Int) {
            for _ in 0..<count {
                v0 &+= v1; v1 = v1.rotated(13); v1 ^= v0; v0 = v0.rotated(32)
                v2 &+= v3; v3 = v3.rotated(16); v3 ^= v2
                v0 &+= v3; v3 = v3.rotated(21); v3 ^= v0
                v2 &+= v1; v1 = v1.rotated(17); v1 ^= v2; v2 = v2.rotated(32)
            }
        }

        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            let m = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            v3 ^= m
            rounds(c)
            v0 ^= m
            i += 8
        }
        var last = UInt64(truncatingIfNeeded: n) << 56
        var shift: UInt64 = 0
        while i < n {
            last |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        v3 ^= last
        rounds(c)
        v0 ^= last
        v2 ^= wide ? 0xEE : 0xFF
        rounds(d)
        let first = v0 ^ v1 ^ v2 ^ v3
        guard wide else { return (first, 0) }
        v1 ^= 0xDD
        rounds(d)
        return (first, v0 ^ v1 ^ v2 ^ v3)
    }

    /// The slot of `hash` in a table of `2^(64 - shift)` slots: the high bits of the product with
    /// the 64-bit golden ratio, so every bit of the hash counts.
    @inline(__always)
    static func slot(_ hash: UInt64, shift: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// `shift` for a power-of-two `capacity` ≥ 2.
    @inline(__always)
    static func shift(forCapacity capacity: Int) -> Int {
        64 - (Int.bitWidth - 1 - capacity.leadingZeroBitCount)
    }

    /// The smallest power of two ≥ `minimum` and ≥ 4.
    static func powerOfTwo(atLeast minimum: Int) -> Int {
        var capacity = 4
        while capacity < minimum { capacity &<<= 1 }
        return capacity
    }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotated(_ k: UInt64) -> UInt64 { (self << k) | (self >> (64 - k)) }
}
