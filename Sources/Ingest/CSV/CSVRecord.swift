/// The field separator of a CSV file (SPEC §2: comma, or tab when the header line holds more tabs
/// than commas).
public enum CSVDelimiter: UInt8, Hashable, Sendable {
    case comma = 0x2C
    case tab = 0x09
}

/// How ``CSVReader`` picks the delimiter.
public enum CSVDelimiterMode: Hashable, Sendable {
    /// Each record is split with the delimiter its own first physical line implies: tab when that
    /// line (quotes included, as raw bytes) holds more tabs than commas, else comma. For the header
    /// search (SPEC §2: "each candidate split with the delimiter its own line implies").
    case perRecord
    /// Every record is split with this delimiter: once the header is found.
    case fixed(CSVDelimiter)
}

/// Something the lenient quoting rules of SPEC §2 accepted but the user should hear about (info).
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
/// Field indices are 0-based; SPEC's messages number fields from 1.
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
    /// then holds everything up to the end of the file, and must be rejected (SPEC §2).
    public let unterminatedQuoteLine: Int?
    /// The 0-based index of the first field that is not valid UTF-8 (bytes invalid in the file's
    /// encoding arrive as invalid UTF-8), or nil. The row must be rejected as bad encoding.
    public let firstInvalidUTF8Field: Int?

    /// The reader's buffers; `bytes`, `fieldEnds` and `fieldLines` point into them. Not retained:
    /// a record is used while its reader is (`checkAlive`), and a retain and a release for every
    /// record, from every thread reading a part of a file, cost more than parsing a field.
    unowned(unsafe) let storage: CSVRecordStorage
    let bytes: UnsafePointer<UInt8>
    let fieldEnds: UnsafePointer<Int>
    let fieldLines: UnsafePointer<Int>
    let generation: Int

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
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        return try body(UnsafeBufferPointer(start: bytes + start, count: fieldEnds[index] - start))
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
        return fieldEnds[index] - (index == 0 ? 0 : fieldEnds[index - 1])
    }

    /// True when every field is empty (`,,,` or `""`). SPEC §2 skips such records.
    public var isAllEmpty: Bool {
        checkAlive(0)
        return fieldEnds[fieldCount - 1] == 0
    }

    /// True when every field holds only ASCII spaces and tabs (or nothing): a line of delimiters or
    /// spaces, which SPEC §2 calls blank. (Other Unicode spaces are the value layer's business.)
    public var isBlank: Bool {
        checkAlive(0)
        return UnsafeBufferPointer(start: bytes, count: fieldEnds[fieldCount - 1]).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    init(line: Int, byteOffset: Int, delimiter: CSVDelimiter, fieldCount: Int, noteCount: Int,
         unterminatedQuoteLine: Int?, firstInvalidUTF8Field: Int?, storage: CSVRecordStorage,
         bytes: UnsafePointer<UInt8>, fieldEnds: UnsafePointer<Int>, fieldLines: UnsafePointer<Int>, generation: Int) {
        self.line = line; self.byteOffset = byteOffset; self.delimiter = delimiter; self.fieldCount = fieldCount
        self.noteCount = noteCount; self.unterminatedQuoteLine = unterminatedQuoteLine
        self.firstInvalidUTF8Field = firstInvalidUTF8Field; self.storage = storage; self.bytes = bytes
        self.fieldEnds = fieldEnds; self.fieldLines = fieldLines; self.generation = generation
    }

    @inline(__always)
    func checkAlive(_ index: Int) {
        precondition(generation == storage.generation.pointee,
                     "CSVRecord used after CSVReader.next() was called again; copy the fields you keep")
        precondition(index >= 0 && index < fieldCount, "field index \(index) out of 0..<\(fieldCount)")
    }
}

/// The reusable buffers of the current record: all unescaped field bytes back to back, the end
/// offset and start line of each field. Grows to the largest record seen, never shrinks.
///
/// A value type, so the reader can keep it in a local variable while it parses (a class's stored
/// properties would cost a dynamic exclusivity check on every access in the hot loop).
struct RecordBuffer {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private(set) var byteCount = 0
    private(set) var fieldEnds: UnsafeMutablePointer<Int>
    private(set) var fieldLines: UnsafeMutablePointer<Int>
    private var fieldCapacity: Int
    private(set) var fieldCount = 0
    /// Notes of the current record (kept in ``CSVRecordStorage/notes``).
    var noteCount = 0

    init() {
        byteCapacity = 1024
        bytes = .allocate(capacity: byteCapacity)
        fieldCapacity = 64
        fieldEnds = .allocate(capacity: fieldCapacity)
        fieldLines = .allocate(capacity: fieldCapacity)
    }

    func deallocate() {
        bytes.deallocate()
        fieldEnds.deallocate()
        fieldLines.deallocate()
    }

    @inline(__always)
    mutating func reset() {
        byteCount = 0
        fieldCount = 0
        noteCount = 0
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

    @inline(__always)
    mutating func endField(startLine: Int) {
        if fieldCount == fieldCapacity { growFields() }
        fieldEnds[fieldCount] = byteCount
        fieldLines[fieldCount] = startLine
        fieldCount += 1
    }

    private mutating func growBytes(to needed: Int) {
        var capacity = byteCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    private mutating func growFields() {
        let capacity = fieldCapacity * 2
        let ends = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        let lines = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        ends.update(from: fieldEnds, count: fieldCount)
        lines.update(from: fieldLines, count: fieldCount)
        fieldEnds.deallocate(); fieldLines.deallocate()
        fieldEnds = ends; fieldLines = lines
        fieldCapacity = capacity
    }

    /// The 0-based index of the first field that is not valid UTF-8, checking only when the record
    /// holds a byte ≥ 0x80.
    func firstInvalidUTF8Field() -> Int? {
        guard ByteValidation.containsNonASCII(bytes, count: byteCount) else { return nil }
        var start = 0
        for index in 0..<fieldCount {
            let end = fieldEnds[index]
            if !ByteValidation.isValidUTF8(bytes + start, count: end - start) { return index }
            start = end
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
