import Model

/// The rows an as-of run leaves out of the figures (rules §2, row rule 6): those of the review
/// year dated after the as-of date, which are out of period, and those of the year before dated
/// after the same month and day, so the previous year is compared like for like (rules §4.5).
/// Rows of other years are not cut. A cut at 31 December cuts nothing.
struct AsOfCut: Sendable {
    /// Raw `Day` values: a day is cut when it lies in `(after, through]` of either year.
    private let after: Int32, through: Int32
    private let previousAfter: Int32, previousThrough: Int32

    init(asOf: Day) {
        after = asOf.rawValue
        through = Day.endOf(month: 12, year: asOf.year).rawValue
        // The year before 1 has no rows: nothing of it to cut.
        let previous = asOf.sameDate(in: asOf.year - 1)
        previousAfter = previous?.rawValue ?? 0
        previousThrough = previous.map { Day.endOf(month: 12, year: $0.year).rawValue } ?? 0
    }

    /// Whether `day` falls after the cut of its year.
    @inline(__always)
    func cuts(_ day: Day) -> Bool {
        let raw = day.rawValue
        return (raw > after && raw <= through) || (raw > previousAfter && raw <= previousThrough)
    }
}
