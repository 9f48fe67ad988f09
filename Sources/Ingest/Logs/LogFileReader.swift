import Model

/// Reads one file of a log: finds its header (rules §2), applies rules 1–2 to every record and hands
/// each data row to the decoder.
struct LogFileReader {
    let path: String
    let name: String
    let fileNumber: Int
    let encoding: ForcedEncoding?
    let lookup: [String: Int]
    /// The file's size in bytes, as listed (it decides whether the file is read in parts).
    let size: Int
    /// Told the rows read every `ProgressMeter.rowInterval` records and at the end of the file.
    var progress: ProgressMeter? = nil
    /// Threads and part size for a large UTF-8 file whose rows can be decoded in parallel.
    var parallelism: Parallelism = .sequential

    /// How many non-blank records may stand above the header (a title, a `sep=,` line).
    static let headerSearchLimit = 10

    func read<D: RowDecoder>(
        decoder: inout D, problems: inout ProblemLog, onRawBytes: ((UnsafeRawBufferPointer) -> Void)?
    ) throws(IngestError) {
        do {
            let source = try UTF8Source(path: path, forcedEncoding: encoding, onRawBytes: onRawBytes)
            defer { source.close() }
            if source.decision.encoding != .utf8 || source.decision.isForced {
                problems.file(Diagnostic(.info, SourceLocation(file: name), reason: "encoding", message: source.decision.reason))
            }
            let reader = CSVReader(source: source)
            try readRecords(reader, source: source, decoder: &decoder, problems: &problems)
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError.unreadable(file: name, error)
        }
    }

    private func readRecords<D: RowDecoder>(_ reader: CSVReader, source: UTF8Source, decoder: inout D, problems: inout ProblemLog) throws {
        let columns = D.Column.allCases.map(\.spec)
        let columnIDs = columns.map(\.id)

        // The header: the first of the first ten non-blank records that holds every required
        // column; without one, the first non-blank record.
        var candidates: [(line: Int, fields: [String], map: HeaderMap)] = []
        var header: (line: Int, map: HeaderMap)?
        while candidates.count < Self.headerSearchLimit, let record = try reader.next() {
            if Self.isBlank(record) { continue }
            let fields = record.fields
            let map = HeaderMap(fields: fields, lookup: lookup, columnCount: columns.count, columnIDs: columnIDs)
            if map.missingRequired(D.log).isEmpty {
                header = (record.line, map)
                reader.delimiterMode = .fixed(record.delimiter)
                break
            }
            candidates.append((record.line, fields, map))
        }
        guard !candidates.isEmpty || header != nil else {
            problems.file(Diagnostic(.warning, SourceLocation(file: name), reason: "empty file", message: "the file holds no records"))
            return
        }
        if let header {
            for title in candidates {
                problems.row(Diagnostic(.info, SourceLocation(file: name, line: title.line), reason: "title skipped",
                                        message: "skipped a line above the header: \(title.fields.map(HeaderMap.displayName).filter { !$0.isEmpty }.joined(separator: " ").prefix(80))"))
            }
            decoder.begin(FileContext(number: fileNumber, path: path, name: name, decision: source.decision,
                                      delimiter: reader.delimiterMode == .fixed(.tab) ? .tab : .comma, fieldIndex: header.map.fieldIndex))
            try readData(reader, source: source, header: header.map, headerLine: header.line, columnIDs: columnIDs, decoder: &decoder, problems: &problems)
        } else {
            // No record holds every required column: the first one is the header, and every
            // later record is a row, rejected for the missing columns (a repeat of that header
            // is skipped with a warning, like any repeated header).
            let first = candidates[0]
            let missing = first.map.missingRequired(D.log)
            let named = "required column\(missing.count > 1 ? "s" : "") \(missing.map { "\($0.id) (\($0.alias))" }.joined(separator: ", "))"
            let found = first.map.names.filter { !$0.isEmpty }.joined(separator: ", ")
            problems.file(Diagnostic(.error, SourceLocation(file: name, line: first.line), reason: "missing column",
                                     message: "missing \(named); the header on line \(first.line) has: \(found.isEmpty ? "nothing" : found)"))
            let rowMessage = "rejected: the file lacks the \(named); see the header on line \(first.line)"
            func reject(line: Int, fields: [String]) {
                if first.map.isRepeat(of: fields) {
                    problems.row(Self.repeatedHeader(file: name, line: line))
                    return
                }
                problems.read += 1
                problems.rejected += 1
                problems.row(Diagnostic(.error, SourceLocation(file: name, line: line), reason: "missing column", message: rowMessage))
            }
            for other in candidates.dropFirst() { reject(line: other.line, fields: other.fields) }
            while let record = try reader.next() {
                if Self.isBlank(record) { continue }
                reject(line: record.line, fields: record.fields)
            }
        }
    }

    /// Rule 1 and the header search's "blank": no field holds anything but spaces (any the
    /// value rules trim: ASCII, U+3000, NBSP, zero-width) — empty lines, `,,,`, `"",""`.
    static func isBlank(_ record: CSVRecord) -> Bool {
        if record.isAllEmpty { return true }
        return (0..<record.fieldCount).allSatisfy { f in
            record.withFieldBytes(f) { FieldText.isBlank(UnsafeRawBufferPointer($0)) }
        }
    }

    static func repeatedHeader(file: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, SourceLocation(file: file, line: line), reason: "repeated header",
                   message: "skipped a repeated header line (two exports pasted together?)")
    }

    private func readData<D: RowDecoder>(
        _ reader: CSVReader, source: UTF8Source, header: HeaderMap, headerLine: Int, columnIDs: [String], decoder: inout D,
        problems: inout ProblemLog
    ) throws {
        for (f, column) in header.unknown {
            let message = column.isEmpty
                ? "column \(f + 1) has no name; its values are ignored"
                : "column \(f + 1) `\(column)` is not a column of \(D.log.rawValue); ignored"
            problems.file(Diagnostic(.info, SourceLocation(file: name, line: headerLine, column: f + 1, columnName: column.isEmpty ? nil : column),
                                     reason: "unknown column", message: message))
        }
        for (f, name, id) in header.duplicates {
            problems.file(Diagnostic(.warning, SourceLocation(file: self.name, line: headerLine, column: f + 1, columnName: name),
                                     reason: "duplicate column", message: "column \(f + 1) `\(name)` names \(id) again; the first one is used"))
        }
        let rules = RowRules<D>(file: name, fileNumber: fileNumber, header: header, columnIDs: columnIDs,
                                encodingName: source.decision.encoding.displayName)
        let readBefore = problems.read
        var merger = BatchMerger<D>(rules: rules, progress: progress)
        defer { progress?.end(rows: problems.read - readBefore) }
        if D.decodesInParallel, parallelism.threads > 1, source.decision.encoding == .utf8,
           size - reader.utf8Offset >= 2 * parallelism.partSize {
            let delimiter: CSVDelimiter = reader.delimiterMode == .fixed(.tab) ? .tab : .comma
            try ParallelRows<D>(parallelism: parallelism).read(reader, source: source, rules: rules, delimiter: delimiter, decoder: decoder) { batch, lineOffset in
                merger.merge(batch, lineOffset: lineOffset, decoder: &decoder, problems: &problems)
            }
        } else {
            while true {
                let batch = try rules.read(reader, decoder: &decoder, expectedRows: Self.batchSize, base: 0, limit: Self.batchSize)
                merger.merge(batch, lineOffset: 0, decoder: &decoder, problems: &problems)
                if batch.isEndOfInput { break }
            }
        }
        if problems.read == readBefore {
            problems.file(Diagnostic(.info, SourceLocation(file: name), reason: "no rows", message: "the file has a header but no data rows"))
        }
    }

    /// Records handled between two merges when one thread reads the file.
    static let batchSize = 4096
}

/// Merges batches in file order: rule 5 for the kept rows' record ids, the commit of the rows
/// that stay, and every diagnostic, in the order of the records.
struct BatchMerger<D: RowDecoder> {
    let rules: RowRules<D>
    let progress: ProgressMeter?
    private var rowsSinceReport = 0

    init(rules: RowRules<D>, progress: ProgressMeter?) {
        self.rules = rules
        self.progress = progress
    }

    mutating func merge(_ batch: RowBatch<D.Decoded>, lineOffset: Int, decoder: inout D, problems: inout ProblemLog) {
        var next = 0
        let diagnostics = batch.diagnostics
        problems.read += batch.read
        problems.rejected += batch.rejected
        let ahead = 24  // lookups whose memory is fetched while the current one is settled
        let rows = batch.kept
        if D.recordIDColumn != nil {
            for later in rows.prefix(ahead) where !later.id.isEmpty { decoder.prefetchRecordID(hash: later.idHash) }
        }
        let warnings = batch.warnings
        var nextWarned = 0
        batch.idBytes.withUnsafeBytes { ids in
            for i in rows.indices {
                if D.recordIDColumn != nil, i + ahead < rows.count, !rows[i + ahead].id.isEmpty {
                    decoder.prefetchRecordID(hash: rows[i + ahead].idHash)
                }
                while next < diagnostics.count, diagnostics[next].ordinal <= rows[i].ordinal {
                    problems.row(RowBatch<D.Decoded>.shifted(diagnostics[next].diagnostic, by: lineOffset))
                    next += 1
                }
                let day = rows[i].day
                if D.votesForYear, let day { problems.vote(day.year) }
                let id = rows[i].id
                if !id.isEmpty,
                   let first = decoder.firstUse(ofRecordID: UnsafeRawBufferPointer(rebasing: ids[id]), hash: rows[i].idHash, at: rows[i].locator) {
                    problems.rejected += 1
                    problems.row(rules.duplicateRecordID(String(decoding: ids[id], as: UTF8.self),
                                                         firstUsedIn: first, line: rows[i].line + lineOffset))
                    if nextWarned < warnings.count, warnings[nextWarned].row == i { nextWarned += 1 }
                    continue
                }
                decoder.commit(rows[i].row)
                let warned = nextWarned < warnings.count && warnings[nextWarned].row == i
                if warned {
                    for warning in warnings[nextWarned].diagnostics { problems.row(RowBatch<D.Decoded>.shifted(warning, by: lineOffset)) }
                    nextWarned += 1
                }
                problems.kept(day: day, warned: warned)
            }
        }
        while next < diagnostics.count {
            problems.row(RowBatch<D.Decoded>.shifted(diagnostics[next].diagnostic, by: lineOffset))
            next += 1
        }
        decoder.flush()
        rowsSinceReport += batch.read
        if rowsSinceReport >= ProgressMeter.rowInterval {
            rowsSinceReport = 0
            progress?.rows(problems.read)
        }
    }
}
