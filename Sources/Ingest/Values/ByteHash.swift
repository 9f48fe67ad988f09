/// The hash of byte strings used by `ByteMap` and `RecordIDIndex`: 64-bit FNV-1a.
///
/// Written here because neither the standard library nor the packages this project depends on
/// offer a deterministic byte hash: `Hasher` is randomly seeded per process (so tables and
/// anything derived from their order would differ between runs), and no dependency provides
/// FNV, wyhash or xxHash. FNV-1a is ten lines, has published test vectors, and is fast enough for
/// the short keys it sees here (site ids, enumeration spellings, record ids: 4–40 bytes, about
/// one multiply per byte). Its low bits mix poorly, so tables take their slot from the *high*
/// bits of `hash × 2⁶⁴/φ` (Fibonacci hashing).
///
/// Deterministic by design (no seed): the same inputs give the same tables and the same runs. The
/// trade-off is that someone who can choose the keys could pick many that collide and make a
/// table slow (quadratic); the inputs are the office's own logs, not hostile data.
public enum ByteHash {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// 64-bit FNV-1a of `bytes`. O(n), no allocation.
    @inline(__always)
    public static func fnv1a64(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
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
