/// A streaming RFC 4180 reader over a ``UTF8Source``, pulled one record at a time, with the lenient
/// quoting of rules §2.
///
/// ```swift
/// let reader = CSVReader(source: try UTF8Source(path: path))      // delimiter per record
/// while let record = try reader.next() {
///     if isHeader(record) { reader.delimiterMode = .fixed(record.delimiter) }
///     …
/// }
/// ```
///
/// **Grammar.** A field that starts with `"` is quoted: inside it `""` is a quote, and the
/// delimiter, CR and LF are data. Records end at CRLF, LF or a lone CR (mixed freely) or at the
/// end of the file (a final line break is optional).
/// - **Blank lines** (an empty physical line) yield no record. A line of only spaces or delimiters
///   *is* a record (`["   "]`, `["", "", ""]`); ``CSVRecord/isAllEmpty`` helps the caller skip it.
/// - **A quote inside an unquoted field** is kept as a character; note ``CSVNote/Kind/literalQuote``.
/// - **Text after a closing quote** (`"ab"cd`) is appended to the field (`abcd`), its quotes taken
///   literally; note ``CSVNote/Kind/textAfterClosingQuote``.
/// - **A quote still open at the end of the file**: the record holds everything up to the end and
///   is marked ``CSVRecord/unterminatedQuoteLine`` (the line of the opening quote).
/// - A NUL byte is data. Invalid UTF-8 is kept as is and flagged per record.
///
/// **Lines.** CR, LF and CRLF each count as one line break, inside quoted fields too; a CRLF split
/// across two reads is still one break.
///
/// **Memory.** One read window (`bufferSize`, default 256 KiB) plus one buffer for the current
/// record's unescaped fields that grows to the longest record and is reused: no allocation per
/// record in steady state, no limit on a field's length. Only the per-record delimiter choice looks
/// ahead, at most 1 MiB, for the record's first physical line.
///
/// **Speed.** A record with no quote that lies inside the read window is read in place: its
/// fields are found eight bytes at a time and point into the window, nothing is copied. Any
/// other record is parsed again from its start by the general loops, which scan a raw pointer
/// with a 256-entry class table and copy runs of plain bytes with one `memcpy` each.
///
/// **Parts of a file** (`ParallelRows`): a reader can also read bytes already in memory, in place
/// (`init(borrowing:delimiter:)`), so a part of a large file cut at a line feed is parsed where it
/// lies, on another core.
public final class CSVReader {
    /// How the next record's delimiter is chosen; set it to `.fixed` once the header is found.
    public var delimiterMode: CSVDelimiterMode {
        get { state.pointee.mode }
        set { state.pointee.mode = newValue }
    }

    /// Set when the caller has checked that the whole stream is valid UTF-8 (a part of a file
    /// checked in one pass): records then skip their own check.
    public var isKnownValidUTF8: Bool {
        get { state.pointee.isKnownValidUTF8 }
        set { state.pointee.isKnownValidUTF8 = newValue }
    }

    /// The physical line (1-based) the reader is on: after the last record, the line its
    /// terminator led to.
    public var currentLine: Int { state.pointee.line }
    /// Bytes of the UTF-8 stream consumed so far.
    public var utf8Offset: Int { state.pointee.windowBase + state.pointee.pos }
    /// The source being read; nil for a reader of borrowed bytes.
    private let source: UTF8Source?

    private let storage = CSVRecordStorage()
    /// All mutable parsing state, behind a pointer: `next()` works on a local copy and stores it
    /// back, so the hot loop pays no dynamic exclusivity checks on class properties.
    private let state: UnsafeMutablePointer<ReaderState>
    private let byteClass: UnsafeMutablePointer<UInt8>

    /// - Parameters:
    ///   - delimiterMode: `.perRecord` while searching the header (the default), else `.fixed`.
    ///   - bufferSize: bytes of UTF-8 asked from the source per read (tests use tiny ones).
    public init(source: UTF8Source, delimiterMode: CSVDelimiterMode = .perRecord, bufferSize: Int = 256 << 10) {
        self.source = source
        let capacity = max(1, bufferSize)
        state = .allocate(capacity: 1)
        state.initialize(to: ReaderState(window: .allocate(capacity: capacity), windowCapacity: capacity,
                                         mode: delimiterMode, buffer: RecordBuffer()))
        byteClass = Self.makeByteClass()
    }

    /// Reads `bytes`, which must stay valid and unchanged while the reader is used, in place:
    /// nothing is copied but the fields of records with quotes. Offsets count from `bytes`.
    public init(borrowing bytes: UnsafeBufferPointer<UInt8>, delimiter: CSVDelimiter) {
        source = nil
        state = .allocate(capacity: 1)
        if let start = bytes.baseAddress, !bytes.isEmpty {
            state.initialize(to: ReaderState(window: UnsafeMutablePointer(mutating: start), windowCapacity: bytes.count,
                                             mode: .fixed(delimiter), buffer: RecordBuffer()))
            state.pointee.end = bytes.count
            state.pointee.isBorrowed = true
        } else {
            state.initialize(to: ReaderState(window: .allocate(capacity: 1), windowCapacity: 1,
                                             mode: .fixed(delimiter), buffer: RecordBuffer()))
        }
        state.pointee.sourceExhausted = true
        byteClass = Self.makeByteClass()
    }

    private static func makeByteClass() -> UnsafeMutablePointer<UInt8> {
        let byteClass = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        byteClass.initialize(repeating: 0, count: 256)
        byteClass[Int(ByteClass.quote)] = ByteClass.isQuote
        byteClass[Int(ByteClass.cr)] = ByteClass.isCR
        byteClass[Int(ByteClass.lf)] = ByteClass.isLF
        return byteClass
    }

    deinit {
        if !state.pointee.isBorrowed { state.pointee.window.deallocate() }
        state.pointee.buffer.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
        byteClass.deallocate()
    }

    /// Hands over the bytes the reader has buffered but not parsed, at a record boundary (just
    /// after `next()` returned a record), so the rest of the stream can be read elsewhere: the
    /// returned bytes start at `offset` in the stream and on line `currentLine`. The reader then holds
    /// nothing. `lfPending` is true when the last line ended in a CR at the very end of the
    /// buffer: an LF first in what the source gives next belongs to that line break.
    public func takeBuffered() -> (bytes: [UInt8], offset: Int, lfPending: Bool) {
        var s = state.pointee
        defer { state.pointee = s }
        if s.pendingCR, s.pos < s.end {
            if s.window[s.pos] == ByteClass.lf { s.pos += 1 }  // the LF of a CRLF already counted
            s.pendingCR = false
        }
        let bytes = Array(UnsafeBufferPointer(start: s.window + s.pos, count: s.end - s.pos))
        let offset = s.windowBase + s.pos
        let lfPending = s.pendingCR && bytes.isEmpty
        s.windowBase += s.end
        s.pos = 0
        s.end = 0
        s.pendingCR = false
        return (bytes, offset, lfPending)
    }

    /// The next record, or nil at the end of the file. The returned view's fields are valid until
    /// the next call (see ``CSVRecord``).
    public func next() throws -> CSVRecord? {
        storage.generation.pointee &+= 1
        var s = state.pointee
        defer { state.pointee = s }
        if s.buffer.noteCount > 0 { storage.notes.removeAll(keepingCapacity: true) }
        s.buffer.reset()
        guard try s.skipBlankLines(source) else { return nil }
        let startLine = s.line, startOffset = s.windowBase + s.pos
        let delimiter: CSVDelimiter
        switch s.mode {
        case .fixed(let d): delimiter = d
        case .perRecord: delimiter = try s.delimiterOfFirstLine(source)
        }
        if s.tableDelimiter != delimiter {
            if let old = s.tableDelimiter { byteClass[Int(old.rawValue)] = 0 }
            byteClass[Int(delimiter.rawValue)] = ByteClass.isDelimiter
            s.tableDelimiter = delimiter
        }
        let unterminated = s.parseInPlace(delimiter: delimiter.rawValue, byteClass: byteClass)
            ? nil : try s.parseRecord(source, delimiter: delimiter.rawValue, byteClass: byteClass, storage: storage)
        return CSVRecord(
            line: startLine, byteOffset: startOffset, delimiter: delimiter, noteCount: s.buffer.noteCount,
            unterminatedQuoteLine: unterminated,
            firstInvalidUTF8Field: s.isKnownValidUTF8 ? nil : s.buffer.firstInvalidUTF8Field(),
            storage: storage, buffer: s.buffer, generation: storage.generation.pointee)
    }
}

/// The byte classes of the scanning table.
private enum ByteClass {
    static let isDelimiter: UInt8 = 1, isQuote: UInt8 = 2, isCR: UInt8 = 4, isLF: UInt8 = 8
    /// Bytes that end a run inside an unquoted field, and inside a quoted one.
    static let endsUnquoted: UInt8 = 15, endsQuoted: UInt8 = 14
    static let quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
}

/// The reader's position in the stream, its window of UTF-8 bytes and the current record.
private struct ReaderState {
    var window: UnsafeMutablePointer<UInt8>
    var windowCapacity: Int
    var windowBase = 0  // stream offset of window[0]
    var pos = 0, end = 0
    var sourceExhausted = false
    var line = 1
    var pendingCR = false  // the last byte was a CR ending a line; one LF after it belongs to it
    var tableDelimiter: CSVDelimiter?
    var mode: CSVDelimiterMode
    var isKnownValidUTF8 = false
    /// The window is the caller's memory (`init(borrowing:)`): never refilled or freed.
    var isBorrowed = false
    var buffer: RecordBuffer

    static let maxDelimiterLookahead = 1 << 20

    init(window: UnsafeMutablePointer<UInt8>, windowCapacity: Int, mode: CSVDelimiterMode, buffer: RecordBuffer) {
        self.window = window; self.windowCapacity = windowCapacity; self.mode = mode; self.buffer = buffer
    }

    /// Skips empty physical lines. False at the end of the stream.
    mutating func skipBlankLines(_ source: UTF8Source?) throws -> Bool {
        while true {
            if pos == end, try !refill(source) { return false }
            let b = window[pos]
            if pendingCR {
                pendingCR = false
                if b == ByteClass.lf { pos += 1; continue }
            }
            if b == ByteClass.lf { line += 1; pos += 1; continue }
            if b == ByteClass.cr { line += 1; pos += 1; pendingCR = true; continue }
            return true
        }
    }

    /// Reads the record at `pos` in place when it holds no quote and ends (with a line break)
    /// inside the window: true then, with the record in `buffer`. Otherwise false, with nothing
    /// consumed, for `parseRecord` to read it from its start.
    mutating func parseInPlace(delimiter: UInt8, byteClass table: UnsafeMutablePointer<UInt8>) -> Bool {
        let p = UnsafePointer(window)
        let start = pos, e = end
        buffer.resetInPlace(at: p + start)
        // A byte is special when it is the delimiter, a quote, CR or LF. All four are below
        // `-` (0x2D), and so are few others (space, `!`…`,`): bytes below 0x2D are found eight
        // at a time (`hasless` of Bit Twiddling Hacks: the lowest flagged byte is the first
        // such byte), then the table says whether the one found is special.
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let below = ones &* 0x2D
        var i = start, fieldStart = start
        while true {
            var found = false
            while i + 8 <= e {
                let w = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                let hits = (w &- below) & ~w & highs
                if hits == 0 { i += 8; continue }
                i += hits.trailingZeroBitCount >> 3
                if table[Int(p[i])] != 0 {
                    found = true
                    break
                }
                i += 1
            }
            if !found {
                while i < e && table[Int(p[i])] == 0 { i += 1 }
                if i == e { return false }
            }
            let b = p[i]
            if b == delimiter {
                buffer.endField(start: fieldStart - start, end: i - start, line: line)
                i += 1
                fieldStart = i
            } else if b == ByteClass.quote {
                return false
            } else {
                buffer.endField(start: fieldStart - start, end: i - start, line: line)
                pos = i + 1
                endLine(b)
                return true
            }
        }
    }

    private enum FieldState {
        case fieldStart, unquoted, quoted, quotedAfterCR, quotedSawQuote, afterClosingQuote
    }

    /// Parses one record starting at `pos` (not at a line break) into `buffer`. Returns the line of
    /// the opening quote when the file ends inside a quoted field.
    mutating func parseRecord(
        _ source: UTF8Source?, delimiter: UInt8, byteClass table: UnsafeMutablePointer<UInt8>, storage: CSVRecordStorage
    ) throws -> Int? {
        buffer.reset()
        var state = FieldState.fieldStart
        var fieldLine = line
        var quoteLine = line
        var noted = false
        while true {
            if pos == end, try !refill(source) {
                // The end of the file ends the record (after a delimiter: with an empty field).
                buffer.endField(startLine: state == .fieldStart ? line : fieldLine)
                return state == .quoted || state == .quotedAfterCR ? quoteLine : nil
            }
            let p = window
            switch state {
            case .fieldStart:
                fieldLine = line
                noted = false
                if p[pos] == ByteClass.quote {
                    quoteLine = line
                    pos += 1
                    state = .quoted
                } else {
                    state = .unquoted
                }

            case .unquoted, .afterClosingQuote:
                var i = pos
                let e = end
                while i < e && table[Int(p[i])] & ByteClass.endsUnquoted == 0 { i += 1 }
                buffer.append(p + pos, count: i - pos)
                pos = i
                if i == e { continue }
                let b = p[i]
                pos += 1
                if b == delimiter {
                    buffer.endField(startLine: fieldLine)
                    state = .fieldStart
                } else if b == ByteClass.quote {
                    if state == .unquoted && !noted {
                        note(.literalQuote, storage)
                        noted = true
                    }
                    buffer.append(b)
                } else {  // CR or LF
                    buffer.endField(startLine: fieldLine)
                    endLine(b)
                    return nil
                }

            case .quoted:
                var i = pos
                let e = end
                while i < e && table[Int(p[i])] & ByteClass.endsQuoted == 0 { i += 1 }
                buffer.append(p + pos, count: i - pos)
                pos = i
                if i == e { continue }
                let b = p[i]
                pos += 1
                if b == ByteClass.quote {
                    state = .quotedSawQuote
                } else {
                    buffer.append(b)
                    line += 1
                    if b == ByteClass.cr { state = .quotedAfterCR }
                }

            case .quotedAfterCR:
                if p[pos] == ByteClass.lf {
                    buffer.append(ByteClass.lf)
                    pos += 1
                }
                state = .quoted

            case .quotedSawQuote:
                let b = p[pos]
                if b == ByteClass.quote {
                    buffer.append(b)
                    pos += 1
                    state = .quoted
                } else if b == delimiter {
                    pos += 1
                    buffer.endField(startLine: fieldLine)
                    state = .fieldStart
                } else if b == ByteClass.cr || b == ByteClass.lf {
                    pos += 1
                    buffer.endField(startLine: fieldLine)
                    endLine(b)
                    return nil
                } else {
                    note(.textAfterClosingQuote, storage)
                    noted = true
                    state = .afterClosingQuote
                }
            }
        }
    }

    private mutating func note(_ kind: CSVNote.Kind, _ storage: CSVRecordStorage) {
        storage.notes.append(CSVNote(kind, line: line, field: buffer.fieldCount))
        buffer.noteCount += 1
    }

    /// Counts the line break `b` that ends a record; a CR may be followed by the LF of a CRLF.
    @inline(__always)
    private mutating func endLine(_ b: UInt8) {
        line += 1
        pendingCR = b == ByteClass.cr
    }

    /// The delimiter while the header is searched (rules §2): tab when the record's first physical line holds more tabs
    /// than commas. Reads ahead (keeping the unread bytes) until that line ends, at most 1 MiB.
    mutating func delimiterOfFirstLine(_ source: UTF8Source?) throws -> CSVDelimiter {
        var scan = pos
        while true {
            while scan < end && window[scan] != ByteClass.cr && window[scan] != ByteClass.lf { scan += 1 }
            if scan < end || sourceExhausted || scan - pos >= Self.maxDelimiterLookahead { break }
            // Keep [pos, end), read behind it.
            let kept = end - pos
            if pos > 0 {
                window.update(from: window + pos, count: kept)
                windowBase += pos
                scan -= pos
                pos = 0
                end = kept
            }
            if end == windowCapacity {
                let capacity = windowCapacity * 2
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                grown.update(from: window, count: end)
                window.deallocate()
                window = grown
                windowCapacity = capacity
            }
            guard let source else { sourceExhausted = true; break }
            let n = try source.read(into: window + end, capacity: windowCapacity - end)
            if n == 0 { sourceExhausted = true } else { end += n }
        }
        var tabs = 0, commas = 0
        for i in pos..<scan {
            let b = window[i]
            if b == CSVDelimiter.tab.rawValue { tabs += 1 } else if b == CSVDelimiter.comma.rawValue { commas += 1 }
        }
        return tabs > commas ? .tab : .comma
    }

    /// Replaces the consumed window with the next bytes of the stream. False at its end.
    mutating func refill(_ source: UTF8Source?) throws -> Bool {
        guard !sourceExhausted, let source else { return false }
        windowBase += end
        pos = 0
        end = try source.read(into: window, capacity: windowCapacity)
        if end == 0 { sourceExhausted = true }
        return end > 0
    }
}
