import Foundation
import TestSupport
import XCTest
import XLSX

/// Reads the sample workbook back with openpyxl and checks what another reader sees.
/// The expectations come from what the sample writes (SampleWorkbook.swift) and Excel's rules,
/// not from our output.
final class ReadBackTests: XCTestCase {
    private static let shared: Result<(folder: TemporaryFolder, path: String, dump: WorkbookDump), any Error> = Result {
        let folder = try TemporaryFolder()
        let path = folder.file("sample.xlsx")
        try Workbook.write(to: path, properties: testProperties, SampleWorkbook.fill)
        return (folder, path, try IndependentReader.read(path))
    }

    private var dump: WorkbookDump { get throws { try Self.shared.get().dump } }
    private var path: String { get throws { try Self.shared.get().path } }

    override class func tearDown() {
        if case .success(let sample) = shared { sample.folder.remove() }
        super.tearDown()
    }

    func testSheetNamesInOrderIncludingChineseAndApostrophe() throws {
        XCTAssertEqual(try dump.sheets.map(\.name), ["总览", "月度调度", "Site details", "O'Brien"])
        XCTAssertEqual(try dump.active, "Site details")
    }

    func testValuesKeepTheirTypes() throws {
        let sheet = try XCTUnwrap(try dump.sheet("总览"))
        XCTAssertEqual(sheet.cells["A1"]?.value, .string("2024 年度党建工作述职"))
        XCTAssertEqual(sheet.cells["A3"]?.type, "s")
        XCTAssertEqual(sheet.cells["A3"]?.value, .string("三会一课"))
        XCTAssertEqual(sheet.cells["B3"]?.type, "n")
        XCTAssertEqual(sheet.cells["B3"]?.value, .number(0.875))
        XCTAssertEqual(sheet.cells["B6"]?.value, .number(12_345))
        XCTAssertEqual(sheet.cells["B7"]?.type, "b")
        XCTAssertEqual(sheet.cells["B7"]?.value, .bool(true))
        XCTAssertEqual(sheet.cells["B8"]?.type, "f")
        XCTAssertEqual(sheet.cells["B8"]?.value, .string("=B3*2"))
        XCTAssertEqual(sheet.cells["B9"]?.value, .string("=A3&\"!\""))
    }

    func testTextStartingWithEqualsStaysText() throws {
        let cell = try XCTUnwrap(try dump.sheet("总览")?.cells["A4"])
        XCTAssertEqual(cell.type, "s")
        XCTAssertEqual(cell.value, .string("=cmd|' /C calc'!A0"))
    }

    func testLiteralEscapeSequenceRoundTrips() throws {
        let cell = try XCTUnwrap(try dump.sheet("总览")?.cells["A5"])
        XCTAssertEqual(cell.type, "s")
        XCTAssertEqual(cell.value, .string("_x0041_"))
    }

    func testNumberFormatsAndStyles() throws {
        let summary = try XCTUnwrap(try dump.sheet("总览"))
        XCTAssertEqual(summary.cells["B3"]?.numberFormat, "0.0%")
        XCTAssertEqual(summary.cells["B6"]?.numberFormat, "#,##0")
        XCTAssertEqual(summary.cells["A2"]?.bold, true)
        XCTAssertEqual(summary.cells["A2"]?.fill, "FFDDEBF7")
        XCTAssertEqual(summary.cells["A2"]?.horizontal, "center")
        XCTAssertEqual(summary.cells["A3"]?.bold, false)
        XCTAssertEqual(summary.cells["B10"]?.fill, "FFFFC7CE", "a styled blank cell keeps its fill")
        XCTAssertEqual(summary.cells["B10"]?.fontColour, "FF9C0006")
        let sites = try XCTUnwrap(try dump.sheet("Site details"))
        XCTAssertEqual(sites.cells["C2"]?.numberFormat, "0.0")
        XCTAssertEqual(sites.cells["C2"]?.value, .number(92.5))
        XCTAssertEqual(sites.cells["D3"]?.numberFormat, "0.0%")
        XCTAssertEqual(sites.cells["B3"]?.value, .string("实验小学"))
    }

    func testMergeColumnsRowsAndSheetView() throws {
        let summary = try XCTUnwrap(try dump.sheet("总览"))
        XCTAssertEqual(summary.merged, ["A1:D1"])
        // "2024 年度党建工作述职": 5 narrow + 8 wide characters = 21, plus 2 of padding = 23
        // characters. Excel stores a width of n characters as trunc((7n + 5) / 7 × 256) / 256
        // (7-pixel digits, 5 pixels of cell padding): (161 + 5) / 7 × 256 = 6070.86 → 6070 / 256.
        XCTAssertEqual(summary.columnWidths["A"], 6070.0 / 256)
        XCTAssertEqual(summary.rowHeights["1"], 24)
        XCTAssertEqual(summary.hiddenColumns, ["F"])
        XCTAssertEqual(summary.tabColour, "FF00B050")
        XCTAssertEqual(summary.zoom, 120)
        XCTAssertTrue(summary.showGridlines)
        let monthly = try XCTUnwrap(try dump.sheet("月度调度"))
        XCTAssertEqual(monthly.freezePanes, "B2")
        XCTAssertFalse(monthly.showGridlines)
        XCTAssertEqual(try dump.sheet("Site details")?.freezePanes, "A2")
        XCTAssertEqual(try dump.sheet("O'Brien")?.autofilter, "A1:B3")
    }

    func testTable() throws {
        let sites = try XCTUnwrap(try dump.sheet("Site details"))
        XCTAssertEqual(sites.tables.count, 1)
        let table = try XCTUnwrap(sites.tables.first)
        XCTAssertEqual(table.name, "Sites")
        XCTAssertEqual(table.ref, "A1:D4")
        XCTAssertEqual(table.columns, ["site_id", "名称", "score", "rate"])
        XCTAssertEqual(table.style, "TableStyleMedium2")
        // The header row is written by the table itself.
        XCTAssertEqual(sites.cells["B1"]?.value, .string("名称"))
    }

    func testConditionalFormats() throws {
        let formats = try XCTUnwrap(try dump.sheet("Site details")?.conditionalFormats)
        let byRange = Dictionary(grouping: formats, by: \.range).mapValues { $0.flatMap(\.types) }
        XCTAssertEqual(byRange["D2:D4"]?.sorted(), ["cellIs", "colorScale"])
        XCTAssertEqual(byRange["C2:C4"]?.sorted(), ["cellIs", "colorScale"])
        XCTAssertEqual(byRange["A2:B4"], ["expression"])
        let operators = formats.flatMap(\.operators).compactMap { $0 }.sorted()
        XCTAssertEqual(operators, ["between", "lessThan"])
    }

    func testPrintSetup() throws {
        let summary = try XCTUnwrap(try dump.sheet("总览")?.print)
        XCTAssertEqual(summary.orientation, "landscape")
        XCTAssertEqual(summary.paperSize, 9)
        XCTAssertTrue(summary.fitToPage)
        XCTAssertEqual(summary.fitToWidth ?? 1, 1, "1 is the OOXML default, which writers may omit")
        XCTAssertEqual(summary.fitToHeight, 0)
        XCTAssertEqual(summary.titleRows, "$2:$2")
        XCTAssertTrue(summary.horizontalCentered)
        XCTAssertEqual(summary.marginLeft, 0.5)
        XCTAssertEqual(summary.headerCenter, "&A")
        XCTAssertEqual(summary.footerCenter, "第 &P 页，共 &N 页")
        XCTAssertFalse(summary.gridlines)

        let monthly = try XCTUnwrap(try dump.sheet("月度调度")?.print)
        XCTAssertEqual(monthly.scale, 85)
        XCTAssertFalse(monthly.fitToPage)
        XCTAssertEqual(monthly.titleCols, "$A:$A")
        XCTAssertEqual(monthly.printArea, "'月度调度'!$A$1:$C$13")
        XCTAssertEqual(monthly.footerLeft, "&A")
        XCTAssertEqual(monthly.footerRight, "&P/&N")
        XCTAssertTrue(monthly.gridlines)
    }

    func testDocumentProperties() throws {
        let properties = try dump.properties
        XCTAssertEqual(properties.title, "年度述职 2024")
        XCTAssertEqual(properties.subject, "Party-building review")
        XCTAssertEqual(properties.creator, "annual-review tests")
        XCTAssertEqual(properties.keywords, "review, 2024")
        XCTAssertEqual(properties.description, "Generated in tests")
        XCTAssertEqual(properties.category, "Report")
        XCTAssertEqual(properties.company, "某区教育局")
        XCTAssertEqual(properties.manager, "Office lead")
        XCTAssertEqual(properties.createdEpoch, fixedCreated)
        XCTAssertEqual(properties.created, "2024-12-31T00:00:00")
    }

    /// The line chart: three series over the twelve months of 月度调度 (its data cache holds the
    /// numbers written: March has 3 × 3 = 9 meetings), titles, `#,##0` on 0–40, legend at the
    /// bottom, the first series in C00000. The column chart on 'O''Brien': clustered, no legend,
    /// black written as black; libxlsxwriter 1.1.4 does not find a sheet whose quoted name has a
    /// doubled apostrophe, so it writes no data cache (the formula is right and Excel and
    /// LibreOffice read the cells): pinned, so a library upgrade that fixes it is noticed. The
    /// chart inserted at row 1, column 4 (0-based) is anchored from E2.
    func testChartsAndTheirAnchors() throws {
        try assertParts(of: path, match: ["xl/charts/chart1.xml": "sample.chart1.xml", "xl/charts/chart2.xml": "sample.chart2.xml",
                                          "xl/drawings/drawing1.xml": "sample.drawing1.xml"])
    }
}
