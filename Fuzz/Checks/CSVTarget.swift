import Foundation
import Ingest

/// The CSV reader over one file's bytes (encoding detection, conversion, records), on its own.
///
/// Invariants:
/// - reading is independent of the sizes of the reads: tiny raw chunks and a tiny read window give
///   exactly the records of the default sizes (the same encoding decision, fields, lines, notes,
///   unterminated quote, invalid field);
/// - for UTF-8, a reader over the bytes in place (how a lane of the parallel reader reads a part)
///   gives exactly the records of the streaming reader with the same fixed delimiter;
/// - a record re-read from its `byteOffset` (how rule 5 re-reads a record_id) has the same fields;
/// - every record written back as RFC 4180 (every field quoted) reads back to the same fields,
///   with no note, on the lines the written text puts it on;
/// - lines start at 1 and grow, field lines and notes lie within their record, no line lies
///   beyond the bytes' line breaks.
public enum CSVTarget: FuzzTarget {
    public static let name = "csv"

    struct Reading: Equatable {
        var decision: EncodingDecision
        var invalidSequences: Int
        var records: [CopiedRecord]
    }

    /// Reads `bytes` as `LogFileReader` does while it searches the header: a delimiter per record,
    /// fixed after the first non-blank record (the header).
    static func read(_ bytes: [UInt8], chunkSize: Int = UTF8Source.defaultChunkSize, bufferSize: Int = 256 << 10,
                     forcedEncoding: ForcedEncoding? = nil, fixed: CSVDelimiter? = nil) throws -> Reading {
        let source = try UTF8Source(bytes: bytes, forcedEncoding: forcedEncoding, chunkSize: chunkSize)
        let reader = CSVReader(source: source, delimiterMode: fixed.map { .fixed($0) } ?? .perRecord, bufferSize: bufferSize)
        var records: [CopiedRecord] = []
        while let record = try reader.nextRecord({ record in
            if fixed == nil, records.allSatisfy({ $0.fields.allSatisfy(\.isEmpty) }), !record.isAllEmpty {
                reader.delimiterMode = .fixed(record.delimiter)
            }
            return CopiedRecord(record)
        }) {
            records.append(record)
        }
        return Reading(decision: source.decision, invalidSequences: source.invalidSequenceCount, records: records)
    }

    /// The records of UTF-8 `stream` read in place, as a lane reads a part.
    static func readInPlace(_ stream: [UInt8], delimiter: CSVDelimiter, knownValid: Bool) throws -> [CopiedRecord] {
        try CSVReader.withReader(inPlace: stream, delimiter: delimiter, knownValidUTF8: knownValid) { reader in
            var records: [CopiedRecord] = []
            while let record = try reader.nextRecord(CopiedRecord.init) { records.append(record) }
            return records
        }
    }

    public static func check(_ input: [UInt8]) -> [String] {
        var v = Violations()
        let reading: Reading
        do {
            reading = try read(input)
        } catch {
            // Bytes in memory cannot fail to be read.
            return ["reading failed: \(error)"]
        }
        checkShape(reading.records, lineBound: input.lineBreakBytes + 1, into: &v)

        // Tiny reads: every chunk and window boundary falls somewhere inside the records.
        let chunk = 1 + input.count % 5, window = 1 + input.count % 11
        if let small = try? read(input, chunkSize: chunk, bufferSize: window) {
            v.expect(small == reading, "chunks of \(chunk) and a window of \(window) read differently: \(difference(reading, small))")
        } else {
            v.expect(false, "chunks of \(chunk) and a window of \(window) fail to read")
        }

        if reading.decision.encoding == .utf8 {
            let stream = Array(input.dropFirst(reading.decision.bomLength))
            let delimiter = reading.records.first { !$0.fields.allSatisfy(\.isEmpty) }?.delimiter ?? .comma
            // Read with that delimiter throughout, the records are those already read when none
            // was split by another (a source costs a 1 MiB buffer: read again only when needed).
            let fixed = reading.records.allSatisfy { $0.delimiter == delimiter } ? reading.records
                : try? read(input, forcedEncoding: .utf8, fixed: delimiter).records
            if let fixed {
                checkInPlace(fixed, stream: stream, delimiter: delimiter, into: &v)
            } else {
                v.expect(false, "the UTF-8 bytes fail to read with a fixed delimiter")
            }
        }
        checkRoundTrip(reading.records, into: &v)
        return v.list
    }

    /// Lines from 1, growing; field lines and notes within the record; nothing past the last line.
    static func checkShape(_ records: [CopiedRecord], lineBound: Int, into v: inout Violations) {
        var previous: CopiedRecord?
        for (i, r) in records.enumerated() {
            v.expect(r.line >= 1 && r.line <= lineBound, "record at line \(r.line), outside 1…\(lineBound): \(r)")
            v.expect(!r.fields.isEmpty, "a record without fields: \(r)")
            if let p = previous {
                v.expect(r.line > p.line && r.byteOffset > p.byteOffset, "record does not follow the one before: \(p) then \(r)")
            }
            v.expect(r.fieldLines.first == r.line, "first field not on the record's line: \(r)")
            v.expect(zip(r.fieldLines, r.fieldLines.dropFirst()).allSatisfy { $0 <= $1 } && (r.fieldLines.last ?? 1) <= lineBound,
                     "field lines out of order: \(r)")
            for note in r.notes {
                v.expect(note.field >= 0 && note.field < r.fields.count && note.line >= r.line && note.line <= lineBound,
                         "note outside its record: \(r)")
            }
            if let open = r.unterminatedQuoteLine {
                v.expect(open >= r.line && open <= lineBound && i == records.count - 1, "unterminated quote not in the last record: \(r)")
            }
            if let f = r.firstInvalidUTF8Field {
                v.expect(f < r.fields.count && String(validating: r.fields[f], as: UTF8.self) == nil
                         && r.fields[..<f].allSatisfy { String(validating: $0, as: UTF8.self) != nil },
                         "wrong first invalid field: \(r)")
            } else {
                v.expect(r.fields.allSatisfy { String(validating: $0, as: UTF8.self) != nil }, "invalid UTF-8 not flagged: \(r)")
            }
            previous = r
        }
    }

    /// The stream read in place equals `streamed`, its records read through a source with the
    /// same fixed delimiter; each record read again from its offset has the same fields.
    static func checkInPlace(_ streamed: [CopiedRecord], stream: [UInt8], delimiter: CSVDelimiter, into v: inout Violations) {
        let valid = String(validating: stream, as: UTF8.self) != nil
        guard let inPlace = try? readInPlace(stream, delimiter: delimiter, knownValid: valid) else {
            v.expect(false, "the UTF-8 bytes fail to read in place")
            return
        }
        v.expect(inPlace == streamed, "in place (known valid: \(valid)) reads differently: \(difference(streamed, inPlace))")
        for record in streamed.prefix(64) {
            let again = try? CSVReader.withReader(inPlace: Array(stream[record.byteOffset...]), delimiter: delimiter) { reader in
                try reader.nextRecord(CopiedRecord.init)
            }
            v.expect(again?.fields == record.fields && (again?.unterminatedQuoteLine != nil) == (record.unterminatedQuoteLine != nil),
                     "re-read from offset \(record.byteOffset): \(again.map(String.init(describing:)) ?? "nothing") for \(record)")
        }
    }

    /// Every record written with every field quoted reads back the same, on the expected lines.
    static func checkRoundTrip(_ records: [CopiedRecord], into v: inout Violations) {
        var text: [UInt8] = []
        var lines: [Int] = []
        var line = 1
        for (i, record) in records.enumerated() {
            lines.append(line)
            for (f, field) in record.fields.enumerated() {
                if f > 0 { text.append(0x2C) }
                text.append(0x22)
                var previousCR = false
                for byte in field {
                    if byte == 0x22 { text.append(0x22) }
                    text.append(byte)
                    if byte == 0x0D || (byte == 0x0A && !previousCR) { line += 1 }
                    previousCR = byte == 0x0D
                }
                text.append(0x22)
            }
            // Alternate the line ends: both must read the same.
            text += i % 2 == 0 ? [0x0D, 0x0A] : [0x0A]
            line += 1
        }
        guard let back = try? readInPlace(text, delimiter: .comma, knownValid: false) else {
            v.expect(false, "the records written back fail to read")
            return
        }
        v.expect(back.map(\.fields) == records.map(\.fields), "written back, the records read differently: \(difference(records, back))")
        v.expect(back.map(\.line) == lines, "written back, the records start on lines \(back.map(\.line).prefix(8)), not \(lines.prefix(8))")
        v.expect(back.allSatisfy { $0.notes.isEmpty && $0.unterminatedQuoteLine == nil }, "written back, a record has a note")
    }

    static func difference(_ a: Reading, _ b: Reading) -> String {
        if a.decision != b.decision { return "decision \(a.decision.encoding) vs \(b.decision.encoding)" }
        if a.invalidSequences != b.invalidSequences { return "invalid sequences \(a.invalidSequences) vs \(b.invalidSequences)" }
        return difference(a.records, b.records)
    }

    static func difference(_ a: [CopiedRecord], _ b: [CopiedRecord]) -> String {
        for (i, (x, y)) in zip(a, b).enumerated() where x != y { return "record \(i + 1): \(x) vs \(y)" }
        return "\(a.count) vs \(b.count) records"
    }

    public static func seeds(fixtures: URL) throws -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for folder in ["csv-realworld"] + Fixtures.inputFolders {
            seeds += try Fixtures.files(folder, in: fixtures).map(\.bytes)
        }
        for suite in ["cpython-test_csv.json", "csv-spectrum.json", "papaparse.json", "w3c-csvw.json"] {
            seeds += try Fixtures.conformanceInputs(suite, in: fixtures)
        }
        return seeds
    }
}
