import Foundation
import TestSupport
import XCTest
@testable import XLSXRead

/// Workbooks written by other programs (Tests/Fixtures/xlsx, see make_fixtures.py): openpyxl,
/// LibreOffice, and hostile archives made with Python's zipfile.
final class WorkbookFixtureTests: XCTestCase {
    /// Every row of the first visible worksheet of `fixture`, as its cells' texts by column
    /// (empty strings for missing cells), with the row numbers.
    private func rows(_ fixture: String) throws -> [Int: [String]] {
        let workbook = try WorkbookFile(path: TestPackage.fixture("xlsx/" + fixture).path)
        let sheet = try XCTUnwrap(workbook.firstVisibleWorksheet)
        let text = try CellText(strings: workbook.sharedStrings(), styles: workbook.styles(), uses1904: workbook.uses1904)
        let reader = try workbook.rows(of: sheet, threaded: true)
        var all: [Int: [String]] = [:]
        while try reader.nextRow({ row throws(WorkbookReadError) in
            var fields: [String] = []
            for i in 0..<row.count {
                while fields.count < row.column(ofCell: i) { fields.append("") }
                fields.append(try text.string(ofCell: i, of: row))
            }
            all[row.number] = fields
        }) {}
        return all
    }

    func testEveryKindOfCellWrittenByOpenpyxl() throws {
        let rows = try rows("cells.xlsx")
        XCTAssertEqual(rows[1], ["日期", "单位编码", "会议类型", "实到人数", "应到人数", "主题", "记录编号"])
        // A datetime under openpyxl's yyyy-mm-dd h:mm:ss, 12.0 as 12, rich text joined.
        XCTAssertEqual(rows[2], ["2017-01-10", "S001", "支委会", "12", "12", "学习党章", "X1"])
        XCTAssertEqual(rows[3], ["2017-02-10", "S001", "支委会", "5", "5", "学习党章", "X2"])
        // Built-in format 14 with 14:30 on the day; 7 under 00000.
        XCTAssertEqual(rows[4], ["2017-03-10", "S002", "党小组会", "9", "10", "", "00007"])
        XCTAssertEqual(rows[5], ["#N/A", "S002", "支委会", "5", "5", "", "X4"])
        XCTAssertEqual(rows[6], ["2017-04-10", "S001", "主题党日", "TRUE", "20", "", "X5"])
        // The formula =3+4 has no saved result: empty.
        XCTAssertEqual(rows[7], ["2017-04-28", "S001", "主题党日", "", "20", "", "X6"])
        XCTAssertEqual(rows[8], ["12:00", "S001", "支委会", "5", "5", "", "X7"])
        XCTAssertNil(rows[9])
        XCTAssertEqual(rows[10], ["2017-05-10", "S001", "支委会", "5", "5", "", "X8", "", "备注"])
        let workbook = try WorkbookFile(path: TestPackage.fixture("xlsx/cells.xlsx").path)
        let reader = try workbook.rows(of: XCTUnwrap(workbook.firstVisibleWorksheet), threaded: false)
        while try reader.nextRow({ _ in }) {}
        XCTAssertEqual(reader.formulasWithoutValue.first, ["D7"])
        XCTAssertEqual(reader.formulasWithoutValue.count, 1)
    }

    func testDatesOfThe1904DateSystem() throws {
        let workbook = try WorkbookFile(path: TestPackage.fixture("xlsx/dates-1904.xlsx").path)
        XCTAssertTrue(workbook.uses1904)
        let rows = try rows("dates-1904.xlsx")
        XCTAssertEqual([2, 3, 4].map { rows[$0]?.first }, ["2017-01-10", "1904-01-01", "2017-12-31"])
    }

    func testAHiddenFirstSheetAndAMergedTitle() throws {
        let workbook = try WorkbookFile(path: TestPackage.fixture("xlsx/sheets.xlsx").path)
        XCTAssertEqual(workbook.sheets.map(\.name), ["说明", "会议记录", "汇总"])
        XCTAssertEqual(workbook.sheets.map(\.isHidden), [true, false, false])
        XCTAssertEqual(workbook.firstVisibleWorksheet?.name, "会议记录")
        let rows = try rows("sheets.xlsx")
        // The merged title holds its text in A1 alone.
        XCTAssertEqual(rows[1], ["临江市教育局2017年会议记录"])
        XCTAssertEqual(rows[3], ["2017-01-10", "S001", "支委会", "5", "5", "学习党章", "M1"])
    }

    func testFormulasSavedWithTheirResultsByLibreOffice() throws {
        let rows = try rows("formulas-libreoffice.xlsx")
        // =DATE(2017,1,10) under yyyy-mm-dd, ="支委"&"会", =2+3; =NA() saved as the error.
        XCTAssertEqual(rows[2], ["2017-01-10", "S001", "支委会", "5", "5", "", "F1"])
        XCTAssertEqual(rows[3], ["2017-02-10", "S001", "支委会", "#N/A", "5", "", "F2"])
    }

    func testSharedStringsOfLibreOfficeAreReused() throws {
        let workbook = try WorkbookFile(path: TestPackage.fixture("xlsx/small-libreoffice/meetings.xlsx").path)
        let strings = try workbook.sharedStrings()
        // 14 rows name 4 sites and 7 types: each text once in the table.
        let texts = (0..<strings.count).map(strings.string)
        XCTAssertEqual(Set(texts).count, texts.count)
        XCTAssertTrue(texts.contains("党委会") && texts.contains("S001"))
        let rows = try rows("small-libreoffice/meetings.xlsx")
        XCTAssertEqual(rows[2], ["2017-01-05", "JYJ", "党委会", "9", "9", "研究部署全年工作", "M1"])
        // LibreOffice keeps an impossible date as text.
        XCTAssertEqual(rows[12]?.first, "2017-02-30")
    }

    /// What each hostile workbook is refused for; none crashes, hangs or allocates by what it claims.
    func testHostileWorkbooksAreRefusedWithOneReason() throws {
        func error(_ fixture: String) -> WorkbookReadError? {
            do {
                let path = try TestPackage.fixture("xlsx/hostile/" + fixture).path
                let workbook = try WorkbookFile(path: path)
                guard let sheet = workbook.firstVisibleWorksheet else { throw WorkbookReadError.noVisibleSheet }
                _ = try workbook.sharedStrings()
                let reader = try workbook.rows(of: sheet, threaded: true)
                while try reader.nextRow({ _ in }) {}
                return nil
            } catch {
                return error as? WorkbookReadError
            }
        }
        let sheet = "xl/worksheets/sheet1.xml"
        XCTAssertEqual(error("truncated.xlsx"), .notAZip)
        XCTAssertEqual(error("missing-sheet.xlsx"), .missingPart(sheet))
        guard case .partTooLarge(sheet, let inflated, let compressed)? = error("bomb.xlsx") else {
            return XCTFail("bomb.xlsx: \(String(describing: error("bomb.xlsx")))")
        }
        XCTAssertGreaterThan(inflated, 200 * compressed)
        XCTAssertEqual(error("xxe.xlsx"), .doctype(sheet))
        XCTAssertEqual(error("beyond.xlsx"), .badReference(sheet, "1048577"))
        // A dimension past a sheet's last column (XFD) or row.
        for dimension in ["A1:XFE1", "A1:A1048577", "A0", "1A"] {
            let reader = SheetReader(bytes: Array("<worksheet><dimension ref=\"\(dimension)\"/><sheetData/></worksheet>".utf8), part: "s.xml")
            XCTAssertThrowsError(try reader.nextRow { _ in }, dimension) { error in
                XCTAssertEqual(error as? WorkbookReadError, .badReference("s.xml", dimension))
            }
        }
        XCTAssertEqual(error("hidden.xlsx"), .noVisibleSheet)
        XCTAssertEqual(error("checksum.xlsx"), .damagedPart(sheet, .checksum))
        XCTAssertEqual(error("lying-size.xlsx"), .damagedPart(sheet, .size(declared: 100)))
        guard case .malformedXML(sheet, _, _)? = error("unfinished.xlsx") else {
            return XCTFail("unfinished.xlsx: \(String(describing: error("unfinished.xlsx")))")
        }
        // The largest dimension a sheet can have is only checked, and the sheet read.
        XCTAssertNil(error("dimension.xlsx"))
        XCTAssertEqual(try rows("hostile/dimension.xlsx")[2], ["2017-01-10", "S001", "支委会", "5", "5", "", "H1"])
    }

    func testReasonsInBothLanguages() {
        let sheet = "xl/worksheets/sheet1.xml"
        XCTAssertEqual(WorkbookReadError.doctype(sheet).reason.en,
                       "its part xl/worksheets/sheet1.xml declares a DTD, which a workbook never needs; its entities are not read")
        XCTAssertEqual(WorkbookReadError.doctype(sheet).reason.zh,
                       "其中的 xl/worksheets/sheet1.xml 含有文档类型声明（DTD），工作簿从不需要它；出于安全不读取")
        XCTAssertEqual(WorkbookReadError.partTooLarge(sheet, inflated: 8_000_300, compressed: 8_100).reason.en,
                       "its part xl/worksheets/sheet1.xml inflates to 8000300 bytes from 8100: more than the reader takes (1 GiB, and 200 times the compressed size)")
        XCTAssertEqual(WorkbookReadError.partTooLarge(sheet, inflated: 8_000_300, compressed: 8_100).reason.zh,
                       "其中的 xl/worksheets/sheet1.xml 解压后有 8000300 字节（压缩时 8100 字节），超过读取上限：1 GiB，且不超过压缩大小的 200 倍")
        XCTAssertEqual(WorkbookReadError.badReference(sheet, "1048577").reason.en,
                       "its part xl/worksheets/sheet1.xml has a reference outside a worksheet or unreadable: \"1048577\"")
        XCTAssertEqual(WorkbookReadError.noVisibleSheet.reason, .init(zh: "其中没有未隐藏的工作表", en: "it has no visible worksheet"))
        XCTAssertEqual(WorkbookReadError.damagedPart(sheet, .checksum).reason.en, "its part xl/worksheets/sheet1.xml is damaged: its checksum does not match")
        XCTAssertEqual(WorkbookReadError.missingPart(sheet).reason.zh, "缺少其中的 xl/worksheets/sheet1.xml 部分")
        XCTAssertEqual(WorkbookReadError.encryptedOrLegacy.reason.en,
                       "it is password-protected, or an old .xls file renamed; remove the password or save it as .xlsx")
    }

    func testAStreamThatDoesNotEndWhereItsEntryDoesIsCutShort() throws {
        // The sheet's deflate stream is cut in its middle and its entry made to say so: the
        // inflater stops at the entry's last compressed byte instead of reading on (or waiting).
        let source = try TestPackage.fixture("xlsx/hostile/dimension.xlsx").path
        let archive = try WorkbookArchive(path: source)
        let stream = try archive.open("xl/worksheets/sheet1.xml")
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            let n = try stream.read(into: buffer)
            if n == 0 { break }
            total += n
        }
        XCTAssertEqual(UInt64(total), stream.declaredSize)
        let cut = try PartStream(path: source, part: "xl/worksheets/sheet1.xml",
                                 dataOffset: try XCTUnwrap(WorkbookArchive.location(of: XCTUnwrap(archive.entry("xl/worksheets/sheet1.xml")))).dataOffset,
                                 compressedSize: 40, declaredSize: stream.declaredSize, checksum: 0, stored: false)
        XCTAssertThrowsError(try cut.read(into: buffer)) { error in
            XCTAssertEqual(error as? WorkbookReadError, .damagedPart("xl/worksheets/sheet1.xml", .cutShort))
        }
    }
}
