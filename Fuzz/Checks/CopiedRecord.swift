import Ingest

/// A CSV record with everything copied out of the reader's buffers, so that readings can be
/// kept and compared (the fuzz target's readings with other chunk sizes, the CSV tests').
package struct CopiedRecord: Equatable, CustomStringConvertible {
    package var line: Int
    package var byteOffset: Int
    package var delimiter: CSVDelimiter
    package var fields: [[UInt8]]
    package var fieldLines: [Int]
    package var notes: [CSVNote]
    package var unterminatedQuoteLine: Int?
    package var firstInvalidUTF8Field: Int?
    /// What the record said of itself (its fields say it again: the tests check that they agree).
    package var reportedAllEmpty: Bool
    package var reportedBlank: Bool

    package init(_ record: borrowing CSVRecord) {
        line = record.line
        byteOffset = record.byteOffset
        delimiter = record.delimiter
        fields = (0..<record.fieldCount).map { record.fieldBytes($0) }
        fieldLines = (0..<record.fieldCount).map { record.fieldLine($0) }
        notes = record.notes
        unterminatedQuoteLine = record.unterminatedQuoteLine
        firstInvalidUTF8Field = record.firstInvalidUTF8Field
        reportedAllEmpty = record.isAllEmpty
        reportedBlank = record.isBlank
    }

    /// The fields as text (invalid UTF-8 as U+FFFD).
    package var strings: [String] { fields.map { String(decoding: $0, as: UTF8.self) } }

    package var description: String {
        "line \(line) @\(byteOffset) \(delimiter) \(strings.map(\.debugDescription))"
            + " lines \(fieldLines) notes \(notes.map { "\($0.kind.rawValue)@\($0.line):\($0.field)" })"
            + (unterminatedQuoteLine.map { " unterminated@\($0)" } ?? "") + (firstInvalidUTF8Field.map { " invalid#\($0)" } ?? "")
    }
}
