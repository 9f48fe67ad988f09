import Model
import XCTest
@testable import Ingest

/// What the reader tells about quotes, bytes and ragged rows (rules §2), whole, in both
/// languages, with its stable codes: one meetings file holding one case a line.
final class CSVMessageTests: XCTestCase {
    func testNotesAndShapeProblemsInBothLanguages() throws {
        let meetings: [UInt8] = Array("""
            日期,单位编码,会议类型,主题
            2017-03-01,S001,支委会,a"b
            2017-03-02,S001,支委会,"多"尾
            2017-03-03,S001,支委会
            2017-03-04,S001,支委会,x,y
            2017-03-05,S001,支委会,x,,
            2017-03-06,S001,支委会,
            """.utf8) + [0xFF] + Array("""

            2017-03-07,S001,支委会,"open
            quote

            """.utf8)
        let folder = try TempInputs(["sites.csv": Array(standardSites.utf8), "meetings.csv": meetings], testCase: self)
        // Forced, so that the line of bad bytes cannot tip the detection to GB18030.
        let run = try ingest(folder, encoding: .utf8)
        let problems = run.diagnostics(in: "meetings.csv")
            .filter { $0.code != "encoding" }
            .sorted { ($0.location.line ?? 0, $0.location.column ?? 0) < ($1.location.line ?? 0, $1.location.column ?? 0) }

        XCTAssertEqual(problems.map(\.code), [
            "literal_quote", "text_after_quote", "short_row", "long_row", "empty_extra_fields", "bad_encoding", "unterminated_quote",
        ])
        XCTAssertEqual(problems.map { $0.rendered(.zh) }, [
            "meetings.csv:2:4: info: 未加引号的字段中有引号，已按普通字符保留",
            "meetings.csv:3:4: info: 右引号后面的文字已并入该字段",
            "meetings.csv:4:4: warning: 这一行有3个字段，表头有4个；缺少的按空值处理",
            "meetings.csv:5:5: error: 这一行有5个字段，表头有4个；是否有值含未加引号的逗号？请给该值加上引号，或删去多余的字段",
            "meetings.csv:6:5: warning: 这一行有6个字段，表头有4个；多余的空字段已舍去",
            "meetings.csv:7:4: error: 有不符合 UTF-8 编码的字节；请将文件另存为 UTF-8",
            "meetings.csv:8:4: error: 此处的引号没有闭合，这条记录一直延续到文件末尾；请补上右引号",
        ])
        XCTAssertEqual(problems.map { $0.rendered(.en) }, [
            "meetings.csv:2:4: info: a quote inside an unquoted field was kept as a character",
            "meetings.csv:3:4: info: text after a closing quote was appended to the field",
            "meetings.csv:4:4: warning: the row has 3 fields, the header 4; the missing ones are taken as empty",
            "meetings.csv:5:5: error: the row has 5 fields, the header 4; an unquoted comma in a value? Quote the value or remove the extra fields",
            "meetings.csv:6:5: warning: the row has 6 fields, the header 4; the empty extra fields were dropped",
            "meetings.csv:7:4: error: bytes that are not valid UTF-8; re-save the file as UTF-8",
            "meetings.csv:8:4: error: a quote opened here is never closed; the record runs to the end of the file. Close the quote",
        ])
        // Read 7: kept are the quoted ones and the padded and trimmed rows; rejected the long
        // row, the bad bytes and the open quote.
        XCTAssertEqual(run.counts(.meetings).read, 7)
        XCTAssertEqual(run.counts(.meetings).accepted, 4)
        XCTAssertEqual(run.counts(.meetings).rejected, 3)
    }

    /// A warned row the decoder then rejects keeps only its error, as before the shape's
    /// warning moved out of the row.
    func testAShortRowThatIsRejectedShowsOnlyItsError() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": "日期,单位编码,会议类型,主题\n2017-03-01,S009,支委会\n"])
        XCTAssertEqual(run.diagnostics(in: "meetings.csv").map(\.severity), [.error])
        XCTAssertEqual(run.diagnostics(in: "meetings.csv").first?.location.line, 2)
    }
}
