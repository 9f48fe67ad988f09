import Model
import XLSXRead

/// Row rules 1–4 (rules §2) for the data records of one file, once its header is known: blank records
/// and repeated headers skipped, notes told, bad bytes, open quotes and ragged rows handled,
/// then the log's decoder. Rows that pass are kept in a `RowBatch` with their record ids for
/// rule 5, which the merge settles in file order.
struct RowRules<D: RowDecoder> {
    let file: String
    let header: HeaderMap
    let columnIDs: [String]
    /// The encoding's name, for the bad-bytes message.
    let encodingName: String
    private let width: Int
    private let firstKey: String
    private let namedColumns: Int
    private let recordIDColumn: Int?
    /// The record_id's field, for a worksheet row whose id is a shared string.
    private let recordIDField: Int?
    private let columns: RowColumns

    init(file: String, header: HeaderMap, columnIDs: [String], encodingName: String) {
        self.file = file
        self.header = header
        self.columnIDs = columnIDs
        self.encodingName = encodingName
        width = header.names.count
        firstKey = header.keys.first ?? ""
        namedColumns = header.keys.filter { !$0.isEmpty }.count
        recordIDColumn = D.recordIDColumn?.rawValue
        recordIDField = recordIDColumn.flatMap { header.fieldIndex[$0] }
        columns = RowColumns(fieldIndex: header.fieldIndex, headerNames: header.names, columnIDs: columnIDs, file: file)
    }

    /// Reads records until `limit` records were seen or the part ends.
    ///
    /// - Parameters:
    ///   - expectedRows: about how many rows the batch will hold, to size it once.
    ///   - base: the UTF-8 offset of the reader's first byte in the file's stream, for the
    ///     places of record ids.
    func read<R: RecordReader>(
        _ reader: R, decoder: inout D, expectedRows: Int, base: Int, limit: Int = .max
    ) throws -> RowBatch<D.Decoded> {
        var batch = RowBatch<D.Decoded>(rows: min(limit, expectedRows))
        var ordinal = 0
        while ordinal < limit {
            let read: Void? = try reader.nextRecord { record in
                take(record, ordinal: &ordinal, base: base, decoder: &decoder, into: &batch)
            }
            if read == nil {
                batch.isEndOfInput = true
                break
            }
        }
        batch.lineBreaks = reader.currentLine - 1
        return batch
    }

    /// Rules 1–4 for one record: skipped, rejected, or decoded and kept in `batch`. `ordinal`
    /// counts the records that are not blank.
    @inline(__always)
    private func take(
        _ record: borrowing CSVRecord, ordinal: inout Int, base: Int, decoder: inout D, into batch: inout RowBatch<D.Decoded>
    ) {
        // Rule 1: blank records are skipped and not counted.
        if LogFileReader.isBlank(record) { return }
        ordinal += 1
        // A repeated header (two exports pasted together): skipped with a warning, not counted.
        // (A header cell holds no digit; data rows nearly always start with a date or an id
        // that does, so most rows skip the costly comparison.)
        if record.fieldCount >= namedColumns,
           record.withFieldBytes(0, { !$0.contains(where: { (0x30...0x39).contains($0) }) }),
           HeaderMap.key(record.field(0)) == firstKey, header.isRepeat(of: record.fields) {
            batch.diagnostics.append((ordinal, LogFileReader.repeatedHeader(file: file, line: record.line)))
            return
        }
        batch.read += 1
        let ordinal = ordinal
        Row.decoding(record, columns: columns) { row in
            for note in record.notes {
                batch.diagnostics.append((ordinal, note.kind == .literalQuote
                    ? Diagnostic(.info, row.location(field: note.field, line: note.line), code: "literal_quote", text: Catalogue.CSV.literalQuote)
                    : Diagnostic(.info, row.location(field: note.field, line: note.line), code: "text_after_quote",
                                 text: Catalogue.CSV.textAfterClosingQuote)))
            }
            // Nearly every record has the header's width and clean bytes: nothing to look into.
            if record.fieldCount != width || record.unterminatedQuoteLine != nil || record.firstInvalidUTF8Field != nil,
               let shape = shapeProblem(record, row) {
                if shape.severity == .error {
                    decoder.rejectedBeforeDecoding(row)
                    batch.rejected += 1
                    batch.diagnostics.append((ordinal, shape))
                    return
                }
                row.warn(shape)  // before the values' warnings: it is about the whole record
            }
            guard let decoded = decoder.decode(&row) else {
                batch.rejected += 1
                for error in row.errors { batch.diagnostics.append((ordinal, error)) }
                return
            }
            var id = batch.idBytes.endIndex..<batch.idBytes.endIndex
            var idHash = RecordIDHash(value: 0, fingerprint: 0)
            if let column = recordIDColumn {
                row.withField(column) { raw in
                    try? FieldText.withNormalized(raw) { normalized in
                        batch.idBytes.append(contentsOf: normalized)
                        idHash = RecordIDIndex.hash(normalized)
                    }
                }
                id = id.lowerBound..<batch.idBytes.endIndex
            }
            if let warnings = row.warnings { batch.warnings.append((batch.kept.count, warnings)) }
            batch.kept.append(.init(
                ordinal: ordinal, row: decoded, day: D.day(of: decoded), id: id, idHash: idHash,
                place: recordIDField.flatMap { record.sharedString($0) } ?? base + record.byteOffset,
                line: record.line))
        }
    }

    /// Rule 5's rejection of a kept row whose record_id was used before, first in the file `first`.
    func duplicateRecordID(_ id: String, firstUsedIn first: String, line: Int) -> Diagnostic {
        let column = D.recordIDColumn!.rawValue
        let field = header.fieldIndex[column]!
        let name = header.names[field]
        let value = Row.visible(id)
        return Diagnostic(.error, SourceLocation(file: file, line: line, column: field + 1, columnName: name.isEmpty ? nil : name),
                          code: "duplicate_record_id",
                          text: Catalogue.Values.duplicateRecordID(column: name.isEmpty ? columnIDs[column] : name, value: value, firstFile: first),
                          value: value)
    }

    /// Bad bytes, an open quote (at the end of the file) and rule 2's ragged rows: an error that
    /// rejects the row before its values are read, a warning that keeps it, or nil.
    private func shapeProblem(_ record: borrowing CSVRecord, _ row: borrowing Row) -> Diagnostic? {
        if let openLine = record.unterminatedQuoteLine {
            // The quote is in the last field: it swallowed the rest of the file.
            return Diagnostic(.error, row.location(field: record.fieldCount - 1, line: openLine), code: "unterminated_quote",
                              text: Catalogue.CSV.unterminatedQuote)
        } else if let bad = record.firstInvalidUTF8Field {
            return Diagnostic(.error, row.location(field: bad), code: "bad_encoding", text: Catalogue.CSV.badBytes(encoding: encodingName))
        } else if record.fieldCount < width {
            // Rule 2: short rows are padded; long rows rejected unless the extras are empty.
            return Diagnostic(.warning, row.location(field: record.fieldCount), code: "short_row",
                              text: Catalogue.CSV.shortRow(fields: record.fieldCount, header: width))
        } else if record.fieldCount > width {
            let firstFilled = (width..<record.fieldCount).first { f in
                record.withFieldBytes(f) { !FieldText.isBlank($0) }
            }
            if let firstFilled {
                return Diagnostic(.error, row.location(field: firstFilled), code: "long_row", text: record.isWorksheetRow
                    ? Catalogue.Workbooks.longRow(column: SheetReader.columnName(firstFilled), lastHeaderColumn: SheetReader.columnName(width - 1))
                    : Catalogue.CSV.longRow(fields: record.fieldCount, header: width))
            }
            return Diagnostic(.warning, row.location(field: width), code: "empty_extra_fields", text: record.isWorksheetRow
                ? Catalogue.Workbooks.blankCellsRightOfHeader(lastHeaderColumn: SheetReader.columnName(width - 1))
                : Catalogue.CSV.emptyExtraFields(fields: record.fieldCount, header: width))
        }
        return nil
    }
}
