import Model
@testable import Report
import XCTest
import XLSX

/// Sheet 3 (单位明细) as a value: one row per school in an Excel table, the columns that are 0
/// for every school left out and named above the table.
final class SitesSheetModelTests: XCTestCase {
    func sheet() -> SheetModel {
        let data = SheetFixture.data()
        return SitesSheet(data: data, labels: SheetFixture.labels(data)).make()
    }

    func testOneRowPerSchoolInATable() throws {
        let s = sheet()
        XCTAssertEqual(s.name, "单位明细")
        // Counts that are 0 for every school are left out, so the header moves to row 2.
        let table = try XCTUnwrap(s.tables.first)
        XCTAssertEqual(s.tables.count, 1)
        XCTAssertEqual(table.name, "Sites")
        XCTAssertEqual(table.style, .medium(2))
        XCTAssertEqual(table.area.firstRow, 1)
        XCTAssertEqual(table.area.lastRow, 1 + 7)
        XCTAssertEqual(table.area.firstColumn, 0)
        XCTAssertEqual(table.area.lastColumn, table.titles.count - 1)
        // The bureau is not listed: S1…S7, the name wrapping in its capped column.
        XCTAssertEqual(s.text("A3"), "S1")
        XCTAssertEqual(s.text("B3"), "第1小学")
        XCTAssertEqual(s.cell("B3")?.style, Styles.name)
        XCTAssertEqual(s.text("A9"), "S7")
        XCTAssertNil(s.cell("A10"))
        XCTAssertLessThanOrEqual(s.columnWidths[1] ?? 0, 24)
        // Only the talks were held: the one count column left.
        XCTAssertEqual(table.titles.last, "谈心谈话")
        XCTAssertEqual(s.cell(2, table.titles.count - 1)?.value, .number(1))
    }

    func testTheLeftOutColumnsAreNamedOverTheCounts() throws {
        let s = sheet()
        let note = try XCTUnwrap(s.cells.first { $0.row == 0 })
        XCTAssertEqual(note.style, SitesSheet.leftOutStyle)
        XCTAssertNotNil(s.rowHeights[0])
        XCTAssertTrue(s.text(CellReference.cell(row: 0, column: note.column))?.contains("党委会") ?? false)
    }

    func testFrozenPanesAndTwoPagesWide() {
        let s = sheet()
        XCTAssertEqual(s.frozenPanes?.row, 2)
        XCTAssertEqual(s.frozenPanes?.column, 2)
        XCTAssertEqual(s.pageSetup.repeatRows, 1...1)
        XCTAssertEqual(s.pageSetup.repeatColumns, 0...1)
        XCTAssertEqual(s.pageSetup.fitToPages?.wide, 2)
        XCTAssertEqual(s.pageSetup.fitToPages?.tall, 0)
        // Rates below 100 % and "否" in red, the score on a colour scale.
        XCTAssertEqual(s.conditionalFormats.count, 3)
        XCTAssertEqual(s.conditionalFormats.last?.rule, .threeColourScale(min: 0xF8696B, mid: 0xFFEB84, max: 0x63BE7B))
    }
}
