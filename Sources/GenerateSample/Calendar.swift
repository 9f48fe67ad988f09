import Foundation

/// A calendar day stored as yyyymmdd, so the integer order is the date order.
struct Day: Comparable, Hashable {
    let packed: Int32

    init(_ year: Int, _ month: Int, _ day: Int) {
        packed = Int32(year * 10_000 + month * 100 + day)
    }

    init(ordinal: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    var year: Int { Int(packed) / 10_000 }
    var month: Int { Int(packed) / 100 % 100 }
    var day: Int { Int(packed) % 100 }
    var quarter: Int { (month - 1) / 3 }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int { ((ordinal % 7) + 11) % 7 }
    var isWeekend: Bool { weekday == 0 || weekday == 6 }

    func adding(_ days: Int) -> Day { Day(ordinal: ordinal + days) }

    static func < (a: Day, b: Day) -> Bool { a.packed < b.packed }
}

func daysIn(_ year: Int, _ month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
}

extension Rng {
    /// A random day of the month; with `workday`, a weekend is moved to the nearest Friday or Monday
    /// of the same month.
    mutating func day(_ year: Int, _ month: Int, workday: Bool = false, from first: Int = 1, to last: Int? = nil) -> Day {
        let last = min(last ?? 31, daysIn(year, month))
        var d = Day(year, month, int(min(first, last), last))
        if workday && d.isWeekend {
            let shifted = d.weekday == 6 ? d.adding(-1) : d.adding(1)
            d = shifted.month == month ? shifted : (d.weekday == 6 ? d.adding(2) : d.adding(-2))
        }
        return d
    }

    /// A random day between the two days, both included.
    mutating func day(between a: Day, and b: Day) -> Day {
        Day(ordinal: int(a.ordinal, b.ordinal))
    }
}

extension Day {
    /// The cell text in a style, for messages.
    func text(_ style: DateStyle) -> String {
        switch style {
        case .iso: String(format: "%04d-%02d-%02d", year, month, day)
        case .slash: "\(year)/\(month)/\(day)"
        case .slashTime: "\(year)/\(month)/\(day) 0:00"
        case .chinese: "\(year)年\(month)月\(day)日"
        }
    }
}

/// How a site's office writes dates (what its Excel/WPS export produced).
enum DateStyle: UInt8 {
    case iso          // 2017-03-28
    case slash        // 2017/3/28
    case slashTime    // 2017/3/28 0:00
    case chinese      // 2017年3月28日
}
