import CLibXML2

/// A worksheet's rows, read one at a time while its part is inflated and parsed: never the
/// whole sheet in memory, and nothing allocated from what the sheet claims of itself (a
/// `<dimension ref="A1:XFD1048576"/>` is checked, never used to size anything).
///
/// A row holds its cells as written (a cell with neither value nor formula is left out unless
/// `keepsEmptyCells`), each with its column, type, style index and the bytes of its value: the
/// text of `<v>`, or of an inline string's `<t>` elements (runs joined, phonetic runs left out,
/// `_xHHHH_` decoded; a formula's string result is decoded too). A cell or row reference outside
/// a worksheet (1,048,576 rows, columns to XFD) stops the reading with an error.
///
/// **Lifetime**: a row lives only inside the closure `nextRow` lends it to. Its cells and bytes
/// are the reader's, reused for the rows after it; the row cannot be copied, and the bytes it
/// lends are spans, so the compiler keeps both from leaving the closure.
///
/// This type, its `Row` and `CellText` are public, their members package-wide: the optimiser
/// inlines the members' inlinable bodies into Ingest's loop over cells only when their type is
/// public.
public final class SheetReader {
    struct Options: OptionSet {
        let rawValue: Int
        /// Keep each formula's text (`check` compares them).
        static let keepsFormulas = Options(rawValue: 1)
        /// Keep each row's attributes as a `<row …>` tag, sorted by name (`check` compares them).
        static let keepsRowAttributes = Options(rawValue: 2)
        /// Keep cells with neither value nor formula (a style alone; `check` compares them).
        static let keepsEmptyCells = Options(rawValue: 4)
    }

    /// A cell's `t` attribute.
    @usableFromInline
    enum Kind: UInt8 {
        /// `n` or none: a number.
        case number
        /// `s`: an index into the shared strings.
        case shared
        /// `str`: a formula's string result.
        case formulaString
        /// `inlineStr`: the text of `<is>`.
        case inline
        /// `b`: `1` or `0`.
        case boolean
        /// `e`: an error code (`#N/A`).
        case error
        /// `d`: an ISO 8601 date.
        case isoDate
    }

    /// A cell of a row: where its value and formula are in the row's bytes.
    @usableFromInline
    struct Cell {
        /// 0-based.
        @usableFromInline var column: Int
        @usableFromInline var kind: Kind
        /// The `s` attribute (0 when absent).
        var style: Int
        /// Whether it has a `<v>` (or, inline, an `<is>`).
        @usableFromInline var hasValue: Bool
        var hasFormula: Bool
        @usableFromInline var valueStart: Int
        @usableFromInline var valueEnd: Int
        var formulaStart: Int
        var formulaEnd: Int
    }

    /// `C` for 0-based column 2, `AA` for 26.
    package static func columnName(_ column: Int) -> String {
        var name = ""
        var n = column + 1
        while n > 0 {
            name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// The largest row number and column count of a worksheet.
    static let maximumRow = 1_048_576
    static let maximumColumns = 16_384

    /// Formula cells without a cached value: the first few (`C5`) and how many.
    package var formulasWithoutValue: (first: [String], count: Int) {
        (state.pointee.formulasWithoutValue, state.pointee.formulasWithoutValueCount)
    }

    /// Compressed bytes read from the file so far. (This and the reader's other stored properties,
    /// changed for every chunk on the reading thread alone, skip dynamic exclusivity checks.)
    @exclusivity(unchecked) package private(set) var compressedRead: UInt64 = 0

    /// Rows with attributes and no cell, with their tags (`keepsRowAttributes` only).
    var emptyRowTags: [(row: Int, tag: String)] { state.pointee.emptyRowTags }

    /// Where the part's bytes come from: inflated from the archive, or already in memory.
    private enum Source {
        case archive(BatchPipeline<PartChunk>)
        case memory([UInt8])
    }

    @exclusivity(unchecked) private var source: Source
    private let receiver: Receiver
    private let parser: XMLPushParser
    private let state: UnsafeMutablePointer<SheetState>
    /// Where `CellText` writes a number's text, for the row being read.
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: CellText.scratchCapacity)
    @exclusivity(unchecked) private var ended = false
    /// Whether `nextRow` is lending a row.
    @exclusivity(unchecked) @usableFromInline var lending = false

    convenience init(stream: PartStream, threaded: Bool, options: Options) {
        self.init(source: .archive(PartChunk.pipeline(stream, threaded: threaded)), part: stream.part, options: options)
    }

    /// Reads a part already in memory.
    convenience init(bytes: [UInt8], part: String, options: Options = []) {
        self.init(source: .memory(bytes), part: part, options: options)
    }

    private init(source: Source, part: String, options: Options) {
        self.source = source
        state = .allocate(capacity: 1)
        state.initialize(to: SheetState(options: options))
        receiver = Receiver(part: part, state: state)
        // The receiver outlives the parser, which holds it: no reference counting per event.
        parser = XMLPushParser(receiver, start: { ctx, local, _, _, _, _, count, _, attributes in
            Unmanaged<Receiver>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { $0.start(local!, XMLAttributes(attributes, count: count)) }
        }, end: { ctx, local, _, _ in
            Unmanaged<Receiver>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { $0.state.pointee.end(local!) }
        }, text: { ctx, text, length in
            Unmanaged<Receiver>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { $0.state.pointee.text(text!, Int(length)) }
        })
    }

    deinit {
        if case .archive(let pipeline) = source { pipeline.cancel() }
        state.pointee.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
        scratch.deallocate()
    }

    /// Lends the next row that has a cell to `body`; false, without calling it, at the end of
    /// the sheet. A trap when called from inside `body`, which would move the lent row's cells.
    @inlinable @inline(__always)
    package func nextRow(_ body: (borrowing Row) throws(WorkbookReadError) -> Void) throws(WorkbookReadError) -> Bool {
        precondition(!lending, "nextRow called while a row is lent")
        guard let row = try advance() else { return false }
        lending = true
        defer { lending = false }
        try body(row)
        return true
    }

    /// The next row that has a cell, nil at the end of the sheet; valid until the next call.
    @usableFromInline
    func advance() throws(WorkbookReadError) -> Row? {
        while state.pointee.readRow == state.pointee.rowCount {
            guard !ended else { return nil }
            state.pointee.compact()
            switch source {
            case .archive(let pipeline):
                if let chunk = try pipeline.next() {
                    compressedRead = chunk.compressedRead
                    try parser.feed(chunk.bytes)
                    continue
                }
            case .memory(let bytes):
                source = .memory([])
                if !bytes.isEmpty {
                    try parser.feed(bytes)
                    continue
                }
            }
            try parser.finish()
            ended = true
        }
        let row = state.pointee.rows[state.pointee.readRow]
        state.pointee.readRow += 1
        return Row(number: row.number, cells: state.pointee.cells + row.firstCell, count: row.cellCount, bytes: state.pointee.bytes,
                   scratch: scratch, tag: row.tag >= 0 ? state.pointee.tags[row.tag] : nil)
    }

    /// The SAX receiver: the state lives behind a pointer, so the callbacks pay no exclusivity
    /// checks for it.
    private final class Receiver: SAXReceiver {
        let state: UnsafeMutablePointer<SheetState>

        init(part: String, state: UnsafeMutablePointer<SheetState>) {
            self.state = state
            super.init(part: part)
        }

        @inline(__always)
        func start(_ local: UnsafePointer<xmlChar>, _ attributes: XMLAttributes) {
            if let problem = state.pointee.start(local, attributes) { fail(.badReference(part, problem)) }
        }

    }
}
