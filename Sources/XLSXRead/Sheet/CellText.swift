#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// A cell as the text a log's value rules read (rules §2 *Excel workbooks*): a shared or inline
/// string as it is; a formula's string result as it is; an ISO date cell as its date; a boolean
/// as `TRUE`/`FALSE`; an error as its code (`#N/A`); a number by its format — a date as
/// `YYYY-MM-DD` (1900 or 1904 date system, Excel's 29 February 1900 included), a time as
/// `H:MM` or `H:MM:SS`, a whole number under a format of only zeros with leading zeros, any
/// other number as its shortest round-trip decimal without exponent (`12`, `1.5`, `0.1`);
/// a formula without a cached value as empty.
public struct CellText: Sendable {
    package let strings: SharedStrings
    let styles: CellStyles
    let uses1904: Bool

    package init(strings: SharedStrings, styles: CellStyles, uses1904: Bool) {
        self.strings = strings
        self.styles = styles
        self.uses1904 = uses1904
    }

    /// The bytes a number's text may take in a row's scratch.
    static let scratchCapacity = 400

    /// Lends the text of cell `i` of `row` to `body` and returns what it returns.
    /// - Throws: `sharedStringOutOfRange` for a shared-string index the table does not have.
    @inlinable @inline(__always)
    package func withText<R>(ofCell i: Int, of row: borrowing SheetReader.Row, _ body: (Span<UInt8>) -> R) throws(WorkbookReadError) -> R {
        let text = try self.text(row[i], of: row)
        return body(text.assumingMemoryBound(to: UInt8.self).span)
    }

    /// The text of `cell` of `row`: a view of the shared strings, of the row's bytes, of a
    /// constant or of the row's scratch, valid as long as the row.
    @usableFromInline
    func text(_ cell: SheetReader.Cell, of row: borrowing SheetReader.Row) throws(WorkbookReadError) -> UnsafeRawBufferPointer {
        let value = row.value(cell)
        switch cell.kind {
        case .shared:
            guard cell.hasValue else { return UnsafeRawBufferPointer(start: nil, count: 0) }
            guard let index = Self.index(value), index < strings.count else {
                throw .sharedStringOutOfRange(cell: SheetState.reference(column: cell.column, row: row.number),
                                              index: Self.index(value) ?? -1, count: strings.count)
            }
            return strings.bytes(of: index)
        case .formulaString, .inline, .error:
            return value
        case .boolean:
            if value.count == 1 && value[0] == 0x31 { return Self.literal("TRUE") }
            if value.count == 1 && value[0] == 0x30 { return Self.literal("FALSE") }
            return value
        case .isoDate:
            // `2017-03-05T00:00:00`: the date part.
            if value.count >= 10, value[4] == 0x2D, value[7] == 0x2D, value.count == 10 || value[10] == 0x54 {
                return UnsafeRawBufferPointer(rebasing: value[..<10])
            }
            return value
        case .number:
            return number(value, display: styles.display(cell.style), scratch: row.scratch)
        }
    }

    // MARK: Numbers

    @inline(__always)
    private func number(_ value: UnsafeRawBufferPointer, display: NumberDisplay, scratch: UnsafeMutablePointer<UInt8>) -> UnsafeRawBufferPointer {
        if display == .number, Self.isShortestDecimal(value) { return value }
        guard let number = Self.double(value) else { return value }
        var out = Writer(scratch)
        switch display {
        case .date:
            if !writeDate(number, &out) { Self.writeShortest(number, &out) }
        case .time(let seconds):
            if !Self.writeTime(number, seconds: seconds, &out) { Self.writeShortest(number, &out) }
        case .zeros(let width):
            if !Self.writeZeros(number, width: width, &out) { Self.writeShortest(number, &out) }
        case .number:
            Self.writeShortest(number, &out)
        }
        return UnsafeRawBufferPointer(start: scratch, count: out.count)
    }

    /// Whether `value` is already a number's shortest round-trip decimal: an optional minus,
    /// an integer part without leading zeros, an optional fraction without trailing zeros, at
    /// most 15 significant digits (two different decimals of 15 digits are two different
    /// doubles, so none shorter reads back the same), and not `-0`.
    @inline(__always)
    static func isShortestDecimal(_ value: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = value.count
        if i < n, value[i] == 0x2D { i += 1 }
        guard i < n, value[i] &- 0x30 < 10 else { return false }
        let integerStart = i
        if value[i] == 0x30 {
            i += 1
        } else {
            while i < n, value[i] &- 0x30 < 10 { i += 1 }
        }
        var significant = value[integerStart] == 0x30 ? 0 : i - integerStart
        if i == n {
            return significant <= 15 && !(value[0] == 0x2D && significant == 0)
        }
        guard value[i] == 0x2E, i + 1 < n, value[n - 1] != 0x30 else { return false }
        i += 1
        var leadingZeros = significant == 0
        while i < n {
            guard value[i] &- 0x30 < 10 else { return false }
            if !(leadingZeros && value[i] == 0x30) { significant += 1; leadingZeros = false }
            i += 1
        }
        return significant <= 15
    }

    /// The double a `<v>` holds (C locale: `strtod` is used only on what looks like a decimal).
    static func double(_ value: UnsafeRawBufferPointer) -> Double? {
        guard !value.isEmpty, value.count < 64,
              value.allSatisfy({ $0 &- 0x30 < 10 || $0 == 0x2D || $0 == 0x2B || $0 == 0x2E || $0 | 0x20 == 0x65 }) else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: value.count + 1) { buffer in
            for (i, b) in value.enumerated() { buffer[i] = CChar(bitPattern: b) }
            buffer[value.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let d = strtod(buffer.baseAddress!, &end)
            guard end == buffer.baseAddress! + value.count, d.isFinite else { return nil }
            return d
        }
    }

    /// The shortest round-trip decimal of `d` in positional notation: no exponent, no trailing
    /// `.0`, `-0` as `0`.
    static func writeShortest(_ d: Double, _ out: inout Writer) {
        if d == 0 { out.byte(0x30); return }
        // Swift's description is the shortest round-trip form, with an exponent when large or small.
        let text = Array(d.magnitude.description.utf8)
        var digits: [UInt8] = []
        var point = 0, exponent = 0, seenPoint = false
        var i = 0
        while i < text.count {
            let b = text[i]
            if b == 0x2E {
                seenPoint = true
            } else if b == 0x65 || b == 0x45 {
                exponent = Int(String(decoding: text[(i + 1)...], as: UTF8.self)) ?? 0
                break
            } else {
                digits.append(b)
                if !seenPoint { point += 1 }
            }
            i += 1
        }
        point += exponent
        while let first = digits.first, first == 0x30 { digits.removeFirst(); point -= 1 }
        while let last = digits.last, last == 0x30 { digits.removeLast() }
        if d < 0 { out.byte(0x2D) }
        if point <= 0 {
            out.byte(0x30); out.byte(0x2E)
            for _ in 0..<(-point) { out.byte(0x30) }
            for b in digits { out.byte(b) }
        } else if point >= digits.count {
            for b in digits { out.byte(b) }
            for _ in 0..<(point - digits.count) { out.byte(0x30) }
        } else {
            for b in digits[..<point] { out.byte(b) }
            out.byte(0x2E)
            for b in digits[point...] { out.byte(b) }
        }
    }

    /// `YYYY-MM-DD` of a date serial (its time part ignored, rounded to the second as Excel shows
    /// it); false outside the dates Excel shows (negative, past 9999-12-31).
    func writeDate(_ serial: Double, _ out: inout Writer) -> Bool {
        let day = ((serial * 86_400).rounded() / 86_400).rounded(.down)
        guard day >= 0, day < (uses1904 ? 2_957_004 : 2_958_466) else { return false }
        let n = Int(day)
        let civil: (year: Int, month: Int, day: Int)
        if uses1904 {
            civil = Day.civil(daysSinceEpoch: n - 24_107)
        } else if n >= 61 {
            civil = Day.civil(daysSinceEpoch: n - 25_569)
        } else if n == 60 {
            civil = (1900, 2, 29)  // Excel's day that never was (Lotus 1-2-3's leap-year bug)
        } else if n == 0 {
            civil = (1900, 1, 0)  // what Excel shows for day 0
        } else {
            civil = Day.civil(daysSinceEpoch: n - 25_568)
        }
        out.digits(civil.year, width: 4); out.byte(0x2D)
        out.digits(civil.month, width: 2); out.byte(0x2D)
        out.digits(civil.day, width: 2)
        return true
    }

    /// `H:MM` or `H:MM:SS` of a time serial (whole hours may pass 24); false when negative or absurd.
    static func writeTime(_ serial: Double, seconds withSeconds: Bool, _ out: inout Writer) -> Bool {
        let total = (serial * 86_400).rounded()
        guard total >= 0, total < 1e15 else { return false }
        let t = Int(total)
        out.digits(t / 3600, width: 1); out.byte(0x3A)
        out.digits(t % 3600 / 60, width: 2)
        if withSeconds { out.byte(0x3A); out.digits(t % 60, width: 2) }
        return true
    }

    /// A whole number with leading zeros to `width`; false when it is not whole.
    static func writeZeros(_ d: Double, width: Int, _ out: inout Writer) -> Bool {
        guard d == d.rounded(), d.magnitude < 1e15 else { return false }
        let n = Int(d)
        if n < 0 { out.byte(0x2D) }
        out.digits(n.magnitude, width: min(width, 300))
        return true
    }

    /// A shared-string index: plain digits.
    @inlinable @inline(__always)
    static func index(_ value: UnsafeRawBufferPointer) -> Int? {
        guard !value.isEmpty, value.count <= 10 else { return nil }
        var n = 0
        for b in value {
            guard b &- 0x30 < 10 else { return nil }
            n = n * 10 + Int(b &- 0x30)
        }
        return n
    }

    private static func literal(_ text: StaticString) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// Appends bytes to a buffer big enough for any number's text.
    struct Writer {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0

        init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }

        @inline(__always)
        mutating func byte(_ b: UInt8) {
            base[count] = b
            count += 1
        }

        /// `n` in decimal, with leading zeros to `width`.
        @inline(__always)
        mutating func digits(_ n: UInt, width: Int) {
            var length = 1
            var v = n
            while v >= 10 { v /= 10; length += 1 }
            let total = max(width, length)
            for i in 0..<(total - length) { base[count + i] = 0x30 }
            var p = count + total - 1
            v = n
            for _ in 0..<length {
                base[p] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
                p -= 1
            }
            count += total
        }

        @inline(__always)
        mutating func digits(_ n: Int, width: Int) { digits(UInt(n), width: width) }
    }
}
