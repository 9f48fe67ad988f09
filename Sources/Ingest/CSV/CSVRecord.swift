/// The field separator of a CSV file (rules §2: comma, or tab when the header line holds more tabs
/// than commas).
///
/// Both are below `-` (0x2D), which the reader's eight-bytes-at-a-time scan relies on.
public enum CSVDelimiter: UInt8, Hashable, Sendable {
    case comma = 0x2C
    case tab = 0x09
}

/// How ``CSVReader`` picks the delimiter.
public enum CSVDelimiterMode: Hashable, Sendable {
    /// Each record is split with the delimiter its own first physical line implies: tab when that
    /// line (quotes included, as raw bytes) holds more tabs than commas, else comma. For the header
    /// search (rules §2: while searching, each record is split by its own first line).
    case perRecord
    /// Every record is split with this delimiter: once the header is found.
    case fixed(CSVDelimiter)
}

/// Something the lenient quoting of rules §2 accepted but the user should hear about (info).
public struct CSVNote: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A `"` inside an unquoted field, kept as a character (`a"b` → `a"b`).
        case literalQuote
        /// Text after a closing quote, appended to the field (`"ab"cd` → `abcd`).
        case textAfterClosingQuote
    }
    public var kind: Kind
    /// The physical line (1-based) of the quote, or of the first character after the closing quote.
    public var line: Int
    /// The 0-based index of the field.
    public var field: Int

    public init(_ kind: Kind, line: Int, field: Int) {
        self.kind = kind; self.line = line; self.field = field
    }
}

/// One record, as ``CSVReader/next()`` returns it: a view of the reader's buffers.
///
/// **Lifetime**: the field bytes belong to the reader and are overwritten by its next call to
/// `next()`. Copy what you keep (``field(_:)``, ``fieldBytes(_:)``); touching the fields of an
/// earlier record afterwards stops the program (it never reads stale bytes). The scalar properties
/// (`line`, `notes`, …) are plain values and stay valid.
///
/// Field indices are 0-based; messages number fields from 1 (rules §3).
public struct CSVRecord {
    /// The physical line (1-based) where the record starts. CR, LF and CRLF each end one line, also
    /// inside quoted fields, so this is the line an editor shows.
    public let line: Int
    /// Offset of the record's first byte in the UTF-8 stream (after the BOM; for a UTF-8 file the
    /// file offset minus the BOM's length).
    public let byteOffset: Int
    /// The delimiter this record was split with.
    public let delimiter: CSVDelimiter
    /// Number of fields (≥ 1: an empty physical line yields no record at all).
    public let fieldCount: Int
    /// Literal quotes and text after closing quotes, at most one note per field, in field order.
    public var notes: [CSVNote] {
        guard noteCount > 0 else { return [] }
        checkAlive(0)
        return storage.notes
    }
    private let noteCount: Int
    /// When the file ends inside a quoted field: the physical line of its opening quote. The record
    /// then holds everything up to the end of the file, and must be rejected (rules §2).
    public let unterminatedQuoteLine: Int?
    /// The 0-based index of the first field that is not valid UTF-8 (bytes invalid in the file's
    /// encoding arrive as invalid UTF-8), or nil. The row must be rejected as bad encoding.
    public let firstInvalidUTF8Field: Int?

    /// The reader's buffers; `base`, `fieldStarts`, `fieldEnds` and `fieldLines` point into them
    /// (or, for a record read in place, into the bytes being read). Not retained:
    /// a record is used while its reader is (`checkAlive`), and a retain and a release for every
    /// record, from every thread reading a part of a file, cost more than parsing a field.
    unowned(unsafe) let storage: CSVRecordStorage
    /// Field `i` is `base[fieldStarts[i]..<fieldEnds[i]]`.
    let base: UnsafePointer<UInt8>
    let fieldStarts: UnsafePointer<Int>
    let fieldEnds: UnsafePointer<Int>
    let fieldLines: UnsafePointer<Int>
    /// The field bytes of all fields together.
    let contentCount: Int
    let generation: Int
    /// A worksheet row's fields: the shared string each field is (its index), -1 for one that
    /// is not; nil for a CSV record. (A record_id from the shared strings is found there again.)
    let fieldSharedStrings: UnsafePointer<Int32>?

    /// True when the file ended inside a quoted field opened in this record.
    public var isUnterminated: Bool { unterminatedQuoteLine != nil }

    /// The physical line (1-based) where field `index` starts (its opening quote, if quoted).
    public func fieldLine(_ index: Int) -> Int {
        checkAlive(index)
        return fieldLines[index]
    }

    /// Calls `body` with the unescaped bytes of field `index` (quotes removed, `""` → `"`).
    /// The buffer is valid only inside `body`.
    public func withFieldBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        checkAlive(index)
        let start = fieldStarts[index]
        return try body(UnsafeBufferPointer(start: base + start, count: fieldEnds[index] - start))
    }

    /// A copy of the unescaped bytes of field `index`.
    public func fieldBytes(_ index: Int) -> [UInt8] {
        withFieldBytes(index) { Array($0) }
    }

    /// Field `index` as a String. Invalid UTF-8 becomes U+FFFD: check ``firstInvalidUTF8Field``
    /// first when it matters.
    public func field(_ index: Int) -> String {
        withFieldBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every field as a String (see ``field(_:)``).
    public var fields: [String] { (0..<fieldCount).map(field) }

    /// Number of bytes in field `index`.
    public func fieldByteCount(_ index: Int) -> Int {
        checkAlive(index)
        return fieldEnds[index] - fieldStarts[index]
    }

    /// True when every field is empty (`,,,` or `""`). Row rule 1 (rules §2) skips such records.
    public var isAllEmpty: Bool {
        checkAlive(0)
        return contentCount == 0
    }

    /// True when every field holds only ASCII spaces and tabs (or nothing): a line of delimiters or
    /// spaces, which rules §2 calls blank. (Other Unicode spaces are the value layer's business.)
    public var isBlank: Bool {
        checkAlive(0)
        return (0..<fieldCount).allSatisfy { f in
            UnsafeBufferPointer(start: base + fieldStarts[f], count: fieldEnds[f] - fieldStarts[f]).allSatisfy { $0 == 0x20 || $0 == 0x09 }
        }
    }

    init(line: Int, byteOffset: Int, delimiter: CSVDelimiter, noteCount: Int, unterminatedQuoteLine: Int?,
         firstInvalidUTF8Field: Int?, storage: CSVRecordStorage, buffer: RecordBuffer, generation: Int,
         fieldSharedStrings: UnsafePointer<Int32>? = nil) {
        self.line = line; self.byteOffset = byteOffset; self.delimiter = delimiter; self.fieldCount = buffer.fieldCount
        self.noteCount = noteCount; self.unterminatedQuoteLine = unterminatedQuoteLine
        self.firstInvalidUTF8Field = firstInvalidUTF8Field; self.storage = storage; self.base = buffer.base
        self.fieldStarts = UnsafePointer(buffer.fieldStarts); self.fieldEnds = UnsafePointer(buffer.fieldEnds)
        self.fieldLines = UnsafePointer(buffer.fieldLines)
        self.contentCount = buffer.contentCount; self.generation = generation
        self.fieldSharedStrings = fieldSharedStrings
    }

    /// A record whose fields lie in memory the caller keeps valid until its next record (a
    /// worksheet's row, `SheetRecordReader`).
    init(line: Int, byteOffset: Int, delimiter: CSVDelimiter, base: UnsafePointer<UInt8>, fieldStarts: UnsafePointer<Int>,
         fieldEnds: UnsafePointer<Int>, fieldLines: UnsafePointer<Int>, fieldCount: Int, contentCount: Int,
         storage: CSVRecordStorage, generation: Int, fieldSharedStrings: UnsafePointer<Int32>?) {
        self.line = line; self.byteOffset = byteOffset; self.delimiter = delimiter; self.fieldCount = fieldCount
        self.noteCount = 0; self.unterminatedQuoteLine = nil; self.firstInvalidUTF8Field = nil
        self.storage = storage; self.base = base; self.fieldStarts = fieldStarts; self.fieldEnds = fieldEnds
        self.fieldLines = fieldLines; self.contentCount = contentCount; self.generation = generation
        self.fieldSharedStrings = fieldSharedStrings
    }

    /// Whether this is a worksheet's row rather than a CSV record.
    var isWorksheetRow: Bool { fieldSharedStrings != nil }

    /// The shared string field `index` of a worksheet row is, nil when it is none (or for CSV).
    func sharedString(_ index: Int) -> Int? {
        guard let fieldSharedStrings, index < fieldCount, fieldSharedStrings[index] >= 0 else { return nil }
        return Int(fieldSharedStrings[index])
    }

    @inline(__always)
    func checkAlive(_ index: Int) {
        precondition(generation == storage.generation.pointee,
                     "CSVRecord used after CSVReader.next() was called again; copy the fields you keep")
        precondition(index >= 0 && index < fieldCount, "field index \(index) out of 0..<\(fieldCount)")
    }
}

/// The reusable buffers of the current record: the start, end and start line of each field, and
/// the unescaped field bytes. Grows to the largest record seen, never shrinks.
///
/// A record is held in one of two ways. *Copied*: its fields' unescaped bytes back to back in
/// `bytes` (any record). *In place*: the fields are where the reader found them, between the
/// delimiters (a record with no quote, inside the reader's window): nothing is copied.
///
/// A value type, so the reader can keep it in a local variable while it parses (a class's stored
/// properties would cost a dynamic exclusivity check on every access in the hot loop).
struct RecordBuffer {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private(set) var byteCount = 0
    /// What field offsets count from: `bytes`, or the record's first byte when read in place.
    private(set) var base: UnsafePointer<UInt8>
    private(set) var fieldStarts: UnsafeMutablePointer<Int>
    private(set) var fieldEnds: UnsafeMutablePointer<Int>
    private(set) var fieldLines: UnsafeMutablePointer<Int>
    private var fieldCapacity: Int
    private(set) var fieldCount = 0
    /// The bytes of all fields together.
    private(set) var contentCount = 0
    /// Notes of the current record (kept in ``CSVRecordStorage/notes``).
    var noteCount = 0

    init() {
        byteCapacity = 1024
        bytes = .allocate(capacity: byteCapacity)
        base = UnsafePointer(bytes)
        fieldCapacity = 64
        fieldStarts = .allocate(capacity: fieldCapacity)
        fieldEnds = .allocate(capacity: fieldCapacity)
        fieldLines = .allocate(capacity: fieldCapacity)
    }

    func deallocate() {
        bytes.deallocate()
        fieldStarts.deallocate()
        fieldEnds.deallocate()
        fieldLines.deallocate()
    }

    /// Starts a copied record.
    @inline(__always)
    mutating func reset() {
        byteCount = 0
        fieldCount = 0
        contentCount = 0
        noteCount = 0
        base = UnsafePointer(bytes)
    }

    /// Starts a record read in place, whose first byte is `start`.
    @inline(__always)
    mutating func resetInPlace(at start: UnsafePointer<UInt8>) {
        fieldCount = 0
        contentCount = 0
        noteCount = 0
        base = start
    }

    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, count: Int) {
        if count == 0 { return }
        if byteCount + count > byteCapacity { growBytes(to: byteCount + count) }
        (bytes + byteCount).update(from: source, count: count)
        byteCount += count
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if byteCount == byteCapacity { growBytes(to: byteCount + 1) }
        bytes[byteCount] = byte
        byteCount += 1
    }

    /// Ends a copied field: the bytes appended since the last one.
    @inline(__always)
    mutating func endField(startLine: Int) {
        if fieldCount == fieldCapacity { growFields() }
        fieldStarts[fieldCount] = contentCount
        fieldEnds[fieldCount] = byteCount
        fieldLines[fieldCount] = startLine
        fieldCount += 1
        contentCount = byteCount
    }

    /// Ends a field read in place: `base[start..<end]`.
    @inline(__always)
    mutating func endField(start: Int, end: Int, line: Int) {
        if fieldCount == fieldCapacity { growFields() }
        fieldStarts[fieldCount] = start
        fieldEnds[fieldCount] = end
        fieldLines[fieldCount] = line
        fieldCount += 1
        contentCount += end - start
    }

    private mutating func growBytes(to needed: Int) {
        var capacity = byteCapacity * 2
        while capacity < needed { capacity *= 2 }
        bytes = bytes.moved(count: byteCount, toCapacity: capacity)
        base = UnsafePointer(bytes)
        byteCapacity = capacity
    }

    private mutating func growFields() {
        let capacity = fieldCapacity * 2
        fieldStarts = fieldStarts.moved(count: fieldCount, toCapacity: capacity)
        fieldEnds = fieldEnds.moved(count: fieldCount, toCapacity: capacity)
        fieldLines = fieldLines.moved(count: fieldCount, toCapacity: capacity)
        fieldCapacity = capacity
    }

    /// The 0-based index of the first field that is not valid UTF-8, or nil.
    func firstInvalidUTF8Field() -> Int? {
        guard fieldCount > 0 else { return nil }
        let span = UnsafePointer(base) + fieldStarts[0], count = fieldEnds[fieldCount - 1] - fieldStarts[0]
        if base != UnsafePointer(bytes) {
            // Read in place: the fields lie between ASCII delimiters, where no sequence can
            // run from one field into the next, so one pass over the record decides.
            if ByteValidation.isValidUTF8(span, count: count) { return nil }
        } else if !ByteValidation.containsNonASCII(span, count: count) {
            // Copied fields lie back to back: a pass over them all could join the end of one
            // field and the start of the next into one valid sequence; only all-ASCII is sure.
            return nil
        }
        for index in 0..<fieldCount where !ByteValidation.isValidUTF8(base + fieldStarts[index], count: fieldEnds[index] - fieldStarts[index]) {
            return index
        }
        return nil
    }
}

/// What a ``CSVRecord`` view holds on to: the notes of the current record, and the record counter
/// that tells a view whether it is still current. The counter lives behind a pointer so that
/// checking it costs a load, not an exclusivity check.
final class CSVRecordStorage {
    var notes: [CSVNote] = []
    let generation: UnsafeMutablePointer<Int>

    init() {
        generation = .allocate(capacity: 1)
        generation.initialize(to: 0)
    }

    deinit { generation.deallocate() }
}
