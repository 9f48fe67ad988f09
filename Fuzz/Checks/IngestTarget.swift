import Foundation
import Ingest
import Model

/// The whole ingest of one log's files (`Ingestor.run` on a folder): encoding, header search,
/// near-miss headers, rules 1–6, rule 5 across files, the reconciliation.
///
/// An input is an options byte, then the files, apart by `separator`: the register
/// (`sites.csv`), then up to three files of the log the options name (`meetings.csv`,
/// `meetings-2.csv` …; `sites-2.csv` … when the log is the register). The options byte:
/// bits 0–1 the log (sites, meetings, lectures, trainings); bit 2 an as-of run at 2017-06-30;
/// bit 3 `annual_meetings_until: 02-28`; bit 4 the column aliases of csv-realworld
/// (学校 → site_id, 活动日期 → date, 姓名 → lecturer, 活动名称 → topic); bits 5–6 `--encoding`
/// (none, utf8, gb18030, utf16); bit 7 spreads the log's files past 150 KB by writing each line
/// feed many times (blank lines, or line breaks inside a quoted field), so that the parallel
/// reader, which reads 64 KiB beyond a part's minimum size at once, cuts them in several parts.
/// Three threads read with parts of at least 29 bytes.
///
/// Invariants:
/// - one thread and three give the same outcome: the same error, or the same diagnostics in the
///   same order, register, counts, fingerprint and rows handed to the sink, in the same order;
/// - every log reconciles for every year: read = accepted + rejected + out of period, none
///   negative, warned rows among the kept ones;
/// - the sink gets exactly the accepted rows of every year, each naming a site of the register;
///   the register holds exactly the accepted register rows;
/// - each rejected row has an error at its line, and each row error is at a rejected row;
/// - every diagnostic names a file of the input, a line from 1 to the file's last line, a column
///   from 1 only with a line, a code with a label, and a text in both languages, each one line
///   without control characters (values are shown escaped).
public enum IngestTarget: FuzzTarget {
    public static let name = "ingest"

    /// Between the files of an input.
    static let separator: [UInt8] = [0xFF, 0xFE, 0xFD, 0xFC]

    struct Options {
        var log: LogKind
        var asOf: Day?
        var config = ReviewConfig()
        var encoding: ForcedEncoding?
        var spread: Bool

        init(_ byte: UInt8) {
            log = LogKind.allCases[Int(byte & 3)]
            asOf = byte & 4 != 0 ? Day(year: 2017, month: 6, day: 30) : nil
            if byte & 8 != 0 { config.annualMeetingsUntil = MonthDay(month: 2, day: 28) }
            if byte & 16 != 0 { config.columnAliases = realWorldAliases }
            encoding = [nil, .utf8, .gb18030, .utf16][Int(byte >> 5 & 3)]
            spread = byte & 128 != 0
        }

        static func byte(_ log: LogKind, asOf: Bool = false, realWorld: Bool = false, spread: Bool = false) -> UInt8 {
            UInt8(LogKind.allCases.firstIndex(of: log)!) | (asOf ? 4 : 0) | (realWorld ? 16 : 0) | (spread ? 128 : 0)
        }
    }

    /// `bytes` with each line feed written `k` times, `k` chosen so that the file passes 150 KB
    /// (at most 16,384 times).
    static func spread(_ bytes: [UInt8]) -> [UInt8] {
        let lineFeeds = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let k = min(16_384, max(1, 160_000 / max(1, lineFeeds)))
        var spread: [UInt8] = []
        spread.reserveCapacity(bytes.count + lineFeeds * (k - 1))
        for byte in bytes {
            if byte == 0x0A { spread.append(contentsOf: repeatElement(0x0A, count: k)) } else { spread.append(byte) }
        }
        return spread
    }

    /// What csv-realworld's generic columns stand for (as in RealWorldLogTests).
    static let realWorldAliases = ["site_id": ["学校"], "date": ["活动日期"], "lecturer": ["姓名"], "topic": ["活动名称"]]

    /// The files of an input: (name, bytes), the register first.
    static func files(_ body: ArraySlice<UInt8>, log: LogKind) -> [(name: String, bytes: [UInt8])] {
        var parts: [[UInt8]] = []
        var rest = body
        while parts.count < 3, let cut = rest.firstRange(of: separator) {
            parts.append(Array(rest[..<cut.lowerBound]))
            rest = rest[cut.upperBound...]
        }
        parts.append(Array(rest))
        return parts.enumerated().map { i, bytes in
            let name = i == 0 ? "sites.csv" : log == .sites ? "sites-\(i + 1).csv" : i == 1 ? "\(log.fileStem).csv" : "\(log.fileStem)-\(i).csv"
            return (name, bytes)
        }
    }

    public static func check(_ input: [UInt8]) -> [String] {
        guard let first = input.first else { return [] }
        let options = Options(first)
        var files = files(input.dropFirst(), log: options.log)
        if options.spread {
            for i in files.indices.dropFirst() { files[i].bytes = spread(files[i].bytes) }
        }
        var v = Violations()
        let folder: URL
        do {
            folder = try InputsFolder.fresh()
            for file in files { try Data(file.bytes).write(to: folder.appendingPathComponent(file.name)) }
        } catch {
            return ["cannot write the input's files: \(error)"]
        }
        defer { try? FileManager.default.removeItem(at: folder) }

        let one = run(folder.path, config: options.config, encoding: options.encoding, asOf: options.asOf, parallelism: .sequential)
        let three = run(folder.path, config: options.config, encoding: options.encoding, asOf: options.asOf,
                        parallelism: Parallelism(threads: 3, partSize: 29))
        v.expect(one == three, "1 thread and 3 differ: \(Outcome.difference(one, three))")
        check(one, files: files, into: &v)
        return v.list
    }

    /// A diagnostic and whether it concerns a file or a row.
    struct Told: Equatable {
        var diagnostic: Diagnostic
        var scope: DiagnosticScope
    }

    /// The result as the review of one year sees it.
    struct YearView: Equatable {
        var year: Int
        var quality: [LogQuality]
        var hasRows: Bool
        var latestDay: Day?
        var annualMeetingNotes: [Diagnostic]
    }

    struct Outcome: Equatable {
        /// The error that stopped the run, and whether it is one `Ingestor.run` may throw.
        var error: String?
        var isExpectedError = true
        var told: [Told] = []
        var sites: [Site] = []
        var fingerprint = ""
        var mostActiveYear: Int?
        var yearsWithRows: [Int] = []
        var years: [YearView] = []
        var rejectedRows = 0
        var events: [RecordingSink.Event] = []

        static func difference(_ a: Outcome, _ b: Outcome) -> String {
            if a.error != b.error { return "error \(a.error ?? "none") vs \(b.error ?? "none")" }
            for (i, (x, y)) in zip(a.told, b.told).enumerated() where x != y {
                return "diagnostic \(i + 1): \(x.diagnostic) vs \(y.diagnostic)"
            }
            if a.told.count != b.told.count { return "\(a.told.count) vs \(b.told.count) diagnostics" }
            if a.sites != b.sites { return "registers differ" }
            if a.fingerprint != b.fingerprint { return "fingerprints differ" }
            for (x, y) in zip(a.events, b.events) where x != y { return "sink rows \(x) vs \(y)" }
            if a.events.count != b.events.count { return "\(a.events.count) vs \(b.events.count) sink rows" }
            for (x, y) in zip(a.years, b.years) where x != y {
                return "year \(x.year): \(x.quality.map(\.counts)) vs \(y.quality.map(\.counts))"
            }
            return "years or votes differ"
        }
    }

    static func run(_ folder: String, config: ReviewConfig, encoding: ForcedEncoding? = nil, asOf: Day? = nil,
                    parallelism: Parallelism) -> Outcome {
        var outcome = Outcome()
        do {
            let (result, sink) = try Ingestor.run(
                inputs: folder, config: config, encoding: encoding, asOf: asOf,
                onDiagnostic: { outcome.told.append(Told(diagnostic: $0, scope: $1)) }, parallelism: parallelism,
                makeSink: { _ in RecordingSink() })
            outcome.sites = result.sites
            outcome.fingerprint = result.fingerprint
            outcome.mostActiveYear = result.mostActiveYear
            outcome.yearsWithRows = result.yearsWithRows
            outcome.rejectedRows = result.rejectedRows
            outcome.events = sink.events
            let years = Set(result.yearsWithRows + [2017] + (result.mostActiveYear.map { [$0] } ?? [])).sorted()
            outcome.years = years.map { year in
                YearView(year: year, quality: result.quality(year: year), hasRows: result.hasRows(in: year),
                         latestDay: result.latestDay(in: year), annualMeetingNotes: result.annualMeetingNotes(year: year))
            }
        } catch let error as IngestError {
            outcome.error = error.message(.en)
        } catch let error as ConfigError {
            outcome.error = error.rendered(.en)
        } catch {
            outcome.error = "\(type(of: error)): \(error)"
            outcome.isExpectedError = false
        }
        return outcome
    }

    static func check(_ outcome: Outcome, files: [(name: String, bytes: [UInt8])], into v: inout Violations) {
        if let error = outcome.error {
            v.expect(outcome.isExpectedError, "neither an IngestError nor a ConfigError: \(error)")
            return
        }
        let lineBounds = Dictionary(files.map { ($0.name, $0.bytes.lineBreakBytes + 1) }, uniquingKeysWith: { a, _ in a })
        let stems = Set(LogKind.allCases.map { "\($0.fileStem).csv" })
        for told in outcome.told {
            let d = told.diagnostic, at = d.location
            v.expect(lineBounds[at.file] != nil || (stems.contains(at.file) && told.scope == .file), "diagnostic names no file of the input: \(d)")
            if let line = at.line { v.expect(line >= 1 && line <= lineBounds[at.file] ?? 1, "line outside the file: \(d)") }
            if let column = at.column { v.expect(column >= 1 && at.line != nil, "column without a line or below 1: \(d)") }
            v.expect(told.scope == .file || at.line != nil, "row diagnostic without a line: \(d)")
            v.expect(Catalogue.Codes.label(d.code).zh != d.code, "code without a label: \(d.code)")
            v.expect(!d.text.zh.isEmpty && !d.text.en.isEmpty, "diagnostic without a text: \(d.code)")
            v.expect(isOneLine(d.rendered(.zh)) && isOneLine(d.rendered(.en)), "a message of more than one line: \(d.rendered(.en).debugDescription)")
        }

        let sink = outcome.events
        v.expect(sink.allSatisfy { $0.site.map { $0 >= 0 && $0 < outcome.sites.count } ?? true }, "a sink row names no site of the register")
        for view in outcome.years {
            for (log, quality) in zip(LogKind.allCases, view.quality) {
                let c = quality.counts
                v.expect(c.isReconciled, "\(log) \(view.year): read \(c.read) ≠ accepted \(c.accepted) + rejected \(c.rejected) + out of period \(c.outOfPeriod)")
                v.expect(c.read >= 0 && c.accepted >= 0 && c.rejected >= 0 && c.outOfPeriod >= 0 && c.warnings >= 0
                         && c.warnings <= c.accepted + c.outOfPeriod, "\(log) \(view.year): counts out of range \(c)")
            }
        }
        guard let anyYear = outcome.years.first else { return }
        for (position, log) in LogKind.allCases.enumerated() {
            let rows: Int
            switch log {
            case .sites: rows = outcome.sites.count
            case .meetings: rows = sink.filter(\.isMeeting).count
            case .lectures: rows = sink.filter(\.isLecture).count
            case .trainings: rows = sink.filter(\.isTraining).count
            }
            let accepted = log == .sites
                ? anyYear.quality[position].counts.accepted
                : outcome.years.filter { outcome.yearsWithRows.contains($0.year) }.reduce(0) { $0 + $1.quality[position].counts.accepted }
            v.expect(rows == accepted, "\(log): \(rows) rows handed on, \(accepted) accepted")

            // Each rejected row has its error(s) at its line; rows are told apart by file and line.
            let files = Set(anyYear.quality[position].files)
            let rejectedAt = Set(outcome.told.filter { $0.scope == .row && $0.diagnostic.severity == .error && files.contains($0.diagnostic.location.file) }
                .map { "\($0.diagnostic.location.file):\($0.diagnostic.location.line ?? 0)" })
            let rejected = anyYear.quality[position].counts.rejected
            v.expect(rejectedAt.count == rejected, "\(log): \(rejected) rows rejected, errors at \(rejectedAt.count) rows")
        }
    }

    public static func seeds(fixtures: URL) throws -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        func seed(_ options: UInt8, _ files: [[UInt8]]) {
            seeds.append([options] + files.joined(separator: separator))
        }
        for folder in Fixtures.inputFolders {
            let all = try Fixtures.files(folder, in: fixtures)
            func of(_ log: LogKind) -> [[UInt8]] {
                all.filter { InputsFolder.log(named: $0.name) == log }.map { firstLines($0.bytes, 40) }
            }
            guard let register = of(.sites).first else { continue }
            seed(Options.byte(.sites), [register])
            for log in [LogKind.meetings, .lectures, .trainings] {
                for file in of(log) {
                    seed(Options.byte(log), [register, file])
                    seed(Options.byte(log, asOf: true, spread: true), [register, file])
                    // The same rows again in a second file: every record_id is used before.
                    seed(Options.byte(log), [register, file, file])
                }
            }
        }
        let register = Array(realWorldSites.utf8)
        for file in try Fixtures.files("csv-realworld", in: fixtures) {
            seed(Options.byte(.lectures, realWorld: true), [register, file.bytes])
        }
        return seeds
    }

    /// The bytes up to the end of the `count`th line feed (all of them when the file looks like
    /// UTF-16, or is shorter).
    static func firstLines(_ bytes: [UInt8], _ count: Int) -> [UInt8] {
        if bytes.contains(0) { return bytes }
        var seen = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            seen += 1
            if seen == count { return Array(bytes[...i]) }
        }
        return bytes
    }

    /// The register csv-realworld's files are read with (as in RealWorldLogTests).
    static let realWorldSites = """
        site_id,name,locale,ownership,level
        杭州市第一中学,一中,城区,公办,高中
        杭州市第二中学,二中,城区,公办,高中
        杭州,杭州,城区,公办,高中
        张三,张三,农村,民办,小学
        李四,李四,农村,民办,小学
        吉𠮷,吉𠮷,农村,民办,小学
        王䶮,王䶮,农村,民办,小学

        """
}

/// Records every row ingest hands on, in order.
struct RecordingSink: ActivitySink {
    enum Event: Equatable {
        case meeting(MeetingRow)
        case lecture(LectureRow)
        case training(TrainingRow)

        var site: Int? {
            switch self {
            case .meeting(let row): Int(row.site)
            case .lecture(let row): Int(row.site)
            case .training(let row): row.site.map { Int($0) }
            }
        }
        var isMeeting: Bool { if case .meeting = self { true } else { false } }
        var isLecture: Bool { if case .lecture = self { true } else { false } }
        var isTraining: Bool { if case .training = self { true } else { false } }
    }

    var events: [Event] = []

    mutating func add(_ rows: ActivityRows) {
        events += rows.meetings.map(Event.meeting)
        events += rows.lectures.map(Event.lecture)
        events += rows.trainings.map(Event.training)
    }

    mutating func merge(_ other: RecordingSink) { events += other.events }
}

/// A fresh, empty inputs folder per run, under the temporary folder.
enum InputsFolder {
    static func fresh() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("annual-review-fuzz-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return url
    }

    /// The log a fixture's file belongs to, by the names of rules §2.
    static func log(named name: String) -> LogKind? {
        let lowered = name.lowercased()
        return LogKind.allCases.first { log in log.fileNames.contains { lowered.hasPrefix($0) } }
    }
}
