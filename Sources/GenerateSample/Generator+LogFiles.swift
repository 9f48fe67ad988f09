import Foundation
import Model

/// The three activity logs: meetings.csv, lectures.csv and trainings.csv, with the deliberate
/// problems of sample mode.
extension Generator {
    // MARK: meetings.csv

    /// Meeting budgets of scale mode: the bureau and the sites without a branch keep their natural
    /// rows; the rest of `total` is shared among the branch sites by party members.
    func budgets(total: Int, fixed: (Site) -> Int, weight: (Site) -> Int) -> [Int?] {
        var budgets: [Int?] = Array(repeating: nil, count: sites.count)
        var rest = total
        var weights: [(Int, Int)] = []
        for s in sites {
            if s.isBureau || !s.hasBranch { rest -= fixed(s) } else { weights.append((s.index, weight(s))) }
        }
        let shares = SitePlanner.apportion(weights.map { $0.1 }, total: max(0, rest))
        for (k, (i, _)) in weights.enumerated() { budgets[i] = shares[k] }
        return budgets
    }

    mutating func writeMeetings() throws {
        var w = try CSVWriter(path: options.out + "/meetings.csv")
        w.header(LogSchema.columns(.meetings).map(\.alias))
        var bureau = MeetingPlanner(site: sites[0], topics: topics, seed: options.seed)
        bureau.bureau(schools: Array(sites.dropFirst()))
        bureau.finish(mess: false, scale: false)
        var budgets: [Int?] = Array(repeating: nil, count: sites.count)
        if let total = options.meetingRows {
            let bureauRows = bureau.rows.count
            budgets = self.budgets(total: total, fixed: { [topics, seed = options.seed] s in
                if s.isBureau { return bureauRows }
                var p = MeetingPlanner(site: s, topics: topics, seed: seed)
                p.natural()
                return p.rows.count
            }, weight: { $0.members + 5 })
        }
        var numbers = RecordNumbers()
        write(bureau.rows, of: sites[0], to: &w, numbers: &numbers)
        for s in sites.dropFirst() {
            var p = MeetingPlanner(site: s, topics: topics, seed: options.seed)
            p.natural()
            if let b = budgets[s.index] { p.fit(to: b) }
            p.finish(mess: mess, scale: options.isScale)
            for (site, defect) in meetingDefects where site == s.index { _ = p.apply(defect) }
            if options.isScale {
                write(p.rows, of: s, to: &w, numbers: &numbers)
            } else {
                var previous = MeetingPlanner(previousYearOf: s, topics: topics, seed: options.seed)
                previous.year2016(besides: p.rows)
                previous.finish(mess: mess, scale: false)
                write(merged(p.rows, previous.rows, day: \.day), of: s, to: &w, numbers: &numbers)
            }
        }
        summary.rows.append(("meetings.csv", w.records))
        try w.close()
    }

    private static let lineBreakNote: [UInt8] = Array("\n（会后补记）".utf8)

    /// The numbers of the record ids (`M2017-000123`), in the order rows are written: 2016's rows
    /// are numbered apart; the other rows take a running number over the year planner's rows,
    /// its December 2016 rows included, so they keep their ids whatever 2016 holds.
    struct RecordNumbers {
        var running = 0
        var of2016 = 0
        /// The id written last: a duplicated row repeats it.
        var last = (year: 0, number: 0)

        mutating func next(for row: MeetingRow) -> (year: Int, number: Int) {
            if !row.fullYear2016 { running += 1 }
            if row.day.year == 2016 { of2016 += 1 }
            last = (row.day.year, row.day.year == 2016 ? of2016 : running)
            return last
        }
    }

    mutating func write(_ rows: [MeetingRow], of s: Site, to w: inout CSVWriter, numbers: inout RecordNumbers) {
        let style = mess ? s.dateStyle : .iso
        for row in rows {
            let line = w.line
            if row.defect == .impossibleDate { w.text("2017-02-30") } else { w.date(row.day, style) }
            if row.defect == .unknownSite { w.text(unknownCode) } else { w.text(s.idBytes) }
            if row.defect == .unknownType { w.text("支部会议") } else { w.text(TypeLabel.texts[Int(row.label)]) }
            let fw = row.oddity.contains(.fullWidth)
            w.count(row.attendees, fullWidth: fw)
            w.count(row.expected, fullWidth: fw)
            if !row.oddity.contains(.short) {
                if row.topic < 0 {
                    w.empty()
                } else if row.oddity.contains(.lineBreak) {
                    w.text(topics.bytes[Int(row.topic)] + Generator.lineBreakNote)
                } else {
                    w.text(topics.bytes[Int(row.topic)])
                }
                if row.oddity.contains(.noID) {
                    w.empty()
                } else if row.defect == .duplicateID {
                    w.recordID(prefix: 0x4D, year: numbers.last.year, sequence: numbers.last.number)
                } else {
                    let id = numbers.next(for: row)
                    w.recordID(prefix: 0x4D, year: id.year, sequence: id.number)
                }
            }
            w.endRecord()
            switch row.defect {
            case .none: break
            case .unknownSite:
                note("meetings.csv", line, "单位编码 \(unknownCode) is not in the register (rejected: unknown site_id; the row belongs to \(s.id))")
            case .impossibleDate:
                note("meetings.csv", line, "\(s.id) 日期 2017-02-30 does not exist (rejected: bad date)")
            case .overAttendance:
                note("meetings.csv", line, "\(s.id) 实到人数 \(row.attendees) > 应到人数 \(row.expected) (warning; row kept)")
            case .duplicateID:
                let last = numbers.last
                let id = "M\(last.year)-" + String(repeating: "0", count: max(0, 6 - String(last.number).count)) + String(last.number)
                note("meetings.csv", line, "\(s.id) 记录编号 \(id) repeats the row above, exported twice (rejected: duplicate record_id)")
            case .shortRow:
                note("meetings.csv", line, "\(s.id) short row: 5 of 7 fields, the empty 主题 and 记录编号 dropped (warning: padded; row kept)")
            case .unknownType:
                note("meetings.csv", line, "\(s.id) 会议类型 支部会议 is no meeting type (rejected: unknown type)")
            default: break
            }
        }
    }

    // MARK: lectures.csv

    mutating func writeLectures() throws {
        var w = try CSVWriter(path: options.out + "/lectures.csv")
        w.header(LogSchema.columns(.lectures).map(\.alias))
        var bureau = LecturePlanner(site: sites[0], topics: topics, seed: options.seed)
        bureau.bureau()
        bureau.finish(mess: false)
        var budgets: [Int?] = Array(repeating: nil, count: sites.count)
        if let total = options.meetingRows {
            let bureauRows = bureau.rows.count
            budgets = self.budgets(total: Int((Double(total) * lecturesPerMeeting).rounded()), fixed: { [topics, seed = options.seed] s in
                if s.isBureau { return bureauRows }
                var p = LecturePlanner(site: s, topics: topics, seed: seed)
                p.natural()
                return p.rows.count
            }, weight: { $0.members + 5 })
        }
        write(bureau.rows, of: sites[0], to: &w)
        for s in sites.dropFirst() {
            var p = LecturePlanner(site: s, topics: topics, seed: options.seed)
            p.natural()
            if let b = budgets[s.index] { p.fit(to: b) }
            p.finish(mess: mess)
            for (site, defect) in lectureDefects where site == s.index { _ = p.apply(defect) }
            if options.isScale {
                write(p.rows, of: s, to: &w)
            } else {
                var previous = LecturePlanner(previousYearOf: s, topics: topics, seed: options.seed)
                previous.year2016(besides: p.rows)
                previous.finish(mess: mess)
                write(merged(p.rows, previous.rows, day: \.day), of: s, to: &w)
            }
        }
        summary.rows.append(("lectures.csv", w.records))
        try w.close()
    }

    mutating func write(_ rows: [LectureRow], of s: Site, to w: inout CSVWriter) {
        let style = mess ? s.dateStyle : .iso
        for row in rows {
            let line = w.line
            switch row.defect {
            case .emptyDate: w.empty()
            case .yearLastDate: w.text("\(row.day.month)/\(row.day.day)/\(row.day.year)")
            default: w.date(row.day, style)
            }
            w.text(s.idBytes)
            w.text(row.lecturer)
            w.text(LecturePlanner.roles[Int(row.role)])
            w.int(Int(row.audience), fullWidth: row.fullWidth)
            w.tenths(row.hoursTenths)
            if row.topic < 0 { w.empty() } else { w.text(topics.bytes[Int(row.topic)]) }
            w.endRecord()
            switch row.defect {
            case .emptyDate:
                note("lectures.csv", line, "\(s.id) 日期 empty (rejected: missing required date)")
            case .yearLastDate:
                note("lectures.csv", line, "\(s.id) 日期 \(row.day.month)/\(row.day.day)/\(row.day.year) has the year last (rejected: ambiguous date)")
            default: break
            }
        }
    }

    // MARK: trainings.csv

    mutating func writeTrainings() throws {
        var w = try CSVWriter(path: options.out + "/trainings.csv")
        w.header(LogSchema.columns(.trainings).map(\.alias))
        var written = 0
        if !options.isScale {
            var rng = Rng(seed: options.seed, stream: .trainings2016)
            for t in Training.previousYear(plain: options.plain) { write(t, &rng, to: &w, written: &written, cap: nil) }
        }
        var rng = Rng(seed: options.seed, stream: .trainings)
        var trainings = Training.standard(plain: options.plain)
        let target = options.meetingRows.map { Int((Double($0) * trainingRowsPerMeeting).rounded()) }
        var k = 0
        while k < trainings.count {
            write(trainings[k], &rng, to: &w, written: &written, cap: k >= 5 ? target : nil)
            k += 1
            if k == trainings.count, let target, written < target, sites.count > 1 {
                trainings.append(Training.extra(k - 5, &rng))
            }
        }
        summary.rows.append(("trainings.csv", w.records))
        try w.close()
    }

    /// A training's rows: one per participating site, and a bureau-wide one where it has one;
    /// the site rows stop once `written` reaches `cap`.
    mutating func write(_ t: Training, _ rng: inout Rng, to w: inout CSVWriter, written: inout Int, cap: Int?) {
        var row = 0
        for s in sites.dropFirst() where t.eligible(s) && rng.chance(t.participation) {
            if let cap, written >= cap { break }
            row += 1
            var participants = rng.int(t.participants.lowerBound, t.participants.upperBound)
            if t.target == .secretary && s.branches >= 2 { participants = s.branches }
            var defect = Defect.none
            for d in trainingDefects where d.training == t.id && d.row == row { defect = d.defect }
            let line = w.line
            w.text(t.id)
            w.text(t.title)
            w.date(t.start, t.style)
            if defect == .endBeforeStart {
                let wrong = Day(t.end.year, t.end.month - 1, t.end.day)
                w.date(wrong, t.style)
                note("trainings.csv", line, "\(t.id) \(s.id) 结束日期 \(wrong.text(t.style)) before 开始日期 \(t.start.text(t.style)) (rejected: end before start)")
            } else {
                w.date(t.end, t.style)
            }
            w.text(s.idBytes)
            if defect == .negativeCount {
                w.int(-2)
                note("trainings.csv", line, "\(t.id) \(s.id) 参训人数 -2 (rejected: negative count in a required column)")
            } else {
                w.int(participants, fullWidth: mess && rng.chance(0.003))
            }
            w.tenths(t.hoursTenths)
            w.text(t.target.chineseName)
            w.endRecord()
            written += 1
        }
        if let n = t.bureauWide {
            w.text(t.id); w.text(t.title); w.date(t.start, t.style); w.date(t.end, t.style)
            w.empty(); w.int(n); w.tenths(t.hoursTenths); w.text(t.target.chineseName)
            w.endRecord()
            written += 1
        }
    }
}
