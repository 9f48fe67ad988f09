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
    /// Called for a row rejected before its values were decoded (bad bytes, an unterminated
    /// quote, a long row), so the register can still tell its site_id was rejected.
    mutating func rejectedBeforeDecoding(_ row: Row)
}

extension RowDecoder {
    mutating func begin(_ file: FileContext) {}
    mutating func rejectedBeforeDecoding(_ row: Row) {}
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
            decoder.begin(FileContext(number: fileNumber, path: path, name: name, decision: reader.source.decision,
                                      delimiter: reader.delimiterMode == .fixed(.tab) ? .tab : .comma, fieldIndex: header.map.fieldIndex))
            try readData(reader, header: header.map, headerLine: header.line, columns: columns, decoder: &decoder, problems: &problems)
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
        if record.isBlank || record.isAllEmpty { return true }
        return (0..<record.fieldCount).allSatisfy { f in
            record.withFieldBytes(f) { FieldText.isBlank(UnsafeRawBufferPointer($0)) }
        }
    }

    static func repeatedHeader(file: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, SourceLocation(file: file, line: line), reason: "repeated header",
                   message: "skipped a repeated header line (two exports pasted together?)")
    }

    private func readData<D: RowDecoder>(
        _ reader: CSVReader, header: HeaderMap, headerLine: Int, columns: [ColumnSpec], decoder: inout D,
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
        let width = header.names.count
        let firstKey = header.keys.first ?? ""
        let namedColumns = header.keys.filter { !$0.isEmpty }.count
        let columnIDs = columns.map(\.id)
        var sawData = false
        var fileRows = 0
        defer { progress?.end(rows: fileRows) }
        while let record = try reader.next() {
            // Rule 1: blank records are skipped and not counted.
            if Self.isBlank(record) { continue }
            // A repeated header (two exports pasted together): skipped with a warning, not counted.
            // (A header cell holds no digit; data rows nearly always start with a date or an id
            // that does, so most rows skip the costly comparison.)
            if record.fieldCount >= namedColumns,
               record.withFieldBytes(0, { !$0.contains(where: { (0x30...0x39).contains($0) }) }),
               HeaderMap.key(record.field(0)) == firstKey, header.isRepeat(of: record.fields) {
                problems.row(Self.repeatedHeader(file: name, line: record.line))
                continue
            }
            sawData = true
            problems.read += 1
            fileRows &+= 1
            if fileRows & (ProgressMeter.rowInterval - 1) == 0 { progress?.rows(fileRows) }
            var row = Row(record: record, fieldIndex: header.fieldIndex, headerNames: header.names,
                          columnIDs: columnIDs, file: name)
            for note in record.notes {
                let message = note.kind == .literalQuote
                    ? "a quote inside an unquoted field was kept as a character"
                    : "text after a closing quote was appended to the field"
                problems.row(Diagnostic(.info, row.location(field: note.field, line: note.line),
                                        reason: note.kind == .literalQuote ? "literal quote" : "text after quote", message: message))
            }
            if let openLine = record.unterminatedQuoteLine {
                // The quote is in the last field: it swallowed the rest of the file.
                row.reject(field: record.fieldCount - 1, line: openLine, reason: "unterminated quote",
                           "a quote opened here is never closed; the record runs to the end of the file. Close the quote")
            } else if let bad = record.firstInvalidUTF8Field {
                row.reject(field: bad, reason: "bad encoding",
                           "bytes that are not valid \(reader.source.decision.encoding.displayName); re-save the file as UTF-8")
            } else if record.fieldCount < width {
                // Rule 2: short rows are padded; long rows rejected unless the extras are empty.
                row.warn(field: record.fieldCount, reason: "short row",
                         "the row has \(record.fieldCount) fields, the header \(width); the missing ones are taken as empty")
            } else if record.fieldCount > width {
                let firstFilled = (width..<record.fieldCount).first { f in
                    record.withFieldBytes(f) { !FieldText.isBlank(UnsafeRawBufferPointer($0)) }
                }
                if let firstFilled {
                    row.reject(field: firstFilled, reason: "long row",
                               "the row has \(record.fieldCount) fields, the header \(width); an unquoted comma in a value? Quote the value or remove the extra fields")
                } else {
                    row.warn(field: width, reason: "long row",
                             "the row has \(record.fieldCount) fields, the header \(width); the empty extra fields were dropped")
                }
            }
            if row.isRejected {
                decoder.rejectedBeforeDecoding(row)
            } else if let day = decoder.decode(&row, file: fileNumber) {
                for warning in row.warnings { problems.row(warning) }
                problems.kept(day: day, warned: !row.warnings.isEmpty)
                continue
            }
            problems.rejected += 1
            for error in row.errors { problems.row(error) }
        }
        if !sawData {
            problems.file(Diagnostic(.info, SourceLocation(file: name), reason: "no rows", message: "the file has a header but no data rows"))
        }
    }
}
