import FuzzChecks
import XCTest
@testable import Ingest

/// Each rule of the reader, with expectations written by hand.
final class CSVReaderEdgeCaseTests: XCTestCase {
    private func rows(_ text: String, mode: CSVDelimiterMode = .fixed(.comma)) throws -> [[String]] {
        try parseAll(text, mode: mode).rows
    }

    private func records(_ text: String, mode: CSVDelimiterMode = .fixed(.comma)) throws -> [CopiedRecord] {
        try parseAll(text, mode: mode).records
    }

    // MARK: Records and line breaks

    func testEmptyInputHasNoRecords() throws {
        XCTAssertEqual(try rows(""), [])
    }

    func testBlankLinesYieldNoRecord() throws {
        XCTAssertEqual(try rows("\n\r\n\r"), [])
        XCTAssertEqual(try records("\na\n\n\nb\r\rc").map(\.line), [2, 5, 7])
    }

    func testMissingFinalNewline() throws {
        XCTAssertEqual(try rows("a,b\nc,d"), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(try rows("a,b\nc,d\n"), [["a", "b"], ["c", "d"]])
    }

    func testEveryLineBreakCountsOnce() throws {
        let parsed = try records("a\r\nb\nc\rd\r\n\re")
        XCTAssertEqual(parsed.map(\.strings), [["a"], ["b"], ["c"], ["d"], ["e"]])
        XCTAssertEqual(parsed.map(\.line), [1, 2, 3, 4, 6])
    }

    func testLFCRIsTwoLineBreaks() throws {
        XCTAssertEqual(try records("a\n\rb").map(\.line), [1, 3])
    }

    func testTrailingDelimiterGivesAnEmptyLastField() throws {
        XCTAssertEqual(try rows("a,b,\n,\n,,"), [["a", "b", ""], ["", ""], ["", "", ""]])
    }

    func testByteOffsetsAreInTheUTF8Stream() throws {
        XCTAssertEqual(try records("ab\r\ncd\n\n\"e\nf\"\rg").map(\.byteOffset), [0, 4, 8, 14])
        let withBOM = try parseAll([0xEF, 0xBB, 0xBF] + Array("x\ny".utf8))
        XCTAssertEqual(withBOM.records.map(\.byteOffset), [0, 2])
    }

    func testManyFields() throws {
        let fields = (0..<300).map(String.init)
        XCTAssertEqual(try rows(fields.joined(separator: ",") + "\n1"), [fields, ["1"]])
    }

    func testAllEmptyAndBlank() throws {
        let reader = CSVReader(source: try UTF8Source(bytes: Array(",,\n\"\"\n \t, \nx,\n".utf8), forcedEncoding: .utf8),
                               delimiterMode: .fixed(.comma))
        var flags: [(Bool, Bool)] = []
        try reader.forEachRecord { flags.append(($0.isAllEmpty, $0.isBlank)) }
        XCTAssertEqual(flags.map(\.0), [true, true, false, false])
        XCTAssertEqual(flags.map(\.1), [true, true, true, false])
    }

    // MARK: Quoting

    func testQuotedFieldHoldsDelimiterQuoteAndLineBreaks() throws {
        XCTAssertEqual(try rows("\"a,b\",\"c\"\"d\",\"e\r\nf\",\"\"\n"), [["a,b", "c\"d", "e\r\nf", ""]])
    }

    func testLinesInsideQuotedFields() throws {
        let parsed = try records("h\n\"x\r\ny\rz\nw\",v\nnext")
        XCTAssertEqual(parsed.map(\.line), [1, 2, 6])
        XCTAssertEqual(parsed[1].fieldLines, [2, 5])
        XCTAssertEqual(parsed[1].strings, ["x\r\ny\rz\nw", "v"])
    }

    func testFieldLineIsTheLineOfItsOpeningQuote() throws {
        XCTAssertEqual(try records("a,\"b\nc\",d,\"\ne\"").first?.fieldLines, [1, 1, 2, 2])
    }

    func testDoubledQuotes() throws {
        XCTAssertEqual(try rows("\"a\"\"b\"\"\",\"\"\"\"\n"), [["a\"b\"", "\""]])
    }

    func testLiteralQuoteInUnquotedFieldIsKeptAndNotedOncePerField() throws {
        let parsed = try records("x\na\"b\"c,d\"\n")
        XCTAssertEqual(parsed[1].strings, ["a\"b\"c", "d\""])
        XCTAssertEqual(parsed[1].notes, [CSVNote(.literalQuote, line: 2, field: 0), CSVNote(.literalQuote, line: 2, field: 1)])
    }

    func testTextAfterClosingQuoteIsAppended() throws {
        let parsed = try records("\"ab\"cd,\"x\" \"y\",\"p\"\"q\"r\n")
        XCTAssertEqual(parsed[0].strings, ["abcd", "x \"y\"", "p\"qr"])
        XCTAssertEqual(parsed[0].notes.map(\.kind), [.textAfterClosingQuote, .textAfterClosingQuote, .textAfterClosingQuote])
        XCTAssertEqual(parsed[0].notes.map(\.field), [0, 1, 2])
    }

    func testTextAfterClosingQuoteIsNotedOnItsOwnLine() throws {
        let parsed = try records("\"a\nb\"c,d")
        XCTAssertEqual(parsed[0].strings, ["a\nbc", "d"])
        XCTAssertEqual(parsed[0].notes, [CSVNote(.textAfterClosingQuote, line: 2, field: 0)])
        XCTAssertEqual(parsed[0].line, 1)
    }

    func testQuoteInsideAFieldDoesNotOpenQuoting() throws {
        XCTAssertEqual(try rows("a \"b,c\" d\n"), [["a \"b", "c\" d"]])
    }

    func testUnterminatedQuoteTakesTheRestOfTheFile() throws {
        let parsed = try records("h1,h2\n1,2\n3,\"open\n4,5\r\n6,7")
        XCTAssertEqual(parsed.count, 3)
        XCTAssertEqual(parsed[2].strings, ["3", "open\n4,5\r\n6,7"])
        XCTAssertEqual(parsed[2].line, 3)
        XCTAssertEqual(parsed[2].unterminatedQuoteLine, 3)
        XCTAssertNil(parsed[1].unterminatedQuoteLine)
    }

    func testUnterminatedQuoteOpenedOnALaterLineOfItsRecord() throws {
        let parsed = try records("\"a\nb\",\"c")
        XCTAssertEqual(parsed[0].line, 1)
        XCTAssertEqual(parsed[0].unterminatedQuoteLine, 2)
    }

    func testClosingQuoteAtEndOfFileIsFine() throws {
        let parsed = try records("\"a\"")
        XCTAssertEqual(parsed.map(\.strings), [["a"]])
        XCTAssertNil(parsed[0].unterminatedQuoteLine)
    }

    // MARK: Bytes

    func testNULIsData() throws {
        XCTAssertEqual(try records("a\u{0}b,c").first?.fields, [[0x61, 0, 0x62], [0x63]])
    }

    func testInvalidUTF8IsFlaggedWithItsField() throws {
        let bytes: [UInt8] = Array("ok,fine\n".utf8) + [0x61, 0x2C, 0xC0, 0xAF, 0x2C, 0xFF] + Array("\n中,文".utf8)
        let parsed = try parseAll(bytes, forced: .utf8, mode: .fixed(.comma)).records
        XCTAssertEqual(parsed.map(\.firstInvalidUTF8Field), [nil, 1, nil])
        XCTAssertEqual(parsed[1].fields[1], [0xC0, 0xAF], "left in place")
    }

    // MARK: Delimiters

    func testPerRecordDelimiterFollowsEachFirstLine() throws {
        let parsed = try records("a\tb\tc\nx,y\tz\n\"p\tq\",r,s\tt\n1\t2,3", mode: .perRecord)
        XCTAssertEqual(parsed.map(\.delimiter), [.tab, .comma, .comma, .comma])
        XCTAssertEqual(parsed[0].strings, ["a", "b", "c"])
        XCTAssertEqual(parsed[1].strings, ["x", "y\tz"])
        XCTAssertEqual(parsed[3].strings, ["1\t2", "3"], "a tie is a comma")
    }

    func testPerRecordDelimiterLooksAtTheFirstPhysicalLineOnly() throws {
        let parsed = try records("\"a\tb\n,,,,\"\tc", mode: .perRecord)
        XCTAssertEqual(parsed.map(\.delimiter), [.tab])
        XCTAssertEqual(parsed[0].strings, ["a\tb\n,,,,", "c"])
    }

    func testSwitchingToAFixedDelimiterAfterTheHeader() throws {
        let source = try UTF8Source(bytes: Array("title,,\nh1\th2\nv,1\t2\n".utf8), forcedEncoding: .utf8)
        let reader = CSVReader(source: source)
        var rows: [[String]] = []
        try reader.forEachRecord { record in
            rows.append(record.fields)
            if record.fields.first == "h1" { reader.delimiterMode = .fixed(record.delimiter) }
        }
        XCTAssertEqual(rows, [["title", "", ""], ["h1", "h2"], ["v,1", "2"]])
    }

    func testPerRecordLookaheadBeyondTheWindow() throws {
        let line = (0..<50).map { "f\($0)" }.joined(separator: "\t")
        let text = line + "\n" + line
        for buffer in [1, 2, 5, 64] {
            let parsed = try parseAll(text, mode: .perRecord, chunkSize: 3, bufferSize: buffer).records
            XCTAssertEqual(parsed.map(\.delimiter), [.tab, .tab], "buffer \(buffer)")
            XCTAssertEqual(parsed.map { $0.fields.count }, [50, 50], "buffer \(buffer)")
            XCTAssertEqual(parsed.map(\.byteOffset), [0, line.utf8.count + 1], "buffer \(buffer)")
        }
    }

    // MARK: Lifetime

    func testFieldBytesAreReusedButCopiesStay() throws {
        let source = try UTF8Source(bytes: Array("aaaa,b\nc,dddd\n".utf8), forcedEncoding: .utf8)
        let reader = CSVReader(source: source, delimiterMode: .fixed(.comma))
        let first = try XCTUnwrap(reader.nextRecord { ($0.line, $0.fields) })
        let second = try XCTUnwrap(reader.nextRecord { $0.fields })
        XCTAssertEqual(first.1, ["aaaa", "b"])
        XCTAssertEqual(first.0, 1)
        XCTAssertEqual(second, ["c", "dddd"])
        XCTAssertNil(try reader.nextRecord { _ in })
        XCTAssertNil(try reader.nextRecord { _ in }, "the end stays the end")
    }

    func testAReaderOfBytesInPlaceEndsWithItsScope() throws {
        var kept: CSVReader?
        let fields = try CSVReader.withReader(inPlace: Array("a,b\nc,d\n".utf8), delimiter: .comma) { reader in
            kept = reader
            return try reader.nextRecord { $0.fields }
        }
        XCTAssertEqual(fields, ["a", "b"])
        XCTAssertNil(try XCTUnwrap(kept).nextRecord { $0.fields }, "the bytes were only lent for the scope")
    }
}
