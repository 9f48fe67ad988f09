import Crypto
import Foundation
import Model
import XLSXRead

/// A small input read whole (the config, the draft template): part of the fingerprint.
public struct InputFile: Sendable {
    public var name: String
    public var bytes: [UInt8]
    public init(name: String, bytes: [UInt8]) { self.name = name; self.bytes = bytes }
}

/// What ingest found: the register, each log's problems and counts by year, and the inputs'
/// fingerprint.
public struct IngestResult {
    public var sites: [Site]
    /// SHA-256 over every input read (rules §5), 64 lower-case hex digits.
    public var fingerprint: String
    var logs: [ProblemLog]
    /// Meeting rows that passed rules 1–4, per year.
    var meetingYearVotes: [Int: Int]
    /// The org_life and democratic_review meetings that may be annual meetings held early the
    /// next year, and the config's `annual_meetings_until`.
    var annualMeetings = AnnualMeetingCounts()
    var annualMeetingsUntil: MonthDay?

    /// The year with the most meeting rows that passed rules 1–4, the later on a tie (rules §2).
    public var mostActiveYear: Int? {
        meetingYearVotes.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key
    }

    /// The years in which some dated log kept a row, ascending.
    public var yearsWithRows: [Int] {
        Set(logs.flatMap { $0.keptByYear.filter { $0.value > 0 }.keys }).sorted()
    }

    /// Whether any dated log kept a row of `year`.
    public func hasRows(in year: Int) -> Bool {
        logs.contains { ($0.keptByYear[year] ?? 0) > 0 }
    }

    /// The latest date among the kept rows of `year` in any log.
    public func latestDay(in year: Int) -> Day? {
        logs.compactMap { $0.latestByYear[year] }.max()
    }

    public var rejectedRows: Int { logs.reduce(0) { $0 + $1.rejected } }

    /// Each log's problems and reconciliation for `year`, in `LogKind.allCases` order; the
    /// meetings log's file problems end with its `annualMeetingNotes(year:)`.
    public func quality(year: Int) -> [LogQuality] {
        logs.map { log in
            var quality = log.quality
            quality.counts = log.counts(year: year)
            if log.log == .meetings { quality.fileProblems += annualMeetingNotes(year: year) }
            return quality
        }
    }

    /// What the review of `year` tells of annual meetings held early the next year (rules §2,
    /// row rule 6), as info on the meetings log: with `annual_meetings_until`, how many were
    /// counted for `year`; without it, how many org_life and democratic_review meetings are dated
    /// January or February of the next year, naming the key.
    public func annualMeetingNotes(year: Int) -> [Diagnostic] {
        let files = logs[LogKind.meetings.position].quality.files
        let location = SourceLocation(file: files.count == 1 ? files[0] : "\(LogKind.meetings.fileStem).csv")
        if let until = annualMeetingsUntil {
            guard let count = annualMeetings.heldNextYear[year], count > 0 else { return [] }
            return [Diagnostic(.info, location, code: "annual_meetings_counted",
                               text: Catalogue.Periods.annualMeetingsCounted(count, year: year, until: until))]
        }
        guard let count = annualMeetings.earlyInYear[year + 1], count > 0 else { return [] }
        return [Diagnostic(.info, location, code: "annual_meetings_next_year",
                           text: Catalogue.Periods.annualMeetingsNextYear(count, year: year))]
    }
}

/// Reads the inputs folder: the register first, then every log, each file once, computing the
/// fingerprint from the same bytes.
public enum Ingestor {
    /// - Parameters:
    ///   - extraInputs: the config and draft template as read, for the fingerprint.
    ///   - configFile: the config's name, for alias errors.
    ///   - onDiagnostic: called with every problem as it is found, in reading order, and whether
    ///     it concerns a whole file or one row.
    ///   - onProgress: called as files are read (per raw chunk of 256 KiB and every few thousand
    ///     rows), for a progress display.
    ///   - parallelism: threads for large logs; the result is the same for any.
    ///   - asOf: an as-of run's date (rules §2, row rule 6): rows of its year dated after it are
    ///     out of period, and rows of the year before dated after the same month and day stay out
    ///     of the previous year's figures (rules §4.5); neither goes into the sink. `nil` (or 31
    ///     December): every kept row goes into it.
    ///   - makeSink: makes the empty sink for a register of that many sites; every kept row
    ///     of every log goes into it, in the order of the files and their rows.
    public static func run<Sink: ActivitySink>(
        inputs: String, config: ReviewConfig, configFile: String = "review.yml", extraInputs: [InputFile] = [],
        encoding: ForcedEncoding? = nil, asOf: Day? = nil, onDiagnostic: ((Diagnostic, DiagnosticScope) -> Void)? = nil,
        onProgress: ((IngestProgress) -> Void)? = nil, parallelism: Parallelism = .automatic,
        makeSink: (Int) -> Sink
    ) throws -> (IngestResult, Sink) {
        let files = try InputFolder(inputs)
        // The config's aliases first: a bad one stops the run before any file note is told.
        let vocab = try Vocabularies(config: config, file: configFile)
        try HeaderMap.checkAliases(config, file: configFile)
        let cut = asOf.map(AsOfCut.init)
        var logs = LogKind.allCases.map { ProblemLog(log: $0, emit: onDiagnostic, cut: cut) }
        // A file named for no log goes with the register, which every run has: so every note
        // is printed, listed by validate and shown in the Data quality sheet.
        for note in files.notes { logs[(note.log ?? .sites).position].file(note.diagnostic) }
        // `--encoding` is for CSV files: said once, on the first workbook, rather than ignored.
        let workbooks = files.all.filter(\.isWorkbook)
        if encoding != nil, let first = workbooks.first {
            logs[first.log.position].file(Diagnostic(.info, SourceLocation(file: first.name), code: "encoding_not_for_workbooks",
                                                     text: Catalogue.Workbooks.encodingNotForWorkbooks(workbooks: workbooks.count)))
        }
        // A log none of whose files could be read is missing (rules §2): without the register
        // the run stops.
        guard !files.logs[.sites]!.isEmpty else { throw IngestError.noSitesLog(inputs) }
        for log in LogKind.allCases where files.logs[log]!.isEmpty {
            logs[log.position].quality.isMissing = true
            logs[log.position].file(Diagnostic(.warning, SourceLocation(file: "\(log.fileStem).csv"), code: "missing_log",
                                               text: Catalogue.Files.missingLog(log, inputs: inputs)))
        }
        let meter = onProgress.map { ProgressMeter(fileCount: files.all.count, hook: $0) }
        // Each log's header names, normalised once (not once a file: a log may have thousands).
        let lookups = LogKind.allCases.map { HeaderMap.lookup($0, config: config) }

        // The register comes first: every other log refers to it. Its bytes are kept for the
        // fingerprint, which takes the files in name order.
        var siteDecoder = SiteDecoder(vocab: vocab)
        var rawSites: [String: [UInt8]] = [:]
        /// The files that could not be read: left out of everything (rules §2).
        var unread: Set<String> = []
        for file in files.logs[.sites]! {
            let reader = LogFileReader(path: file.path, name: file.name, encoding: encoding,
                                       lookup: lookups[LogKind.sites.position], size: file.size, progress: meter)
            meter?.begin(file: file.name, size: file.size)
            var raw: [UInt8] = []
            let read = try Self.readOrUndo(file, decoder: &siteDecoder, problems: &logs[LogKind.sites.position]) { decoder, problems in
                if file.isWorkbook {
                    try reader.readWorkbook(decoder: &decoder, problems: &problems, onCompressedBytes: { meter?.bytes($0) })
                    try Self.forEachChunk(of: file) { raw.append(contentsOf: $0) }
                    return
                }
                try reader.read(decoder: &decoder, problems: &problems) {
                    raw.append(contentsOf: $0)
                    meter?.bytes($0.count)
                }
                try Self.checkSize(file, read: raw.count)
            }
            if read { rawSites[file.name] = raw } else { unread.insert(file.name) }
        }
        guard files.logs[.sites]!.contains(where: { !unread.contains($0.name) }) else { throw IngestError.noSitesLog(inputs) }
        let register = siteDecoder.register
        let sitesFiles = files.logs[.sites]!.map(\.name).filter { !unread.contains($0) }.joined(separator: ", ")
        var sink = makeSink(register.sites.count)
        let empty = makeSink(register.sites.count)
        // A file's rows wait apart until it was read whole; past a batch's worth, in a sink of
        // the file's own.
        var own: Sink?
        let fileRows = FileRows { rows in
            if own == nil { own = empty }
            own!.add(rows)
        }

        // The record_id index starts small and grows as ids come: sizing it up front from the
        // log's bytes was measured slower, since clearing its memory then holds up the start.
        var meetings = MeetingDecoder(register: register, sitesFiles: sitesFiles, vocab: vocab,
                                      recordIDs: RecordIDRegistry(), fileRows: fileRows,
                                      annualMeetingsUntil: config.annualMeetingsUntil)
        var lectures = LectureDecoder(register: register, sitesFiles: sitesFiles, vocab: vocab, fileRows: fileRows)
        var trainings = TrainingDecoder(register: register, sitesFiles: sitesFiles, vocab: vocab, fileRows: fileRows)

        var hasher = SHA256()
        let memory = Dictionary(extraInputs.map { ($0.name, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        let ordered = (files.all.map { ($0.name, Optional($0)) } + extraInputs.map { ($0.name, nil) })
            .sorted { $0.0.utf8Precedes($1.0) }
        for (name, entry) in ordered {
            guard let entry else {
                let bytes = memory[name] ?? []
                Self.hashHeader(name, bytes.count, into: &hasher)
                hasher.update(data: bytes)
                continue
            }
            if entry.log == .sites {
                if unread.contains(name) { continue }
                let bytes = rawSites[name] ?? []
                Self.hashHeader(name, bytes.count, into: &hasher)
                hasher.update(data: bytes)
                continue
            }
            let reader = LogFileReader(path: entry.path, name: name, encoding: encoding,
                                       lookup: lookups[entry.log.position], size: entry.size, progress: meter,
                                       parallelism: parallelism)
            meter?.begin(file: name, size: entry.size)
            let read: Bool
            switch entry.log {
            case .meetings:
                read = try Self.readActivityFile(entry, reader, decoder: &meetings, problems: &logs[entry.log.position],
                                                 hasher: &hasher, meter: meter)
            case .lectures:
                read = try Self.readActivityFile(entry, reader, decoder: &lectures, problems: &logs[entry.log.position],
                                                 hasher: &hasher, meter: meter)
            case .trainings:
                read = try Self.readActivityFile(entry, reader, decoder: &trainings, problems: &logs[entry.log.position],
                                                 hasher: &hasher, meter: meter)
            case .sites: read = false
            }
            // The file's rows waited apart: they count once it was read whole.
            if read {
                // Once a file's rows passed a batch's worth, every one of them went to its own
                // sink (none still waits).
                if let own { sink.merge(own) } else { sink.add(fileRows.waiting) }
            } else {
                unread.insert(name)
            }
            own = nil
            fileRows.endFile()
        }
        // The files read, each log's; a log none of whose files could be read is missing.
        for log in LogKind.allCases {
            let read = files.logs[log]!.map(\.name).filter { !unread.contains($0) }
            logs[log.position].quality.files = read
            if read.isEmpty && !files.logs[log]!.isEmpty {
                logs[log.position].quality.isMissing = true
                logs[log.position].file(Diagnostic(.warning, SourceLocation(file: "\(log.fileStem).csv"), code: "missing_log",
                                                   text: Catalogue.Files.missingLog(log, inputs: inputs)))
            }
        }
        let fingerprint = hasher.finalize().map { String(format: "%02x", $0) }.joined()

        let result = IngestResult(sites: register.sites, fingerprint: fingerprint, logs: logs,
                                  meetingYearVotes: logs[LogKind.meetings.position].yearVotes,
                                  annualMeetings: meetings.annualMeetings,
                                  annualMeetingsUntil: config.annualMeetingsUntil)
        return (result, sink)
    }
}

extension Ingestor {
    /// Hashes a file's name and size, the start of its part of the fingerprint (rules §5).
    static func hashHeader(_ name: String, _ length: Int, into hasher: inout SHA256) {
        var bytes = Array(name.utf8) + [0]
        withUnsafeBytes(of: UInt64(length).littleEndian) { bytes.append(contentsOf: $0) }
        hasher.update(data: bytes)
    }

    /// Reads an activity log's file, its bytes into the fingerprint: a workbook's once it was
    /// read, a CSV file's as they stream by. A file that cannot be read leaves the fingerprint
    /// as it was. (Generic over the decoder alone, not the caller's sink, and not a local
    /// function: so it is compiled for each decoder, not run generically.)
    static func readActivityFile<D: RowDecoder>(
        _ entry: InputFolder.LogFile, _ reader: LogFileReader, decoder: inout D, problems: inout ProblemLog,
        hasher: inout SHA256, meter: ProgressMeter?
    ) throws -> Bool {
        var running = hasher
        let read = try readOrUndo(entry, decoder: &decoder, problems: &problems) { decoder, problems in
            hashHeader(entry.name, entry.size, into: &running)
            if entry.isWorkbook {
                try reader.readWorkbook(decoder: &decoder, problems: &problems, onCompressedBytes: { meter?.bytes($0) })
                try forEachChunk(of: entry) { running.update(bufferPointer: $0) }
                return
            }
            var streamed = 0
            try reader.read(decoder: &decoder, problems: &problems) {
                streamed += $0.count
                running.update(bufferPointer: $0)
                meter?.bytes($0.count)
            }
            try checkSize(entry, read: streamed)
        }
        if read { hasher = running }
        return read
    }

    /// Reads a log's file by `read`. When it cannot be read, at any point (rules §2: a file
    /// error, the run goes on without it), puts the problems and the decoder back as they were
    /// before it — the register, the record ids — and tells why. Returns whether it was read.
    /// (The caller keeps the file's rows apart from the sink until then, and its bytes out of
    /// the fingerprint.)
    static func readOrUndo<D: RowDecoder>(
        _ file: InputFolder.LogFile, decoder: inout D, problems: inout ProblemLog,
        _ read: (inout D, inout ProblemLog) throws -> Void
    ) throws -> Bool {
        let location = SourceLocation(file: file.name)
        if let refusal = file.refusal {
            problems.file(Diagnostic(.error, location, code: "file_unreadable", text: Catalogue.Files.notRead(refusal)))
            return false
        }
        let decoderMark = decoder.mark, problemsMark = problems.mark
        let failure: Diagnostic
        do {
            try read(&decoder, &problems)
            return true
        } catch let error as UnreadableFile {
            failure = Diagnostic(.error, location, code: "file_unreadable", text: Catalogue.Files.notRead(error.reason))
        } catch let error as WorkbookReadError {
            failure = Diagnostic(.error, location, code: "workbook_unreadable", text: Catalogue.Workbooks.unreadable(error.reason))
        }
        decoder.rollBack(to: decoderMark)
        problems.rollBack(to: problemsMark)
        problems.file(failure)
        return false
    }

    /// A file whose size is not the one listed changed while it was read.
    static func checkSize(_ file: InputFolder.LogFile, read: Int) throws(UnreadableFile) {
        guard read == file.size else { throw UnreadableFile(reason: Catalogue.Files.changedWhileRead(listed: file.size, read: read)) }
    }

    /// Hands a workbook's bytes to `body`, a chunk at a time, after it was read (for the
    /// fingerprint).
    /// - Throws: `UnreadableFile` when it cannot be read or its size changed.
    static func forEachChunk(of file: InputFolder.LogFile, _ body: (UnsafeRawBufferPointer) -> Void) throws(UnreadableFile) {
        let fd = open(file.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw UnreadableFile(InputFileError.cannotOpen(path: file.path, errno: errno)) }
        defer { close(fd) }
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            let n = read(fd, buffer.baseAddress, chunk)
            if n < 0 {
                if errno == EINTR { continue }
                throw UnreadableFile(InputFileError.cannotRead(path: file.path, errno: errno))
            }
            if n == 0 { break }
            body(UnsafeRawBufferPointer(rebasing: buffer[..<n]))
            total += n
        }
        try checkSize(file, read: total)
    }
}

extension LogKind {
    /// The position in `allCases`, the order of per-log arrays.
    var position: Int { LogKind.allCases.firstIndex(of: self)! }
}
