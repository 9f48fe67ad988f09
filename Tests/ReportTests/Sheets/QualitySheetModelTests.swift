import Model
@testable import Report
import XCTest
import XLSX

/// Sheet 6 (数据质量) as a value: the reconciliation per log, then the problems, or a line that
/// says there are none.
final class QualitySheetModelTests: XCTestCase {
    func sheet(cut: [(sheet: String, cell: String, length: Int)] = []) -> SheetModel {
        let data = SheetFixture.data()
        return QualitySheet(data: data, labels: SheetFixture.labels(data), cutElsewhere: cut).make()
    }

    func testNoProblemsSaysSo() {
        let s = sheet()
        XCTAssertEqual(s.name, "数据质量")
        // One reconciliation row per log (rows 5…8), then the problems' section: title, header
        // on row 11 and the line that there are none, without a table.
        XCTAssertEqual((4...7).map { s.number(CellReference.cell(row: $0, column: 2)) }, [0, 0, 0, 0])
        XCTAssertEqual(s.cell("A11")?.style, Styles.header)
        XCTAssertEqual(s.text("A12"), "没有被拒绝的行，也没有警告。")
        XCTAssertTrue(s.tables.isEmpty)
        XCTAssertEqual(s.columnWidths[8], 56)
        XCTAssertEqual(s.pageSetup.repeatRows, 10...10)
        XCTAssertEqual(s.pageSetup.repeatColumns, 0...2)
        XCTAssertEqual(s.pageSetup.fitToPages?.wide, 1)
        XCTAssertEqual(s.pageSetup.fitToPages?.tall, 0)
    }

    func testTextCutElsewhereIsListed() throws {
        let s = sheet(cut: [(sheet: "单位明细", cell: "B3", length: 40_000)])
        // The file notes' section comes first: its header's message merged across C…I.
        let message = try XCTUnwrap(s.cell("C11"))
        XCTAssertEqual(message.mergedThrough, 8)
        XCTAssertEqual(message.style, Styles.header)
        XCTAssertEqual(s.text("A12"), "单位明细!B3")
        XCTAssertEqual(s.cell("C12")?.mergedThrough, 8)
    }
}
