import XCTest
@testable import XLSXRead

/// Cells as the text a log reads (rules §2 *Excel workbooks*), from worksheet XML written here.
final class CellTextTests: XCTestCase {
    /// The texts of every cell of `cells` (`<c …>` elements of one row), under number formats
    /// `formats` (cell style `s` = index into them).
    private func texts(_ cells: String, formats: [NumberDisplay] = [], strings: [String] = [], uses1904: Bool = false) throws -> [String] {
        let xml = "<worksheet><sheetData><row r=\"1\">\(cells)</row></sheetData></worksheet>"
        let reader = SheetReader(bytes: Array(xml.utf8), part: "sheet.xml")
        let table = try SharedStrings(parsing: Array(("<sst>" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>").utf8), part: "sst.xml")
        let text = CellText(strings: table, styles: CellStyles(displays: formats), uses1904: uses1904)
        var texts: [String] = []
        let found = try reader.nextRow { row throws(WorkbookReadError) in
            for i in 0..<row.count { texts.append(try text.string(ofCell: i, of: row)) }
        }
        XCTAssertTrue(found)
        return texts
    }

    private func numbers(_ values: [String], format: NumberDisplay = .number, uses1904: Bool = false) throws -> [String] {
        try texts(values.map { "<c s=\"0\"><v>\($0)</v></c>" }.joined(), formats: [format], uses1904: uses1904)
    }

    func testNumbersReadAsTheirShortestDecimal() throws {
        // A count saved as 12.0, Excel's 17 digits for 1.1 and for 0.1 + 0.2, exponents, −0.
        XCTAssertEqual(try numbers(["12", "12.0", "1.5", ".5", "1.1000000000000001", "0.30000000000000004", "-0", "0",
                                    "1E+21", "1.2E-5", "007", "123456789012345678", "-3.25"]),
                       ["12", "12", "1.5", "0.5", "1.1", "0.30000000000000004", "0", "0",
                        "1000000000000000000000", "0.000012", "7", "123456789012345680", "-3.25"])
    }

    func testDatesFromDateFormatsInBothDateSystems() throws {
        // 42736 = 2017-01-01; a time of day is left out; 60 is Excel's 29 February 1900, which
        // never was; 61 is 1 March 1900, 1 is 1 January 1900; 0 is what Excel shows for day 0.
        XCTAssertEqual(try numbers(["42736", "42736.75", "60", "61", "1", "59", "0", "2958465"], format: .date),
                       ["2017-01-01", "2017-01-01", "1900-02-29", "1900-03-01", "1900-01-01", "1900-02-28", "1900-01-00", "9999-12-31"])
        // 23:59:59.9 rounds to the next day, as Excel shows it.
        XCTAssertEqual(try numbers(["42736.99999988"], format: .date), ["2017-01-02"])
        // Before day 0 or after 9999 Excel shows no date: the number stays a number.
        XCTAssertEqual(try numbers(["-1", "2958466"], format: .date), ["-1", "2958466"])
        // 1904: serial 0 is 1904-01-01, and 41274 is 2017-01-01.
        XCTAssertEqual(try numbers(["0", "41274", "1"], format: .date, uses1904: true), ["1904-01-01", "2017-01-01", "1904-01-02"])
    }

    func testTimesAndZeroPaddedNumbers() throws {
        XCTAssertEqual(try numbers(["0.5", "0.604166666666667", "1.5", "0"], format: .time(seconds: false)), ["12:00", "14:30", "36:00", "0:00"])
        XCTAssertEqual(try numbers(["0.5000115740740741"], format: .time(seconds: true)), ["12:00:01"])
        XCTAssertEqual(try numbers(["7", "12345", "-7", "7.5"], format: .zeros(5)), ["00007", "12345", "-00007", "7.5"])
    }

    func testStringsBooleansErrorsAndISODates() throws {
        let cells = """
            <c t="s"><v>1</v></c><c t="inlineStr"><is><r><t>党</t></r><r><t>委会</t></r><rPh><t>とう</t></rPh></is></c>\
            <c t="str"><f>A1</f><v>a_x000D_b</v></c><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c>\
            <c t="d"><v>2017-03-05T00:00:00</v></c><c t="inlineStr"><is><t>_x005F_x0041_</t></is></c>
            """
        XCTAssertEqual(try texts(cells, strings: ["零", "支委会"]), ["支委会", "党委会", "a\rb", "TRUE", "FALSE", "#N/A", "2017-03-05", "_x0041_"])
    }

    func testTheSharedStringACellRefersTo() throws {
        let xml = """
            <worksheet><sheetData><row r="3"><c r="B3" t="s"><v>1</v></c><c t="s"/><c><v>0</v></c>\
            <c t="inlineStr"><is><t>0</t></is></c></row></sheetData></worksheet>
            """
        let reader = SheetReader(bytes: Array(xml.utf8), part: "sheet.xml")
        var found: [(column: Int, string: Int?)] = []
        let read = try reader.nextRow { row in
            XCTAssertEqual(row.number, 3)
            for i in 0..<row.count { found.append((row.column(ofCell: i), row.sharedStringIndex(ofCell: i))) }
        }
        XCTAssertTrue(read)
        // The cell with neither value nor formula (C3) is not in the row.
        XCTAssertEqual(found.map(\.column), [1, 3, 4])
        XCTAssertEqual(found.map(\.string), [1, nil, nil])
        XCTAssertFalse(try reader.nextRow { _ in XCTFail("a row after the last") })
    }

    func testASharedStringTheTableLacksIsAnError() throws {
        XCTAssertThrowsError(try texts("<c r=\"B1\" t=\"s\"><v>5</v></c>", strings: ["a"])) { error in
            XCTAssertEqual(error as? WorkbookReadError, .sharedStringOutOfRange(cell: "B1", index: 5, count: 1))
            XCTAssertEqual((error as? WorkbookReadError)?.reason.en, "cell B1 refers to shared string 5, of 1")
            XCTAssertEqual((error as? WorkbookReadError)?.reason.zh, "单元格 B1 引用第 5 个共享字符串，而共享字符串表只有 1 个")
        }
    }

    func testCustomFormatCodes() {
        let dates = ["yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "[$-804]yyyy-mm-dd", "d-mmm", "mm/dd/yy h:mm", "[DBNum1]m月d日", "mmm"]
        for code in dates { XCTAssertEqual(NumberDisplay(code: code), .date, code) }
        let times: [(String, NumberDisplay)] = [("h:mm", .time(seconds: false)), ("hh:mm:ss", .time(seconds: true)),
                                                ("[h]:mm", .time(seconds: false)), ("mm:ss", .time(seconds: true)),
                                                ("h:mm AM/PM", .time(seconds: false)), ("[mm]", .time(seconds: false))]
        for (code, display) in times { XCTAssertEqual(NumberDisplay(code: code), display, code) }
        let numbers = ["General", "0.00", "#,##0", "0%", "@", "0.00E+00", "\"d\"0", "[Red]0;[Blue]-0", "¥#,##0.00", "0 \"天\""]
        for code in numbers { XCTAssertEqual(NumberDisplay(code: code), .number, code) }
        XCTAssertEqual(NumberDisplay(code: "000"), .zeros(3))
        XCTAssertEqual(NumberDisplay(code: "00000"), .zeros(5))
    }
}
