import Foundation
import TestSupport
import XCTest
import XLSX

/// Smaller workbooks for single features, read back independently.
final class ChartAndCellTests: XCTestCase {
    func testBarChartTitlesGoOnTheRightAxes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("bar.xlsx")
        try Workbook.write(to: path, properties: testProperties) { wb in
            let sheet = try wb.addWorksheet("均衡分析")
            try sheet.writeString("城区", row: 0, column: 0)
            try sheet.writeString("农村", row: 1, column: 0)
            try sheet.writeNumber(0.8, row: 0, column: 1)
            try sheet.writeNumber(0.6, row: 1, column: 1)
            let chart = try wb.addChart(.bar)
            try chart.addSeries(name: nil, categories: CellRange(sheet: "均衡分析", column: 0, rows: 0...1),
                                values: CellRange(sheet: "均衡分析", column: 1, rows: 0...1))
            try chart.setCategoryAxisTitle("地域")
            try chart.setValueAxisTitle("达标率")
            try chart.setValueAxisNumberFormat("0%")
            try sheet.insertChart(chart, row: 3, column: 0)
        }
        // Horizontal bars; the category title on the category axis, the value title and `0%` on
        // the value axis.
        try assertParts(of: path, match: ["xl/charts/chart1.xml": "bar.chart1.xml"])
    }

    func testChartRefusals() throws {
        let titled = try expectWriteFailure { wb in try wb.addChart(.line).setTitle("=Sheet1!A1") }
        guard case .invalidArgument? = titled?.reason else { return XCTFail() }
        let empty = try expectWriteFailure { wb in
            let sheet = try wb.addWorksheet("S")
            try sheet.insertChart(try wb.addChart(.column), row: 0, column: 0)
        }
        guard case .invalidArgument? = empty?.reason else { return XCTFail() }
        let twice = try expectWriteFailure { wb in
            let sheet = try wb.addWorksheet("S")
            try sheet.writeNumber(1, row: 0, column: 0)
            let chart = try wb.addChart(.column)
            try chart.addSeries(name: "n", categories: CellRange(sheet: "S", column: 0, rows: 0...0),
                                values: CellRange(sheet: "S", column: 0, rows: 0...0))
            try sheet.insertChart(chart, row: 2, column: 0)
            try sheet.insertChart(chart, row: 20, column: 0)
        }
        guard case .invalidArgument? = twice?.reason else { return XCTFail(String(describing: twice)) }
        XCTAssertEqual(twice?.cell, "A21")
    }

    func testLongChineseTextMergedNumberAndEscapedCachedString() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("cells.xlsx")
        let longest = String(repeating: "党", count: 32_767)
        try Workbook.write(to: path, properties: testProperties) { wb in
            let sheet = try wb.addWorksheet("述职要点")
            try sheet.writeString(longest, row: 0, column: 0)
            try sheet.mergeRange(CellArea(rows: 2...3, columns: 0...1), value: .number(0.5),
                                 style: CellStyle(numberFormat: "0%"))
            try sheet.writeString("", row: 5, column: 0)
            try sheet.write(.text("line 1\nline 2"), row: 6, column: 0, style: CellStyle(wrapText: true))
            try sheet.writeNumber(-0.0, row: 7, column: 0)
            try sheet.writeNumber(1e308, row: 8, column: 0)
        }
        let sheet = try XCTUnwrap(IndependentReader.read(path).sheet("述职要点"))
        XCTAssertEqual(sheet.cells["A1"]?.value, .string(longest))
        XCTAssertEqual(sheet.merged, ["A3:B4"])
        XCTAssertEqual(sheet.cells["A3"]?.type, "n")
        XCTAssertEqual(sheet.cells["A3"]?.value, .number(0.5))
        XCTAssertEqual(sheet.cells["A3"]?.numberFormat, "0%")
        XCTAssertNil(sheet.cells["A6"], "an empty string without a style writes nothing")
        XCTAssertEqual(sheet.cells["A7"]?.value, .string("line 1\nline 2"))
        XCTAssertEqual(sheet.cells["A7"]?.wrap, true)
        XCTAssertEqual(sheet.cells["A9"]?.value, .number(1e308))
    }

    func testEditedStylesAreDistinctFormats() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("styles.xlsx")
        try Workbook.write(to: path, properties: testProperties) { wb in
            let sheet = try wb.addWorksheet("S")
            var style = CellStyle(bold: true)
            try sheet.writeNumber(1, row: 0, column: 0, style: style)
            style.numberFormat = "0.00"
            try sheet.writeNumber(2, row: 1, column: 0, style: style)
            try sheet.writeNumber(3, row: 2, column: 0, style: CellStyle(bold: true))
            try sheet.writeString("black", row: 3, column: 0, style: CellStyle(fontColour: 0x000000))
        }
        let sheet = try XCTUnwrap(IndependentReader.read(path).sheet("S"))
        XCTAssertEqual(sheet.cells["A1"]?.numberFormat, "General")
        XCTAssertEqual(sheet.cells["A2"]?.numberFormat, "0.00")
        XCTAssertEqual(sheet.cells["A3"]?.numberFormat, "General")
        XCTAssertEqual(sheet.cells["A3"]?.bold, true)
        XCTAssertEqual(sheet.cells["A4"]?.fontColour, "FF000000")
    }
}
