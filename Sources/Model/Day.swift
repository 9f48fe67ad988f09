/// A calendar date without time or time zone, as the logs record it.
///
/// Stored as `yyyymmdd` in one `Int32`, so comparing two days compares their raw values and a
/// day costs four bytes in an accumulator. Only valid Gregorian dates can be made.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `year * 10_000 + month * 100 + day`.
    public let rawValue: Int32

    /// The day, or `nil` when the triple is not a date of the proleptic Gregorian calendar
    /// (years 1...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        rawValue = Int32(year * 10_000 + month * 100 + day)
    }

    public var year: Int { Int(rawValue) / 10_000 }
    public var month: Int { Int(rawValue) / 100 % 100 }
    public var day: Int { Int(rawValue) % 100 }
    /// 1...4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    public static func < (a: Day, b: Day) -> Bool { a.rawValue < b.rawValue }

    /// ISO 8601, `2017-03-05`.
    public var description: String {
        let m = month, d = day
        return "\(year)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last day of `month` in `year`.
    public static func endOf(month: Int, year: Int) -> Day {
        Day(year: year, month: month, day: daysIn(month: month, year: year))!
    }

    /// The same month and day in `year`, for a like-for-like comparison with another year
    /// (rules §4.5): 29 February becomes 28 February in a year that is not a leap year.
    public func sameDate(in year: Int) -> Day? {
        Day(year: year, month: month, day: min(day, Day.daysIn(month: month, year: year)))
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm of
    /// H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of `daysSinceEpoch`.
    public init?(daysSinceEpoch z: Int) {
        let civil = Day.civil(daysSinceEpoch: z)
        self.init(year: civil.year, month: civil.month, day: civil.day)
    }

    /// Days since 1970-01-01 → the proleptic Gregorian year, month and day, of any year
    /// (H. Hinnant's `civil_from_days`).
    public static func civil(daysSinceEpoch z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// A month and day without a year (`01-31`), as the config's `annual_meetings_until` gives it.
public struct MonthDay: Hashable, Sendable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    /// `nil` unless the day exists in some year (02-29 does: in a year without it, it stands
    /// for the end of February).
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: 2000) else { return nil }
        self.month = month
        self.day = day
    }

    /// `MM-DD`.
    public var description: String {
        "\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// Whether `date` falls from 1 January to this day of its year.
    public func includes(_ date: Day) -> Bool {
        date.rawValue % 10_000 <= Int32(month * 100 + day)
    }
}
