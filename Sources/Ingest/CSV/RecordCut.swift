#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a CSV file's bytes may be cut into parts that each start at a record (`ParallelRows`):
/// just after a line break that ends a record, never one inside a quoted field.
///
/// The quotes decide, as `CSVReader` reads them (rules §2 *CSV*): outside a quoted field, a quote
/// opens one only at a field's start — the part's first byte, or after the delimiter, CR or LF —
/// and is a plain character anywhere else (`ab"c`, or after a closing quote: `"ab"c"`); inside,
/// a run of quotes closes the field when its length is odd (`""` is a quote) and the byte after
/// it is not a quote. So the bytes outside quoted fields are found from the quotes alone, with
/// a fast search; a line break is then looked for backwards in the last of them.
///
/// Scratch memory: two integers per quoted field of the part, kept between parts.
struct RecordCut {
    let delimiter: UInt8
    /// The stretches outside quoted fields, as start and end offsets, in order.
    private var outside: [Int] = []

    init(delimiter: UInt8) { self.delimiter = delimiter }

    /// The offset just after the last line break in `bytes` that ends a record, when `bytes`
    /// starts at a record; nil when no record ends in it. The break is an LF (of a CRLF or
    /// alone) or a CR not followed by LF; a CR that is the last byte may be the first half of a
    /// CRLF and is not taken. A quote run that reaches the end leaves the state after it open:
    /// only breaks before it count.
    mutating func lastRecordEnd(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let p = bytes.baseAddress, !bytes.isEmpty else { return nil }
        let n = bytes.count
        outside.removeAll(keepingCapacity: true)
        var start = 0, i = 0
        scanning: while true {
            guard let q = Self.findQuote(p, from: i, to: n) else {
                outside.append(start)
                outside.append(n)
                break
            }
            guard q == 0 || p[q - 1] == delimiter || p[q - 1] == Self.lf || p[q - 1] == Self.cr else {
                i = q + 1  // a quote inside an unquoted field, or after a closing quote: a character
                continue
            }
            outside.append(start)
            outside.append(q)
            var j = q + 1
            while true {
                guard let r = Self.findQuote(p, from: j, to: n) else { break scanning }  // open to the end
                var k = r + 1
                while k < n, p[k] == Self.quote { k += 1 }
                if k == n { break scanning }  // the run may go on in the next bytes
                if (k - r) & 1 == 1 {
                    start = k
                    i = k
                    break
                }
                j = k
            }
        }
        var s = outside.count - 2
        while s >= 0 {
            if let end = lastBreak(p, from: outside[s], to: outside[s + 1], count: n) { return end }
            s -= 2
        }
        return nil
    }

    /// Just after the last line break in `p[from..<to]` (outside quotes), or nil.
    private func lastBreak(_ p: UnsafePointer<UInt8>, from: Int, to: Int, count n: Int) -> Int? {
        var b = to - 1
        while b >= from {
            let byte = p[b]
            // A CR here is followed by a byte that is not LF (an LF after it would have been
            // met first), unless it is the last byte of all.
            if byte == Self.lf || (byte == Self.cr && b + 1 < n) { return b + 1 }
            b -= 1
        }
        return nil
    }

    /// The first quote in `p[from..<to]`. Quotes are mostly a few bytes apart (`"a","b"`): the
    /// next 64 bytes are searched eight at a time in place (the lowest byte that `haszero` of
    /// Bit Twiddling Hacks flags is exact), the rest by `memchr`.
    @inline(__always)
    private static func findQuote(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = ones &* UInt64(quote)
        var i = from
        let near = min(to, from + 64)
        while i + 8 <= near {
            let w = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) ^ quotes
            let hits = (w &- ones) & ~w & highs
            if hits != 0 { return i + hits.trailingZeroBitCount >> 3 }
            i += 8
        }
        guard i < to, let found = memchr(p + i, Int32(quote), to - i) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(p)
    }

    private static let quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
}
