import Foundation
import TestSupport
import Model
import XCTest
@testable import Ingest

/// `Tests/Fixtures/csv-realworld/` through the whole ingest: each file is a lectures log.
///
/// The corpus's columns are generic (序号, 学校, 姓名, 工号, 活动名称, 活动日期, 学时); config column
/// aliases map them onto lectures.csv: 学校 → site_id, 活动日期 → date, 姓名 → lecturer,
/// 活动名称 → topic; 学时 is already the alias of `hours`; 序号 and 工号 are unknown columns (info).
/// Some cases use a second mapping where 姓名 is the (required) site_id, to reach MANIFEST's
/// "required column" expectations. MANIFEST's WARN for encodings, titles, `sep=`, header-only
/// files is info here: the row warnings of rules §2 are only four (Tests/Fixtures/README.md).
final class RealWorldLogTests: XCTestCase {
    static let sites = """
        site_id,name,locale,ownership,level
        杭州市第一中学,一中,城区,公办,高中
        杭州市第二中学,二中,城区,公办,高中
        杭州市第三中学,三中,城区,公办,高中
        杭州市第四中学,四中,城区,公办,高中
        杭州市第五中学,五中,城区,公办,高中
        杭州,杭州,城区,公办,高中
        张三,张三,农村,民办,小学
        李四,李四,农村,民办,小学
        吉𠮷,吉𠮷,农村,民办,小学
        王䶮,王䶮,农村,民办,小学

        """

    /// 学校 is the site.
    static let schools: ReviewConfig = {
        var config = ReviewConfig()
        config.columnAliases = ["site_id": ["学校"], "date": ["活动日期"], "lecturer": ["姓名"], "topic": ["活动名称"]]
        return config
    }()

    /// 姓名 is the site (a required column), 学校 the lecturer.
    static let people: ReviewConfig = {
        var config = ReviewConfig()
        config.columnAliases = ["site_id": ["姓名"], "date": ["活动日期"], "lecturer": ["学校"], "topic": ["活动名称"]]
        return config
    }()

    private func run(_ name: String, config: ReviewConfig = schools, adapt: ((inout [UInt8]) -> Void)? = nil) throws -> Ingested {
        var bytes = try TestPackage.fixtureBytes("csv-realworld/\(name)")
        adapt?(&bytes)
        let folder = try TempInputs(["sites.csv": Array(Self.sites.utf8), "lectures.csv": bytes], testCase: self)
        return try ingest(folder, config: config)
    }

    /// A problem in lectures.csv, the one log of these cases, at a field.
    private func problem(_ severity: Severity, line: Int, column: Int, _ name: String?, _ code: String,
                         message: String, value: String?? = .none) -> Expect {
        Expect(severity, "lectures.csv", line: line, column: column, name, code, message: message, value: value)
    }

    /// A problem of the whole of lectures.csv (no line) or of one of its records.
    private func problem(_ severity: Severity, line: Int? = nil, _ code: String, message: String) -> Expect {
        Expect(severity, "lectures.csv", line: line, code, message: message)
    }

    /// The encoding lectures.csv was read in (info), told by `words` in its message.
    private func encoding(_ words: String) -> Expect {
        Expect(.info, "lectures.csv", "encoding", contains: [words])
    }

    /// The two checks every case makes: lectures.csv's diagnostics and its counts.
    private func assertLectures(_ run: Ingested, _ expected: [Expect], read: Int, accepted: Int, rejected: Int,
                                outOfPeriod: Int = 0, warnings: Int = 0, file: StaticString = #filePath, line: UInt = #line) {
        assertDiagnostics(run.diagnostics(in: "lectures.csv"), expected, file: file, line: line)
        assertCounts(run.counts(.lectures), read: read, accepted: accepted, rejected: rejected, outOfPeriod: outOfPeriod,
                     warnings: warnings, file: file, line: line)
    }

    private func unknown(_ column: Int, _ name: String?, line: Int = 1) -> Expect {
        problem(.info, line: line, column: column, name, name == nil ? "unnamed_column" : "unknown_column",
               message: name.map { "column \(column) \"\($0)\" is not a column of lectures; ignored" } ?? "column \(column) has no name; its values are ignored")
    }

    /// 序号 and 工号: the corpus's columns no log has.
    private var unknownColumns: [Expect] { [unknown(1, "序号"), unknown(4, "工号")] }

    private func lecture(_ site: Int, _ day: String) -> RecordingSink.Event { .lecture(site: site, day: day, role: .other) }
    private var twoRows: [RecordingSink.Event] { [lecture(0, "2017-03-05"), lecture(1, "2017-04-12")] }

    // MARK: Encodings (MANIFEST 01–03b)

    /// MANIFEST: ACCEPT. The BOM is stripped: the first header cell is `序号`.
    func test01UTF8BOM() throws {
        let run = try run("01_utf8_bom.csv")
        assertLectures(run, unknownColumns, read: 2, accepted: 2, rejected: 0)
        XCTAssertEqual(run.sink.lectures, twoRows)
    }

    /// MANIFEST: WARN encoding-gb18030; rules §2: the encoding detected is info.
    func test02aGBK() throws {
        let run = try run("02a_gbk.csv")
        assertLectures(run, [encoding("read as GB18030")] + unknownColumns, read: 2, accepted: 2, rejected: 0)
        XCTAssertEqual(run.sink.lectures, twoRows)
    }

    /// Four-byte GB18030 names round-trip exactly: as site ids they find `吉𠮷` and `王䶮`.
    func test02bGB18030FourByteNamesAsSiteIDs() throws {
        let run = try run("02b_gb18030_4byte.csv", config: Self.people)
        assertLectures(run, [encoding("read as GB18030")] + unknownColumns, read: 2, accepted: 2, rejected: 0)
        XCTAssertEqual(run.sink.lectures, [lecture(8, "2017-03-05"), lecture(9, "2017-04-12")])
    }

    /// MANIFEST: WARN cp936-0x80-as-euro. Rules §2 (README 02c): read as GB18030, the lone 0x80 is
    /// invalid and rejects its row (a bad encoding, before the short-row rule).
    func test02cLone0x80RejectsItsRow() throws {
        let run = try run("02c_gbk_with_cp936_0x80.csv")
        assertLectures(run, [encoding("read as GB18030")]
            + unknownColumns + [
                problem(.error, line: 3, column: 1, "序号", "bad_encoding",
                       message: "bytes that are not valid GB18030; re-save the file as UTF-8"),
            ], read: 2, accepted: 1, rejected: 1)
    }

    /// MANIFEST: ACCEPT, tab-delimited UTF-16LE; the quoted field holds a tab and quotes.
    func test03UTF16LEUnicodeText() throws {
        let run = try run("03_utf16le_unicode_text.txt")
        assertLectures(run, [encoding("UTF-16LE")] + unknownColumns, read: 2, accepted: 2, rejected: 0)
        XCTAssertEqual(run.sink.lectures, twoRows)
    }

    /// MANIFEST: WARN encoding-utf16-guessed; rules §2: info.
    func test03bUTF16LEWithoutBOM() throws {
        let run = try run("03b_utf16le_no_bom.csv")
        assertLectures(run, [encoding("read as UTF-16LE")] + unknownColumns, read: 1, accepted: 1, rejected: 0)
        XCTAssertEqual(run.sink.lectures, [lecture(0, "2017-03-05")])
    }

    // MARK: Line endings, blanks, line numbers (MANIFEST 04–09)

    /// MANIFEST: ACCEPT for CRLF, bare CR, mixed; 07's blank and comma-only rows are skipped
    /// and not counted.
    func test04To07LineEndingsAndTrailingBlanks() throws {
        for name in ["04_crlf.csv", "05_bare_cr.csv", "06_mixed_eol.csv", "07_trailing_empty_lines.csv"] {
            let run = try run(name)
            assertLectures(run, unknownColumns, read: 2, accepted: 2, rejected: 0)
            XCTAssertEqual(run.sink.lectures, twoRows, name)
        }
    }

    /// MANIFEST: ACCEPT. With 工号 read as `audience` (an optional count), every row warns, at
    /// the line where its record starts: the two-line record starts on 4, the next on 6
    /// (MANIFEST's "physical_line_of_record_4": 5 is where Python's csv ends that record).
    func test08LineNumbersAfterAMultiLineRecord() throws {
        var config = Self.schools
        config.columnAliases["audience"] = ["工号"]
        let run = try run("08_quoted_embedded.csv", config: config)
        let warnings = zip([2, 3, 4, 6], ["T0001", "T0002", "T0003", "T0004"]).map { (line: Int, id: String) in
            problem(.warning, line: line, column: 4, "工号", "not_a_number",
                   message: "工号 `\(id)` is not a whole number; write digits only (12), without units or words. Taken as empty.", value: id)
        }
        assertLectures(run, [unknown(1, "序号")] + warnings, read: 4, accepted: 4, rejected: 0, warnings: 4)
    }

    /// MANIFEST: ROW at :5: field 6, the physical line, not the record number.
    func test08bErrorAfterAMultiLineRecord() throws {
        let run = try run("08b_error_after_multiline.csv")
        assertLectures(run, unknownColumns + [
            problem(.error, line: 5, column: 6, "活动日期", "bad_date",
                   message: "活动日期 `2017-13-45` is not a date: there is no month 13.", value: "2017-13-45"),
        ], read: 2, accepted: 1, rejected: 1)
    }

    /// MANIFEST: ROW at line 3 field 5, the opening quote; the record swallows the rest.
    func test09UnterminatedQuote() throws {
        let run = try run("09_unterminated_quote_eof.csv")
        assertLectures(run, unknownColumns + [
            problem(.error, line: 3, column: 5, "活动名称", "unterminated_quote",
                   message: "a quote opened here is never closed; the record runs to the end of the file. Close the quote"),
        ], read: 2, accepted: 1, rejected: 1)
        XCTAssertEqual(run.sink.lectures, [lecture(0, "2017-03-05")])
    }

    // MARK: Shapes (MANIFEST 11–14)

    /// MANIFEST: line 3 too many fields (error), line 4 too few (error), 5 empty extras
    /// (warning), 6 missing trailing field (warning). Rules §2: line 4 is padded, then rejected by
    /// rule 3 for its empty date; a rejected row's warnings are not listed.
    func test11RaggedRows() throws {
        let run = try run("11_ragged_rows.csv")
        assertLectures(run, unknownColumns + [
            problem(.error, line: 3, column: 8, nil, "long_row",
                   message: "the row has 8 fields, the header 7; an unquoted comma in a value? Quote the value or remove the extra fields"),
            problem(.error, line: 4, column: 6, "活动日期", "empty_value",
                   message: "活动日期 is empty; this column is required."),
            problem(.warning, line: 5, column: 8, nil, "empty_extra_fields",
                   message: "the row has 9 fields, the header 7; the empty extra fields were dropped"),
            problem(.warning, line: 6, column: 7, "学时", "short_row",
                   message: "the row has 6 fields, the header 7; the missing ones are taken as empty"),
        ], read: 5, accepted: 3, rejected: 2, warnings: 2)
        XCTAssertEqual(run.sink.lectures, [lecture(0, "2017-03-05"), lecture(3, "2017-04-12"), lecture(4, "2017-04-12")])
    }

    /// Blank header cells name no column: listed as info (MANIFEST warns only when it holds
    /// data). With 姓名 as an optional column the rows are kept.
    func test12BlankHeaderCellsOverOptionalColumn() throws {
        let run = try run("12_blank_header_cells.csv")
        assertLectures(run, [unknown(1, "序号"), unknown(3, nil), unknown(4, "工号"), unknown(8, nil)], read: 2, accepted: 2, rejected: 0)
    }

    /// MANIFEST: FILE error, the required 姓名 is missing. Rules §2: every row is rejected, named
    /// and counted.
    func test12BlankHeaderCellOverRequiredColumn() throws {
        let run = try run("12_blank_header_cells.csv", config: Self.people)
        let rowMessage = "rejected: the required column \"单位编码\" (site_id) is missing; see the header on line 1"
        assertLectures(run, [
            problem(.error, line: 1, "missing_required_column",
                   message: "the required column \"单位编码\" (site_id) is missing; add it to the header. The header on line 1 has: 序号, 学校, 工号, 活动名称, 活动日期, 学时"),
            problem(.error, line: 2, "missing_required_column", message: rowMessage),
            problem(.error, line: 3, "missing_required_column", message: rowMessage),
        ], read: 2, accepted: 0, rejected: 2)
    }

    /// MANIFEST: FILE (duplicate header). Rules §2: the first 姓名 wins, the second is warned about.
    func test13DuplicateHeaders() throws {
        let run = try run("13_duplicate_headers.csv")
        assertLectures(run, unknownColumns + [
            problem(.warning, line: 1, column: 8, "姓名", "duplicate_column",
                   message: "column 8 \"姓名\" is the same column as column 3 \"姓名\" (lecturer); column 3 is used, this one is ignored"),
        ], read: 1, accepted: 1, rejected: 0)
        XCTAssertEqual(run.sink.lectures, [lecture(0, "2017-03-05")])
    }

    /// Rules §2 (README 14): whitespace of every kind is ignored (`\u3000序号`, `学校 `, `姓\u3000名`,
    /// "活动\n名称") but `活动日期（必填）` is not `活动日期`: the date column is missing, so the
    /// row is rejected. The header spans lines 1–2; the data row starts on line 3.
    func test14HeaderVariantsWithoutAlias() throws {
        let run = try run("14_header_variants.csv")
        assertLectures(run, [
            problem(.error, line: 1, "missing_required_column",
                   message: "the required column \"日期\" (date) is missing; add it to the header. The header on line 1 has: 序号, 学校, 姓\u{3000}名, 工号, 活动 名称, 活动日期（必填）, 学时"),
            problem(.error, line: 3, "missing_required_column",
                   message: "rejected: the required column \"日期\" (date) is missing; see the header on line 1"),
        ], read: 1, accepted: 0, rejected: 1)
    }

    /// The same file with a config alias written with ASCII parentheses: NFKC makes the
    /// full-width ones match (MANIFEST: 1 record).
    func test14HeaderVariantsWithConfigAlias() throws {
        var config = Self.schools
        config.columnAliases["date"] = ["活动日期(必填)"]
        let run = try run("14_header_variants.csv", config: config)
        assertLectures(run, unknownColumns, read: 1, accepted: 1, rejected: 0)
        XCTAssertEqual(run.sink.lectures, [lecture(0, "2017-03-05")])
    }

    // MARK: Around the header (MANIFEST 18, 19, 21)

    /// MANIFEST: WARN sep-directive-skipped; rules §2: a line above the header is info.
    func test18SepDirective() throws {
        let run = try run("18_sep_directive.csv")
        assertLectures(run, [
            problem(.info, line: 1, "title_skipped", message: "skipped a line above the header: sep="),
        ] + [unknown(1, "序号", line: 2), unknown(4, "工号", line: 2)], read: 2, accepted: 2, rejected: 0)
        XCTAssertEqual(run.sink.lectures, twoRows)
    }

    /// MANIFEST: warnings for the title, the total row and the footer. Rules §2 (README 19): the
    /// title is info; the 合计 row and the footer are rejected by the value rules (empty date and
    /// site), so never counted as activity.
    func test19TitleAndTotalRows() throws {
        let run = try run("19_title_and_total_rows.csv")
        func empty(_ line: Int) -> [Expect] {
            [problem(.error, line: line, column: 6, "活动日期", "empty_value",
                    message: "活动日期 is empty; this column is required."),
             problem(.error, line: line, column: 2, "学校", "empty_value",
                    message: "学校 is empty; this column is required.")]
        }
        assertLectures(run, [
            problem(.info, line: 1, "title_skipped", message: "skipped a line above the header: XX区2017年度教师培训活动登记表"),
            unknown(1, "序号", line: 3), unknown(4, "工号", line: 3),
        ] + empty(6) + empty(7), read: 4, accepted: 2, rejected: 2)
        XCTAssertEqual(run.sink.lectures, twoRows)
    }

    /// MANIFEST: WARN repeated-header-skipped at line 4 (with a stray BOM); 3 records.
    func test21ConcatenatedExports() throws {
        let run = try run("21_concatenated_exports.csv")
        assertLectures(run, unknownColumns + [
            problem(.warning, line: 4, "repeated_header", message: "skipped a repeated header line (two exports pasted together?)"),
        ], read: 3, accepted: 3, rejected: 0)
        XCTAssertEqual(run.sink.lectures, twoRows + [lecture(2, "2017-05-20")])
    }

    // MARK: Values (MANIFEST 25–27)

    /// MANIFEST: ACCEPT, `' 杭州市第一中学 '` and `'杭州市第二中学\u00a0'` are the sites.
    func test25WhitespaceIsTrimmed() throws {
        let run = try run("25_whitespace.csv")
        assertLectures(run, unknownColumns, read: 3, accepted: 3, rejected: 0)
        XCTAssertEqual(run.sink.lectures, twoRows + [lecture(2, "2017-05-20")])
    }

    /// MANIFEST: ROW at line 4 field 3, a whitespace-only required value; `张三\u3000` and
    /// `\u200b李四` are trimmed to known sites.
    func test25WhitespaceOnlyRequiredValue() throws {
        let run = try run("25_whitespace.csv", config: Self.people)
        assertLectures(run, unknownColumns + [
            problem(.error, line: 4, column: 3, "姓名", "empty_value",
                   message: "姓名 is empty; this column is required."),
        ], read: 3, accepted: 2, rejected: 1)
        XCTAssertEqual(run.sink.lectures, [lecture(6, "2017-03-05"), lecture(7, "2017-04-12")])
    }

    /// MANIFEST: ROW (NUL in 姓名). Rules §2: 姓名 is the optional `lecturer` here, so an invalid
    /// optional value: a warning, the row kept. The NUL is shown escaped, so the message stays
    /// one printable line.
    func test26NULInAnOptionalValue() throws {
        let run = try run("26_nul_bytes.csv")
        assertLectures(run, unknownColumns + [
            problem(.warning, line: 4, column: 3, "姓名", "invalid_text",
                   message: "姓名 `王\\0五` holds a NUL character; delete it and save again. Taken as empty.", value: "王\\0五"),
        ], read: 3, accepted: 3, rejected: 0, warnings: 1)
        XCTAssertEqual(run.sink.lectures, twoRows + [lecture(5, "2017-05-20")])
    }

    /// MANIFEST: ROW at lines 3, 4, 5, field 2; the BOM says UTF-8, so only those rows go.
    func test27InvalidUTF8() throws {
        let run = try run("27_invalid_utf8.csv")
        assertLectures(run, unknownColumns + [3, 4, 5].map {
            problem(.error, line: $0, column: 2, "学校", "bad_encoding",
                   message: "bytes that are not valid UTF-8; re-save the file as UTF-8")
        }, read: 4, accepted: 1, rejected: 3)
        XCTAssertEqual(run.sink.lectures, [lecture(0, "2017-03-05")])
    }

    // MARK: Empty and long (MANIFEST 28–30)

    /// MANIFEST: FILE errors. Rules §2: a file without records is warned about like a
    /// missing log, and counts empty.
    func test28EmptyFiles() throws {
        for name in ["28_empty.csv", "28b_bom_only.csv", "28c_whitespace_only.csv"] {
            let run = try run(name)
            assertLectures(run, [
                problem(.warning, "empty_file", message: "the file holds no records"),
            ], read: 0, accepted: 0, rejected: 0)
        }
    }

    /// MANIFEST: WARN no-data-rows; rules §2: not a row warning, so info.
    func test29HeaderOnly() throws {
        let run = try run("29_header_only.csv")
        assertLectures(run, unknownColumns + [
            problem(.info, "no_data_rows", message: "the file has a header but no data rows"),
        ], read: 0, accepted: 0, rejected: 0)
    }

    /// README 30: a value longer than Excel's cell limit is kept (the workbook cuts it).
    func test30VeryLongFieldsAreKept() throws {
        let run = try run("30_very_long_field.csv")
        assertLectures(run, unknownColumns + [unknown(8, "备注")], read: 3, accepted: 3, rejected: 0)
        XCTAssertEqual(run.sink.lectures, twoRows + [lecture(2, "2017-05-20")])
    }

    // MARK: Review year (MANIFEST 33)

    /// MANIFEST: ROW for dates outside 2017. Rules §2 (README 33): valid dates of other years are
    /// out of period, not rejected. The file has no site column: an adapted copy adds 学校.
    func test33DatesOutsideTheReviewYearAreOutOfPeriod() throws {
        let run = try run("33_dates_outside_review_year.csv") { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            var lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            lines = [lines[0] + ",学校"] + lines.dropFirst().map { $0 + ",杭州市第一中学" }
            bytes = Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
        }
        assertLectures(run, [unknown(1, "序号")], read: 8, accepted: 3, rejected: 0, outOfPeriod: 5)
        XCTAssertEqual(run.sink.lectures.map { if case .lecture(_, let day, _) = $0 { day } else { "" } }, [
            "2016-12-31", "2017-01-01", "2017-12-31", "2018-01-01", "1900-01-01", "2099-12-31", "2017-09-01", "2018-06-30",
        ])
        XCTAssertEqual(run.result.latestDay(in: 2017)?.description, "2017-12-31")
    }
}
