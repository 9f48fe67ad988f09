/// Something the lenient quoting of rules §2 accepted but the user should hear about (info).
package struct CSVNote: Hashable, Sendable {
    package enum Kind: String, Hashable, Sendable {
        /// A `"` inside an unquoted field, kept as a character (`a"b` → `a"b`).
        case literalQuote
        /// Text after a closing quote, appended to the field (`"ab"cd` → `abcd`).
        case textAfterClosingQuote
    }
    package var kind: Kind
    /// The physical line (1-based) of the quote, or of the first character after the closing quote.
    package var line: Int
    /// The 0-based index of the field.
    package var field: Int

    init(_ kind: Kind, line: Int, field: Int) {
        self.kind = kind; self.line = line; self.field = field
    }
}

/// One record, as ``CSVReader/nextRecord(_:)`` hands it to its closure: a view of the reader's
/// buffers (or of a worksheet's row, `SheetRecordReader`).
///
/// **Lifetime**: a record lives only inside the closure it is handed to. It cannot be copied and
/// comes `borrowing`, so it can be neither kept nor returned; the reader reuses its buffers for
/// the next record. Copy out what you keep (``field(_:)``, ``fieldBytes(_:)``).
///
/// Field indices are 0-based; messages number fields from 1 (rules §3).
package struct CSVRecord: ~Copyable {
    /// The physical line (1-based) where the record starts. CR, LF and CRLF each end one line, also
    /// inside quoted fields, so this is the line an editor shows.
    package let line: Int
    /// Offset of the record's first byte in the UTF-8 stream (after the BOM; for a UTF-8 file the
    /// file offset minus the BOM's length).
    package let byteOffset: Int
    /// The delimiter this record was split with.
    package let delimiter: CSVDelimiter
    /// Number of fields (≥ 1: an empty physical line yields no record at all).
    package let fieldCount: Int
    /// Literal quotes and text after closing quotes, at most one note per field, in field order.
    package var notes: [CSVNote] {
        guard noteCount > 0, let noteList else { return [] }
        return noteList.pointee
    }
    private let noteCount: Int
    /// The reader's list of the current record's notes (`RecordBuffer`); nil for a worksheet row.
    private let noteList: UnsafePointer<[CSVNote]>?
    /// When the file ends inside a quoted field: the physical line of its opening quote. The record
    /// then holds everything up to the end of the file, and must be rejected (rules §2).
    package let unterminatedQuoteLine: Int?
    /// The 0-based index of the first field that is not valid UTF-8 (bytes invalid in the file's
    /// encoding arrive as invalid UTF-8), or nil. The row must be rejected as bad encoding.
    package let firstInvalidUTF8Field: Int?

    /// Field `i` is `base[fieldStarts[i]..<fieldEnds[i]]`. The memory is the reader's (or, for a
    /// record read in place, the bytes being read): valid while the record's closure runs.
    private let base: UnsafePointer<UInt8>
    private let fieldStarts: UnsafePointer<Int>
    private let fieldEnds: UnsafePointer<Int>
    private let fieldLines: UnsafePointer<Int>
    /// The field bytes of all fields together.
    private let contentCount: Int
    /// A worksheet row's fields: the shared string each field is (its index), -1 for one that
    /// is not; nil for a CSV record. (A record_id from the shared strings is found there again.)
    private let fieldSharedStrings: UnsafePointer<Int32>?

    /// True when the file ended inside a quoted field opened in this record.
    var isUnterminated: Bool { unterminatedQuoteLine != nil }

    /// The physical line (1-based) where field `index` starts (its opening quote, if quoted).
    package func fieldLine(_ index: Int) -> Int {
        checkIndex(index)
        return fieldLines[index]
    }

    /// Calls `body` with the unescaped bytes of field `index` (quotes removed, `""` → `"`).
    /// The buffer is valid only inside `body`.
    @inline(__always)
    func withFieldBytes<R, E: Error>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        checkIndex(index)
        let start = fieldStarts[index]
        return try body(UnsafeRawBufferPointer(start: base + start, count: fieldEnds[index] - start))
    }

    /// A copy of the unescaped bytes of field `index`.
    package func fieldBytes(_ index: Int) -> [UInt8] {
        withFieldBytes(index) { Array($0) }
    }

    /// Field `index` as a String. Invalid UTF-8 becomes U+FFFD: check ``firstInvalidUTF8Field``
    /// first when it matters.
    func field(_ index: Int) -> String {
        withFieldBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every field as a String (see ``field(_:)``).
    var fields: [String] { (0..<fieldCount).map { field($0) } }

    /// True when every field is empty (`,,,` or `""`). Row rule 1 (rules §2) skips such records.
    package var isAllEmpty: Bool { contentCount == 0 }

    /// True when every field holds only ASCII spaces and tabs (or nothing): a line of delimiters or
    /// spaces, which rules §2 calls blank. (Other Unicode spaces are the value layer's business.)
    package var isBlank: Bool {
        (0..<fieldCount).allSatisfy { f in withFieldBytes(f) { $0.allSatisfy { $0 == 0x20 || $0 == 0x09 } } }
    }

    /// The record the reader's `buffer` holds.
    init(line: Int, byteOffset: Int, delimiter: CSVDelimiter, unterminatedQuoteLine: Int?, firstInvalidUTF8Field: Int?,
         buffer: RecordBuffer) {
        self.line = line; self.byteOffset = byteOffset; self.delimiter = delimiter; self.fieldCount = buffer.fieldCount
        self.noteCount = buffer.noteCount; self.noteList = UnsafePointer(buffer.notes)
        self.unterminatedQuoteLine = unterminatedQuoteLine; self.firstInvalidUTF8Field = firstInvalidUTF8Field
        self.base = buffer.base
        self.fieldStarts = UnsafePointer(buffer.fieldStarts); self.fieldEnds = UnsafePointer(buffer.fieldEnds)
        self.fieldLines = UnsafePointer(buffer.fieldLines)
        self.contentCount = buffer.contentCount
        self.fieldSharedStrings = nil
    }

    /// A worksheet's row, whose fields lie in memory the caller keeps valid while the record's
    /// closure runs (`SheetRecordReader`).
    init(line: Int, byteOffset: Int, base: UnsafePointer<UInt8>, fieldStarts: UnsafePointer<Int>, fieldEnds: UnsafePointer<Int>,
         fieldLines: UnsafePointer<Int>, fieldCount: Int, contentCount: Int, fieldSharedStrings: UnsafePointer<Int32>) {
        self.line = line; self.byteOffset = byteOffset; self.delimiter = .comma; self.fieldCount = fieldCount
        self.noteCount = 0; self.noteList = nil; self.unterminatedQuoteLine = nil; self.firstInvalidUTF8Field = nil
        self.base = base; self.fieldStarts = fieldStarts; self.fieldEnds = fieldEnds
        self.fieldLines = fieldLines; self.contentCount = contentCount
        self.fieldSharedStrings = fieldSharedStrings
    }

    /// A second view of `record`, for the `Row` that decodes it: a row cannot be copied either
    /// and lives only inside `Row.decoding(_:columns:_:)`, called in the record's closure, so
    /// the view ends with the record.
    init(viewing record: borrowing CSVRecord) {
        line = record.line; byteOffset = record.byteOffset; delimiter = record.delimiter; fieldCount = record.fieldCount
        noteCount = record.noteCount; noteList = record.noteList
        unterminatedQuoteLine = record.unterminatedQuoteLine; firstInvalidUTF8Field = record.firstInvalidUTF8Field
        base = record.base; fieldStarts = record.fieldStarts; fieldEnds = record.fieldEnds; fieldLines = record.fieldLines
        contentCount = record.contentCount; fieldSharedStrings = record.fieldSharedStrings
    }

    /// Whether this is a worksheet's row rather than a CSV record.
    var isWorksheetRow: Bool { fieldSharedStrings != nil }

    /// The shared string field `index` of a worksheet row is, nil when it is none (or for CSV).
    func sharedString(_ index: Int) -> Int? {
        guard let fieldSharedStrings, index < fieldCount, fieldSharedStrings[index] >= 0 else { return nil }
        return Int(fieldSharedStrings[index])
    }

    @inline(__always)
    private func checkIndex(_ index: Int) {
        precondition(index >= 0 && index < fieldCount, "field index \(index) out of 0..<\(fieldCount)")
    }
}
