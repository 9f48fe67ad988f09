import Model

/// Dates: the `date` columns of rules §2 (date, start_date, end_date, branch_founded).
///
/// Accepted, after trimming and NFKC (`FieldText`, so `２０１７－０３－０５` works):
/// - `2017-03-05`, `2017/3/5`, `2017.3.5`: a 4-digit year first, one separator used throughout,
///   1–2 digit month and day;
/// - `2017年3月5日`, `2017年03月05日`;
/// - `20170305`: exactly 8 digits, read as yyyymmdd;
/// - each of these optionally followed by whitespace and a time `H:MM`, `HH:MM` or `H[H]:MM:SS`
///   (hours 0–23), which is ignored (`2017/3/5 0:00` is what Excel writes);
/// - an Excel serial day: exactly 5 digits, no sign, separator, fraction or time, from 36526
///   (2000-01-01) to 73050 (2099-12-31), counted from 1899-12-30 (`42799` = 2017-03-05).
///
/// Rejected, each with its `DateProblem`: impossible days (`2017-02-30`, `2017-02-29`,
/// `2017-13-01`, `2017-00-10`, `0000-00-00`), a two-digit year (`17-3-5`), the year last
/// (`3/5/2017`, even the unambiguous-looking `25/12/2017` and `3/25/2017`: "ambiguous order"),
/// mixed separators (`2017-3/5`), fractional serials (`42799.5`), serials out of range, other
/// digit strings (`60`, `123456`), ISO `T` times (`2017-03-05T08:30:00`), a bad time, Chinese
/// numerals (`二〇一七年三月五日`), month names (`5-Mar-17`) and anything else.
/// Leap years follow the Gregorian rules of `Day` (2000 and 2016 leap; 1900, 2017, 2100 not).
///
/// ASCII path: O(n), no allocation.
enum DateField {
    /// The day; `nil` when the field is blank.
    @inline(__always)
    static func day(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> Day? {
        try FieldText.withNormalized(raw) { bytes throws(ValueError) in
            bytes.isEmpty ? nil : try parse(bytes)
        }
    }

    /// Excel's day 0 (1899-12-30) as days since 1970-01-01.
    static let excelEpochOffset = 25_569
    /// The serial days accepted: 2000-01-01 … 2099-12-31.
    static let serialRange = 36_526...73_050

    /// Parses trimmed, normalised, non-empty bytes.
    static func parse(_ p: UnsafeRawBufferPointer) throws(ValueError) -> Day {
        // `2017-03-05`, the form of nearly every row of a large log: read directly, to the same
        // result (and the same error for an impossible date) as the general path below.
        if p.count == 10, p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-"),
           p[0] &- 0x30 < 10, p[1] &- 0x30 < 10, p[2] &- 0x30 < 10, p[3] &- 0x30 < 10,
           p[5] &- 0x30 < 10, p[6] &- 0x30 < 10, p[8] &- 0x30 < 10, p[9] &- 0x30 < 10 {
            return try ymd(number(p, 0, 4), number(p, 5, 7), number(p, 8, 10))
        }
        // Split off "<whitespace><time>".
        var end = 0
        while end < p.count, p[end] != 0x20, p[end] != 0x09 { end += 1 }
        let hasTime = end < p.count
        let datePart = UnsafeRawBufferPointer(rebasing: p[0..<end])
        let day: Day
        do {
            day = try parseDatePart(datePart, hasTime: hasTime)
        } catch {
            // "3 March 2017" is not a date followed by a bad time.
            if hasTime, error == .badDate(.digitString) { throw .badDate(.unrecognised) }
            throw error
        }
        if hasTime {
            var start = end
            while start < p.count, p[start] == 0x20 || p[start] == 0x09 { start += 1 }
            guard isTime(UnsafeRawBufferPointer(rebasing: p[start...])) else { throw .badDate(.badTime) }
        }
        return day
    }

    private static func parseDatePart(_ q: UnsafeRawBufferPointer, hasTime: Bool) throws(ValueError) -> Day {
        let m = q.count
        let g1 = digitRun(q, from: 0)
        if g1 == m {
            switch m {
            case 8:
                return try ymd(number(q, 0, 4), number(q, 4, 6), number(q, 6, 8))
            case 5:
                if hasTime { throw .badDate(.unrecognised) }
                let serial = number(q, 0, 5)
                guard serialRange.contains(serial) else { throw .badDate(.serialOutOfRange(serial)) }
                // In range, so always a valid day.
                return Day(daysSinceEpoch: serial - excelEpochOffset)!
            default:
                throw .badDate(.digitString)
            }
        }
        if g1 == 0 { throw unrecognised(q) }
        let separator = q[g1]
        if separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") {
            let s2 = g1 + 1
            let g2 = digitRun(q, from: s2)
            let afterMonth = s2 + g2
            if afterMonth == m {
                if separator == UInt8(ascii: "."), g1 == 5, g2 > 0 { throw .badDate(.fractionalSerial) }
                throw unrecognised(q)
            }
            guard g2 > 0 else { throw unrecognised(q) }
            let separator2 = q[afterMonth]
            if separator2 != separator {
                if separator2 == UInt8(ascii: "-") || separator2 == UInt8(ascii: "/") || separator2 == UInt8(ascii: ".") {
                    throw .badDate(.mixedSeparators)
                }
                throw unrecognised(q)
            }
            let s3 = afterMonth + 1
            let g3 = digitRun(q, from: s3)
            if s3 + g3 != m || g3 == 0 {
                if g3 > 0, q[s3 + g3] == UInt8(ascii: "T") || q[s3 + g3] == UInt8(ascii: "t") {
                    throw .badDate(.isoTime)
                }
                throw unrecognised(q)
            }
            return try orderedDate(q, g1: g1, month: s2..<afterMonth, day: s3..<m)
        }
        if separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") { throw .badDate(.isoTime) }
        // 2017年3月5日
        guard hasMarker(q, at: g1, 0xE5, 0xB9, 0xB4) else { throw unrecognised(q) }      // 年
        let s2 = g1 + 3
        let g2 = digitRun(q, from: s2)
        guard g2 > 0, hasMarker(q, at: s2 + g2, 0xE6, 0x9C, 0x88) else { throw unrecognised(q) }  // 月
        let s3 = s2 + g2 + 3
        let g3 = digitRun(q, from: s3)
        guard g3 > 0, s3 + g3 + 3 == m, hasMarker(q, at: s3 + g3, 0xE6, 0x97, 0xA5) else {  // 日
            throw unrecognised(q)
        }
        return try orderedDate(q, g1: g1, month: s2..<(s2 + g2), day: s3..<(s3 + g3))
    }

    /// Year first with 1–2 digit month and day, or the reason the order is wrong.
    private static func orderedDate(
        _ q: UnsafeRawBufferPointer, g1: Int, month: Range<Int>, day: Range<Int>
    ) throws(ValueError) -> Day {
        let monthOK = (1...2).contains(month.count), dayOK = (1...2).contains(day.count)
        if g1 == 4, monthOK, dayOK {
            return try ymd(number(q, 0, 4), number(q, month.lowerBound, month.upperBound),
                           number(q, day.lowerBound, day.upperBound))
        }
        if (1...2).contains(g1), monthOK {
            if day.count == 4 { throw .badDate(.yearLast) }
            if dayOK { throw .badDate(.twoDigitYear) }
        }
        throw .badDate(.unrecognised)
    }

    @inline(__always)
    private static func ymd(_ year: Int, _ month: Int, _ day: Int) throws(ValueError) -> Day {
        guard let value = Day(year: year, month: month, day: day) else {
            throw .badDate(.impossible(year: year, month: month, day: day))
        }
        return value
    }

    /// `H:MM`, `HH:MM`, `H:MM:SS`, `HH:MM:SS`, hours 0–23, minutes and seconds 0–59.
    private static func isTime(_ t: UnsafeRawBufferPointer) -> Bool {
        let h = digitRun(t, from: 0)
        guard (1...2).contains(h), number(t, 0, h) <= 23 else { return false }
        var i = h
        var fields = 0
        while i < t.count {
            guard t[i] == UInt8(ascii: ":"), digitRun(t, from: i + 1) == 2,
                  number(t, i + 1, i + 3) <= 59 else { return false }
            i += 3
            fields += 1
        }
        return fields == 1 || fields == 2
    }

    @inline(__always)
    private static func digitRun(_ q: UnsafeRawBufferPointer, from start: Int) -> Int {
        var i = start
        while i < q.count, q[i] &- 0x30 < 10 { i += 1 }
        return i - start
    }

    /// The decimal value of the digits `q[from..<to]` (at most 8, so no overflow).
    @inline(__always)
    private static func number(_ q: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> Int {
        var value = 0
        for i in from..<to { value = value * 10 + Int(q[i] &- 0x30) }
        return value
    }

    @inline(__always)
    private static func hasMarker(_ q: UnsafeRawBufferPointer, at i: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        i + 3 <= q.count && q[i] == a && q[i + 1] == b && q[i + 2] == c
    }

    /// `.chineseNumerals` when the value holds one, else `.unrecognised` (error path only).
    private static func unrecognised(_ q: UnsafeRawBufferPointer) -> ValueError {
        let text = String(decoding: q, as: UTF8.self)
        let numerals: Set<Character> = ["〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return .badDate(text.contains(where: numerals.contains) ? .chineseNumerals : .unrecognised)
    }
}
