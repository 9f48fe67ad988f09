import CLibXML2

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
        bytes.append(source, count: count, after: &byteCount, capacity: &byteCapacity)
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
