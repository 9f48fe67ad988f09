import Foundation
import Model

struct Options {
    var out = "Inputs"
    var seed: UInt64 = 2017
    var sites: Int? = nil
    var meetingRows: Int? = nil
    var plain = false

    var isScale: Bool { sites != nil || meetingRows != nil }
    var siteCount: Int { sites ?? 300 }
}

/// A deliberate problem as written: file, physical line, what.
struct WrittenProblem {
    var file: String
    var line: Int
    var what: String
}

struct Summary {
    var rows: [(file: String, count: Int)] = []
    var problems: [WrittenProblem] = []
}

/// Scale mode writes lectures and training rows in the proportions of the sample year.
let lecturesPerMeeting = 0.045
let trainingRowsPerMeeting = 0.030

struct Generator {
    let options: Options
    let topics = Topics()
    var sites: [Site] = []
    var summary = Summary()
    /// Sample mode: which sites carry which deliberate problem.
    var meetingDefects: [(site: Int, defect: Defect)] = []
    var lectureDefects: [(site: Int, defect: Defect)] = []
    var trainingDefects: [(training: String, row: Int, defect: Defect)] = []
    var unknownCode = ""

    init(options: Options) {
        self.options = options
    }

    var mess: Bool { !options.plain }

    mutating func run() throws -> Summary {
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        var planner = SitePlanner(seed: options.seed, count: options.siteCount)
        sites = planner.plan()
        let width = sites.count > 1 ? sites[1].id.count - 1 : 4
        let digits = String(options.siteCount + 10)
        unknownCode = "S" + String(repeating: "0", count: max(0, width - digits.count)) + digits
        if !options.isScale && !options.plain { planProblems() }
        try writeSites()
        try writeMeetings()
        try writeLectures()
        try writeTrainings()
        try writeReadme()
        return summary
    }

    // MARK: deliberate problems (sample mode)

    mutating func planProblems() {
        var rng = Rng(seed: options.seed, stream: .problems)
        let steady = (1..<sites.count).filter { sites[$0].existedIn2016 && !sites[$0].bottom && sites[$0].regularity > 0.8 && sites[$0].members >= 8 }
        let picks = rng.choose(9, of: steady.count).map { steady[$0] }
        var order = picks
        rng.shuffle(&order)
        let meetingKinds: [Defect] = [.duplicateID, .impossibleDate, .unknownSite, .overAttendance, .unknownType, .shortRow]
        for (k, d) in meetingKinds.enumerated() { meetingDefects.append((order[k], d)) }
        meetingDefects.sort { $0.site < $1.site }
        lectureDefects = [(order[6], .emptyDate), (order[7], .yearLastDate)].sorted { $0.site < $1.site }
        sites[order[8]].studentsOverride = "约\(((sites[order[8]].students ?? 1500) + 50) / 100 * 100)"
        trainingDefects = [("T2017-01", rng.int(20, 120), .endBeforeStart), ("T2017-02", rng.int(20, 120), .negativeCount)]
    }

    mutating func note(_ file: String, _ line: Int, _ what: String) {
        summary.problems.append(WrittenProblem(file: file, line: line, what: what))
    }

    // MARK: sites.csv

    mutating func writeSites() throws {
        var w = try CSVWriter(path: options.out + "/sites.csv")
        w.header(LogSchema.columns(.sites).map(\.alias))
        var rng = Rng(seed: options.seed, stream: .sites, index: 1)
        for s in sites {
            w.text(s.idBytes)
            w.text(s.name)
            w.text((s.rural ? SiteLocale.rural : .urban).chineseName)
            w.text((s.privately ? Ownership.private : .public).chineseName)
            w.text((s.level?.schoolLevel ?? .bureau).chineseName)
            w.text(s.district)
            let line = w.line
            if let raw = s.studentsOverride {
                w.text(raw)
                note("sites.csv", line, "\(s.id) 学生数 `\(raw)` is not a number (warning: invalid optional value, read as empty)")
            } else if let n = s.students {
                // Excel's number format with thousands separators, now and then.
                if mess && n >= 1000 && rng.chance(0.12) {
                    w.text("\(n / 1000),\(String(n % 1000 + 1000).dropFirst())")
                } else {
                    w.int(n)
                }
            } else {
                w.empty()
            }
            if let t = s.teachers { w.int(t) } else { w.empty() }
            w.int(s.members)
            w.int(s.branches)
            w.text(s.jointBranch)
            if let f = s.founded { w.date(f, mess ? s.foundedStyle : .iso) } else { w.empty() }
            w.text(s.demo.chinese)
            w.endRecord()
        }
        summary.rows.append(("sites.csv", w.records))
        try w.close()
    }

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

    // MARK: README.md

    func writeReadme() throws {
        var text: String
        let command = options.isScale
            ? "swift run -c release generate-sample --out \(options.out) --sites \(options.siteCount)"
                + (options.meetingRows.map { " --meetings-rows \($0)" } ?? "") + " --seed \(options.seed)" + (options.plain ? " --plain" : "")
            : "swift run generate-sample --out \(options.out)" + (options.seed == 2017 ? "" : " --seed \(options.seed)") + (options.plain ? " --plain" : "")
        let counts = summary.rows.map { "\($0.file) \($0.count)" }.joined(separator: ", ")
        if options.isScale {
            text = """
            # Benchmark inputs (synthetic)

            Generated by `\(command)`: the sample year's generator scaled to \(options.siteCount) sites. Rows: \(counts).
            Nothing here is real. \(options.plain ? "Plain: ISO dates, no oddities." : "Real-export oddities at a low rate: mixed date forms, short rows (warnings), line breaks inside quoted topics, full-width digits, empty record ids.")

            """
        } else {
            let problems = summary.problems.map { "- `\($0.file)` line \($0.line): \($0.what)" }.joined(separator: "\n")
            text = """
            # Sample inputs: 澜江市教育局, year 2017 (synthetic)

            All made up (澜江市 is a fictional city; every school, person and number is invented). Generated by `\(command)` (seed \(options.seed)); the same command gives the same bytes. Rows: \(counts).

            Written like Excel/WPS exports (UTF-8 with BOM, CRLF, Chinese headers and values) with the valid oddities of real logs: some schools date `2017/3/28`, `2017/3/28 0:00` or `2017年3月28日`; a few full-width digits, empty record ids, quoted topics holding commas, quotes or a line break. In 2017 the bureau (JYJ) logged 7 党委会, 11 专题会, 12 专题学习研讨 and 43 调研, its secretary gave 6 党课 and 3 trainings started (2016: 6, 9, 10, 35, 5 and 2). The logs hold the whole of 2016 too, the year the report compares with: every school with a branch by then has its 2016 meetings and lectures, held a little less regularly than in 2017, and two trainings ran (T2016-01 in June, the secretaries' T2016-02 in November). A school holds a year's 组织生活会 and 民主评议党员 in December or early the next year (2016's in January or February 2017). Rows of 2016 and January 2018 are out of period, not errors.

            Deliberate problems (line = physical line, the header is line 1):
            \(problems)

            """
        }
        if options.plain && !options.isScale {
            text = text.replacingOccurrences(of: "Deliberate problems (line = physical line, the header is line 1):\n", with: "Plain: no deliberate problems.\n")
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: options.out + "/README.md"))
    }
}
