/// The hash of byte strings used by `ByteMap` and `RecordIDIndex`.
///
/// Written here because neither the standard library nor the packages this project depends on
/// offer a deterministic byte hash: `Hasher` is randomly seeded per process (so tables and
/// anything derived from their order would differ between runs), and no dependency provides
/// wyhash or xxHash. The keys are short (site ids, enumeration spellings, record ids: 4–40
/// bytes) and hashed for every field of every row, so the hash takes eight bytes a step, then
/// SplitMix64's finaliser mixes every input bit into every output bit. Tables take their slot
/// from the high bits of `hash × 2⁶⁴/φ` (Fibonacci hashing).
///
/// Deterministic by design (no seed): the same inputs give the same tables and the same runs. The
/// trade-off is that someone who can choose the keys could pick many that collide and make a
/// table slow (quadratic); the inputs are the office's own logs, not hostile data.
public enum ByteHash {
    /// The 64-bit hash of `bytes`: eight bytes a step (little-endian words; the last, shorter
    /// word padded with zeros), the length mixed in first. O(n), no allocation.
    @inline(__always)
    public static func hash64(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let n = bytes.count
        var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            for k in 0..<(n - i) { tail |= UInt64(bytes[i + k]) << UInt64(8 * k) }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 30
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 27
        h &*= 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
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
