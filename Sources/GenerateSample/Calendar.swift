import Foundation
import Model

/// The generator's calendar arithmetic, on the tool's own `Day`.
extension Day {
    /// A day the generator knows to exist.
    init(_ year: Int, _ month: Int, _ day: Int) {
        self = Day(year: year, month: month, day: day)!
    }

    init(ordinal: Int) {
        self = Day(daysSinceEpoch: ordinal)!
    }

    /// yyyymmdd, ordered like the dates.
    var packed: Int32 { rawValue }
    /// Days since 1970-01-01.
    var ordinal: Int { daysSinceEpoch }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int { ((ordinal % 7) + 11) % 7 }
    var isWeekend: Bool { weekday == 0 || weekday == 6 }

    func adding(_ days: Int) -> Day { Day(ordinal: ordinal + days) }
}

func daysIn(_ year: Int, _ month: Int) -> Int { Day.daysIn(month: month, year: year) }

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
