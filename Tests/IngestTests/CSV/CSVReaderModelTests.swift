import Foundation
import FuzzChecks
import TestSupport
import XCTest
@testable import Ingest

/// Random inputs over the bytes that matter, read by the streaming reader in pieces of every size
/// and by a plain whole-array model of the CSV rules of rules §2 written independently here: the two must
/// agree on every record, field, line, offset and note. Seeded, so a failure repeats.
final class CSVReaderModelTests: XCTestCase {
    struct ModelRecord: Equatable {
        var line: Int
        var byteOffset: Int
        var fields: [[UInt8]] = []
        var fieldLines: [Int] = []
        var notes: [CSVNote] = []
        var unterminatedQuoteLine: Int?
    }

    /// The CSV rules of rules §2 over a whole array, one byte at a time; `perRecord`: each record split by tab when
    /// its first physical line holds more tabs than commas, else by comma.
    static func model(_ b: [UInt8], perRecord: Bool) -> [ModelRecord] {
        let quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var comma: UInt8 = 0x2C
        let n = b.count
        var i = 0, line = 1
        var records: [ModelRecord] = []
        func isEnd(_ c: UInt8) -> Bool { c == comma || c == cr || c == lf }
        outer: while i < n {
            if b[i] == lf { line += 1; i += 1; continue }
            if b[i] == cr { line += 1; i += 1; if i < n && b[i] == lf { i += 1 }; continue }
            var record = ModelRecord(line: line, byteOffset: i)
            if perRecord {
                let firstLine = b[i...].prefix { $0 != cr && $0 != lf }
                comma = firstLine.filter { $0 == 0x09 }.count > firstLine.filter { $0 == 0x2C }.count ? 0x09 : 0x2C
            }
            while true {
                var field: [UInt8] = []
                let fieldLine = line
                var literalQuotesNoted = false
                if i < n && b[i] == quote {
                    let quoteLine = line
                    i += 1
                    var closed = false
                    while i < n {
                        let c = b[i]
                        if c == quote {
                            if i + 1 < n && b[i + 1] == quote { field.append(quote); i += 2; continue }
                            i += 1; closed = true; break
                        }
                        field.append(c); i += 1
                        if c == cr { line += 1; if i < n && b[i] == lf { field.append(lf); i += 1 } }
                        if c == lf { line += 1 }
                    }
                    if !closed {
                        record.fields.append(field); record.fieldLines.append(fieldLine)
                        record.unterminatedQuoteLine = quoteLine
                        records.append(record)
                        break outer
                    }
                    if i < n && !isEnd(b[i]) {
                        record.notes.append(CSVNote(.textAfterClosingQuote, line: line, field: record.fields.count))
                        literalQuotesNoted = true  // quotes after the text are literal, without a note
                    }
                }
                while i < n && !isEnd(b[i]) {
                    if b[i] == quote && !literalQuotesNoted {
                        record.notes.append(CSVNote(.literalQuote, line: line, field: record.fields.count))
                        literalQuotesNoted = true
                    }
                    field.append(b[i]); i += 1
                }
                record.fields.append(field); record.fieldLines.append(fieldLine)
                if i >= n { records.append(record); break outer }
                if b[i] == comma { i += 1; continue }
                line += 1
                i += b[i] == cr && i + 1 < n && b[i + 1] == lf ? 2 : 1
                records.append(record)
                break
            }
        }
        return records
    }

    func testReaderAgreesWithTheModelOnRandomInputs() throws {
        var rng = SplitMix64(seed: 2017)
        let alphabet: [UInt8] = [0x61, 0x62, 0x2C, 0x2C, 0x22, 0x22, 0x22, 0x0D, 0x0A, 0x0A, 0x20, 0x09, 0x00, 0xE4, 0xB8, 0xAD, 0xFF]
        let rounds = Int(ProcessInfo.processInfo.environment["ANNUAL_REVIEW_MODEL_ROUNDS"] ?? "") ?? 3000
        for round in 0..<rounds {
            let length = Int.random(in: 0...40, using: &rng)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &rng)! }
            let perRecord = round % 2 == 1
            let expected = Self.model(bytes, perRecord: perRecord)
            let sizes = round % 10 == 0 ? [(1, 1), (2, 3), (7, 7), (1 << 16, 1 << 16)] : [(3, 2), (1 << 16, 1 << 16)]
            // A window of the whole input reads plain records in place; small windows copy
            // every record that crosses a refill; borrowed bytes are one window, never refilled.
            var readings: [(String, () throws -> [CopiedRecord])] = sizes.map { size in
                ("chunk \(size.0), buffer \(size.1)", {
                    try parseAll(bytes, forced: .utf8, mode: perRecord ? .perRecord : .fixed(.comma),
                                 chunkSize: size.0, bufferSize: size.1).records
                })
            }
            if !perRecord { readings.append(("borrowed", { try parseBorrowed(bytes) })) }
            for (reading, parse) in readings {
                let got = try parse()
                let asModel = got.map {
                    ModelRecord(line: $0.line, byteOffset: $0.byteOffset, fields: $0.fields, fieldLines: $0.fieldLines,
                                notes: $0.notes, unterminatedQuoteLine: $0.unterminatedQuoteLine)
                }
                if asModel != expected {
                    XCTFail("round \(round), \(reading), input \(bytes.map { String($0, radix: 16) })\n"
                            + "got      \(got)\nexpected \(expected)")
                    return
                }
                for record in got {
                    let valid = record.fields.map { field in field.withUnsafeBufferPointer {
                        ByteValidation.isValidUTF8($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count) } }
                    XCTAssertEqual(record.firstInvalidUTF8Field, valid.firstIndex(of: false), "round \(round)")
                    XCTAssertEqual(record.reportedAllEmpty, record.fields.allSatisfy(\.isEmpty), "round \(round), \(reading)")
                    XCTAssertEqual(record.reportedBlank, record.fields.allSatisfy { $0.allSatisfy { $0 == 0x20 || $0 == 0x09 } },
                                   "round \(round), \(reading)")
                }
            }
        }
    }
}
