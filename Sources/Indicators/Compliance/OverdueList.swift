import Model

/// One norm period a branch did not meet (rules §4.6): what was required and what was held.
public struct OverdueEntry: Sendable, Equatable {
    public var siteID: String
    public var norm: NormKey
    public var period: CalendarPeriod
    /// The norm's required count.
    public var required: Int
    /// The meetings (or lectures) of the norm held in the period, fewer than `required`.
    public var held: Int

    public init(siteID: String, norm: NormKey, period: CalendarPeriod, required: Int, held: Int) {
        self.siteID = siteID; self.norm = norm; self.period = period; self.required = required; self.held = held
    }
}

extension ReviewIndicators {
    /// The overdue list (督办清单, rules §4.6): for every non-bureau site with a branch, in `order`
    /// (site_id order), each norm in `NormKey` order, each period in scope (§4.2: ended by the
    /// as-of date and, for a branch founded in the year, on or after its founding) in calendar
    /// order that has fewer meetings than the norm requires. A norm of a missing log is not
    /// checked, so it has no entries.
    static func overdueList(
        order: [Int], sites: [Site], tally: YearTally, logs: Logs, config: ReviewConfig, year: Int, asOf: Day
    ) -> [OverdueEntry] {
        var list: [OverdueEntry] = []
        for s in order where sites[s].hasBranch(in: year) {
            for key in NormKey.allCases where logs.has(key) {
                let norm = config.norm(key)
                let periods = NormPeriods(year: year, period: norm.period)
                for k in periods.inScope(founded: sites[s].branchFounded, asOf: asOf) {
                    let held = periods.held(key, in: k, site: s, tally: tally)
                    guard held < norm.required else { continue }
                    list.append(OverdueEntry(siteID: sites[s].id, norm: key, period: periods.period(k),
                                             required: norm.required, held: held))
                }
            }
        }
        return list
    }
}
