import Foundation
import XCTest
@testable import Ingest

/// A record copied out of the reader, comparable across chunk sizes.
struct ParsedRecord: Equatable, CustomStringConvertible {
    var line: Int
    var byteOffset: Int
    var delimiter: CSVDelimiter
    var fields: [[UInt8]]
    var fieldLines: [Int]
    var notes: [CSVNote]
    var unterminatedQuoteLine: Int?
    var firstInvalidUTF8Field: Int?
    /// What the live record said of itself (checked against `fields` by the model test).
    var reportedAllEmpty: Bool
    var reportedBlank: Bool

    init(_ record: CSVRecord) {
        line = record.line
        byteOffset = record.byteOffset
        delimiter = record.delimiter
        fields = (0..<record.fieldCount).map(record.fieldBytes)
        fieldLines = (0..<record.fieldCount).map(record.fieldLine)
        notes = record.notes
        unterminatedQuoteLine = record.unterminatedQuoteLine
        firstInvalidUTF8Field = record.firstInvalidUTF8Field
        reportedAllEmpty = record.isAllEmpty
        reportedBlank = record.isBlank
    }

    var strings: [String] { fields.map { String(decoding: $0, as: UTF8.self) } }
    var isAllEmpty: Bool { fields.allSatisfy(\.isEmpty) }

    var description: String {
        "line \(line) @\(byteOffset) \(strings)" + (notes.isEmpty ? "" : " notes \(notes)")
            + (unterminatedQuoteLine.map { " unterminated@\($0)" } ?? "")
            + (firstInvalidUTF8Field.map { " invalid@\($0)" } ?? "")
    }
}

struct ParseResult {
    var decision: EncodingDecision
    var records: [ParsedRecord]
    var rawByteCount: Int
    var rows: [[String]] { records.map(\.strings) }
}

/// Reads all records of `bytes`, with the given raw chunk size and reader window.
func parseAll(
    _ bytes: [UInt8], forced: ForcedEncoding? = nil, mode: CSVDelimiterMode = .perRecord,
    chunkSize: Int = UTF8Source.defaultChunkSize, bufferSize: Int = 256 << 10
) throws -> ParseResult {
    let source = try UTF8Source(bytes: bytes, forcedEncoding: forced, chunkSize: chunkSize)
    let reader = CSVReader(source: source, delimiterMode: mode, bufferSize: bufferSize)
    var records: [ParsedRecord] = []
    while let record = try reader.next() { records.append(ParsedRecord(record)) }
    return ParseResult(decision: source.decision, records: records, rawByteCount: source.rawByteCount)
}

/// Reads all records of `bytes` in place (`CSVReader(borrowing:)`), as a lane reads a part.
func parseBorrowed(_ bytes: [UInt8], delimiter: CSVDelimiter = .comma) throws -> [ParsedRecord] {
    try bytes.withUnsafeBufferPointer { buffer in
        let reader = CSVReader(borrowing: buffer, delimiter: delimiter)
        var records: [ParsedRecord] = []
        while let record = try reader.next() { records.append(ParsedRecord(record)) }
        return records
    }
}

func parseAll(_ text: String, mode: CSVDelimiterMode = .fixed(.comma), chunkSize: Int = 1 << 16, bufferSize: Int = 1 << 16) throws -> ParseResult {
    try parseAll(Array(text.utf8), forced: .utf8, mode: mode, chunkSize: chunkSize, bufferSize: bufferSize)
}

/// Chunk and window sizes that cut every multi-byte sequence and every CRLF somewhere.
let tinySizes: [(chunk: Int, buffer: Int)] = [(1, 1), (2, 2), (3, 3), (7, 7), (1, 5), (3, 2), (7, 1)]
