/// Where a log file's records come from: the CSV reader, or a worksheet's rows
/// (`SheetRecordReader`). The header search and the row rules read either alike.
protocol RecordReader: AnyObject {
    /// The next record, nil at the end; valid until the next call (see `CSVRecord`).
    func next() throws -> CSVRecord?
    /// The line after the last record read.
    var currentLine: Int { get }
    /// Told the header once it is found: every later record is read as its file's data.
    func headerFound(_ header: CSVRecord)
}

extension CSVReader: RecordReader {
    /// The header's delimiter splits every later record (rules §2).
    func headerFound(_ header: CSVRecord) {
        delimiterMode = .fixed(header.delimiter)
    }
}
