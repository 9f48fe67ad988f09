import Model
import XLSXRead

/// Reads one file of a log — CSV, or a workbook's first visible worksheet — finds its header
/// (rules §2), applies rules 1–2 to every record and hands each data row to the decoder.
struct LogFileReader {
    let path: String
    let name: String
    let encoding: ForcedEncoding?
    let lookup: HeaderLookup
    /// The file's size in bytes, as listed (it decides whether the file is read in parts).
    let size: Int
    /// Told the rows read every `ProgressMeter.rowInterval` records and at the end of the file.
    var progress: ProgressMeter? = nil
    /// Threads and part size for a large UTF-8 file whose rows can be decoded in parallel.
    var parallelism: Parallelism = .sequential
    /// The most rows the log may have read with this file (tests lower it).
    var rowLimit = ProblemLog.rowLimit

    /// How many non-blank records may stand above the header (a title, a `sep=,` line).
    static let headerSearchLimit = 10

    /// Reads a CSV file (any encoding, rules §2).
    /// - Throws: `UnreadableFile` when opening, reading or converting it fails, at any point:
    ///   the caller then undoes what the file did (rules §2: the run goes on without it).
    func read<D: RowDecoder>(
        decoder: inout D, problems: inout ProblemLog, onRawBytes: ((UnsafeRawBufferPointer) -> Void)?
    ) throws {
        do {
            let source = try UTF8Source(path: path, forcedEncoding: encoding, onRawBytes: onRawBytes)
            defer { source.close() }
            if source.decision.encoding != .utf8 || source.decision.isForced {
                problems.file(Diagnostic(.info, SourceLocation(file: name), code: "encoding", text: source.decision.text))
            }
            let reader = CSVReader(source: source)
            try readRecords(reader, source: RecordSource(decision: source.decision, utf8: source), decoder: &decoder, problems: &problems)
        } catch let error as InputFileError {
            throw UnreadableFile(error)
        }
    }

    /// Reads a log's workbook (rules §2 *Excel workbooks*): the rows of its first visible
    /// worksheet, the other sheets named in an info line, formulas without a saved result in a
    /// warning. Inflating runs on a thread of its own when `parallelism` has more than one.
    /// - Parameter onCompressedBytes: told the file's bytes as they are read, for progress.
    /// - Throws: `WorkbookReadError` when the workbook cannot be read, at any point: the caller
    ///   then undoes what the file did (rules §2: the run goes on without it).
    func readWorkbook<D: RowDecoder>(
        decoder: inout D, problems: inout ProblemLog, onCompressedBytes: ((Int) -> Void)?
    ) throws {
        let workbook = try WorkbookFile(path: path)
        guard let sheet = workbook.firstVisibleWorksheet else { throw WorkbookReadError.noVisibleSheet }
        let text = try CellText(strings: workbook.sharedStrings(), styles: workbook.styles(), uses1904: workbook.uses1904)
        let rows = try workbook.rows(of: sheet, threaded: parallelism.threads > 1)
        let reader = SheetRecordReader(rows: rows, text: text, threaded: parallelism.threads > 1, onCompressedBytes: onCompressedBytes)
        try reader.readFirstRow()
        let location = SourceLocation(file: name)
        let sheetRead = Catalogue.Workbooks.sheetRead(sheet.name)
        problems.file(Diagnostic(.info, location, code: "workbook_sheet", text: sheetRead))
        let others = workbook.sheets.filter { $0 != sheet }.map { (name: $0.name, hidden: $0.isHidden) }
        if !others.isEmpty {
            problems.file(Diagnostic(.info, location, code: "other_sheets", text: Catalogue.Workbooks.otherSheets(others)))
        }
        try readRecords(reader, source: RecordSource(decision: EncodingDecision(encoding: .utf8, bomLength: 0, text: sheetRead),
                                                     workbookStrings: text.strings),
                        decoder: &decoder, problems: &problems)
        let formulas = reader.formulasWithoutValue
        if formulas.count > 0 {
            problems.file(Diagnostic(.warning, location, code: "formula_without_value",
                                     text: Catalogue.Workbooks.formulasWithoutValue(formulas.first, count: formulas.count)))
        }
    }

    /// What the records are read from: the encoding (UTF-8 for a workbook), and the UTF-8
    /// stream of a CSV file (which large files are read from in parts) or a workbook's shared
    /// strings.
    private struct RecordSource {
        var decision: EncodingDecision
        var utf8: UTF8Source? = nil
        var workbookStrings: SharedStrings? = nil
    }

    private func readRecords<D: RowDecoder, R: RecordReader>(_ reader: R, source: RecordSource, decoder: inout D, problems: inout ProblemLog) throws {
        let columns = D.Column.allCases.map(\.spec)

        // The header: the first of the first ten non-blank records that holds every required
        // column, a near miss of one counting as present; without one, the first non-blank record.
        var candidates: [(line: Int, fields: [String], map: HeaderMap)] = []
        var header: (line: Int, map: HeaderMap)?
        while header == nil, candidates.count < Self.headerSearchLimit {
            let read: Void? = try reader.nextRecord { record in
                if Self.isBlank(record) { return }
                let fields = record.fields
                let map = HeaderMap(fields: fields, lookup: lookup)
                if map.holdsRequired(D.log) {
                    header = (record.line, map)
                    reader.headerFound(record)
                } else {
                    candidates.append((record.line, fields, map))
                }
            }
            if read == nil { break }
        }
        guard !candidates.isEmpty || header != nil else {
            problems.file(Diagnostic(.warning, SourceLocation(file: name), code: "empty_file", text: Catalogue.Headers.emptyFile))
            return
        }
        guard let header else {
            // No record holds every required column: the first one is the header, and every
            // later record is a row, rejected for the missing columns.
            let first = candidates[0]
            let rowText = reportMissingRequired(first.map, line: first.line, columns: columns, problems: &problems)
            try rejectRows(reader, header: first.map, text: rowText, pending: candidates.dropFirst().map { ($0.line, $0.fields) },
                           problems: &problems)
            return
        }
        for title in candidates {
            let text = title.fields.map(HeaderMap.displayName).filter { !$0.isEmpty }.joined(separator: " ").prefix(80)
            problems.row(Diagnostic(.info, SourceLocation(file: name, line: title.line), code: "title_skipped",
                                    text: Catalogue.Headers.titleSkipped(String(text))))
        }
        guard header.map.missingRequired(D.log).isEmpty else {
            // A near miss stands for a required column: the header is found where it is, and
            // its rows are rejected.
            let rowText = reportMissingRequired(header.map, line: header.line, columns: columns, problems: &problems)
            reportHeader(header.map, line: header.line, columns: columns, log: D.log, rowsUsable: false, problems: &problems)
            try rejectRows(reader, header: header.map, text: rowText, pending: [], problems: &problems)
            return
        }
        reportHeader(header.map, line: header.line, columns: columns, log: D.log, rowsUsable: true, problems: &problems)
        let delimiter: CSVDelimiter = (reader as? CSVReader)?.delimiterMode == .fixed(.tab) ? .tab : .comma
        decoder.begin(FileContext(path: path, name: name, decision: source.decision,
                                  delimiter: delimiter, fieldIndex: header.map.fieldIndex, workbookStrings: source.workbookStrings))
        if try readData(reader, source: source, header: header.map, columnIDs: columns.map(\.id), decoder: &decoder, problems: &problems) {
            reportMissingColumns(header.map, columns: columns, log: D.log, problems: &problems)
        } else {
            problems.file(Diagnostic(.info, SourceLocation(file: name), code: "no_data_rows", text: Catalogue.Headers.noDataRows))
        }
    }

    /// A header that lacks required columns: one file error naming them, the near misses that
    /// were probably meant and the columns found. Returns the message of each rejected row.
    private func reportMissingRequired(_ header: HeaderMap, line headerLine: Int, columns: [ColumnSpec], problems: inout ProblemLog) -> Localized {
        let missing = columns.enumerated().filter { $0.element.required && header.fieldIndex[$0.offset] == nil }.map { c, spec in
            Catalogue.Headers.MissingRequired(
                column: .init(name: spec.alias, id: spec.id),
                nearMiss: header.nearMisses.first { $0.column == c }.map { .init(column: $0.field + 1, written: $0.written) })
        }
        problems.file(Diagnostic(.error, SourceLocation(file: name, line: headerLine), code: "missing_required_column",
                                 text: Catalogue.Headers.missingRequired(missing, headerLine: headerLine,
                                                                         found: header.names.filter { !$0.isEmpty })))
        return Catalogue.Headers.missingRequiredRow(missing, headerLine: headerLine)
    }

    /// Every record after a header that lacks required columns is a rejected row with `text`
    /// (a repeat of the header is skipped with a warning, like any repeated header).
    private func rejectRows<R: RecordReader>(
        _ reader: R, header: HeaderMap, text: Localized, pending: [(line: Int, fields: [String])], problems: inout ProblemLog
    ) throws {
        func reject(line: Int, fields: [String]) {
            if header.isRepeat(of: fields) {
                problems.row(Self.repeatedHeader(file: name, line: line))
                return
            }
            problems.read += 1
            problems.rejected += 1
            problems.row(Diagnostic(.error, SourceLocation(file: name, line: line), code: "missing_required_column", text: text))
        }
        for record in pending { reject(line: record.line, fields: record.fields) }
        try reader.forEachRecord { record in
            if !Self.isBlank(record) { reject(line: record.line, fields: record.fields) }
        }
    }

    /// The header's cells that name no column (info), a column again (a warning), or nearly an
    /// optional column the header lacks (a warning; a near miss of a required one is named in
    /// the missing-column error). When the rows can be used (`rowsUsable`: the header has every
    /// required column), a near miss of a column that feeds figures also says what stays empty,
    /// so that column gets no second warning after the rows: one warning per header problem,
    /// at the header, before the rows' problems.
    private func reportHeader(
        _ header: HeaderMap, line: Int, columns: [ColumnSpec], log: LogKind, rowsUsable: Bool, problems: inout ProblemLog
    ) {
        for (f, written) in header.unknown {
            let location = SourceLocation(file: name, line: line, column: f + 1, columnName: written.isEmpty ? nil : written)
            problems.file(written.isEmpty
                ? Diagnostic(.info, location, code: "unnamed_column", text: Catalogue.Headers.unnamedColumn(column: f + 1))
                : Diagnostic(.info, location, code: "unknown_column",
                             text: Catalogue.Headers.unknownColumn(column: f + 1, written: written, log: log)))
        }
        for (f, written, c) in header.duplicates {
            let first = header.fieldIndex[c] ?? f
            problems.file(Diagnostic(.warning, SourceLocation(file: name, line: line, column: f + 1, columnName: written),
                                     code: "duplicate_column",
                                     text: Catalogue.Headers.duplicateColumn(column: f + 1, written: written,
                                                                             first: .init(column: first + 1, written: header.names[first]),
                                                                             of: .init(name: columns[c].alias, id: columns[c].id))))
        }
        for miss in header.nearMisses where !columns[miss.column].required {
            let column = columns[miss.column]
            problems.file(Diagnostic(
                .warning, SourceLocation(file: name, line: line, column: miss.field + 1, columnName: miss.written), code: "near_miss_header",
                text: Catalogue.Headers.nearMissHeader(column: miss.field + 1, written: miss.written, log: log,
                                                       meant: .init(name: miss.meant, id: column.id),
                                                       gap: rowsUsable ? ColumnGaps.gap(log, column.id) : nil)))
        }
    }

    /// The optional columns a file with data rows lacks (rules §2): those that feed figures are
    /// listed in `LogQuality.missingColumns` and, unless a near miss already said what stays
    /// empty, named in one warning; the others in one info line.
    private func reportMissingColumns(_ header: HeaderMap, columns: [ColumnSpec], log: LogKind, problems: inout ProblemLog) {
        var lacking: [Catalogue.Headers.Column] = [], gaps: [Catalogue.Headers.Gap] = [], others: [Catalogue.Headers.Column] = []
        for (c, column) in columns.enumerated() where !column.required && header.fieldIndex[c] == nil {
            let nearMisses = header.nearMisses.filter { $0.column == c }.map(\.written)
            if let gap = ColumnGaps.gap(log, column.id) {
                problems.missingColumn(column.id, file: name, nearMisses: nearMisses)
                guard nearMisses.isEmpty else { continue }
                lacking.append(.init(name: column.alias, id: column.id))
                if !gaps.contains(gap) { gaps.append(gap) }
            } else if nearMisses.isEmpty {
                others.append(.init(name: column.alias, id: column.id))
            }
        }
        if !lacking.isEmpty {
            problems.file(Diagnostic(.warning, SourceLocation(file: name), code: "missing_columns",
                                     text: Catalogue.Headers.missingColumns(lacking, gaps: gaps)))
        }
        if !others.isEmpty {
            problems.file(Diagnostic(.info, SourceLocation(file: name), code: "missing_optional_columns",
                                     text: Catalogue.Headers.missingOptionalColumns(others)))
        }
    }

    /// Rule 1 and the header search's "blank": no field holds anything but spaces (any the
    /// value rules trim: ASCII, U+3000, NBSP, zero-width) — empty lines, `,,,`, `"",""`.
    static func isBlank(_ record: borrowing CSVRecord) -> Bool {
        if record.isAllEmpty { return true }
        return (0..<record.fieldCount).allSatisfy { f in record.withFieldBytes(f) { FieldText.isBlank($0) } }
    }

    static func repeatedHeader(file: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, SourceLocation(file: file, line: line), code: "repeated_header", text: Catalogue.Headers.repeatedHeader)
    }

    /// Reads the data records after the header; whether there was a data row.
    private func readData<D: RowDecoder, R: RecordReader>(
        _ reader: R, source: RecordSource, header: HeaderMap, columnIDs: [String], decoder: inout D,
        problems: inout ProblemLog
    ) throws -> Bool {
        let rules = RowRules<D>(file: name, header: header, columnIDs: columnIDs,
                                encodingName: source.decision.encoding.displayName)
        let readBefore = problems.read
        var merger = BatchMerger<D>(rules: rules, progress: progress, rowLimit: rowLimit)
        defer { progress?.end(rows: problems.read - readBefore) }
        if D.decodesInParallel, parallelism.threads > 1, source.decision.encoding == .utf8, let utf8 = source.utf8,
           let reader = reader as? CSVReader, size - reader.utf8Offset >= 2 * parallelism.partSize {
            let delimiter: CSVDelimiter = reader.delimiterMode == .fixed(.tab) ? .tab : .comma
            try ParallelRows<D>(parallelism: parallelism).read(reader, source: utf8, rules: rules, delimiter: delimiter, decoder: decoder) { batch, lineOffset in
                try merger.merge(batch, lineOffset: lineOffset, decoder: &decoder, problems: &problems)
            }
        } else {
            while true {
                let batch = try rules.read(reader, decoder: &decoder, expectedRows: Self.batchSize, base: 0, limit: Self.batchSize)
                try merger.merge(batch, lineOffset: 0, decoder: &decoder, problems: &problems)
                if batch.isEndOfInput { break }
            }
        }
        return problems.read > readBefore
    }

    /// Records handled between two merges when one thread reads the file.
    static let batchSize = 4096
}

/// Merges batches in file order: rule 5 for the kept rows' record ids, the commit of the rows
/// that stay, and every diagnostic, in the order of the records.
struct BatchMerger<D: RowDecoder> {
    let rules: RowRules<D>
    let progress: ProgressMeter?
    let rowLimit: Int
    private var rowsSinceReport = 0

    init(rules: RowRules<D>, progress: ProgressMeter?, rowLimit: Int) {
        self.rules = rules
        self.progress = progress
        self.rowLimit = rowLimit
    }

    /// - Throws: `UnreadableFile` when the batch would take the log past `rowLimit` rows read
    ///   (`ProblemLog.rowLimit`): the file is then not read.
    mutating func merge(_ batch: RowBatch<D.Decoded>, lineOffset: Int, decoder: inout D, problems: inout ProblemLog) throws {
        guard batch.read <= rowLimit - problems.read else {
            throw UnreadableFile(reason: Catalogue.Files.tooManyRows(D.log, limit: rowLimit))
        }
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
                   let first = decoder.firstUse(ofRecordID: UnsafeRawBufferPointer(rebasing: ids[id]), hash: rows[i].idHash, at: rows[i].place) {
                    problems.rejected += 1
                    problems.row(rules.duplicateRecordID(String(decoding: ids[id], as: UTF8.self),
                                                         firstUsedIn: first, line: rows[i].line + lineOffset))
                    if nextWarned < warnings.count, warnings[nextWarned].row == i { nextWarned += 1 }
                    continue
                }
                let warned = nextWarned < warnings.count && warnings[nextWarned].row == i
                if warned {
                    for warning in warnings[nextWarned].diagnostics { problems.row(RowBatch<D.Decoded>.shifted(warning, by: lineOffset)) }
                    nextWarned += 1
                }
                // A row after the as-of cut is out of period: counted, not handed to the sink.
                if problems.kept(day: day, warned: warned) { decoder.commit(rows[i].row) }
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
