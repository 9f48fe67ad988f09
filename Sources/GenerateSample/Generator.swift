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
