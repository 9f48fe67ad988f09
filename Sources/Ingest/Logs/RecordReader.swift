/// Where a log file's records come from: the CSV reader, or a worksheet's rows
/// (`SheetRecordReader`). The header search and the row rules read either alike.
protocol RecordReader: AnyObject {
    /// Calls `body` with the next record; nil at the end, else what `body` returns. The record
    /// lives only inside `body` (see `CSVRecord`).
    func nextRecord<T>(_ body: (borrowing CSVRecord) throws -> T) throws -> T?
    /// The line after the last record read.
    var currentLine: Int { get }
    /// Told the header once it is found: every later record is read as its file's data.
    func headerFound(_ header: borrowing CSVRecord)
}

extension RecordReader {
    /// Calls `body` with every record left, in order.
    func forEachRecord(_ body: (borrowing CSVRecord) throws -> Void) throws {
        while try nextRecord(body) != nil {}
    }
}

extension CSVReader: RecordReader {
    /// The header's delimiter splits every later record (rules §2).
    func headerFound(_ header: borrowing CSVRecord) {
        delimiterMode = .fixed(header.delimiter)
    }
}
