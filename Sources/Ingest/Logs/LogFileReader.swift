import Model

/// Decodes the data rows of one log (rules 3–6 of §2) into typed values for the sink.
protocol RowDecoder {
    associatedtype Column: LogColumn & RawRepresentable where Column.RawValue == Int
    static var log: LogKind { get }
    /// Decodes `row`: adds its errors and warnings to it and, when it is kept, returns its date
    /// (`nil` for the undated register) after handing it on.
    mutating func decode(_ row: inout Row, file: Int) -> Day??
    /// Called once a file's header is found, before its rows.
    mutating func begin(_ file: FileContext)
}

extension RowDecoder {
    mutating func begin(_ file: FileContext) {}
}

/// What a decoder may need to know of the file it is reading.
struct FileContext {
    var number: Int
    var path: String
    var name: String
    var decision: EncodingDecision
    var delimiter: CSVDelimiter
    /// Field index per schema column.
    var fieldIndex: [Int?]
}

/// Reads one file of a log: finds its header (§2), applies rules 1–2 to every record and hands
/// each data row to the decoder.
struct LogFileReader {
    let path: String
    let name: String
    let fileNumber: Int
    let encoding: ForcedEncoding?
    let lookup: [String: Int]
    /// Told the rows read every `ProgressMeter.rowInterval` records and at the end of the file.
    var progress: ProgressMeter? = nil

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
            try readRecords(reader, decoder: &decoder, problems: &problems)
        } catch let error as IngestError {
            throw error
        } catch let error as InputFileError {
            throw IngestError.unreadable(file: name, reason: "\(error)")
        } catch {
            throw IngestError.unreadable(file: name, reason: "\(error)")
        }
    }

    private func readRecords<D: RowDecoder>(_ reader: CSVReader, decoder: inout D, problems: inout ProblemLog) throws {
        let columns = D.Column.allCases.map(\.spec)
        let columnIDs = columns.map(\.id)

        // The header: the first of the first ten non-blank records that holds every required
        // column; without one, the first non-blank record.
        var candidates: [(line: Int, fields: [String], map: HeaderMap)] = []
        var header: (line: Int, map: HeaderMap)?
        while candidates.count < Self.headerSearchLimit, let record = try reader.next() {
            if record.isBlank { continue }
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
                                        message: "skipped a line above the header: \(title.fields.filter { !$0.isEmpty }.joined(separator: " ").prefix(80))"))
            }
            decoder.begin(FileContext(number: fileNumber, path: path, name: name, decision: reader.source.decision,
                                      delimiter: reader.delimiterMode == .fixed(.tab) ? .tab : .comma, fieldIndex: header.map.fieldIndex))
            try readData(reader, header: header.map, headerLine: header.line, columns: columns, decoder: &decoder, problems: &problems)
        } else {
            // No record holds every required column: the first one is the header, and every
            // row of the file is rejected for the missing columns.
            let first = candidates[0]
            let missing = first.map.missingRequired(D.log)
            let found = first.fields.filter { !$0.isEmpty }.joined(separator: ", ")
            let message = "missing required column\(missing.count > 1 ? "s" : "") \(missing.map { "\($0.id) (\($0.alias))" }.joined(separator: ", ")); the header on line \(first.line) has: \(found.isEmpty ? "nothing" : found)"
            problems.file(Diagnostic(.error, SourceLocation(file: name, line: first.line), reason: "missing column", message: message))
            for other in candidates.dropFirst() { rejectForMissingColumns(line: other.line, problems: &problems) }
            while let record = try reader.next() {
                if record.isBlank { continue }
                if first.map.isRepeat(of: record.fields) { continue }
                rejectForMissingColumns(line: record.line, problems: &problems)
            }
        }
    }

    private func rejectForMissingColumns(line: Int, problems: inout ProblemLog) {
        problems.read += 1
        problems.rejected += 1
        problems.row(Diagnostic(.error, SourceLocation(file: name, line: line), reason: "missing column",
                                message: "rejected: the file lacks a required column (see the header)"))
    }

    private func readData<D: RowDecoder>(
        _ reader: CSVReader, header: HeaderMap, headerLine: Int, columns: [ColumnSpec], decoder: inout D,
        problems: inout ProblemLog
    ) throws {
        for (f, name) in header.unknown {
            problems.file(Diagnostic(.info, SourceLocation(file: name, line: headerLine, column: f + 1, columnName: name),
                                     reason: "unknown column", message: "column \(f + 1) `\(name)` is not a column of \(D.log.rawValue); ignored"))
        }
        for (f, name, id) in header.duplicates {
            problems.file(Diagnostic(.warning, SourceLocation(file: self.name, line: headerLine, column: f + 1, columnName: name),
                                     reason: "duplicate column", message: "column \(f + 1) `\(name)` names \(id) again; the first one is used"))
        }
        let width = header.names.count
        let firstKey = header.keys.first ?? ""
        var sawData = false
        var fileRows = 0
        defer { progress?.end(rows: fileRows) }
        while let record = try reader.next() {
            // Rule 1: blank records are skipped and not counted.
            if record.isBlank || record.isAllEmpty { continue }
            // A repeated header (two exports pasted together): skipped with a warning, not counted.
            if record.fieldCount >= header.keys.filter({ !$0.isEmpty }).count,
               record.withFieldBytes(0, { $0.count <= firstKey.utf8.count * 3 + 8 }),
               HeaderMap.key(record.field(0)) == firstKey, header.isRepeat(of: record.fields) {
                problems.row(Diagnostic(.warning, SourceLocation(file: name, line: record.line), reason: "repeated header",
                                        message: "skipped a repeated header line (two exports pasted together?)"))
                continue
            }
            sawData = true
            problems.read += 1
            fileRows &+= 1
            if fileRows & (ProgressMeter.rowInterval - 1) == 0 { progress?.rows(fileRows) }
            var row = Row(record: record, fieldIndex: header.fieldIndex, headerNames: header.names,
                          columnIDs: columns.map(\.id), file: name)
            for note in record.notes {
                let message = note.kind == .literalQuote
                    ? "a quote inside an unquoted field was kept as a character"
                    : "text after a closing quote was appended to the field"
                problems.row(Diagnostic(.info, SourceLocation(file: name, line: note.line, column: note.field + 1,
                                                              columnName: note.field < header.names.count ? header.names[note.field] : nil),
                                        reason: note.kind == .literalQuote ? "literal quote" : "text after quote", message: message))
            }
            if let openLine = record.unterminatedQuoteLine {
                problems.rejected += 1
                problems.row(Diagnostic(.error, SourceLocation(file: name, line: openLine), reason: "unterminated quote",
                                        message: "a quote opened here is never closed; the record runs to the end of the file. Close the quote"))
                continue
            }
            if let bad = record.firstInvalidUTF8Field {
                problems.rejected += 1
                problems.row(Diagnostic(.error, SourceLocation(file: name, line: record.line, column: bad + 1,
                                                              columnName: bad < header.names.count ? header.names[bad] : nil),
                                        reason: "bad encoding",
                                        message: "bytes that are not valid \(reader.source.decision.encoding.displayName); re-save the file as UTF-8"))
                continue
            }
            // Rule 2: short rows are padded; long rows rejected unless the extras are empty.
            if record.fieldCount < width {
                row.warn(nil, reason: "short row", "the row has \(record.fieldCount) fields, the header \(width); the missing ones are taken as empty")
            } else if record.fieldCount > width {
                let extrasEmpty = (width..<record.fieldCount).allSatisfy { f in
                    record.withFieldBytes(f) { FieldText.isBlank(UnsafeRawBufferPointer($0)) }
                }
                if extrasEmpty {
                    row.warn(nil, reason: "long row", "the row has \(record.fieldCount) fields, the header \(width); the empty extra fields were dropped")
                } else {
                    row.reject(nil, reason: "long row", "the row has \(record.fieldCount) fields, the header \(width); an unquoted comma in a value? Quote the value or remove the extra fields")
                }
            }
            if !row.isRejected, let day = decoder.decode(&row, file: fileNumber) {
                for warning in row.warnings { problems.row(warning) }
                problems.kept(day: day, warned: !row.warnings.isEmpty)
            } else {
                problems.rejected += 1
                for error in row.errors { problems.row(error) }
            }
        }
        if !sawData {
            problems.file(Diagnostic(.info, SourceLocation(file: name), reason: "no rows", message: "the file has a header but no data rows"))
        }
    }
}
