import Foundation
import Model
import XCTest
@testable import Ingest

/// A sink that keeps every row it receives, in order, so a test can see exactly what ingest
/// handed on (IngestTests may not depend on Indicators' `ActivityTally`).
struct RecordingSink: ActivitySink, Equatable {
    enum Event: Equatable, CustomStringConvertible {
        case meeting(site: Int, day: String, type: MeetingType, attendees: Int?, expected: Int?)
        case lecture(site: Int, day: String, role: LecturerRole)
        case training(id: Int32, start: String, site: Int?, participants: Int, hours: Decimal)

        var description: String {
            switch self {
            case let .meeting(site, day, type, attendees, expected):
                "meeting(\(site), \(day), \(type), \(attendees.map(String.init) ?? "-"), \(expected.map(String.init) ?? "-"))"
            case let .lecture(site, day, role): "lecture(\(site), \(day), \(role))"
            case let .training(id, start, site, participants, hours):
                "training(\(id), \(start), \(site.map(String.init) ?? "bureau-wide"), \(participants), \(hours))"
            }
        }
    }

    let siteCount: Int
    var events: [Event] = []

    mutating func add(_ rows: ActivityRows) {
        for r in rows.meetings {
            events.append(.meeting(site: Int(r.site), day: r.day.description, type: r.type, attendees: r.attendees, expected: r.expected))
        }
        for r in rows.lectures { events.append(.lecture(site: Int(r.site), day: r.day.description, role: r.role)) }
        for r in rows.trainings {
            events.append(.training(id: r.training, start: r.start.description, site: r.site.map { Int($0) },
                                    participants: r.participants, hours: r.hours.decimal))
        }
    }

    mutating func merge(_ other: RecordingSink) { events += other.events }

    var meetings: [Event] { events.filter { if case .meeting = $0 { true } else { false } } }
    var lectures: [Event] { events.filter { if case .lecture = $0 { true } else { false } } }
    var trainings: [Event] { events.filter { if case .training = $0 { true } else { false } } }
}

/// A throw-away inputs folder, removed when the test ends.
final class TempInputs {
    let path: String

    init(_ files: [String: [UInt8]] = [:], testCase: XCTestCase) throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("ingest-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
        testCase.addTeardownBlock { [path] in try? FileManager.default.removeItem(atPath: path) }
        for (name, bytes) in files { try write(name, bytes) }
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }
}

/// Everything one ingest run produced.
struct Ingested {
    var result: IngestResult
    var sink: RecordingSink
    /// Every diagnostic, in the order `onDiagnostic` saw them.
    var diagnostics: [Diagnostic]
    var year: Int

    func counts(_ log: LogKind) -> LogCounts { result.quality(year: year)[log.position].counts }
    func quality(_ log: LogKind) -> LogQuality { result.quality(year: year)[log.position] }

    /// The diagnostics of one file, without the notes on the optional columns it lacks
    /// (`missing_columns`, `missing_optional_columns`): test files hold only the columns their
    /// test needs, and ColumnGapTests pins those notes (with `diagnostics`, which has them all).
    func diagnostics(in file: String) -> [Diagnostic] {
        diagnostics.filter { $0.location.file == file && !Self.columnGapCodes.contains($0.code) }
    }

    static let columnGapCodes: Set<String> = ["missing_columns", "missing_optional_columns"]
}

/// Text files as a dictionary literal: name → UTF-8 text.
func utf8Files(_ files: [String: String]) -> [String: [UInt8]] { files.mapValues { Array($0.utf8) } }

/// The register most tests use: the bureau and two schools (site indices 0, 1, 2).
let standardSites = """
    site_id,name,locale,ownership,level,party_members,branches
    JYJ,教育局,城区,公办,机关,40,1
    S001,第一小学,城区,公办,小学,20,1
    S002,河口小学,农村,民办,小学,10,1

    """

extension XCTestCase {
    /// Runs `Ingestor.run` on `folder` with a recording sink.
    func ingest(
        _ folder: TempInputs, config: ReviewConfig = ReviewConfig(), year: Int = 2017,
        extraInputs: [InputFile] = [], encoding: ForcedEncoding? = nil, asOf: Day? = nil,
        parallelism: Parallelism = .sequential
    ) throws -> Ingested {
        var diagnostics: [Diagnostic] = []
        let (result, sink) = try Ingestor.run(
            inputs: folder.path, config: config, extraInputs: extraInputs, encoding: encoding, asOf: asOf,
            onDiagnostic: { diagnostic, _ in diagnostics.append(diagnostic) }, parallelism: parallelism,
            makeSink: { RecordingSink(siteCount: $0) })
        return Ingested(result: result, sink: sink, diagnostics: diagnostics, year: year)
    }

    /// Writes `files` (name → UTF-8 text) into a new folder and ingests it.
    func ingest(
        _ files: [String: String], config: ReviewConfig = ReviewConfig(), year: Int = 2017, asOf: Day? = nil
    ) throws -> Ingested {
        try ingest(TempInputs(utf8Files(files), testCase: self), config: config, year: year, asOf: asOf)
    }
}

/// One expected diagnostic. `message` (the English text) is compared whole when given;
/// `contains` checks fragments of it.
struct Expect: CustomStringConvertible {
    var file: String
    var line: Int?
    var column: Int?
    var columnName: String?
    var severity: Severity
    var code: String
    var message: String?
    var contains: [String]
    var value: String??

    /// A problem at a field: its line, column and the header's name of the column.
    init(_ severity: Severity, _ file: String, line: Int?, column: Int, _ columnName: String?,
         _ code: String, message: String? = nil, contains: [String] = [], value: String?? = .none) {
        self.severity = severity; self.file = file; self.line = line; self.column = column
        self.columnName = columnName; self.code = code; self.message = message
        self.contains = contains; self.value = value
    }

    /// A problem of a whole file (no line) or of a whole record (a line, no column).
    init(_ severity: Severity, _ file: String, line: Int? = nil,
         _ code: String, message: String? = nil, contains: [String] = [], value: String?? = .none) {
        self.severity = severity; self.file = file; self.line = line; self.column = nil
        self.columnName = nil; self.code = code; self.message = message
        self.contains = contains; self.value = value
    }

    var description: String {
        "\(file):\(line.map(String.init) ?? "-"):\(column.map(String.init) ?? "-") [\(columnName ?? "")] \(severity) \(code)"
    }

    /// Why `d` does not match, or nil.
    func mismatch(_ d: Diagnostic) -> String? {
        var problems: [String] = []
        if d.location.file != file { problems.append("file \(d.location.file)") }
        if d.location.line != line { problems.append("line \(d.location.line.map(String.init) ?? "nil")") }
        if d.location.column != column { problems.append("column \(d.location.column.map(String.init) ?? "nil")") }
        if d.location.columnName != columnName { problems.append("column name \(d.location.columnName ?? "nil")") }
        if d.severity != severity { problems.append("severity \(d.severity)") }
        if d.code != code { problems.append("code \(d.code)") }
        if let message, d.text.en != message { problems.append("message \(d.text.en)") }
        for fragment in contains where !d.text.en.contains(fragment) {
            problems.append("message without «\(fragment)»: \(d.text.en)")
        }
        if case .some(let value) = value, d.value != value { problems.append("value \(d.value ?? "nil")") }
        return problems.isEmpty ? nil : problems.joined(separator: "; ")
    }
}

/// Checks `actual` against `expected`, one by one and in order.
func assertDiagnostics(_ actual: [Diagnostic], _ expected: [Expect], file: StaticString = #filePath, line: UInt = #line) {
    for (i, (d, e)) in zip(actual, expected).enumerated() {
        if let why = e.mismatch(d) {
            XCTFail("diagnostic \(i): expected \(e), got \(d.location) \(d.severity) \(d.code): \(why)", file: file, line: line)
        }
    }
    if actual.count != expected.count {
        XCTFail("expected \(expected.count) diagnostics, got \(actual.count):\n"
                + actual.map { "  \($0) [\($0.code)]" }.joined(separator: "\n"), file: file, line: line)
    }
}

/// `read = accepted + rejected + out of period`, with the expected values.
func assertCounts(_ counts: LogCounts, read: Int, accepted: Int, rejected: Int, outOfPeriod: Int = 0, warnings: Int = 0,
                  file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(counts, LogCounts(read: read, accepted: accepted, rejected: rejected, outOfPeriod: outOfPeriod, warnings: warnings),
                   file: file, line: line)
    XCTAssertTrue(counts.isReconciled, "read \(counts.read) ≠ accepted + rejected + out of period", file: file, line: line)
}
