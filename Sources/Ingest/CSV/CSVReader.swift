/// A streaming RFC 4180 reader over a ``UTF8Source``, pulled one record at a time, with the lenient
/// quoting of rules §2.
///
/// ```swift
/// let reader = CSVReader(source: try UTF8Source(path: path))      // delimiter per record
/// while let fields = try reader.nextRecord({ record in
///     if isHeader(record) { reader.delimiterMode = .fixed(record.delimiter) }
///     return record.fields
/// }) { … }
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
/// (``withReader(inPlace:delimiter:knownValidUTF8:_:)``), so a part of a large file cut at a line
/// feed is parsed where it lies, on another core.
package final class CSVReader {
    /// How the next record's delimiter is chosen; set it to `.fixed` once the header is found.
    package var delimiterMode: CSVDelimiterMode {
        get { state.pointee.mode }
        set { state.pointee.mode = newValue }
    }

    /// The physical line (1-based) the reader is on: after the last record, the line its
    /// terminator led to.
    var currentLine: Int { state.pointee.line }
    /// Bytes of the UTF-8 stream consumed so far.
    var utf8Offset: Int { state.pointee.windowBase + state.pointee.pos }
    /// The source being read; nil for a reader of borrowed bytes.
    private let source: UTF8Source?

    /// All mutable parsing state, behind a pointer: reading a record works on a local copy and
    /// stores it back, so the hot loop pays no dynamic exclusivity checks on class properties.
    private let state: UnsafeMutablePointer<CSVReaderState>
    private let byteClass: UnsafeMutablePointer<UInt8>

    /// - Parameters:
    ///   - delimiterMode: `.perRecord` while searching the header (the default), else `.fixed`.
    ///   - bufferSize: bytes of UTF-8 asked from the source per read (tests use tiny ones).
    package init(source: UTF8Source, delimiterMode: CSVDelimiterMode = .perRecord, bufferSize: Int = 256 << 10) {
        self.source = source
        let capacity = max(1, bufferSize)
        state = .allocate(capacity: 1)
        state.initialize(to: CSVReaderState(window: .allocate(capacity: capacity), windowCapacity: capacity,
                                            mode: delimiterMode, buffer: RecordBuffer()))
        byteClass = Self.makeByteClass()
    }

    /// Calls `body` with a reader of `bytes` that reads them in place: nothing is copied but the
    /// fields of records with quotes. Offsets count from `bytes`' start. The reader reads them
    /// only inside `body`: kept beyond it, it is at the end of its input.
    /// - Parameter knownValidUTF8: the caller checked that all of `bytes` is valid UTF-8 (a part
    ///   of a file, checked in one pass): records then skip their own check.
    package static func withReader<T>(
        inPlace bytes: [UInt8], delimiter: CSVDelimiter, knownValidUTF8: Bool = false, _ body: (CSVReader) throws -> T
    ) rethrows -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            let reader = CSVReader(borrowing: buffer, delimiter: delimiter)
            reader.state.pointee.isKnownValidUTF8 = knownValidUTF8
            defer { reader.forgetBorrowedBytes() }
            return try body(reader)
        }
    }

    /// Reads `bytes` in place; they must stay valid and unchanged until `forgetBorrowedBytes()`.
    private init(borrowing bytes: UnsafeBufferPointer<UInt8>, delimiter: CSVDelimiter) {
        source = nil
        state = .allocate(capacity: 1)
        if let start = bytes.baseAddress, !bytes.isEmpty {
            state.initialize(to: CSVReaderState(window: UnsafeMutablePointer(mutating: start), windowCapacity: bytes.count,
                                                mode: .fixed(delimiter), buffer: RecordBuffer()))
            state.pointee.end = bytes.count
            state.pointee.isBorrowed = true
        } else {
            state.initialize(to: CSVReaderState(window: .allocate(capacity: 1), windowCapacity: 1,
                                                mode: .fixed(delimiter), buffer: RecordBuffer()))
        }
        state.pointee.sourceExhausted = true
        byteClass = Self.makeByteClass()
    }

    /// Lets go of borrowed bytes: the reader is at the end of its input from now on.
    private func forgetBorrowedBytes() {
        guard state.pointee.isBorrowed else { return }
        state.pointee.window = .allocate(capacity: 1)
        state.pointee.windowCapacity = 1
        state.pointee.pos = 0
        state.pointee.end = 0
        state.pointee.isBorrowed = false
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

    /// Hands over the bytes the reader has buffered but not parsed, at a record boundary (after
    /// `nextRecord(_:)` returned), so the rest of the stream can be read elsewhere: the
    /// returned bytes start at `offset` in the stream and on line `currentLine`. The reader then holds
    /// nothing. `lfPending` is true when the last line ended in a CR at the very end of the
    /// buffer: an LF first in what the source gives next belongs to that line break.
    func takeBuffered() -> (bytes: [UInt8], offset: Int, lfPending: Bool) {
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

    /// Reads the next record and calls `body` with it; nil at the end of the file, else what
    /// `body` returns. The record lives only inside `body` (see ``CSVRecord``), which must not
    /// ask this reader for another record: that stops the program.
    @inline(__always)
    package func nextRecord<T>(_ body: (borrowing CSVRecord) throws -> T) throws -> T? {
        precondition(!state.pointee.isInRecord, "CSVReader.nextRecord called inside its own closure")
        guard let head = try readRecord() else { return nil }
        state.pointee.isInRecord = true
        defer { state.pointee.isInRecord = false }
        return try body(CSVRecord(
            line: head.line, byteOffset: head.byteOffset, delimiter: head.delimiter,
            unterminatedQuoteLine: head.unterminatedQuoteLine, firstInvalidUTF8Field: head.firstInvalidUTF8Field,
            buffer: state.pointee.buffer))
    }

    /// What a record holds besides its fields, which stay in the state's buffer.
    private struct RecordHead {
        var line: Int
        var byteOffset: Int
        var delimiter: CSVDelimiter
        var unterminatedQuoteLine: Int?
        var firstInvalidUTF8Field: Int?
    }

    /// Parses the next record into the state's buffer; nil at the end of the file.
    private func readRecord() throws -> RecordHead? {
        var s = state.pointee
        defer { state.pointee = s }
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
            ? nil : try s.parseRecord(source, delimiter: delimiter.rawValue, byteClass: byteClass)
        return RecordHead(line: startLine, byteOffset: startOffset, delimiter: delimiter, unterminatedQuoteLine: unterminated,
                          firstInvalidUTF8Field: s.isKnownValidUTF8 ? nil : s.buffer.firstInvalidUTF8Field())
    }
}
