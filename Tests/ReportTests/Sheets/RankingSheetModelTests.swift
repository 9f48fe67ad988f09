import Model
@testable import Report
import XCTest
import XLSX

/// Sheet 5 (排名) as a value: best first, the bottom list (末位) marked and red, printed at 82 %.
final class RankingSheetModelTests: XCTestCase {
    func sheet() -> SheetModel {
        let data = SheetFixture.data()
        return RankingSheet(data: data, labels: SheetFixture.labels(data)).make()
    }

    func testBestFirstAndTheBottomMarked() {
        let s = sheet()
        // Scores 10…70, mean 40: S1…S3 are below it, but ⌈10 % × 7⌉ = 1 is marked.
        XCTAssertEqual(s.text("A2"), "排名")
        XCTAssertEqual(s.number("A3"), 1)
        XCTAssertEqual(s.text("B3"), "S7")
        XCTAssertEqual(s.number("G3"), 70)
        XCTAssertEqual(s.cell("G3")?.style, Styles.oneDecimal)
        XCTAssertEqual(s.text("B9"), "S1")
        XCTAssertEqual(s.text("M9"), "末位")
        XCTAssertEqual(s.text("M8"), "")
        // The whole row is red where column M is not empty.
        XCTAssertEqual(s.conditionalFormats, [SheetModel.ConditionalRule(
            rule: .formula("$M3<>\"\"", style: Styles.bad),
            area: CellArea(firstRow: 2, firstColumn: 0, lastRow: 8, lastColumn: 12))])
    }

    func testOneLineRowsAtEightyTwoPercent() {
        let s = sheet()
        for row in 2...8 { XCTAssertEqual(s.rowHeights[row], RankingSheet.rowHeight, "row \(row + 1)") }
        XCTAssertEqual(s.frozenPanes?.row, 2)
        XCTAssertEqual(s.frozenPanes?.column, 0)
        XCTAssertEqual(s.pageSetup.repeatRows, 1...1)
        XCTAssertEqual(s.pageSetup.margins, PageSetup.Margins(left: 0.3, right: 0.3, top: 0.4, bottom: 0.5))
        // Thirteen short columns fit one page wide at 82 %.
        XCTAssertEqual(s.pageSetup.scale, 82)
        XCTAssertNil(s.pageSetup.fitToPages)
    }

    func testPrintScaleShrinksForWideColumns() {
        // 799 points at 100 %; 7 points a character.
        XCTAssertEqual(RankingSheet.printScale([0: 100]), 82)
        XCTAssertEqual(RankingSheet.printScale([0: 200]), 57)
        XCTAssertEqual(RankingSheet.printScale([:]), 82)
    }
}
