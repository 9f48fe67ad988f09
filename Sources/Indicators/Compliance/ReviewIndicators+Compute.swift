import Foundation
import Model

extension ReviewIndicators {
    /// Computes rules §4.1–§4.3 and §4.5 for `year` from the register and the tallied activity.
    ///
    /// - Parameters:
    ///   - sites: the register, in any order; the index of a site is its index in `activity`.
    ///   - asOf: limits the periods in scope (rules §4.2), not the rows counted.
    public static func compute(
        sites: [Site], activity: ActivityTally, config: ReviewConfig, year: Int, asOf: Day
    ) -> ReviewIndicators {
        precondition(activity.partyDay == config.partyDay, "the tally counted another Party day than the config's")
        let tally = activity.year(year)
        let order = sites.indices.filter { !sites[$0].isBureau }
            .sorted { sites[$0].id.utf8Precedes(sites[$1].id) }

        var results = order.map { siteResult(index: $0, site: sites[$0], tally: tally, config: config, year: year, asOf: asOf) }
        rankAndRate(&results, config: config)
        let bottom = results.filter { $0.rank != nil }
            .sorted { $0.rank! > $1.rank! }
            .prefix(config.bottomN)
            .map(\.site.id)

        return ReviewIndicators(
            year: year,
            asOf: asOf,
            totals: totals(of: activity.year(year), sites: sites),
            siteTotals: siteTotals(sites: sites, year: year),
            sites: results,
            bottom: Array(bottom),
            monthly: monthlyResults(order: order, sites: sites, tally: tally, config: config, year: year, asOf: asOf),
            previous: activity.hasRows(in: year - 1) ? totals(of: activity.year(year - 1), sites: sites) : nil
        )
    }

    static func totals(of tally: YearTally, sites: [Site]) -> ActivityTotals {
        var all = Array(repeating: 0, count: MeetingType.allCases.count)
        var bureau = all
        var roles = Array(repeating: 0, count: LecturerRole.allCases.count)
        var bureauRoles = roles
        var lectures = 0
        for (s, site) in sites.enumerated() {
            for type in MeetingType.allCases {
                let n = tally.meetings(site: s, type: type)
                all[type.ordinal] += n
                if site.isBureau { bureau[type.ordinal] += n }
            }
            for role in LecturerRole.allCases {
                let n = tally.lectures(site: s, role: role)
                roles[role.ordinal] += n
                lectures += n
                if site.isBureau { bureauRoles[role.ordinal] += n }
            }
        }
        return ActivityTotals(
            meetingsByType: all, bureauMeetingsByType: bureau, lectures: lectures,
            lecturesByRole: roles, bureauLecturesByRole: bureauRoles, trainings: tally.trainings,
            trainingParticipants: tally.participants, trainingPersonHours: tally.trainingPersonHours
        )
    }

    static func siteTotals(sites: [Site], year: Int) -> SiteTotals {
        let schools = sites.filter { !$0.isBureau }
        func count<K: Hashable & CaseIterable>(_ keys: [K], _ key: (Site) -> K?, among list: [Site]) -> [K: Int] {
            var out = Dictionary(uniqueKeysWithValues: keys.map { ($0, 0) })
            for site in list { if let k = key(site), out[k] != nil { out[k]! += 1 } }
            return out
        }
        let founded = schools.filter { $0.hasBranch(in: year) && $0.branchFounded?.year == year }
        return SiteTotals(
            total: schools.count,
            byLocale: count(SiteLocale.allCases, { $0.locale }, among: schools),
            byOwnership: count(Ownership.allCases, { $0.ownership }, among: schools),
            byLevel: count(SchoolLevel.allCases.filter { $0 != .bureau }, { $0.level }, among: schools),
            withBranch: schools.filter { $0.hasBranch(in: year) }.count,
            covered: schools.filter { $0.isCovered(in: year) }.count,
            foundedInYear: count(Ownership.allCases, { $0.ownership }, among: founded),
            demo: count(DemoLevel.allCases.filter { $0 != .none }, { $0.demo }, among: schools)
        )
    }

    /// How many periods in scope a norm has for a site, and how many of them were met.
    static func normCompletion(
        _ key: NormKey, site s: Int, founded: Day?, tally: YearTally, config: ReviewConfig,
        year: Int, asOf: Day
    ) -> (met: Int, inScope: Int) {
        let norm = config.norm(key)
        let periods = NormPeriods(year: year, period: norm.period)
        var met = 0, inScope = 0
        for k in periods.inScope(founded: founded, asOf: asOf) {
            inScope += 1
            if periods.held(key, in: k, site: s, tally: tally) >= norm.required { met += 1 }
        }
        return (met, inScope)
    }

    static func siteResult(
        index s: Int, site: Site, tally: YearTally, config: ReviewConfig, year: Int, asOf: Day
    ) -> SiteResult {
        let hasBranch = site.hasBranch(in: year)
        let members = site.partyMembers
        let lectures = tally.lectures(site: s)
        let personHours = tally.trainingPersonHours(site: s)
        let partyDays = tally.meetings(site: s, type: .party_day)
        let attendance = tally.attendance(site: s)

        var result = SiteResult(
            site: site, hasBranch: hasBranch,
            meetingsByType: MeetingType.allCases.map { tally.meetings(site: s, type: $0) },
            lectures: lectures, trainingPersonHours: personHours,
            normRates: Array(repeating: nil, count: NormKey.allCases.count),
            partyDayOnDayShare: partyDays > 0 ? Double(tally.partyDaysOnDay(site: s)) / Double(partyDays) : nil,
            attendanceRate: attendance.expected > 0 ? Double(attendance.attended) / Double(attendance.expected) : nil,
            trainingHoursPerMember: members > 0 ? NSDecimalNumber(decimal: personHours).doubleValue / Double(members) : nil,
            lecturesPer100Members: members > 0 ? Double(lectures) / Double(members) * 100 : nil
        )
        guard hasBranch else { return result }

        result.normRates = NormKey.allCases.map { key in
            let c = normCompletion(key, site: s, founded: site.branchFounded, tally: tally, config: config, year: year, asOf: asOf)
            return c.inScope > 0 ? Double(c.met) / Double(c.inScope) : nil
        }
        let sanhui = NormKey.sanhui.map { result.normRate($0) }
        if sanhui.allSatisfy({ $0 != nil }) {
            let rates = sanhui.map { $0! }
            result.sanhuiRate = rates.reduce(0, +) / Double(rates.count)
            result.fullyCompliant = rates.allSatisfy { $0 == 1 }
        }
        result.partyDayRate = result.normRate(.party_day)

        let trainingPart = result.trainingHoursPerMember.map { min(1, $0 / config.trainingHoursTarget) } ?? 0
        result.score = config.weight(.sanhui) * (result.sanhuiRate ?? 0)
            + config.weight(.party_day) * (result.partyDayRate ?? 0)
            + config.weight(.attendance) * (result.attendanceRate ?? 0)
            + config.weight(.training) * trainingPart
            + config.weight(.org_life) * (tally.meetings(site: s, type: .org_life) > 0 ? 1 : 0)
            + config.weight(.democratic_review) * (tally.meetings(site: s, type: .democratic_review) > 0 ? 1 : 0)
        return result
    }

    /// The score in millionths of a point, rounded half away from zero: stars and ranks compare
    /// these, so 93.3 and 93.29999999999998 tie (rules §4.2).
    static func roundedScore(_ score: Double) -> Int64 {
        Int64((score * 1_000_000).rounded(.toNearestOrAwayFromZero))
    }

    /// Sets stars and ranks: by rounded score descending, ties by site_id (UTF-8 bytes).
    static func rankAndRate(_ results: inout [SiteResult], config: ReviewConfig) {
        let thresholds = config.starThresholds.map(roundedScore)
        let ranked = results.indices.filter { results[$0].score != nil }.sorted { a, b in
            let sa = roundedScore(results[a].score!), sb = roundedScore(results[b].score!)
            return sa != sb ? sa > sb : results[a].site.id.utf8Precedes(results[b].site.id)
        }
        for (position, i) in ranked.enumerated() {
            let micro = roundedScore(results[i].score!)
            results[i].rank = position + 1
            results[i].stars = 5 - (thresholds.firstIndex { micro >= $0 } ?? thresholds.count)
        }
    }

    /// The twelve months of rules §4.3.
    static func monthlyResults(
        order: [Int], sites: [Site], tally: YearTally, config: ReviewConfig, year: Int, asOf: Day
    ) -> [MonthResult] {
        let completion = monthlyCompletion(order: order, sites: sites, tally: tally, config: config, year: year, asOf: asOf)
        return (1...12).map { month in
            let monthEnd = Day.endOf(month: month, year: year)
            var inactive = 0
            for s in order where sites[s].hasBranch(by: monthEnd) {
                let active = tally.lectures(site: s, month: month) > 0
                    || MeetingType.allCases.contains { $0.isOrganisationalLife && tally.meetings(site: s, month: month, type: $0) > 0 }
                if !active { inactive += 1 }
            }
            return MonthResult(
                month: month,
                meetingsByType: MeetingType.allCases.map { type in
                    sites.indices.reduce(0) { $0 + tally.meetings(site: $1, month: month, type: type) }
                },
                lectures: sites.indices.reduce(0) { $0 + tally.lectures(site: $1, month: month) },
                trainings: tally.trainings(month: month),
                inactiveSites: inactive,
                completion: completion[month - 1]
            )
        }
    }

    /// Each month's cumulative completion of each norm (rules §4.3), by month and `NormKey` order:
    /// the periods in scope that end by the month's end, and how many of them were met. Each
    /// site's periods are settled once and counted in the month they end; a month's figures
    /// are then the sums up to it: the periods in scope that end on or before its last day.
    static func monthlyCompletion(
        order: [Int], sites: [Site], tally: YearTally, config: ReviewConfig, year: Int, asOf: Day
    ) -> [[Double?]] {
        var completion = Array(repeating: [Double?](), count: 12)
        for key in NormKey.allCases {
            let norm = config.norm(key)
            let periods = NormPeriods(year: year, period: norm.period)
            var met = Array(repeating: 0, count: 13), inScope = met  // by the month a period ends
            for s in order where sites[s].hasBranch(in: year) {
                for k in periods.inScope(founded: sites[s].branchFounded, asOf: asOf) {
                    let end = periods.months(of: k).upperBound
                    inScope[end] += 1
                    if periods.held(key, in: k, site: s, tally: tally) >= norm.required { met[end] += 1 }
                }
            }
            var metSoFar = 0, inScopeSoFar = 0
            for month in 1...12 {
                metSoFar += met[month]
                inScopeSoFar += inScope[month]
                completion[month - 1].append(inScopeSoFar > 0 ? Double(metSoFar) / Double(inScopeSoFar) : nil)
            }
        }
        return completion
    }
}
