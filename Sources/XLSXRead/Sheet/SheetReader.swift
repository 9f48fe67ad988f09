import CLibXML2

/// A worksheet's rows, pulled one at a time while its part is inflated and parsed: never the
/// whole sheet in memory, and nothing allocated from what the sheet claims of itself (a
/// `<dimension ref="A1:XFD1048576"/>` is checked, never used to size anything).
///
/// A row holds its cells as written (a cell with neither value nor formula is left out unless
/// `keepsEmptyCells`), each with its column, type, style index and the bytes of its value: the text of `<v>`, or of an
/// inline string's `<t>` elements (runs joined, phonetic runs left out, `_xHHHH_` decoded; a
/// formula's string result is decoded too). A cell or row reference outside a worksheet
/// (1,048,576 rows, columns to XFD) stops the reading with an error.
///
/// **Lifetime**: a row's cells and bytes belong to the reader and are valid until the next call
/// of `next()`.
public final class SheetReader {
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Keep each formula's text (`check` compares them).
        public static let keepsFormulas = Options(rawValue: 1)
        /// Keep each row's attributes as a `<row …>` tag, sorted by name (`check` compares them).
        public static let keepsRowAttributes = Options(rawValue: 2)
        /// Keep cells with neither value nor formula (a style alone; `check` compares them).
        public static let keepsEmptyCells = Options(rawValue: 4)
    }

    /// A cell's `t` attribute.
    public enum Kind: UInt8, Sendable {
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

    public struct Cell {
        /// 0-based.
        public var column: Int
        public var kind: Kind
        /// The `s` attribute (0 when absent).
        public var style: Int
        /// Whether it has a `<v>` (or, inline, an `<is>`).
        public var hasValue: Bool
        public var hasFormula: Bool
        var valueStart: Int
        var valueEnd: Int
        var formulaStart: Int
        var formulaEnd: Int
    }

    /// A row, valid until the next call of `next()`.
    public struct Row {
        /// 1-based, as the sheet numbers it.
        public var number: Int
        public var cells: UnsafeBufferPointer<Cell>
        let bytes: UnsafePointer<UInt8>
        /// The `<row …>` tag with its attributes sorted by name (`keepsRowAttributes` only).
        public var tag: String?

        /// The bytes of a cell's value (see `Cell`).
        @inline(__always)
        public func value(_ cell: Cell) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(start: bytes + cell.valueStart, count: cell.valueEnd - cell.valueStart)
        }

        /// A cell's formula, without `=` (`keepsFormulas` only), nil when it has none.
        public func formula(_ cell: Cell) -> String? {
            guard cell.hasFormula else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: bytes + cell.formulaStart, count: cell.formulaEnd - cell.formulaStart),
                          as: UTF8.self)
        }
    }

    /// `C` for 0-based column 2, `AA` for 26.
    public static func columnName(_ column: Int) -> String {
        var name = ""
        var n = column + 1
        while n > 0 {
            name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// The largest row number and column count of a worksheet.
    public static let maximumRow = 1_048_576
    public static let maximumColumns = 16_384

    /// Formula cells without a cached value: the first few (`C5`) and how many.
    public var formulasWithoutValue: (first: [String], count: Int) {
        (state.pointee.formulasWithoutValue, state.pointee.formulasWithoutValueCount)
    }

    /// Compressed bytes read from the file so far. (This and the reader's other stored properties,
    /// changed for every chunk on the reading thread alone, skip dynamic exclusivity checks.)
    @exclusivity(unchecked) public private(set) var compressedRead: UInt64 = 0

    /// Rows with attributes and no cell, with their tags (`keepsRowAttributes` only).
    public var emptyRowTags: [(row: Int, tag: String)] { state.pointee.emptyRowTags }

    /// Where the part's bytes come from: inflated from the archive, or already in memory.
    private enum Source {
        case archive(ChunkPipeline)
        case memory([UInt8])
    }

    @exclusivity(unchecked) private var source: Source
    private let receiver: Receiver
    private let parser: XMLPushParser
    private let state: UnsafeMutablePointer<SheetState>
    @exclusivity(unchecked) private var ended = false

    convenience init(stream: PartStream, threaded: Bool, options: Options) {
        self.init(source: .archive(ChunkPipeline(stream, threaded: threaded)), part: stream.part, options: options)
    }

    /// Reads a part already in memory.
    public convenience init(bytes: [UInt8], part: String, options: Options = []) {
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
    }

    /// The next row that has a cell, nil at the end of the sheet.
    public func next() throws(WorkbookReadError) -> Row? {
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
        return Row(number: row.number, cells: UnsafeBufferPointer(start: state.pointee.cells + row.firstCell, count: row.cellCount),
                   bytes: state.pointee.bytes, tag: row.tag >= 0 ? state.pointee.tags[row.tag] : nil)
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

/// What the sheet's SAX callbacks build: the rows completed and not yet read, their cells and
/// value bytes, in buffers that are reused (compacted when every completed row was read).
struct SheetState {
    struct RowRecord {
        var number: Int
        var firstCell: Int
        var cellCount: Int
        var tag: Int
    }

    private enum Capture { case none, value, formula, inline }

    let options: SheetReader.Options
    var bytes: UnsafeMutablePointer<UInt8>
    var byteCapacity = 1 << 16
    var byteCount = 0
    var cells: UnsafeMutablePointer<SheetReader.Cell>
    var cellCapacity = 1 << 10
    var cellCount = 0
    var rows: UnsafeMutablePointer<RowRecord>
    var rowCapacity = 1 << 8
    var rowCount = 0
    var readRow = 0
    var tags: [String] = []
    var emptyRowTags: [(row: Int, tag: String)] = []

    var formulasWithoutValue: [String] = []
    var formulasWithoutValueCount = 0

    private var inSheetData = false
    private var inRow = false
    private var rowNumber = 0
    private var rowFirstCell = 0
    private var rowTag = -1
    private var inCell = false
    private var cell = SheetReader.Cell(column: -1, kind: .number, style: 0, hasValue: false, hasFormula: false,
                                        valueStart: 0, valueEnd: 0, formulaStart: 0, formulaEnd: 0)
    private var capture = Capture.none
    private var inInline = false
    private var phonetic = 0

    init(options: SheetReader.Options) {
        self.options = options
        bytes = .allocate(capacity: byteCapacity)
        cells = .allocate(capacity: cellCapacity)
        rows = .allocate(capacity: rowCapacity)
    }

    func deallocate() {
        bytes.deallocate()
        cells.deallocate()
        rows.deallocate()
    }

    // MARK: Events

    /// A start tag; a reference it cannot take is returned as the problem.
    @inline(__always)
    mutating func start(_ local: UnsafePointer<xmlChar>, _ attributes: XMLAttributes) -> String? {
        switch local[0] {
        case 0x63 where local[1] == 0:  // c
            guard inRow else { return nil }
            return startCell(attributes)
        case 0x76 where local[1] == 0:  // v
            if inCell { capture = .value; cell.valueStart = byteCount; cell.hasValue = true }
        case 0x72:
            if local[1] == 0x6F, local[2] == 0x77, local[3] == 0 {  // row
                guard inSheetData else { return nil }
                return startRow(attributes)
            }
            if local[1] == 0x50, local[2] == 0x68, local[3] == 0 { phonetic += 1 }  // rPh
        case 0x74 where local[1] == 0:  // t
            if inInline && phonetic == 0 { capture = .inline }
        case 0x66 where local[1] == 0:  // f
            if inCell {
                cell.hasFormula = true
                if options.contains(.keepsFormulas) { capture = .formula; cell.formulaStart = byteCount; cell.formulaEnd = byteCount }
            }
        case 0x69 where local[1] == 0x73 && local[2] == 0:  // is
            if inCell { inInline = true; cell.hasValue = true; cell.valueStart = byteCount; cell.valueEnd = byteCount }
        case 0x73 where isName(local, "sheetData"):
            inSheetData = true
        case 0x64 where isName(local, "dimension"):
            for i in 0..<attributes.count where isName(attributes.name(i), "ref") {
                let ref = attributes.value(i)
                if !Self.isValidRange(ref) { return String(decoding: ref, as: UTF8.self) }
            }
        default:
            break
        }
        return nil
    }

    @inline(__always)
    mutating func end(_ local: UnsafePointer<xmlChar>) {
        switch local[0] {
        case 0x63 where local[1] == 0:  // c
            if inCell { endCell() }
        case 0x76 where local[1] == 0:  // v
            if capture == .value { cell.valueEnd = byteCount; capture = .none }
        case 0x72:
            if local[1] == 0x6F, local[2] == 0x77, local[3] == 0 { endRow() }
            else if local[1] == 0x50, local[2] == 0x68, local[3] == 0 { phonetic -= 1 }
        case 0x74 where local[1] == 0:  // t
            if capture == .inline { capture = .none }
        case 0x66 where local[1] == 0:  // f
            if capture == .formula { cell.formulaEnd = byteCount; capture = .none }
        case 0x69 where local[1] == 0x73 && local[2] == 0:  // is
            if inInline { inInline = false; cell.valueEnd = byteCount }
        case 0x73 where isName(local, "sheetData"):
            inSheetData = false
        default:
            break
        }
    }

    @inline(__always)
    mutating func text(_ text: UnsafePointer<xmlChar>, _ length: Int) {
        guard capture != .none else { return }
        append(text, count: length)
    }

    private mutating func startRow(_ attributes: XMLAttributes) -> String? {
        var number = rowNumber + 1
        for i in 0..<attributes.count where isName(attributes.name(i), "r") {
            let value = attributes.value(i)
            guard let n = Self.decimal(value), n >= 1, n <= SheetReader.maximumRow else { return String(decoding: value, as: UTF8.self) }
            number = n
        }
        if number > SheetReader.maximumRow { return String(number) }
        inRow = true
        rowNumber = number
        rowFirstCell = cellCount
        cell.column = -1
        rowTag = -1
        if options.contains(.keepsRowAttributes) {
            var pairs: [(String, String)] = []
            for i in 0..<attributes.count {
                pairs.append((attributes.qualifiedName(i), attributes.text(i)))
            }
            tags.append("<row " + pairs.sorted { $0.0 < $1.0 }.map { "\($0.0)=\"\($0.1)\"" }.joined(separator: " ") + ">")
            rowTag = tags.count - 1
        }
        return nil
    }

    private mutating func endRow() {
        guard inRow else { return }
        inRow = false
        guard cellCount > rowFirstCell else {
            if rowTag >= 0 { emptyRowTags.append((rowNumber, tags[rowTag])) }
            return
        }
        if rowCount == rowCapacity {
            rowCapacity *= 2
            rows = rows.moved(count: rowCount, toCapacity: rowCapacity)
        }
        rows[rowCount] = RowRecord(number: rowNumber, firstCell: rowFirstCell, cellCount: cellCount - rowFirstCell, tag: rowTag)
        rowCount += 1
    }

    @inline(__always)
    private mutating func startCell(_ attributes: XMLAttributes) -> String? {
        var column = cell.column + 1
        var kind = SheetReader.Kind.number
        var style = 0
        for i in 0..<attributes.count {
            let name = attributes.name(i)
            guard name[1] == 0 else { continue }
            let value = attributes.value(i)
            switch name[0] {
            case 0x72:  // r
                guard let c = Self.column(ofReference: value) else { return String(decoding: value, as: UTF8.self) }
                column = c
            case 0x73:  // s
                style = Self.decimal(value) ?? 0
            case 0x74:  // t
                kind = Self.kind(value)
            default:
                break
            }
        }
        guard column < SheetReader.maximumColumns else { return "column \(column + 1)" }
        inCell = true
        cell = SheetReader.Cell(column: column, kind: kind, style: style, hasValue: false, hasFormula: false,
                                valueStart: byteCount, valueEnd: byteCount, formulaStart: byteCount, formulaEnd: byteCount)
        return nil
    }

    private mutating func endCell() {
        inCell = false
        capture = .none
        inInline = false
        // No cached value: no `<v>`, or an empty one for a result that is not a string.
        if cell.hasFormula && (!cell.hasValue || (cell.valueEnd == cell.valueStart && cell.kind != .formulaString)) {
            cell.hasValue = false
            formulasWithoutValueCount += 1
            if formulasWithoutValue.count < 5 { formulasWithoutValue.append(Self.reference(column: cell.column, row: rowNumber)) }
        }
        guard cell.hasValue || cell.hasFormula || options.contains(.keepsEmptyCells) else { return }
        if cell.kind == .inline || cell.kind == .formulaString {
            decodeEscapes()
        }
        if cellCount == cellCapacity {
            cellCapacity *= 2
            cells = cells.moved(count: cellCount, toCapacity: cellCapacity)
        }
        cells[cellCount] = cell
        cellCount += 1
    }

    /// Decodes the `_xHHHH_` escapes of the current cell's value in place (never longer).
    private mutating func decodeEscapes() {
        let value = UnsafeBufferPointer(start: bytes + cell.valueStart, count: cell.valueEnd - cell.valueStart)
        guard EscapedText.containsEscape(value) else { return }
        let decoded = EscapedText.decoded(value)
        decoded.withUnsafeBufferPointer { (bytes + cell.valueStart).update(from: $0.baseAddress!, count: $0.count) }
        cell.valueEnd = cell.valueStart + decoded.count
    }

    @inline(__always)
    private mutating func append(_ source: UnsafePointer<UInt8>, count: Int) {
        if byteCount + count > byteCapacity {
            var capacity = byteCapacity * 2
            while capacity < byteCount + count { capacity *= 2 }
            bytes = bytes.moved(count: byteCount, toCapacity: capacity)
            byteCapacity = capacity
        }
        (bytes + byteCount).update(from: source, count: count)
        byteCount += count
    }

    /// Drops the rows read, keeping the row in progress (its cells and bytes moved to the front).
    mutating func compact() {
        let keepCells = cellCount - rowFirstCell
        let keepFrom = inRow ? (keepCells > 0 ? min(cells[rowFirstCell].valueStart, cells[rowFirstCell].formulaStart) : byteCount) : byteCount
        let from = inCell ? min(keepFrom, cell.valueStart, cell.formulaStart) : keepFrom
        if from > 0 {
            (bytes + 0).update(from: bytes + from, count: byteCount - from)
            byteCount -= from
            for i in rowFirstCell..<cellCount {
                cells[i].valueStart -= from; cells[i].valueEnd -= from
                cells[i].formulaStart -= from; cells[i].formulaEnd -= from
            }
            if inCell {
                cell.valueStart -= from; cell.valueEnd -= from
                cell.formulaStart -= from; cell.formulaEnd -= from
            }
        }
        if rowFirstCell > 0 {
            (cells + 0).update(from: cells + rowFirstCell, count: keepCells)
            cellCount = keepCells
            rowFirstCell = 0
        }
        rowCount = 0
        readRow = 0
        if rowTag >= 0 {
            tags = [tags[rowTag]]
            rowTag = 0
        } else {
            tags.removeAll(keepingCapacity: true)
        }
    }

    // MARK: References

    static func kind(_ value: UnsafeBufferPointer<UInt8>) -> SheetReader.Kind {
        switch value.count {
        case 1:
            switch value[0] {
            case 0x73: return .shared
            case 0x62: return .boolean
            case 0x65: return .error
            case 0x64: return .isoDate
            default: return .number
            }
        case 3 where value[0] == 0x73: return .formulaString  // str
        case 9 where value[0] == 0x69: return .inline  // inlineStr
        default: return value.count == 0 ? .number : .formulaString
        }
    }

    /// A non-negative decimal of at most 9 digits, nil for anything else.
    @inline(__always)
    static func decimal(_ value: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !value.isEmpty, value.count <= 9 else { return nil }
        var n = 0
        for b in value {
            guard b &- 0x30 < 10 else { return nil }
            n = n * 10 + Int(b &- 0x30)
        }
        return n
    }

    /// The 0-based column of a cell reference (`AB12` → 27), nil when it is not letters (at
    /// most three, at most XFD) then a row number within a sheet.
    @inline(__always)
    static func column(ofReference value: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0, i = 0
        while i < value.count, i < 4, (value[i] | 0x20) &- 0x61 < 26 {
            column = column * 26 + Int((value[i] | 0x20) &- 0x60)
            i += 1
        }
        guard i > 0, i <= 3, column <= SheetReader.maximumColumns,
              let row = decimal(UnsafeBufferPointer(rebasing: value[i...])), row >= 1, row <= SheetReader.maximumRow else { return nil }
        return column - 1
    }

    /// `A1` or `A1:XFD1048576`, each within a sheet.
    static func isValidRange(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let parts = value.split(separator: 0x3A, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { column(ofReference: UnsafeBufferPointer(rebasing: $0)) != nil }
    }

    /// `C5` for 0-based column 2 of row 5.
    static func reference(column: Int, row: Int) -> String {
        SheetReader.columnName(column) + String(row)
    }
}
