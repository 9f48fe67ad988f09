import Foundation
import TestSupport
import XCTest
import XLSX

/// One small workbook per feature of the wrapper, its parts compared with hand-checked reference
/// parts (Tests/Fixtures/xlsx-reference/, see `assertParts`).
final class ReferencePartTests: XCTestCase {
    /// Writes a workbook with `body` into a fresh folder and checks `references` against it.
    func check(_ references: KeyValuePairs<String, String>, parts: [String]? = nil, properties: DocumentProperties = testProperties,
               file: StaticString = #filePath, line: UInt = #line, _ body: (Workbook) throws -> Void) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("feature.xlsx")
        try Workbook.write(to: path, properties: properties, body)
        try assertParts(of: path, match: references, parts: parts, file: file, line: line)
    }

    func testCellTypes() throws {
        try check(["xl/worksheets/sheet1.xml": "cells.sheet1.xml", "xl/sharedStrings.xml": "cells.sharedStrings.xml"]) { wb in
            let sheet = try wb.addWorksheet("S")
            try sheet.writeString("文本 & <标记>", row: 0, column: 0)
            try sheet.writeNumber(1.5, row: 0, column: 1)
            try sheet.writeBoolean(true, row: 0, column: 2)
            try sheet.writeFormula("=B1*2", cachedNumber: 3, row: 1, column: 0)
            try sheet.writeFormula("=\"a\"&\"b\"", cachedString: "ab", row: 1, column: 1)
            try sheet.writeBlank(row: 1, column: 2, style: CellStyle(bold: true))
            try sheet.writeRichString([TextRun("原因：", style: CellStyle()),
                                       TextRun("【请补充】", style: CellStyle(bold: true, fontColour: 0xC00000))],
                                      row: 2, column: 0)
        }
    }

    func testStyles() throws {
        try check(["xl/styles.xml": "styles.styles.xml"]) { wb in
            let sheet = try wb.addWorksheet("S")
            try sheet.writeNumber(0.5, row: 0, column: 0, style: CellStyle(numberFormat: "0.0%"))
            try sheet.writeString("标题", row: 1, column: 0,
                                  style: CellStyle(bold: true, fontSize: 14, fontName: "黑体", backgroundColour: 0xD9E1F2,
                                                   horizontalAlignment: .center, verticalAlignment: .center,
                                                   wrapText: true, thinBorder: true))
        }
    }

    func testMergedCellsColumnWidthsAndFreezePanes() throws {
        // Widths in characters become Excel's: ⌊(⌊w × 7 + 0.5⌋ + 5) ÷ 7 × 256⌋ ÷ 256 for 7-pixel
        // digits: 12 → 89 px → 12.7109375; 30.5 → 219 px → 31.28515625.
        try check(["xl/worksheets/sheet1.xml": "layout.sheet1.xml"]) { wb in
            let sheet = try wb.addWorksheet("S")
            try sheet.setColumns(0, 0, width: 12)
            try sheet.setColumns(1, 2, width: 30.5)
            try sheet.setRow(0, height: 30)
            try sheet.mergeRange(CellArea(rows: 0...0, columns: 0...2), value: .text("标题"))
            try sheet.freezePanes(row: 1, column: 1)
        }
    }

    func testPrintSetup() throws {
        try check(["xl/worksheets/sheet1.xml": "print.sheet1.xml", "xl/workbook.xml": "print.workbook.xml"]) { wb in
            let sheet = try wb.addWorksheet("打印")
            try sheet.writeNumber(1, row: 0, column: 0)
            try sheet.setPageSetup(PageSetup(
                orientation: .landscape, paperSize: 9, fitToPages: (wide: 1, tall: 0), repeatRows: 0...1,
                centerHorizontally: true, margins: .init(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75),
                header: "&C&A", footer: "&C&P / &N"))
        }
    }

    func testTable() throws {
        try check(["xl/worksheets/sheet1.xml": "table.sheet1.xml", "xl/tables/table1.xml": "table.table1.xml"]) { wb in
            let sheet = try wb.addWorksheet("S")
            try sheet.addTable(CellArea(rows: 0...2, columns: 0...1), name: "单位", columns: ["名称", "得分"])
            try sheet.writeString("甲", row: 1, column: 0)
            try sheet.writeNumber(90, row: 1, column: 1)
            try sheet.writeString("乙", row: 2, column: 0)
            try sheet.writeNumber(80, row: 2, column: 1)
        }
    }

    func testConditionalFormats() throws {
        try check(["xl/worksheets/sheet1.xml": "conditional.sheet1.xml", "xl/styles.xml": "conditional.styles.xml"]) { wb in
            let sheet = try wb.addWorksheet("S")
            for row in 0...2 { try sheet.writeNumber(Double(row) / 2, row: row, column: 0) }
            let area = CellArea(rows: 0...2, columns: 0...0)
            try sheet.addConditionalFormat(.cellValue(.lessThan(0.9), style: CellStyle(fontColour: 0xC00000)), to: area)
            try sheet.addConditionalFormat(.threeColourScale(min: 0xF8696B, mid: 0xFFEB84, max: 0x63BE7B), to: area)
            try sheet.addConditionalFormat(.formula("=$A1<1", style: CellStyle(backgroundColour: 0xFFC7CE)), to: area)
        }
    }

    func testColumnChart() throws {
        // The default size, 480 × 288 pixels, from B4 over columns of 64 and rows of 20 pixels:
        // 7.5 columns and 14.4 rows, so the anchor ends in I18 at 32 × 9525 and 8 × 9525 EMU.
        let parts = ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                     "xl/_rels/workbook.xml.rels", "xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels",
                     "xl/drawings/drawing1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/theme/theme1.xml",
                     "xl/workbook.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet1.xml"]
        try check(["xl/charts/chart1.xml": "chart.chart1.xml", "xl/drawings/drawing1.xml": "chart.drawing1.xml"], parts: parts) { wb in
            let sheet = try wb.addWorksheet("均衡")
            try sheet.writeString("城区", row: 0, column: 0)
            try sheet.writeString("农村", row: 1, column: 0)
            try sheet.writeNumber(0.8, row: 0, column: 1)
            try sheet.writeNumber(0.6, row: 1, column: 1)
            let chart = try wb.addChart(.column)
            try chart.addSeries(name: "达标率", categories: CellRange(sheet: "均衡", column: 0, rows: 0...1),
                                values: CellRange(sheet: "均衡", column: 1, rows: 0...1), colour: 0xC00000)
            try chart.setTitle("城乡对比")
            try chart.setValueAxisNumberFormat("0%")
            try chart.setValueAxisBounds(min: 0, max: 1)
            try chart.setLegend(.none)
            try sheet.insertChart(chart, row: 3, column: 1)
        }
    }

    func testDataValidations() throws {
        try check(["xl/worksheets/sheet1.xml": "validation.sheet1.xml"]) { wb in
            let sheet = try wb.addWorksheet("S")
            try sheet.addDataValidation(DataValidation(.list(["城区", "农村"]), inputTitle: "地域", inputMessage: "从列表中选择",
                                                       errorTitle: "无效", errorMessage: "只能选城区或农村"),
                                        to: CellArea(rows: 1...100, columns: 2...2))
            try sheet.addDataValidation(DataValidation(.any, inputMessage: "填写日期", errorStyle: .warning),
                                        to: CellArea(rows: 1...100, columns: 0...0))
        }
    }

    func testDocumentProperties() throws {
        var properties = testProperties
        properties.custom = [CustomProperty(name: "输入指纹", value: "0123456789ab")]
        try check(["docProps/core.xml": "properties.core.xml", "docProps/app.xml": "properties.app.xml",
                   "docProps/custom.xml": "properties.custom.xml", "[Content_Types].xml": "properties.content-types.xml",
                   "_rels/.rels": "properties.rels"],
                  properties: properties) { wb in _ = try wb.addWorksheet("S") }
    }
}
