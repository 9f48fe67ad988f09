import Foundation
import Model

extension ReviewIndicators {
    /// Computes rules §4.1–§4.3, §4.5 and §4.6 for `year` from the register and the tallied activity.
    ///
    /// - Parameters:
    ///   - sites: the register, in any order; the index of a site is its index in `activity`.
    ///   - activity: the tallied rows; in an as-of run ingest has left out the rows after the
    ///     as-of date (and those of the year before after the same date), so they count nowhere.
    ///   - asOf: limits the periods in scope (rules §4.2); the months that begin after it are
    ///     empty (rules §4.3).
    ///   - missingLogs: the logs with no file (rules §2). Their tallies are all zero, but a
    ///     missing log is not a log of zeros: every figure only they feed is `nil`.
    public static func compute(
        sites: [Site], activity: ActivityTally, config: ReviewConfig, year: Int, asOf: Day,
        missingLogs: Set<LogKind>
    ) -> ReviewIndicators {
        precondition(activity.partyDay == config.partyDay, "the tally counted another Party day than the config's")
        let logs = Logs(missing: missingLogs)
        let tally = activity.year(year)
        let order = sites.indices.filter { !sites[$0].isBureau }
            .sorted { sites[$0].id.utf8Precedes(sites[$1].id) }

        var results = order.map {
            siteResult(index: $0, site: sites[$0], tally: tally, logs: logs, config: config, year: year, asOf: asOf)
        }
        let weights = scoreWeights(results.filter(\.isScorable), config: config)
        for i in results.indices where results[i].isScorable && weights.isScored {
            results[i].score = score(results[i].scoreParts, weights: weights)
        }
        rankAndRate(&results, config: config)
        let ranked = results.filter { $0.rank != nil }.count
        // Last year's figures of the logs whose rows cover it (rules §4.5); none without any row of it.
        let hasPrevious = activity.hasRows(in: year - 1)
        let coverage = hasPrevious
            ? PreviousYearCoverage.judge(previous: activity.year(year - 1), current: tally, asOf: asOf, missing: missingLogs)
            : PreviousYearCoverage(gaps: [])

        return ReviewIndicators(
            year: year,
            asOf: asOf,
            missingLogs: LogKind.allCases.filter(missingLogs.contains),
            totals: totals(of: tally, sites: sites, logs: logs),
            siteTotals: siteTotals(sites: sites, year: year),
            sites: results,
            scoreWeights: weights,
            bottom: bottomList(results, config: config),
            bottomLimit: bottomLimit(ranked: ranked, config: config),
            overdue: overdueList(order: order, sites: sites, tally: tally, logs: logs, config: config, year: year, asOf: asOf),
            monthly: monthlyResults(order: order, sites: sites, tally: tally, logs: logs, config: config, year: year, asOf: asOf),
            previous: hasPrevious ? coverage.keepingCovered(totals(of: activity.year(year - 1), sites: sites, logs: logs)) : nil,
            previousCoverage: coverage
        )
    }

    /// Which of the dated logs the figures may be built on (rules §2).
    struct Logs {
        let meetings: Bool
        let lectures: Bool
        let trainings: Bool

        init(missing: Set<LogKind>) {
            meetings = !missing.contains(.meetings)
            lectures = !missing.contains(.lectures)
            trainings = !missing.contains(.trainings)
        }

        func has(_ key: NormKey) -> Bool { key.log == .lectures ? lectures : meetings }
    }

    static func totals(of tally: YearTally, sites: [Site], logs: Logs) -> ActivityTotals {
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
            meetingsByType: logs.meetings ? all : nil, bureauMeetingsByType: logs.meetings ? bureau : nil,
            lectures: logs.lectures ? lectures : nil,
            lecturesByRole: logs.lectures ? roles : nil, bureauLecturesByRole: logs.lectures ? bureauRoles : nil,
            trainings: logs.trainings ? tally.trainings : nil,
            trainingParticipants: logs.trainings ? tally.participants : nil,
            trainingPersonHours: logs.trainings ? tally.trainingPersonHours : nil
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

    /// A site's §4.2 values and its score parts; the score itself needs every site's parts
    /// (`scoreWeights`), so it is set afterwards.
    static func siteResult(
        index s: Int, site: Site, tally: YearTally, logs: Logs, config: ReviewConfig, year: Int, asOf: Day
    ) -> SiteResult {
        let hasBranch = site.hasBranch(in: year)
        let members = site.partyMembers
        let lectures = logs.lectures ? tally.lectures(site: s) : nil
        let personHours = logs.trainings ? tally.trainingPersonHours(site: s) : nil
        let partyDays = tally.meetings(site: s, type: .party_day)
        let attendance = tally.attendance(site: s)

        var result = SiteResult(
            site: site, hasBranch: hasBranch, isScorable: false,
            meetingsByType: logs.meetings ? MeetingType.allCases.map { tally.meetings(site: s, type: $0) } : nil,
            lectures: lectures, trainingPersonHours: personHours,
            normRates: Array(repeating: nil, count: NormKey.allCases.count),
            partyDayOnDayShare: partyDays > 0 ? Double(tally.partyDaysOnDay(site: s)) / Double(partyDays) : nil,
            attendanceRate: attendance.expected > 0 ? Double(attendance.attended) / Double(attendance.expected) : nil,
            trainingHoursPerMember: members > 0 ? personHours.map { NSDecimalNumber(decimal: $0).doubleValue / Double(members) } : nil,
            lecturesPer100Members: members > 0 ? lectures.map { Double($0) / Double(members) * 100 } : nil,
            scoreParts: Array(repeating: nil, count: ScorePart.allCases.count)
        )
        guard hasBranch else { return result }

        let completions = NormKey.allCases.map { key in
            normCompletion(key, site: s, founded: site.branchFounded, tally: tally, config: config, year: year, asOf: asOf)
        }
        func hasPeriodInScope(_ key: NormKey) -> Bool { completions[NormKey.allCases.firstIndex(of: key)!].inScope > 0 }
        // No norm with a period in scope (a branch founded after the as-of date): no score (§4.2).
        guard NormKey.allCases.contains(where: hasPeriodInScope) else { return result }
        result.isScorable = true
        result.normRates = zip(NormKey.allCases, completions).map { key, c in
            logs.has(key) && c.inScope > 0 ? Double(c.met) / Double(c.inScope) : nil
        }
        let sanhui = NormKey.sanhui.map { result.normRate($0) }
        if sanhui.allSatisfy({ $0 != nil }) {
            let rates = sanhui.map { $0! }
            result.sanhuiRate = rates.reduce(0, +) / Double(rates.count)
            result.fullyCompliant = rates.allSatisfy { $0 == 1 }
        }
        result.partyDayRate = result.normRate(.party_day)

        // [held] has its norm's periods: empty while none is in scope (before 31 December, for
        // the default yearly norm), so an as-of run leaves the part out.
        func held(_ key: NormKey) -> Double? {
            guard logs.meetings, hasPeriodInScope(key), let type = key.meetingType else { return nil }
            return tally.meetings(site: s, type: type) > 0 ? 1 : 0
        }
        result.scoreParts = ScorePart.allCases.map { part in
            switch part {
            case .sanhui: result.sanhuiRate
            case .party_day: result.partyDayRate
            case .attendance: result.attendanceRate
            case .training: result.trainingHoursPerMember.map { min(1, $0 / config.trainingHoursTarget) }
            case .org_life: held(.org_life)
            case .democratic_review: held(.democratic_review)
            }
        }
        return result
    }

    /// The weights of §4.2 for these sites with a branch: a part with a weight that is empty for
    /// every one of them is left out and the other weights are scaled by 100 ÷ (their sum).
    ///
    /// The parts are judged by their values alone, whatever made them empty (a missing log or
    /// column, no period in scope yet), so every rule that empties a part leaves it out here. A
    /// part with weight 0 is never "left out"; with no site with a branch nothing is scored and
    /// nothing is left out. Without a part left out the config's weights apply as they are.
    static func scoreWeights(_ branches: [SiteResult], config: ReviewConfig) -> ScoreWeights {
        let weights = ScorePart.allCases.map(config.weight)
        guard !branches.isEmpty else { return ScoreWeights(omitted: [], applied: weights) }
        let omitted = ScorePart.allCases.enumerated().filter { p, _ in
            weights[p] > 0 && branches.allSatisfy { $0.scoreParts[p] == nil }
        }.map(\.element)
        guard !omitted.isEmpty else { return ScoreWeights(omitted: [], applied: weights) }
        let kept = ScorePart.allCases.enumerated().map { p, part in omitted.contains(part) ? 0 : weights[p] }
        let sum = kept.reduce(0, +)
        return ScoreWeights(omitted: omitted, applied: sum > 0 ? kept.map { $0 * 100 / sum } : kept)
    }

    /// Σ weight × part, an empty part counting 0 (§4.2).
    static func score(_ parts: [Double?], weights: ScoreWeights) -> Double {
        zip(weights.applied, parts).reduce(0) { $0 + $1.0 * ($1.1 ?? 0) }
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

    /// The most sites the 末位 list may hold (rules §4.2): `bottom_n`, and ⌈`bottom_share` × ranked
    /// sites⌉ worked out in whole numbers, so 0.07 × 100 is exactly 7.
    public static func bottomLimit(ranked: Int, config: ReviewConfig) -> Int {
        let share = (Int64(config.bottomShareMillionths) * Int64(ranked) + 999_999) / 1_000_000
        return min(config.bottomN, Int(share))
    }

    /// The 末位 list (rules §4.2), worst first: the lowest-ranked sites whose rounded score is below
    /// the mean of the ranked sites' rounded scores, at most `bottomLimit`. Exact: with scores in
    /// millionths of a point, r < Σr ÷ n is r × n < Σr, so a site exactly at the mean is not below it.
    static func bottomList(_ results: [SiteResult], config: ReviewConfig) -> [String] {
        let worstFirst = results.filter { $0.rank != nil }.sorted { $0.rank! > $1.rank! }
        let scores = worstFirst.map { roundedScore($0.score!) }
        let n = Int64(scores.count), sum = scores.reduce(0, +)
        let below = zip(worstFirst, scores).prefix { $0.1 * n < sum }
        return below.prefix(bottomLimit(ranked: scores.count, config: config)).map(\.0.site.id)
    }

    /// The twelve months of rules §4.3.
    static func monthlyResults(
        order: [Int], sites: [Site], tally: YearTally, logs: Logs, config: ReviewConfig, year: Int, asOf: Day
    ) -> [MonthResult] {
        let completion = monthlyCompletion(order: order, sites: sites, tally: tally, logs: logs, config: config, year: year, asOf: asOf)
        return (1...12).map { month in
            // A month that begins after the as-of date has not happened yet: every value empty.
            guard Day(year: year, month: month, day: 1)! <= asOf else {
                return MonthResult(month: month, meetingsByType: nil, lectures: nil, trainings: nil, inactiveSites: nil,
                                   completion: Array(repeating: nil, count: NormKey.allCases.count))
            }
            let monthEnd = Day.endOf(month: month, year: year)
            // A missing log's tally is empty, so the activity of the log that exists decides.
            var inactive = 0
            for s in order where sites[s].hasBranch(by: monthEnd) {
                let active = tally.lectures(site: s, month: month) > 0
                    || MeetingType.allCases.contains { $0.isOrganisationalLife && tally.meetings(site: s, month: month, type: $0) > 0 }
                if !active { inactive += 1 }
            }
            return MonthResult(
                month: month,
                meetingsByType: logs.meetings ? MeetingType.allCases.map { type in
                    sites.indices.reduce(0) { $0 + tally.meetings(site: $1, month: month, type: type) }
                } : nil,
                lectures: logs.lectures ? sites.indices.reduce(0) { $0 + tally.lectures(site: $1, month: month) } : nil,
                trainings: logs.trainings ? tally.trainings(month: month) : nil,
                // The as-of month is counted up to the as-of date: its inactive sites only once it is over.
                inactiveSites: (logs.meetings || logs.lectures) && monthEnd <= asOf ? inactive : nil,
                completion: completion[month - 1]
            )
        }
    }

    /// Each month's cumulative completion of each norm (rules §4.3), by month and `NormKey` order:
    /// the periods in scope that end by the month's end, and how many of them were met. Each
    /// site's periods are settled once and counted in the month they end; a month's figures
    /// are then the sums up to it: the periods in scope that end on or before its last day. A
    /// norm of a missing log has none.
    static func monthlyCompletion(
        order: [Int], sites: [Site], tally: YearTally, logs: Logs, config: ReviewConfig, year: Int, asOf: Day
    ) -> [[Double?]] {
        var completion = Array(repeating: [Double?](), count: 12)
        for key in NormKey.allCases {
            guard logs.has(key) else {
                for month in 0..<12 { completion[month].append(nil) }
                continue
            }
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
