import Model
/// The sample's previous year, 2016, in full: every site that had a branch then holds its 2016
/// meetings and lectures, a little less regularly than in 2017. It is planned after the year
/// planner's rows of the site and from streams of its own, so the rows of 2017 and early 2018
/// are the same with or without it. Sample mode only: scale mode writes the year planner's rows.

extension Site {
    /// The site as it ran in 2016: less regular than in 2017 (a demonstration site hardly so), more
    /// often off the Party day's date, a little more often absent. Drawn from the site's own stream,
    /// so its 2016 meetings and lectures see the same site.
    func in2016(seed: UInt64) -> Site {
        var rng = Rng(seed: seed, stream: .sites2016, index: index)
        var s = self
        s.regularity = max(0.15, regularity - (demo == .none ? rng.uniform(0.02, 0.12) : rng.uniform(0, 0.04)))
        s.onDay = max(0, onDay - rng.uniform(0, 0.12))
        s.absence = absence * rng.uniform(1, 1.3)
        return s
    }

    /// The first day of 2016 the branch was active.
    var branchActiveFrom2016: Day {
        if let f = founded, f.year == 2016 { return f }
        return Day(2016, 1, 1)
    }
}

/// Interleaves a site's 2016 rows with the year planner's rows, in date order. All the former are
/// of 2016, so the latter keep their order (on a day holding both, the year planner's come first).
func merged<Row>(_ year: [Row], _ previous: [Row], day: (Row) -> Day) -> [Row] {
    var out: [Row] = []
    out.reserveCapacity(year.count + previous.count)
    var j = 0
    for row in year {
        while j < previous.count && day(previous[j]) < day(row) {
            out.append(previous[j])
            j += 1
        }
        out.append(row)
    }
    out += previous[j...]
    return out
}

extension MeetingPlanner {
    init(previousYearOf site: Site, topics: Topics, seed: UInt64) {
        self.init(site: site.in2016(seed: seed), topics: topics, seed: seed, stream: .meetings2016)
    }

    /// The site's 2016 around `year`, the year planner's rows of the site. Those of December 2016
    /// are that month's: a norm they meet is not met again. Its 组织生活会 and 民主评议党员 of
    /// January and February 2017 review 2016: a site that holds them early did so in early 2016
    /// too (for 2015), one that holds them in December held 2016's in December 2016.
    mutating func year2016(besides year: [MeetingRow]) {
        defer { for i in rows.indices { rows[i].fullYear2016 = true } }
        let s = site
        let end = Day(2016, 12, 31)
        guard s.existedIn2016 else {
            // A branch founded in 2017 met in a joint branch before; a site without a branch
            // logs a few talks and other meetings, as in 2017.
            guard !s.hasBranch else { return }
            for _ in 0..<rng.int(0, s.lowMeetings) {
                let d = rng.day(between: Day(2016, 1, 4), and: end)
                if rng.chance(0.6) { add(d, .talk, expected: 2) } else { add(d, .other, expected: s.members > 0 ? s.members : nil) }
            }
            return
        }
        let r = s.regularity, m = s.members
        let committee = min(m, m >= 7 ? 5 : 3)
        let groupSize = max(2, m / s.groups)
        let founded = s.branchActiveFrom2016
        // The branch's year begins after the New Year holiday.
        let start = max(founded, Day(2016, 1, 4))
        let december = Set(year.lazy.filter { $0.day.year == 2016 }.map(\.type))
        let early = year.contains { ($0.type == .orgLife || $0.type == .democraticReview) && $0.day < Day(2017, 3, 1) }

        if founded > Day(2016, 1, 1) {
            add(founded, .branchGeneral, expected: m, topic: topics.founding)
        }
        if early && (s.founded.map { $0 < Day(2015, 12, 1) } ?? true) {
            annualMeetings(from: Day(2016, 1, 5), to: Day(2016, 2, 26), regularity: r, held: [])
        }
        for q in 0..<4 {
            let qEnd = Day(2016, 3 * q + 3, daysIn(2016, 3 * q + 3))
            guard qEnd >= start, rng.chance(min(0.99, r + 0.06)) else { continue }
            let qStart = max(start, Day(2016, 3 * q + 1, 1))
            for _ in 0..<(rng.chance(0.15) ? 2 : 1) {
                add(rng.day(between: qStart, and: qEnd), .branchGeneral, expected: m)
            }
        }
        for month in start.month...12 {
            let held: Set<MType> = month == 12 ? december : []
            if !held.contains(.branchCommittee) && rng.chance(r) {
                for _ in 0..<(rng.chance(0.5) ? 2 : 1) { add(day(2016, month, from: start), .branchCommittee, expected: committee) }
            }
            if !held.contains(.partyGroup) && rng.chance(r) {
                for _ in 0..<s.groups where rng.chance(0.9) {
                    for _ in 0..<(rng.chance(0.5) ? 2 : 1) { add(day(2016, month, from: start), .partyGroup, expected: groupSize) }
                }
            }
            if !held.contains(.partyDay) && rng.chance(min(0.99, r + 0.03)) {
                add(partyDay(2016, month, from: start), .partyDay, expected: m, label: partyDayLabel)
            }
        }
        if !early && start <= Day(2016, 12, 29) {
            annualMeetings(from: max(start, Day(2016, 12, 5)), to: Day(2016, 12, 29), regularity: r, held: december)
        }
        let talks = min(60, Int(Double(m) * rng.uniform(0.5, 1.4) * r))
        for _ in 0..<talks { add(rng.day(between: start, and: end), .talk, expected: 2) }
        for _ in 0..<rng.int(1, 7) { add(rng.day(between: start, and: end), .other, expected: m) }
    }

    /// A year's 组织生活会 and 民主评议党员 (often on one day), each unless `held` has it already;
    /// a 组织生活会 less often than in 2017.
    private mutating func annualMeetings(from a: Day, to b: Day, regularity r: Double, held: Set<MType>) {
        let m = site.members
        var lifeDay: Day? = nil
        if !held.contains(.orgLife) && rng.chance(0.35 + 0.45 * r) {
            let d = rng.day(between: a, and: b)
            lifeDay = d
            add(d, .orgLife, expected: m)
        }
        if !held.contains(.democraticReview) && rng.chance(0.5 + 0.48 * r) {
            var d = rng.day(between: a, and: b)
            if let l = lifeDay, rng.chance(0.6) { d = l }
            add(d, .democraticReview, expected: m)
        }
    }
}

extension LecturePlanner {
    init(previousYearOf site: Site, topics: Topics, seed: UInt64) {
        self.init(site: site.in2016(seed: seed), topics: topics, seed: seed, stream: .lectures2016)
    }

    /// The site's lectures of 2016 around `year`, the year planner's rows of the site: a lecture
    /// of December 2016 among them is the last quarter's.
    mutating func year2016(besides year: [LectureRow]) {
        let s = site
        guard s.existedIn2016 else {
            if !s.hasBranch && s.lowLectures > 0 && rng.chance(0.6) {
                add(rng.day(between: Day(2016, 3, 1), and: Day(2016, 12, 20)), role: 4)
            }
            return
        }
        let start = s.branchActiveFrom2016
        let december = year.contains { $0.day.year == 2016 }
        for q in 0..<(december ? 3 : 4) {
            let qEnd = Day(2016, 3 * q + 3, daysIn(2016, 3 * q + 3))
            guard qEnd >= start, rng.chance(min(0.98, s.regularity + 0.08)) else { continue }
            let qStart = max(start, Day(2016, 3 * q + 1, 1))
            for _ in 0..<(rng.chance(0.2) ? 2 : 1) { add(rng.day(between: qStart, and: qEnd)) }
        }
    }
}
