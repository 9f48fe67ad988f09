import CLibXML2

/// The shared-strings table (`xl/sharedStrings.xml`): each `<si>` as its text — the runs of
/// rich text joined, phonetic runs (`<rPh>`) left out, `_xHHHH_` escapes decoded — held back to
/// back in one byte arena (Excel fills the table with every text cell, ids included, so it is
/// the one part of a workbook held whole: its bytes plus 4 bytes a string).
///
/// Immutable once read, so it can be shared with whatever keeps a string's index. (Its stored
/// properties, changed for every string on the reading thread alone and only read after, skip
/// Swift's dynamic exclusivity checks: a cell's text reads them.)
package final class SharedStrings: @unchecked Sendable {
    @exclusivity(unchecked) private var bytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var byteCapacity: Int
    @exclusivity(unchecked) private var byteCount = 0
    /// `ends[i]` is where string `i` ends; string `i` starts where `i - 1` ends.
    @exclusivity(unchecked) private var ends: [UInt32] = []

    package var count: Int { ends.count }

    init() {
        byteCapacity = 16
        bytes = .allocate(capacity: byteCapacity)
    }

    deinit { bytes.deallocate() }

    /// Reads the table from its part, streaming.
    convenience init(reading stream: PartStream) throws(WorkbookReadError) {
        self.init()
        let parser = makeParser(part: stream.part)
        let pipeline = PartChunk.pipeline(stream, threaded: false)
        while let chunk = try pipeline.next() { try parser.feed(chunk.bytes) }
        try parser.finish()
    }

    /// Reads the table from its part, already in memory.
    convenience init(parsing bytes: [UInt8], part: String) throws(WorkbookReadError) {
        self.init()
        try makeParser(part: part).parse(bytes)
    }

    private func makeParser(part: String) -> XMLPushParser {
        let receiver = Reader(part: part, strings: self)
        return XMLPushParser(receiver, start: { ctx, local, _, _, _, _, _, _, _ in
            Unmanaged<Reader>.fromOpaque(ctx!).takeUnretainedValue().start(local!)
        }, end: { ctx, local, _, _ in
            Unmanaged<Reader>.fromOpaque(ctx!).takeUnretainedValue().end(local!)
        }, text: { ctx, text, length in
            Unmanaged<Reader>.fromOpaque(ctx!).takeUnretainedValue().text(text!, Int(length))
        })
    }

    /// The bytes of string `index` (0 ≤ index < count), valid while the table is.
    @inline(__always)
    func bytes(of index: Int) -> UnsafeRawBufferPointer {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return UnsafeRawBufferPointer(start: bytes + start, count: Int(ends[index]) - start)
    }

    /// Lends the bytes of string `index` (0 ≤ index < count) to `body` and returns what it returns.
    package func withBytes<R, E>(of index: Int, _ body: (Span<UInt8>) throws(E) -> R) throws(E) -> R {
        try body(bytes(of: index).assumingMemoryBound(to: UInt8.self).span)
    }

    /// String `index` as a `String`.
    func string(_ index: Int) -> String {
        String(decoding: bytes(of: index), as: UTF8.self)
    }

    // MARK: Reading

    private func append(_ source: UnsafePointer<UInt8>, count: Int) {
        bytes.append(source, count: count, after: &byteCount, capacity: &byteCapacity)
    }

    /// Ends the string begun at `start`, decoding its `_xHHHH_` escapes.
    private func endString(startingAt start: Int) {
        let length = byteCount - start
        if EscapedText.containsEscape(UnsafeBufferPointer(start: bytes + start, count: length)) {
            let decoded = EscapedText.decoded(UnsafeBufferPointer(start: bytes + start, count: length))
            byteCount = start
            decoded.withUnsafeBufferPointer { append($0.baseAddress!, count: $0.count) }
        }
        ends.append(UInt32(byteCount))
    }

    /// The table's SAX receiver: text of `t` elements inside an `si`, outside `rPh`.
    private final class Reader: SAXReceiver {
        unowned let strings: SharedStrings
        @exclusivity(unchecked) var inString = false
        @exclusivity(unchecked) var start = 0
        @exclusivity(unchecked) var inText = false
        @exclusivity(unchecked) var phonetic = 0

        init(part: String, strings: SharedStrings) {
            self.strings = strings
            super.init(part: part)
        }

        func start(_ local: UnsafePointer<xmlChar>) {
            if isName(local, "si") {
                inString = true
                start = strings.byteCount
            } else if isName(local, "t") {
                inText = inString && phonetic == 0
            } else if isName(local, "rPh") {
                phonetic += 1
            }
        }

        func end(_ local: UnsafePointer<xmlChar>) {
            if isName(local, "t") {
                inText = false
            } else if isName(local, "si") {
                guard inString else { return }
                inString = false
                // The arena's offsets are 32-bit: a table past 4 GiB cannot come from a part the
                // inflater let through (1 GiB at most).
                strings.endString(startingAt: start)
            } else if isName(local, "rPh") {
                phonetic -= 1
            }
        }

        func text(_ text: UnsafePointer<xmlChar>, _ length: Int) {
            if inText { strings.append(text, count: length) }
        }
    }
}

/// The `_xHHHH_` escapes of OOXML text (a UTF-16 code unit in hex: `_x000D_` is a carriage
/// return, `_x005F_` an underscore).
enum EscapedText {
    /// Whether `text` holds `_x` (the common case, none, costs one scan).
    static func containsEscape(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 7 else { return false }
        for i in 0..<(text.count - 6) where text[i] == 0x5F && text[i + 1] == 0x78 { return true }
        return false
    }

    /// `text` with each `_xHHHH_` replaced by its character (a surrogate pair from two escapes;
    /// a lone surrogate as U+FFFD).
    static func decoded(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var units: [UInt16] = []
        func flushUnits() {
            guard !units.isEmpty else { return }
            for scalar in String(decoding: units, as: UTF16.self).utf8 { out.append(scalar) }
            units.removeAll()
        }
        var i = 0
        while i < text.count {
            if i + 7 <= text.count, text[i] == 0x5F, text[i + 1] == 0x78, text[i + 6] == 0x5F,
               let unit = hex(text[(i + 2)..<(i + 6)]) {
                units.append(unit)
                i += 7
                continue
            }
            flushUnits()
            out.append(text[i])
            i += 1
        }
        flushUnits()
        return out
    }

    private static func hex(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt16? {
        var value: UInt16 = 0
        for d in digits {
            let v: UInt8
            switch d {
            case 0x30...0x39: v = d - 0x30
            case 0x41...0x46: v = d - 0x37
            case 0x61...0x66: v = d - 0x57
            default: return nil
            }
            value = value << 4 | UInt16(v)
        }
        return value
    }
}
