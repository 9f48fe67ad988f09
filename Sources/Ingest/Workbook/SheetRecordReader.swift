import Model
import XLSXRead

/// A worksheet's rows as records (rules §2 *Excel workbooks*): a record's line is its row
/// number, field `i` the text of column `i + 1` (`CellText`). A row has the header's width once
/// the header is found — a missing cell is an empty field, never a short row — and is wider only
/// up to its last non-empty cell, which makes it a long row; before the header, a row ends at
/// its last non-empty cell. Each field remembers the shared string it is, for record ids.
final class SheetRecordReader: RecordReader {
    private let rows: SheetReader
    private let text: CellText
    private let onCompressedBytes: ((Int) -> Void)?
    private let storage = CSVRecordStorage()
    private var buffer = RecordBuffer()
    private var strings: UnsafeMutablePointer<Int32>
    private var stringCapacity = 64
    /// Where a number's text is written.
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: CellText.scratchCapacity)
    private var compressedReported: UInt64 = 0
    /// The header's width once it is found.
    private var width = 0
    /// The first row, read ahead by `readFirstRow()`.
    private var first: SheetReader.Row?
    private var hasFirst = false
    private(set) var currentLine = 1

    /// Records whose `byteOffset` has this bit read their record id from the field's text, not
    /// from the shared strings (see `RecordIDRegistry`).
    static let notSharedBit = 1 << 47

    /// - Parameter onCompressedBytes: told how many more compressed bytes of the file were read.
    init(rows: SheetReader, text: CellText, onCompressedBytes: ((Int) -> Void)? = nil) {
        self.rows = rows
        self.text = text
        self.onCompressedBytes = onCompressedBytes
        strings = .allocate(capacity: stringCapacity)
    }

    deinit {
        buffer.deallocate()
        strings.deallocate()
        scratch.deallocate()
    }

    /// Reads the sheet's first row ahead (its first chunk inflated and parsed), so that most
    /// sheets that cannot be read fail before anything is told about them.
    func readFirstRow() throws {
        first = try rows.next()
        hasFirst = true
    }

    func headerFound(_ header: CSVRecord) {
        width = header.fieldCount
    }

    func next() throws -> CSVRecord? {
        storage.generation.pointee &+= 1
        let next = hasFirst ? first : try rows.next()
        hasFirst = false
        first = nil
        guard let row = next else { return nil }
        if let onCompressedBytes, rows.compressedRead > compressedReported {
            onCompressedBytes(Int(rows.compressedRead - compressedReported))
            compressedReported = rows.compressedRead
        }
        buffer.reset()
        var ordered = true
        var previous = -1
        for cell in row.cells {
            if cell.column <= previous { ordered = false; break }
            previous = cell.column
        }
        if ordered {
            var owed = 0  // empty fields not written yet: written only before a later non-empty one
            for cell in row.cells {
                owed += cell.column - (buffer.fieldCount + owed)
                try write(cell, of: row, owed: &owed)
            }
        } else {
            // Cells out of column order (no writer of note does this): the last of a column wins.
            var byColumn: [Int: SheetReader.Cell] = [:]
            for cell in row.cells { byColumn[cell.column] = cell }
            var owed = 0
            for column in byColumn.keys.sorted() {
                owed += column - (buffer.fieldCount + owed)
                try write(byColumn[column]!, of: row, owed: &owed)
            }
        }
        while buffer.fieldCount < width { endField(sharedString: -1, line: row.number) }
        currentLine = row.number + 1
        return CSVRecord(line: row.number, byteOffset: Self.notSharedBit | row.number, delimiter: .comma, noteCount: 0,
                         unterminatedQuoteLine: nil, firstInvalidUTF8Field: nil, storage: storage, buffer: buffer,
                         generation: storage.generation.pointee, fieldSharedStrings: UnsafePointer(strings))
    }

    /// Writes the `owed` empty fields and the cell's text, unless its text is empty (then it is
    /// owed too).
    @inline(__always)
    private func write(_ cell: SheetReader.Cell, of row: SheetReader.Row, owed: inout Int) throws {
        let bytes = try text.text(cell, of: row, scratch: scratch)
        guard !bytes.isEmpty else { owed += 1; return }
        while owed > 0 {
            endField(sharedString: -1, line: row.number)
            owed -= 1
        }
        buffer.append(bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        let shared = cell.kind == .shared ? CellText.index(row.value(cell)).map { Int32(truncatingIfNeeded: $0) } ?? -1 : -1
        endField(sharedString: shared, line: row.number)
    }

    @inline(__always)
    private func endField(sharedString: Int32, line: Int) {
        let f = buffer.fieldCount
        if f == stringCapacity {
            stringCapacity *= 2
            let grown = UnsafeMutablePointer<Int32>.allocate(capacity: stringCapacity)
            grown.moveInitialize(from: strings, count: f)
            strings.deallocate()
            strings = grown
        }
        strings[f] = sharedString
        buffer.endField(startLine: line)
    }
}
