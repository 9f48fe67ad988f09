import Model
struct LectureRow {
    var day: Day
    var seq: Int32
    var lecturer: String
    /// Index into `LecturePlanner.roles`.
    var role: UInt8
    var audience: Int32
    var hoursTenths: Int
    var topic: Int32
    var fullWidth = false
    var defect: Defect = .none
}

/// Builds one site's Party lectures (党课): about one a quarter, given mostly by the secretary.
struct LecturePlanner {
    /// The 主讲人身份 cells: each role's Chinese name in `LecturerRole` order, then an empty cell (read as other).
    static let roles: [[UInt8]] = (LecturerRole.allCases.map(\.chineseName) + [""]).map { Array($0.utf8) }
    let site: Site
    let topics: Topics
    var rng: Rng
    var rows: [LectureRow] = []
    private var seq: Int32 = 0

    init(site: Site, topics: Topics, seed: UInt64, stream: Stream = .lectures) {
        self.site = site
        self.topics = topics
        rng = Rng(seed: seed, stream: stream, index: site.index)
    }

    mutating func add(_ d: Day, role: UInt8? = nil) {
        let r = role ?? {
            let x = rng.below(100)
            return x < 55 ? 0 : x < 75 ? 1 : x < 90 ? 2 : x < 97 ? 3 : (rng.chance(0.35) ? 5 : 4)
        }()
        let lecturer: String
        switch r {
        case 0: lecturer = site.secretary
        case 1: lecturer = rng.pick(site.leaders)
        default: lecturer = Names.person(&rng)
        }
        let m = max(1, site.members)
        let absent = Int((Double(m) * site.absence * 2 * rng.unit()).rounded())
        var audience = max(1, m - absent)
        if rng.chance(0.3) { audience += rng.int(1, 8) }   // 入党积极分子 attend too
        let x = rng.below(10)
        rows.append(LectureRow(day: d, seq: seq, lecturer: lecturer, role: r, audience: Int32(audience),
                               hoursTenths: x < 5 ? 10 : x < 7 ? 15 : 20,
                               topic: topics.pick(kind: Topics.lectureKind, d, &rng)))
        seq += 1
    }

    mutating func natural() {
        let s = site
        guard s.hasBranch else {
            for _ in 0..<s.lowLectures { add(rng.day(between: Day(2017, 3, 1), and: Day(2017, 12, 20)), role: 4) }
            return
        }
        let start = s.branchActiveFrom
        if s.existedIn2016 && rng.chance(0.12) { add(rng.day(2016, 12, workday: true)) }
        for q in 0..<4 {
            let qEnd = Day(2017, 3 * q + 3, daysIn(2017, 3 * q + 3))
            guard qEnd >= start, rng.chance(min(0.98, s.regularity + 0.08)) else { continue }
            let qStart = max(start, Day(2017, 3 * q + 1, 1))
            for _ in 0..<(rng.chance(0.2) ? 2 : 1) { add(rng.day(between: qStart, and: qEnd)) }
        }
        if rng.chance(0.08) { add(rng.day(2018, 1, workday: true, from: 2, to: 15)) }
    }

    /// The bureau: its secretary's lectures (2016: 5, 2017: exactly 6) and a few by its leaders.
    mutating func bureau() {
        for (year, bySecretary, byLeaders) in [(2016, 5, 2), (2017, 6, 3)] {
            var months = rng.choose(bySecretary + byLeaders, of: 11).map { $0 + 1 }
            rng.shuffle(&months)
            for (k, m) in months.enumerated() {
                let d = rng.day(year, m, workday: true)
                let secretary = k < bySecretary
                rows.append(LectureRow(day: d, seq: seq, lecturer: secretary ? site.secretary : site.leaders[k % site.leaders.count],
                                       role: secretary ? 0 : 1, audience: Int32(rng.int(60, 220)), hoursTenths: 20,
                                       topic: topics.pick(kind: Topics.bureauLectureKind, d, &rng)))
                seq += 1
            }
        }
    }

    /// Scale mode: further lectures of 2017, or a random subset, to exactly `budget` rows.
    mutating func fit(to budget: Int) {
        if rows.count > budget {
            rows = rng.choose(budget, of: rows.count).map { rows[$0] }
            return
        }
        while rows.count < budget {
            add(rng.day(between: site.branchActiveFrom, and: Day(2017, 12, 29)))
        }
    }

    mutating func finish(mess: Bool) {
        rows.sort { ($0.day, $0.seq) < ($1.day, $1.seq) }
        guard mess && !site.isBureau else { return }
        for i in rows.indices where rng.chance(0.003) { rows[i].fullWidth = true }
    }

    mutating func apply(_ defect: Defect) -> Int {
        if rows.isEmpty { add(rng.day(2017, 5, workday: true)) }
        let in2017 = rows.indices.filter { rows[$0].day.year == 2017 }
        let i = in2017.isEmpty ? 0 : in2017[in2017.count / 2]
        rows[i].defect = defect
        rows[i].fullWidth = false
        return i
    }
}
