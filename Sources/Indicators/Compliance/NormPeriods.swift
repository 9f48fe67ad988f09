import Model

/// The periods of a norm in the review year and which of them are in scope for one site (rules §4.2).
///
/// A period is in scope when it ends on or before the as-of date and, for a branch founded
/// during the review year, on or after `branch_founded`.
struct NormPeriods {
    let year: Int
    let period: NormPeriod

    /// The months (1…12) of period `k` (0-based).
    func months(of k: Int) -> ClosedRange<Int> {
        (k * period.months + 1)...((k + 1) * period.months)
    }

    /// How many of `key`'s meetings (or lectures) site `s` held in period `k`.
    func held(_ key: NormKey, in k: Int, site s: Int, tally: YearTally) -> Int {
        months(of: k).reduce(0) { sum, month in
            sum + (key.meetingType.map { tally.meetings(site: s, month: month, type: $0) } ?? tally.lectures(site: s, month: month))
        }
    }

    /// Period `k` as the overdue list names it (rules §4.6): `2017-05`, `2017-Q2`, `2017`.
    func period(_ k: Int) -> CalendarPeriod { CalendarPeriod(year: year, kind: period, number: k + 1)! }

    /// The last day of period `k`.
    func end(of k: Int) -> Day { Day.endOf(month: (k + 1) * period.months, year: year) }

    /// The in-scope periods for a site whose branch was founded on `founded` (nil: long ago).
    func inScope(founded: Day?, asOf: Day) -> [Int] {
        (0..<period.periodsPerYear).filter { k in
            let end = end(of: k)
            guard end <= asOf else { return false }
            if let founded, founded.year == year { return end >= founded }
            return true
        }
    }
}
