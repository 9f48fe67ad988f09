/// One period of a norm (rules §4.2): a month, a quarter or the whole year of the calendar. Its
/// text is the overdue list's (rules §4.6): `2017-05`, `2017-Q2`, `2017`.
public struct CalendarPeriod: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let kind: NormPeriod
    /// The month 1…12, the quarter 1…4, or 1 for the year.
    public let number: Int

    /// `nil` unless `number` is one of `kind`'s periods of the year.
    public init?(year: Int, kind: NormPeriod, number: Int) {
        guard (1...kind.periodsPerYear).contains(number) else { return nil }
        self.year = year
        self.kind = kind
        self.number = number
    }

    /// `2017-05`, `2017-Q2`, `2017`.
    public var description: String {
        switch kind {
        case .month: "\(year)-\(number < 10 ? "0" : "")\(number)"
        case .quarter: "\(year)-Q\(number)"
        case .year: "\(year)"
        }
    }
}
