/// A number as written: `±significand × 10^-scale`, with trailing zeros of the fraction dropped
/// (`12.50` → 125 with scale 1; `12.0` → 12 with scale 0).
struct ScannedNumber: Equatable {
    var isNegative: Bool
    var significand: UInt64
    var scale: Int
}

/// The one grammar shared by `IntegerField` and `DecimalField`, over normalised ASCII bytes:
///
///     number   = [ "+" | "-" ] ( integer [ "." digits ] | "." digits )
///     integer  = digits | group1to3 ( "," group3 )+
///
/// A leading `+` is accepted (it changes nothing and Excel shows some numbers so); `-` makes the
/// number negative, which the count and hours decoders then reject. No exponent (`1e3`), no
/// spaces inside, no unit (`2学时`), no `.` without digits after it (`12.`).
/// Thousands separators must split the integer part into a first group of 1–3 digits and then
/// groups of exactly 3 (`1,234`, `12,345,678`; `1,23`, `12,34`, `1234,567`, `,123` are
/// `badGrouping`). O(n), no allocation.
enum NumberScanner {
    /// - Parameters:
    ///   - bytes: the trimmed, normalised value; not empty.
    ///   - kind: only used to word the errors.
    @inline(__always)
    static func scan(_ p: UnsafeRawBufferPointer, kind: ValueError.NumberKind) throws(ValueError) -> ScannedNumber {
        let n = p.count
        var i = 0
        var negative = false
        if n > 0, p[0] == UInt8(ascii: "+") || p[0] == UInt8(ascii: "-") {
            negative = p[0] == UInt8(ascii: "-")
            i = 1
        }
        var significand: UInt64 = 0
        var overflow = false
        var integerDigits = 0
        var group = 0
        var sawComma = false
        var badGroup = false
        while i < n {
            let c = p[i]
            let digit = c &- 0x30
            if digit < 10 {
                accumulate(&significand, UInt64(digit), overflow: &overflow)
                integerDigits += 1
                group += 1
            } else if c == UInt8(ascii: ",") {
                if integerDigits == 0 || group > 3 || (sawComma && group != 3) { badGroup = true }
                sawComma = true
                group = 0
            } else {
                break
            }
            i += 1
        }
        if sawComma && group != 3 { badGroup = true }

        var scale = 0
        var fractionDigits = 0
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            var pendingZeros = 0
            while i < n {
                let digit = p[i] &- 0x30
                guard digit < 10 else { break }
                if digit == 0 {
                    pendingZeros += 1
                } else {
                    for _ in 0..<pendingZeros { accumulate(&significand, 0, overflow: &overflow) }
                    accumulate(&significand, UInt64(digit), overflow: &overflow)
                    scale += pendingZeros + 1
                    pendingZeros = 0
                }
                fractionDigits += 1
                i += 1
            }
            if fractionDigits == 0 { throw .notANumber(expected: kind) }
        }
        if i != n || (integerDigits == 0 && fractionDigits == 0) { throw .notANumber(expected: kind) }
        if badGroup { throw .badGrouping }
        if overflow || scale > 100 { throw .overflow(kind) }
        return ScannedNumber(isNegative: negative, significand: significand, scale: scale)
    }

    @inline(__always)
    private static func accumulate(_ value: inout UInt64, _ digit: UInt64, overflow: inout Bool) {
        let (times10, o1) = value.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times10.addingReportingOverflow(digit)
        value = sum
        if o1 || o2 { overflow = true }
    }
}
