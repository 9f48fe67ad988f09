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
    /// The current record's notes, behind a pointer so a record reads them without retaining
    /// anything; `noteCount` of them (the list is emptied only when it holds some).
    let notes: UnsafeMutablePointer<[CSVNote]>
    private(set) var noteCount = 0

    init() {
        byteCapacity = 1024
        bytes = .allocate(capacity: byteCapacity)
        base = UnsafePointer(bytes)
        fieldCapacity = 64
        fieldStarts = .allocate(capacity: fieldCapacity)
        fieldEnds = .allocate(capacity: fieldCapacity)
        fieldLines = .allocate(capacity: fieldCapacity)
        notes = .allocate(capacity: 1)
        notes.initialize(to: [])
    }

    func deallocate() {
        bytes.deallocate()
        fieldStarts.deallocate()
        fieldEnds.deallocate()
        fieldLines.deallocate()
        notes.deinitialize(count: 1)
        notes.deallocate()
    }

    /// Starts a copied record.
    @inline(__always)
    mutating func reset() {
        byteCount = 0
        fieldCount = 0
        contentCount = 0
        if noteCount > 0 { clearNotes() }
        base = UnsafePointer(bytes)
    }

    /// Starts a record read in place, whose first byte is `start`.
    @inline(__always)
    mutating func resetInPlace(at start: UnsafePointer<UInt8>) {
        fieldCount = 0
        contentCount = 0
        if noteCount > 0 { clearNotes() }
        base = start
    }

    private mutating func clearNotes() {
        notes.pointee.removeAll(keepingCapacity: true)
        noteCount = 0
    }

    /// Notes `kind` at `line` for the field being read.
    mutating func note(_ kind: CSVNote.Kind, line: Int) {
        notes.pointee.append(CSVNote(kind, line: line, field: fieldCount))
        noteCount += 1
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
