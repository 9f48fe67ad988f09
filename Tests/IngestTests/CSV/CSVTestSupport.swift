import Foundation
import FuzzChecks
import XCTest
@testable import Ingest

struct ParseResult {
    var decision: EncodingDecision
    var records: [CopiedRecord]
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
    var records: [CopiedRecord] = []
    try reader.forEachRecord { records.append(CopiedRecord($0)) }
    return ParseResult(decision: source.decision, records: records, rawByteCount: source.rawByteCount)
}

/// Reads all records of `bytes` in place (`CSVReader.withReader(inPlace:…)`), as a lane reads a part.
func parseBorrowed(_ bytes: [UInt8], delimiter: CSVDelimiter = .comma) throws -> [CopiedRecord] {
    try CSVReader.withReader(inPlace: bytes, delimiter: delimiter) { reader in
        var records: [CopiedRecord] = []
        try reader.forEachRecord { records.append(CopiedRecord($0)) }
        return records
    }
}

extension CopiedRecord {
    var isAllEmpty: Bool { fields.allSatisfy(\.isEmpty) }
}

func parseAll(_ text: String, mode: CSVDelimiterMode = .fixed(.comma), chunkSize: Int = 1 << 16, bufferSize: Int = 1 << 16) throws -> ParseResult {
    try parseAll(Array(text.utf8), forced: .utf8, mode: mode, chunkSize: chunkSize, bufferSize: bufferSize)
}

/// Chunk and window sizes that cut every multi-byte sequence and every CRLF somewhere.
let tinySizes: [(chunk: Int, buffer: Int)] = [(1, 1), (2, 2), (3, 3), (7, 7), (1, 5), (3, 2), (7, 1)]
