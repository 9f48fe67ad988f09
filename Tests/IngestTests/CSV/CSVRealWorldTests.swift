import Foundation
import FuzzChecks
import TestSupport
import XCTest
@testable import Ingest

/// `Tests/Fixtures/csv-realworld/` at the reader level: encodings, line breaks, quoting and line
/// bookkeeping. MANIFEST's `records` counts data records (the header is one more); where docs/rules.md and
/// MANIFEST differ (Tests/Fixtures/README.md), the rules win.
final class CSVRealWorldTests: XCTestCase {
    static let header = ["序号", "学校", "姓名", "工号", "活动名称", "活动日期", "学时"]

    private func read(_ name: String, forced: ForcedEncoding? = nil, mode: CSVDelimiterMode = .perRecord) throws -> ParseResult {
        let url = try TestPackage.fixture("csv-realworld/\(name)")
        let source = try UTF8Source(path: url.path, forcedEncoding: forced)
        let reader = CSVReader(source: source, delimiterMode: mode)
        var records: [CopiedRecord] = []
        try reader.forEachRecord { records.append(CopiedRecord($0)) }
        return ParseResult(decision: source.decision, records: records, rawByteCount: source.rawByteCount)
    }

    func test01UTF8BOMIsStripped() throws {
        let result = try read("01_utf8_bom.csv")
        XCTAssertEqual(result.decision.encoding, .utf8)
        XCTAssertEqual(result.decision.bomLength, 3)
        XCTAssertEqual(result.rows.first, Self.header)
        XCTAssertEqual(result.rows.first?.first, "序号")
        XCTAssertEqual(result.records.count, 1 + 2)
        XCTAssertEqual(result.records.first?.byteOffset, 0, "offsets count from after the BOM")
        XCTAssertEqual(result.rawByteCount, 192)
    }

    func test02aGBKIsReadAsGB18030() throws {
        let result = try read("02a_gbk.csv")
        XCTAssertEqual(result.decision.encoding, .gb18030)
        XCTAssertEqual(result.decision.text.en, "read as GB18030: 3 of 3 non-ASCII lines are valid GB18030, 0 valid UTF-8")
        XCTAssertEqual(result.rows, [
            Self.header,
            ["1", "杭州市第一中学", "张三", "T0001", "校本教研", "2017-03-05", "2"],
            ["2", "杭州市第二中学", "李四", "T0002", "公开课", "2017-04-12", "1.5"],
        ])
        XCTAssertTrue(result.records.allSatisfy { $0.firstInvalidUTF8Field == nil })
    }

    func test02bGB18030FourByteNamesRoundTrip() throws {
        let result = try read("02b_gb18030_4byte.csv")
        XCTAssertEqual(result.decision.encoding, .gb18030)
        XCTAssertEqual(result.records.count, 3)
        XCTAssertEqual(result.rows[1][2], "吉\u{20BB7}")
        XCTAssertEqual(result.rows[2][2], "王\u{4DAE}")
        XCTAssertEqual(result.records[1].fields[2], Array("吉𠮷".utf8))
        XCTAssertTrue(result.records.allSatisfy { $0.firstInvalidUTF8Field == nil })
    }

    func test02cLone0x80MarksOnlyItsRow() throws {
        let result = try read("02c_gbk_with_cp936_0x80.csv")
        XCTAssertEqual(result.decision.encoding, .gb18030, "2 of 3 non-ASCII lines are valid GB18030, 0 UTF-8")
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3])
        XCTAssertNil(result.records[0].firstInvalidUTF8Field)
        XCTAssertNil(result.records[1].firstInvalidUTF8Field)
        XCTAssertEqual(result.records[2].firstInvalidUTF8Field, 0)
        XCTAssertEqual(result.records[2].fields, [Array("备注".utf8) + [0xFF]])
    }

    func test03UTF16LEWithBOMIsTabDelimited() throws {
        let result = try read("03_utf16le_unicode_text.txt")
        XCTAssertEqual(result.decision.encoding, .utf16le)
        XCTAssertEqual(result.decision.bomLength, 2)
        XCTAssertEqual(result.records.map(\.delimiter), [.tab, .tab, .tab])
        XCTAssertEqual(result.rows, [
            Self.header,
            ["1", "杭州市第一中学", "张三", "T0001", "校本教研", "2017-03-05", "2"],
            ["2", "杭州市第二中学", "李四", "T0002", "公开课\t(含\"说课\")", "2017-04-12", "1.5"],
        ])
    }

    func test03bUTF16LEWithoutBOMIsDetected() throws {
        let result = try read("03b_utf16le_no_bom.csv")
        XCTAssertEqual(result.decision.encoding, .utf16le)
        XCTAssertEqual(result.decision.bomLength, 0)
        XCTAssertTrue(result.decision.text.en.hasPrefix("read as UTF-16LE: no byte-order mark"), result.decision.text.en)
        XCTAssertEqual(result.rows, [Self.header, ["1", "杭州市第一中学", "张三", "T0001", "校本教研", "2017-03-05", "2"]])
    }

    func test04CRLFLeavesNoCarriageReturn() throws {
        let result = try read("04_crlf.csv")
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3])
        XCTAssertEqual(result.rows.map { $0.last }, ["学时", "2", "1.5"])
    }

    func test05BareCR() throws {
        let result = try read("05_bare_cr.csv")
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3])
        XCTAssertEqual(result.rows.map { $0.count }, [7, 7, 7])
        XCTAssertEqual(result.rows.map { $0.last }, ["学时", "2", "1.5"])
    }

    func test06MixedLineBreaks() throws {
        let result = try read("06_mixed_eol.csv")
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3])
        XCTAssertEqual(result.rows.map { $0.last }, ["学时", "2", "1.5"])
    }

    func test07TrailingBlankLinesAndEmptyRows() throws {
        let result = try read("07_trailing_empty_lines.csv")
        // Empty lines 4 and 5 give no record; ",,,,,," and "   " are records the caller skips.
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3, 6, 7, 8])
        XCTAssertEqual(result.records.filter { !$0.isAllEmpty }.count, 4)
        XCTAssertEqual(result.rows[5], ["   "])
        XCTAssertEqual(result.rows[3], Array(repeating: "", count: 7))
    }

    func test08EmbeddedQuotesCommasAndNewline() throws {
        let result = try read("08_quoted_embedded.csv")
        XCTAssertEqual(result.records.count, 1 + 4)
        XCTAssertEqual(result.rows[1][4], "教研,听课")
        XCTAssertEqual(result.rows[2][4], "《\"双减\"政策》解读")
        XCTAssertEqual(result.rows[3][4], "第一行\n第二行(Alt+Enter)")
        XCTAssertEqual(result.rows[4][4], "")
        // MANIFEST's "physical_line_of_record_4": 5 is where the 4th record (header included) *ends*
        // (Python's csv line_num). rules §3 reports the line where a record starts: the two-line
        // record starts on line 4, and the next one on line 6.
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3, 4, 6])
        XCTAssertEqual(result.records[3].fieldLines, [4, 4, 4, 4, 4, 5, 5])
        XCTAssertTrue(result.records.allSatisfy { $0.notes.isEmpty })
    }

    func test08bLinesAfterAMultiLineRecord() throws {
        let result = try read("08b_error_after_multiline.csv")
        XCTAssertEqual(result.records.map(\.line), [1, 2, 5])
        XCTAssertEqual(result.rows[1][4], "多行\n备注\n第三行")
        XCTAssertEqual(result.records[1].fieldLines, [2, 2, 2, 2, 2, 4, 4])
        XCTAssertEqual(result.records[2].fieldLines[5], 5)
        XCTAssertEqual(result.rows[2][5], "2017-13-45")
    }

    func test09UnterminatedQuoteIsReportedAtItsOpeningLine() throws {
        let result = try read("09_unterminated_quote_eof.csv")
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3])
        XCTAssertNil(result.records[1].unterminatedQuoteLine)
        XCTAssertEqual(result.records[2].unterminatedQuoteLine, 3)
        XCTAssertEqual(result.records[2].fieldLines[4], 3)
        XCTAssertEqual(result.rows[2], ["2", "杭州市第二中学", "李四", "T0002", "公开课,2017-04-12,1.5\r\n"])
    }

    func test10StrayQuotesAreNotes() throws {
        let result = try read("10_stray_quotes.csv")
        XCTAssertEqual(result.rows[1][4], "《\"双减\"政策》解读")
        XCTAssertEqual(result.records[1].notes, [CSVNote(.literalQuote, line: 2, field: 4)])
        XCTAssertEqual(result.rows[2][4], "公开课(区级)")
        XCTAssertEqual(result.records[2].notes, [CSVNote(.textAfterClosingQuote, line: 3, field: 4)])
        XCTAssertEqual(result.rows.map(\.count), [7, 7, 7])
    }

    func test26NULIsData() throws {
        let result = try read("26_nul_bytes.csv")
        XCTAssertEqual(result.decision.encoding, .utf8, "one NUL is far from UTF-16's 25 %")
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3, 4])
        XCTAssertEqual(result.records[3].fields[2], Array("王".utf8) + [0] + Array("五".utf8))
        XCTAssertNil(result.records[3].firstInvalidUTF8Field, "NUL is valid UTF-8; the value rules reject it")
    }

    func test27InvalidUTF8FlagsOnlyThoseRows() throws {
        let result = try read("27_invalid_utf8.csv")
        XCTAssertEqual(result.decision.encoding, .utf8)
        XCTAssertEqual(result.decision.bomLength, 3, "the BOM decides: no fallback to GB18030")
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3, 4, 5])
        XCTAssertEqual(result.records.map(\.firstInvalidUTF8Field), [nil, nil, 1, 1, 1])
        XCTAssertEqual(result.records[2].fields[1], [0xBA, 0xBC, 0xD6, 0xDD, 0xCA, 0xD0, 0xB5, 0xDA, 0xB6, 0xFE, 0xD6, 0xD0, 0xD1, 0xA7],
                       "invalid bytes are passed through untouched")
    }

    func test28EmptyFilesYieldNoRecords() throws {
        for name in ["28_empty.csv", "28b_bom_only.csv"] {
            let result = try read(name)
            XCTAssertEqual(result.records, [], name)
            XCTAssertEqual(result.decision.encoding, .utf8, name)
        }
        XCTAssertEqual(try read("28b_bom_only.csv").decision.bomLength, 3)
        // Only blank lines and a line of spaces: the reader gives that one line, blank.
        let whitespace = try read("28c_whitespace_only.csv")
        XCTAssertEqual(whitespace.rows, [["  "]])
        XCTAssertEqual(whitespace.records.map(\.line), [3])
    }

    func test30VeryLongFieldHasNoLimit() throws {
        let result = try read("30_very_long_field.csv")
        XCTAssertEqual(result.records.count, 1 + 3)
        let long = result.records[1].fields[7]
        XCTAssertEqual(long.count, 99_990 * 3 + 10)
        XCTAssertEqual(String(decoding: long.prefix(6), as: UTF8.self), "长长")
        XCTAssertEqual(result.records[2].fields[7], Array(repeating: UInt8(ascii: "A"), count: 32_767))
        XCTAssertEqual(result.rows[3][7], String(repeating: "\u{1F600}", count: 16_384))
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3, 4])
        XCTAssertTrue(result.records.allSatisfy { $0.firstInvalidUTF8Field == nil })
    }

    /// Every file of the corpus, read whole and in tiny pieces, gives the same records; none throws.
    func testEveryFileReadsTheSameInTinyPieces() throws {
        let folder = try TestPackage.fixture("csv-realworld")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(names.count, 42)
        for name in names {
            let bytes = try TestPackage.fixtureBytes("csv-realworld/\(name)")
            let whole = try parseAll(bytes)
            let sizes = bytes.count > 100_000 ? [(7, 7), (3, 1)] : tinySizes
            for (chunk, buffer) in sizes {
                let pieces = try parseAll(bytes, chunkSize: chunk, bufferSize: buffer)
                XCTAssertEqual(pieces.decision, whole.decision, "\(name) chunk \(chunk) buffer \(buffer)")
                XCTAssertEqual(pieces.records, whole.records, "\(name) chunk \(chunk) buffer \(buffer)")
                XCTAssertEqual(pieces.rawByteCount, bytes.count, name)
            }
        }
    }
}
