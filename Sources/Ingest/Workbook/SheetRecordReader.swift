import Foundation
import Model
import XLSXRead

/// A worksheet's rows as records (rules §2 *Excel workbooks*): a record's line is its row
/// number, field `i` the text of column `i + 1` (`CellText`). A row has the header's width once
/// the header is found — a missing cell is an empty field, never a short row — and is wider only
/// up to its last non-empty cell, which makes it a long row; before the header, a row ends at
/// its last non-empty cell. Each field remembers the shared string it is, for record ids.
///
/// Rows are parsed and turned into text a batch at a time. With `threaded`, that runs on a thread
/// of its own (beside the one inflating the sheet), while the caller's thread applies the row
/// rules and merges: the three stages of reading a sheet on the cores there are. The records,
/// and so everything after, are the same either way. Its stored properties, changed for every
/// record on the reader's thread alone, skip Swift's dynamic exclusivity checks.
final class SheetRecordReader: RecordReader {
    private let rows: SheetReader
    private let batches: BatchPipeline<TextRows>
    private let onCompressedBytes: ((Int) -> Void)?
    /// The batch being read, and the next row of it.
    @exclusivity(unchecked) private var batch: TextRows?
    @exclusivity(unchecked) private var nextRow = 0
    @exclusivity(unchecked) private var compressedReported: UInt64 = 0
    /// The current record's fields, padded to the header's width.
    @exclusivity(unchecked) private var starts: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var ends: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var lines: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var strings: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var fieldCapacity = 0
    /// The header's width once it is found.
    @exclusivity(unchecked) private var width = 0
    @exclusivity(unchecked) private(set) var currentLine = 1
    /// A record's closure is running: its row must not change under it.
    @exclusivity(unchecked) private var isInRecord = false

    /// A record's `byteOffset` is this plus its row number — past every shared string's index,
    /// which is the place of a row whose record id is one (see `RecordIDRegistry`).
    private let notSharedBase: Int

    /// - Parameter onCompressedBytes: told how many more compressed bytes of the file were read.
    init(rows: SheetReader, text: CellText, threaded: Bool, onCompressedBytes: ((Int) -> Void)? = nil) {
        self.rows = rows
        batches = BatchPipeline(threaded: threaded, batches: 3, name: "sheet rows", make: TextRows.init) { batch throws(WorkbookReadError) in
            try batch.fill(from: rows, text: text)
        }
        notSharedBase = text.strings.count
        self.onCompressedBytes = onCompressedBytes
        starts = .allocate(capacity: 1)
        ends = .allocate(capacity: 1)
        lines = .allocate(capacity: 1)
        strings = .allocate(capacity: 1)
        fieldCapacity = 1
    }

    deinit {
        batches.cancel()
        starts.deallocate()
        ends.deallocate()
        lines.deallocate()
        strings.deallocate()
    }

    /// Reads the sheet's first rows ahead (its first chunk inflated and parsed), so that most
    /// sheets that cannot be read fail before anything is told about them.
    func readFirstRow() throws {
        if batch == nil { try nextBatch() }
    }

    func headerFound(_ header: borrowing CSVRecord) {
        width = header.fieldCount
    }

    /// Formula cells without a cached value, once every record was read.
    var formulasWithoutValue: (first: [String], count: Int) { rows.formulasWithoutValue }

    func nextRecord<T>(_ body: (borrowing CSVRecord) throws -> T) throws -> T? {
        precondition(!isInRecord, "SheetRecordReader.nextRecord called inside its own closure")
        if batch == nil || nextRow == batch!.count {
            try nextBatch()
        }
        guard let rows = batch, nextRow < rows.count else { return nil }
        let r = nextRow
        nextRow += 1
        let first = rows.firstField[r], count = rows.fieldCount[r], number = rows.number[r]
        let total = max(count, width)
        if total > fieldCapacity { grow(to: total) }
        var content = 0
        for f in 0..<count {
            starts[f] = rows.starts[first + f]
            ends[f] = rows.ends[first + f]
            strings[f] = rows.strings[first + f]
            lines[f] = number
            content += ends[f] - starts[f]
        }
        for f in count..<total {
            starts[f] = 0
            ends[f] = 0
            strings[f] = -1
            lines[f] = number
        }
        currentLine = number + 1
        isInRecord = true
        defer { isInRecord = false }
        return try body(CSVRecord(line: number, byteOffset: notSharedBase + number, base: UnsafePointer(rows.bytes),
                                  fieldStarts: starts, fieldEnds: ends, fieldLines: lines, fieldCount: total, contentCount: content,
                                  fieldSharedStrings: UnsafePointer(strings)))
    }

    private func nextBatch() throws {
        batch = nil
        nextRow = 0
        guard let rows = try batches.next() else { return }
        batch = rows
        if let onCompressedBytes, rows.compressedRead > compressedReported {
            onCompressedBytes(Int(rows.compressedRead - compressedReported))
            compressedReported = rows.compressedRead
        }
    }

    private func grow(to capacity: Int) {
        starts = starts.moved(count: 0, toCapacity: capacity)
        ends = ends.moved(count: 0, toCapacity: capacity)
        lines = lines.moved(count: 0, toCapacity: capacity)
        strings = strings.moved(count: 0, toCapacity: capacity)
        fieldCapacity = capacity
    }
}

/// A batch of a sheet's rows turned into text: each row's fields (up to its last non-empty
/// cell) as byte ranges of one arena, with the shared string each field is. Batches are filled
/// in a `BatchPipeline`: on a thread of their own with `threaded` (a few go round between it
/// and the reader), or when the reader asks.
/// Its stored properties are changed for every cell on one thread at a time (the filling one,
/// then the reader's): they skip Swift's dynamic exclusivity checks.
final class TextRows: @unchecked Sendable {
    static let rowsPerBatch = 2048

    @exclusivity(unchecked) var bytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var byteCapacity = 1 << 16
    @exclusivity(unchecked) private var byteCount = 0
    @exclusivity(unchecked) var starts: [Int] = []
    @exclusivity(unchecked) var ends: [Int] = []
    @exclusivity(unchecked) var strings: [Int32] = []
    @exclusivity(unchecked) var firstField: [Int] = []
    @exclusivity(unchecked) var fieldCount: [Int] = []
    @exclusivity(unchecked) var number: [Int] = []
    var count: Int { number.count }
    /// Compressed bytes of the file read when the batch was full.
    @exclusivity(unchecked) var compressedRead: UInt64 = 0

    init() {
        bytes = .allocate(capacity: byteCapacity)
    }

    deinit { bytes.deallocate() }

    /// Fills the batch with the next rows of `rows`; false when the sheet had none left.
    func fill(from rows: SheetReader, text: CellText) throws(WorkbookReadError) -> Bool {
        reset()
        while count < Self.rowsPerBatch, try rows.nextRow({ row throws(WorkbookReadError) in try append(row, text: text) }) {}
        compressedRead = rows.compressedRead
        return count > 0
    }

    private func reset() {
        byteCount = 0
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        strings.removeAll(keepingCapacity: true)
        firstField.removeAll(keepingCapacity: true)
        fieldCount.removeAll(keepingCapacity: true)
        number.removeAll(keepingCapacity: true)
    }

    /// Adds a row: its cells' texts in column order (the last of a column kept when cells come
    /// out of order), empty fields for the columns between, none after its last non-empty cell.
    private func append(_ row: borrowing SheetReader.Row, text: CellText) throws(WorkbookReadError) {
        let first = starts.count
        var ordered = true
        var previous = -1
        for i in 0..<row.count {
            let column = row.column(ofCell: i)
            if column <= previous { ordered = false; break }
            previous = column
        }
        if ordered {
            for i in 0..<row.count { try add(cell: i, of: row, first: first, text: text) }
        } else {
            var byColumn: [Int: Int] = [:]
            for i in 0..<row.count { byColumn[row.column(ofCell: i)] = i }
            for column in byColumn.keys.sorted() { try add(cell: byColumn[column]!, of: row, first: first, text: text) }
        }
        // Trailing empty fields are owed, never written: the row ends at its last non-empty cell.
        var fields = starts.count - first
        while fields > 0 && ends[first + fields - 1] == starts[first + fields - 1] { fields -= 1 }
        starts.removeSubrange((first + fields)...)
        ends.removeSubrange((first + fields)...)
        strings.removeSubrange((first + fields)...)
        firstField.append(first)
        fieldCount.append(fields)
        number.append(row.number)
    }

    @inline(__always)
    private func add(cell i: Int, of row: borrowing SheetReader.Row, first: Int, text: CellText) throws(WorkbookReadError) {
        while starts.count - first < row.column(ofCell: i) {
            starts.append(byteCount)
            ends.append(byteCount)
            strings.append(-1)
        }
        let start = byteCount
        try text.withText(ofCell: i, of: row) { value in
            value.withUnsafeBufferPointer { value in
                guard let source = value.baseAddress, !value.isEmpty else { return }
                bytes.append(source, count: value.count, after: &byteCount, capacity: &byteCapacity)
            }
        }
        starts.append(start)
        ends.append(byteCount)
        strings.append(byteCount > start ? row.sharedStringIndex(ofCell: i).map { Int32(truncatingIfNeeded: $0) } ?? -1 : -1)
    }
}
