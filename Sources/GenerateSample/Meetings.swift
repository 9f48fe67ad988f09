import Model
/// Valid oddities real exports carry, set per row.
struct Oddity: OptionSet {
    let rawValue: UInt8
    /// Counts typed in full-width digits (１２).
    static let fullWidth = Oddity(rawValue: 1)
    /// No record id.
    static let noID = Oddity(rawValue: 2)
    /// A line break inside the quoted topic (Alt+Enter in a cell).
    static let lineBreak = Oddity(rawValue: 4)
    /// Trailing empty cells dropped (topic and record id empty): a short row, a warning.
    static let short = Oddity(rawValue: 8)
}

/// Deliberate problems of the sample year (rules §2 rejects or warns about each).
enum Defect: UInt8 {
    case none
    case unknownSite       // a site code not in the register → rejected
    case impossibleDate    // 2017-02-30 → rejected
    case overAttendance    // 实到人数 > 应到人数 → warning
    case duplicateID       // the previous row exported twice → rejected
    case shortRow          // trailing cells dropped → warning
    case unknownType       // 支部会议 is no meeting type → rejected
    case emptyDate         // lectures: no date → rejected
    case yearLastDate      // lectures: 4/12/2017 → rejected
    case negativeCount     // trainings: 参训人数 -2 → rejected
    case endBeforeStart    // trainings: 结束日期 before 开始日期 → rejected
    case badStudents       // sites: 学生数 约1500 → warning
}

struct MeetingRow {
    var day: Day
    var seq: Int32
    var type: MType
    var label: UInt8
    var attendees: Int32 = -1
    var expected: Int32 = -1
    var topic: Int32 = -1
    var oddity: Oddity = []
    var defect: Defect = .none
    /// Made by the planner of the full 2016 (`year2016`), not by the year planner: the row takes
    /// the next 2016 record id but leaves the running number of the year planner's rows alone, so
    /// their ids do not depend on 2016.
    var fullYear2016 = false

    /// The sort key: date, then order of creation.
    var key: Int64 { Int64(day.packed) << 32 | Int64(seq) }
}

/// Builds one site's meeting rows: the year planner (`natural`, `bureau`) the year 2017 with a few
/// of December 2016 and of early January 2018; the 2016 planner (`year2016`) the rest of 2016.
struct MeetingPlanner {
    let site: Site
    let topics: Topics
    var rng: Rng
    var rows: [MeetingRow] = []
    private var seq: Int32 = 0

    init(site: Site, topics: Topics, seed: UInt64, stream: Stream? = nil) {
        self.site = site
        self.topics = topics
        rng = Rng(seed: seed, stream: stream ?? (site.isBureau ? .bureau : .meetings), index: site.index)
    }

    mutating func attendance(_ expected: Int) -> Int {
        guard expected > 0 else { return 0 }
        let absent = Int((Double(expected) * site.absence * 2 * rng.unit()).rounded())
        return max(0, expected - absent)
    }

    mutating func add(_ day: Day, _ type: MType, expected: Int?, label: UInt8? = nil, topic: Int32? = nil) {
        var row = MeetingRow(day: day, seq: seq, type: type, label: label ?? TypeLabel.primary(type))
        seq += 1
        if let e = expected {
            row.expected = Int32(e)
            row.attendees = type == .talk ? Int32(e) : Int32(attendance(e))
        }
        row.topic = topic ?? topics.pick(type, day, &rng)
        rows.append(row)
    }

    var partyDayLabel: UInt8 {
        site.usesActivityDayAlias ? TypeLabel.activityDay : TypeLabel.primary(.partyDay)
    }

    /// A day of the month, not before `from`.
    mutating func day(_ year: Int, _ month: Int, from: Day, workday: Bool = true) -> Day {
        let d = rng.day(year, month, workday: workday)
        if d >= from { return d }
        return rng.day(between: from, and: Day(year, month, daysIn(year, month)))
    }

    /// The monthly Party day: on the 28th as the site's habit has it, else another day.
    mutating func partyDay(_ year: Int, _ month: Int, from: Day) -> Day {
        let the28th = Day(year, month, 28)
        if rng.chance(site.onDay) && the28th >= from { return the28th }
        for _ in 0..<8 {
            let d = day(year, month, from: from)
            if d.day != 28 { return d }
        }
        return max(from, Day(year, month, 27))
    }

    /// The natural rhythm of a site, as its regularity implies.
    mutating func natural() {
        let s = site
        guard s.hasBranch else {
            let end = Day(2017, 12, 31)
            for _ in 0..<s.lowMeetings {
                let d = rng.day(between: Day(2017, 1, 3), and: end)
                if rng.chance(0.6) { add(d, .talk, expected: 2) } else { add(d, .other, expected: s.members > 0 ? s.members : nil) }
            }
            if let f = s.founded, f.year == 2018 {
                add(f, .branchGeneral, expected: s.members, topic: topics.founding)
            }
            return
        }
        let r = s.regularity, m = s.members
        let committee = min(m, m >= 7 ? 5 : 3)
        let groupSize = max(2, m / s.groups)
        let start = s.branchActiveFrom

        // December 2016.
        if s.existedIn2016 && rng.chance(0.35) {
            for _ in 0..<rng.int(1, 3) {
                switch rng.below(4) {
                case 0: add(day(2016, 12, from: Day(2016, 12, 1)), .branchCommittee, expected: committee)
                case 1: add(partyDay(2016, 12, from: Day(2016, 12, 1)), .partyDay, expected: m, label: partyDayLabel)
                case 2: add(day(2016, 12, from: Day(2016, 12, 1)), .partyGroup, expected: groupSize)
                default: add(day(2016, 12, from: Day(2016, 12, 1)), .orgLife, expected: m)
                }
            }
        }
        if start.year == 2017 && start > Day(2017, 1, 1) {
            add(start, .branchGeneral, expected: m, topic: topics.founding)
        }
        for q in 0..<4 {
            let qEnd = Day(2017, 3 * q + 3, daysIn(2017, 3 * q + 3))
            guard qEnd >= start, rng.chance(min(0.99, r + 0.06)) else { continue }
            let qStart = max(start, Day(2017, 3 * q + 1, 1))
            for _ in 0..<(rng.chance(0.15) ? 2 : 1) {
                add(rng.day(between: qStart, and: qEnd), .branchGeneral, expected: m)
            }
        }
        for month in start.month...12 {
            if rng.chance(r) {
                for _ in 0..<(rng.chance(0.5) ? 2 : 1) { add(day(2017, month, from: start), .branchCommittee, expected: committee) }
            }
            if rng.chance(r) {
                for _ in 0..<s.groups where rng.chance(0.9) {
                    for _ in 0..<(rng.chance(0.5) ? 2 : 1) { add(day(2017, month, from: start), .partyGroup, expected: groupSize) }
                }
            }
            if rng.chance(min(0.99, r + 0.03)) {
                add(partyDay(2017, month, from: start), .partyDay, expected: m, label: partyDayLabel)
            }
        }
        // 组织生活会 and 民主评议党员: for 2016 early in 2017, or for 2017 in December.
        let early = s.existedIn2016 && rng.chance(0.7)
        var lifeDay: Day? = nil
        if rng.chance(0.55 + 0.45 * r) {
            let d = early ? rng.day(between: Day(2017, 1, 5), and: Day(2017, 2, 24)) : rng.day(between: Day(2017, 12, 8), and: Day(2017, 12, 29))
            lifeDay = d
            add(d, .orgLife, expected: m)
        }
        if rng.chance(0.5 + 0.48 * r) {
            let d: Day
            if let l = lifeDay, rng.chance(0.6) { d = l } else {
                d = early ? rng.day(between: Day(2017, 1, 5), and: Day(2017, 2, 24)) : rng.day(between: Day(2017, 12, 8), and: Day(2017, 12, 29))
            }
            add(d, .democraticReview, expected: m)
        }
        let talks = min(60, Int(Double(m) * rng.uniform(0.6, 1.6) * r))
        for _ in 0..<talks { add(rng.day(between: start, and: Day(2017, 12, 31)), .talk, expected: 2) }
        for _ in 0..<rng.int(1, 8) { add(rng.day(between: start, and: Day(2017, 12, 31)), .other, expected: m) }
        // Early January 2018, before the export.
        if rng.chance(0.25) {
            for _ in 0..<rng.int(1, 2) {
                let d = rng.day(between: Day(2018, 1, 2), and: Day(2018, 1, 15))
                if rng.chance(0.5) { add(d, .branchCommittee, expected: committee) } else { add(d, .partyGroup, expected: groupSize) }
            }
        }
    }

    /// Scale mode: pads the rhythm with further meetings of 2017, or keeps a random subset, to
    /// exactly `budget` rows.
    mutating func fit(to budget: Int) {
        if rows.count > budget {
            let keep = rng.choose(budget, of: rows.count)
            rows = keep.map { rows[$0] }
            return
        }
        let m = site.members
        let committee = min(m, m >= 7 ? 5 : 3)
        let groupSize = max(2, m / max(1, site.groups))
        let start = site.branchActiveFrom, end = Day(2017, 12, 31)
        while rows.count < budget {
            let d = rng.day(between: start, and: end)
            let x = rng.below(100)
            if x < 45 { add(d, .partyGroup, expected: groupSize) }
            else if x < 70 { add(d, .talk, expected: 2) }
            else if x < 82 { add(d, .branchCommittee, expected: committee) }
            else if x < 92 { add(d, .other, expected: m) }
            else { add(partyDay(2017, d.month, from: start), .partyDay, expected: m, label: partyDayLabel) }
        }
    }

    /// Sorts by date and marks the valid oddities of real exports.
    mutating func finish(mess: Bool, scale: Bool) {
        rows.sort { $0.key < $1.key }
        guard mess && !site.isBureau else { return }
        for i in rows.indices {
            var o: Oddity = []
            if rng.chance(0.002) { o.insert(.fullWidth) }
            if rng.chance(0.003) { o.insert(.noID) }
            if rng.chance(0.01) { rows[i].attendees = -1; rows[i].expected = -1 }
            if rng.chance(0.015) { rows[i].topic = -1 }
            if rows[i].topic >= 0 && rng.chance(scale ? 0.001 : 0.0005) { o.insert(.lineBreak) }
            if scale && rng.chance(0.001) { o = [.short]; rows[i].topic = -1 }
            rows[i].oddity = o
        }
    }

    /// Applies a deliberate problem of the sample to a suitable row; returns the row's index.
    mutating func apply(_ defect: Defect) -> Int {
        precondition(!rows.isEmpty)
        func clean(_ i: Int) { rows[i].oddity = []; if rows[i].topic < 0 { rows[i].topic = topics.pick(rows[i].type, rows[i].day, &rng) } }
        let in2017 = rows.indices.filter { rows[$0].day.year == 2017 }
        let middle = in2017.isEmpty ? rows.count / 2 : in2017[in2017.count / 2]
        switch defect {
        case .impossibleDate:
            let i = rows.firstIndex { $0.day.year == 2017 && $0.day.month == 2 } ?? middle
            clean(i)
            rows[i].defect = defect
            return i
        case .overAttendance:
            let i = rows.firstIndex { $0.day.year == 2017 && $0.expected >= 5 && ($0.type == .partyDay || $0.type == .branchGeneral) }
                ?? rows.firstIndex { $0.expected >= 2 } ?? middle
            clean(i)
            if rows[i].expected < 0 { rows[i].expected = 10 }
            rows[i].attendees = rows[i].expected + 2
            rows[i].defect = defect
            return i
        case .duplicateID:
            let i = in2017.isEmpty ? middle : in2017[in2017.count / 3]
            clean(i)
            var copy = rows[i]
            copy.defect = .duplicateID
            rows.insert(copy, at: i + 1)
            return i + 1
        case .shortRow:
            let i = in2017.isEmpty ? middle : in2017[in2017.count * 2 / 3]
            rows[i].oddity = [.short]
            rows[i].topic = -1
            if rows[i].expected < 0 { rows[i].expected = Int32(max(1, site.members)); rows[i].attendees = rows[i].expected }
            rows[i].defect = defect
            return i
        default:
            clean(middle)
            rows[middle].defect = defect
            return middle
        }
    }
}

extension MeetingPlanner {
    /// The bureau's own log: exactly the counts of the year-end report. 2017: 7 党委会, 11 专题会,
    /// 12 专题学习研讨 (4 written 中心组学习), 43 调研 (visits to schools); 2016: 6, 9, 10, 35;
    /// two meetings of early January 2018.
    mutating func bureau(schools: [Site]) {
        func months(_ k: Int) -> [Int] { rng.choose(k, of: 12).map { $0 + 1 } }
        for (year, committees, specials, studies, visits) in [(2016, 6, 9, 10, 35), (2017, 7, 11, 12, 43)] {
            for m in months(committees) { addBureau(rng.day(year, m, workday: true), .partyCommittee, expected: 9) }
            for m in months(specials) { addBureau(rng.day(year, m, workday: true), .specialMeeting, expected: rng.int(15, 25)) }
            let centreGroup = Set(rng.choose(4, of: studies))
            for (k, m) in months(studies).enumerated() {
                addBureau(rng.day(year, m, workday: true), .studySession, expected: 15,
                          label: centreGroup.contains(k) ? TypeLabel.centreGroup : nil)
            }
            // Visits during term time, to distinct schools where there are enough.
            var visited = rng.choose(min(visits, schools.count), of: schools.count).map { schools[$0] }
            while visited.count < visits { visited.append(rng.pick(schools)) }
            rng.shuffle(&visited)
            for school in visited {
                var d: Day
                repeat {
                    d = rng.day(between: Day(year, 2, 20), and: Day(year, 12, 25))
                } while d.isWeekend || (d.month == 7 && d.day > 10) || d.month == 8
                let text = rng.chance(0.5) ? "赴\(school.name)调研党建工作"
                    : school.privately ? "到\(school.name)调研指导民办学校党组织建设" : "到\(school.name)调研基层党组织标准化建设"
                addBureau(d, .visit, expected: nil, label: rng.chance(0.3) ? TypeLabel.visitGuidance : nil, topic: topics.add(text))
            }
        }
        addBureau(rng.day(2018, 1, workday: true, from: 4, to: 12), .partyCommittee, expected: 9)
        addBureau(rng.day(2018, 1, workday: true, from: 4, to: 12), .studySession, expected: 15)
    }

    private mutating func addBureau(_ d: Day, _ type: MType, expected: Int?, label: UInt8? = nil, topic: Int32? = nil) {
        var row = MeetingRow(day: d, seq: seq, type: type, label: label ?? TypeLabel.primary(type))
        seq += 1
        if let e = expected {
            row.expected = Int32(e)
            row.attendees = Int32(max(e - 3, e - rng.below(3)))
        }
        row.topic = topic ?? topics.pick(type, d, &rng)
        rows.append(row)
    }
}
