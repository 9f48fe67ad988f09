import Foundation
@testable import Report
@testable import XLSXRead
import XCTest

/// The XML readers of `check`, on literal SpreadsheetML fragments.
final class SpreadsheetXMLTests: XCTestCase {
    func testSplitAtTagBoundariesIgnoringWhitespaceBetweenElements() {
        XCTAssertEqual(XMLElements.split("<a>\n  <b x=\"1\"/><c>text</c>\r\n</a>"),
                       ["<a>", "<b x=\"1\"/>", "<c>text</c>", "</a>"])
        XCTAssertEqual(XMLElements.split(""), [])
        // Spaces inside text are text: they stay.
        XCTAssertEqual(XMLElements.split("<t xml:space=\"preserve\">  a  </t>"), ["<t xml:space=\"preserve\">  a  </t>"])
    }

    func testFirstDifferenceNamesBothElementsOrTheEnd() {
        let d = XMLElements.firstDifference(["<a>", "<b/>", "</a>"], ["<a>", "<c/>", "</a>"])
        XCTAssertEqual(d?.index, 1)
        XCTAssertEqual(d?.old, "<b/>")
        XCTAssertEqual(d?.new, "<c/>")
        let shorter = XMLElements.firstDifference(["<a>", "</a>"], ["<a>", "<b/>", "</a>"])
        XCTAssertEqual(shorter?.index, 1)
        XCTAssertEqual(shorter?.old, "</a>")
        let prefix = XMLElements.firstDifference(["<a/>"], ["<a/>", "<b/>"])
        XCTAssertEqual(prefix?.index, 1)
        XCTAssertNil(prefix?.old)
        XCTAssertEqual(prefix?.new, "<b/>")
        XCTAssertNil(XMLElements.firstDifference(["<a/>"], ["<a/>"]))
    }

    func testRemovingSheetDataLeavesTheRestOfTheSheet() {
        XCTAssertEqual(XMLElements.removingElement("sheetData", from: "<w><dimension/><sheetData><row r=\"1\"/></sheetData><cols/></w>"),
                       "<w><dimension/><cols/></w>")
        XCTAssertEqual(XMLElements.removingElement("sheetData", from: "<w><sheetData/><cols/></w>"), "<w><cols/></w>")
        XCTAssertEqual(XMLElements.removingElement("sheetData", from: "<w><sheetDataX/></w>"), "<w><sheetDataX/></w>")
    }

    func testCellAddressesBothWays() {
        XCTAssertEqual(CellAddress("A1"), CellAddress(row: 1, column: 0))
        XCTAssertEqual(CellAddress("F12"), CellAddress(row: 12, column: 5))
        XCTAssertEqual(CellAddress("Z3"), CellAddress(row: 3, column: 25))
        XCTAssertEqual(CellAddress("AA3"), CellAddress(row: 3, column: 26))
        XCTAssertEqual(CellAddress("AF2"), CellAddress(row: 2, column: 31))
        XCTAssertEqual(CellAddress("XFD1048576"), CellAddress(row: 1_048_576, column: 16_383))
        XCTAssertEqual(CellAddress(row: 2, column: 31).description, "AF2")
        XCTAssertEqual(CellAddress(row: 7, column: 701).description, "ZZ7")
        XCTAssertEqual(CellAddress(row: 7, column: 702).description, "AAA7")
        for bad in ["", "A", "12", "a1", "1A", "A0", "A1B", "$A$1"] {
            XCTAssertNil(CellAddress(bad), bad)
        }
        XCTAssertLessThan(CellAddress("Z1")!, CellAddress("A2")!)
    }

    func testSheetNamesFromTheWorkbookAndItsRelationships() throws {
        let workbook = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
            <sheet name="总览" sheetId="1" r:id="rId2"/><sheet name="Data &amp; quality" sheetId="2" r:id="rId1"/>\
            </sheets></workbook>
            """
        let rels = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
        let sheets = try XCTUnwrap(SpreadsheetXML.sheets(workbook: Data(workbook.utf8), relationships: Data(rels.utf8)))
        XCTAssertEqual(sheets.map(\.name), ["总览", "Data & quality"])
        XCTAssertEqual(sheets.map(\.part), ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
    }

    func testSharedStringsJoinRichTextRunsKeepSpacesAndSkipPhonetics() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">\
            <si><t>三会一课</t></si>\
            <si><t xml:space="preserve">  leading and trailing  </t></si>\
            <si><r><rPr><b/><sz val="11"/></rPr><t>bold</t></r><r><t xml:space="preserve"> and plain</t></r></si>\
            <si><t>党员</t><rPh sb="0" eb="2"><t>トウイン</t></rPh></si>\
            <si><t>a &lt; b &amp; &quot;c&quot;</t></si>\
            <si><t/></si>\
            </sst>
            """
        XCTAssertEqual(SpreadsheetXML.sharedStrings(Data(xml.utf8)),
                       ["三会一课", "  leading and trailing  ", "bold and plain", "党员", "a < b & \"c\"", ""])
    }

    func testWorksheetCellsOfEveryKind() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F2"/>\
            <sheetData><row r="1" spans="1:6"><c r="A1" t="s"><v>1</v></c><c r="B1" s="3"><v>0.75</v></c>\
            <c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line </t></r></is></c>\
            <c r="D1" t="b"><v>1</v></c><c r="E1" s="2"/><c r="F1" t="str"><f>A1&amp;"x"</f><v>twox</v></c></row>\
            <row r="2" ht="45" customHeight="1"><c r="A2" t="e"><v>#DIV/0!</v></c><c r="B2"><f>B1*2</f><v>1.5</v></c></row>\
            </sheetData><cols><col min="1" max="1" width="9"/></cols></worksheet>
            """
        let sheet = try XCTUnwrap(SpreadsheetXML.worksheet(Data(xml.utf8), sharedStrings: ["one", "two"]))
        XCTAssertEqual(sheet.cells[CellAddress("A1")!], SheetCell(value: .text("two")))
        XCTAssertEqual(sheet.cells[CellAddress("B1")!], SheetCell(value: .number(0.75), style: 3))
        XCTAssertEqual(sheet.cells[CellAddress("C1")!], SheetCell(value: .text("inline ")))
        XCTAssertEqual(sheet.cells[CellAddress("D1")!], SheetCell(value: .boolean(true)))
        XCTAssertEqual(sheet.cells[CellAddress("E1")!], SheetCell(value: .empty, style: 2))
        XCTAssertEqual(sheet.cells[CellAddress("F1")!], SheetCell(value: .text("twox"), formula: "A1&\"x\""))
        XCTAssertEqual(sheet.cells[CellAddress("A2")!], SheetCell(value: .error("#DIV/0!")))
        XCTAssertEqual(sheet.cells[CellAddress("B2")!], SheetCell(value: .number(1.5), formula: "B1*2"))
        XCTAssertEqual(sheet.cells.count, 8)
        XCTAssertEqual(sheet.rows[1], "<row r=\"1\" spans=\"1:6\">")
        XCTAssertEqual(sheet.rows[2], "<row customHeight=\"1\" ht=\"45\" r=\"2\">")
    }

    func testMalformedXMLIsNil() {
        XCTAssertNil(SpreadsheetXML.worksheet(Data("<worksheet><sheetData>".utf8), sharedStrings: []))
        XCTAssertNil(SpreadsheetXML.sharedStrings(Data("<sst><si><t>x</si></sst>".utf8)))
    }
}
