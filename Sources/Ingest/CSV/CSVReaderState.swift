/// The byte classes of the scanning table.
enum ByteClass {
    static let isDelimiter: UInt8 = 1, isQuote: UInt8 = 2, isCR: UInt8 = 4, isLF: UInt8 = 8
    /// Bytes that end a run inside an unquoted field, and inside a quoted one.
    static let endsUnquoted: UInt8 = 15, endsQuoted: UInt8 = 14
    static let quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
}

/// The state of a ``CSVReader``: its position in the stream, its window of UTF-8 bytes and the
/// current record, and the parsing of one record into ``RecordBuffer``.
struct CSVReaderState {
    var window: UnsafeMutablePointer<UInt8>
    var windowCapacity: Int
    var windowBase = 0  // stream offset of window[0]
    var pos = 0, end = 0
    var sourceExhausted = false
    var line = 1
    var pendingCR = false  // the last byte was a CR ending a line; one LF after it belongs to it
    var tableDelimiter: CSVDelimiter?
    var mode: CSVDelimiterMode
    /// The caller checked that all of the bytes are valid UTF-8: records skip their own check.
    var isKnownValidUTF8 = false
    /// The window is the caller's memory (`CSVReader.withReader(inPlace:…)`): never refilled or freed.
    var isBorrowed = false
    var buffer: RecordBuffer
    /// A record's closure is running: the buffer must not change under it.
    var isInRecord = false

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
        _ source: UTF8Source?, delimiter: UInt8, byteClass table: UnsafeMutablePointer<UInt8>
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
                guard let b = copyRun(until: ByteClass.endsUnquoted, table) else { continue }
                if b == delimiter {
                    buffer.endField(startLine: fieldLine)
                    state = .fieldStart
                } else if b == ByteClass.quote {
                    if state == .unquoted && !noted {
                        buffer.note(.literalQuote, line: line)
                        noted = true
                    }
                    buffer.append(b)
                } else {  // CR or LF
                    buffer.endField(startLine: fieldLine)
                    endLine(b)
                    return nil
                }

            case .quoted:
                guard let b = copyRun(until: ByteClass.endsQuoted, table) else { continue }
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
                    buffer.note(.textAfterClosingQuote, line: line)
                    noted = true
                    state = .afterClosingQuote
                }
            }
        }
    }

    /// Copies the bytes from `pos` up to the first of the classes `ends` into the record, and
    /// steps over that byte and returns it; nil when the window ends first (everything copied).
    @inline(__always)
    private mutating func copyRun(until ends: UInt8, _ table: UnsafeMutablePointer<UInt8>) -> UInt8? {
        let p = window, e = end
        var i = pos
        while i < e && table[Int(p[i])] & ends == 0 { i += 1 }
        buffer.append(p + pos, count: i - pos)
        pos = i
        if i == e { return nil }
        pos += 1
        return p[i]
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
