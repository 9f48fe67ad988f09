import Model
@testable import Report
import XCTest
import XLSX

/// Sheet 1 (总览) as a value: the facts at its top, the headline completion in three colours, one
/// printed page.
final class SummarySheetModelTests: XCTestCase {
    func sheet(_ language: ReportLanguage = .zh) -> SheetModel {
        let data = SheetFixture.data(language: language)
        return SummarySheet(data: data, labels: SheetFixture.labels(data)).make()
    }

    func testTitleAndFactsAtTheTop() {
        let s = sheet()
        XCTAssertEqual(s.name, "总览")
        XCTAssertTrue(s.isActive)
        XCTAssertFalse(s.showsGridlines)
        XCTAssertEqual(s.text("A1"), SheetFixture.titleZH)
        XCTAssertEqual(s.cell("A1")?.style, Styles.title)
        XCTAssertEqual(s.rowHeights[0], 28)
        // Row 3: the organisation, none given; row 4: the year, a number; row 5: the as-of date.
        XCTAssertEqual(s.text("A3"), "单位")
        XCTAssertEqual(s.text("B3"), "—")
        XCTAssertEqual(s.text("A4"), "评估年度")
        XCTAssertEqual(s.number("B4"), 2023)
        XCTAssertEqual(s.cell("B4")?.style, Styles.plainNumber)
        XCTAssertEqual(s.text("A5"), "统计截至")
        XCTAssertEqual(s.text("B5"), "2023-12-31")
    }

    func testCompletionIsColouredInThreeBands() throws {
        let s = sheet()
        XCTAssertEqual(s.conditionalFormats.count, 3)
        let areas = Set(s.conditionalFormats.map(\.area))
        XCTAssertEqual(areas.count, 1)
        let area = try XCTUnwrap(areas.first)
        // The completion column (D), one row per headline figure.
        XCTAssertEqual(area.firstColumn, 3)
        XCTAssertEqual(area.lastColumn, 3)
        XCTAssertEqual(area.lastRow - area.firstRow + 1, HeadlineKey.allCases.count)
        let d = CellReference.cell(row: area.firstRow, column: 3)
        XCTAssertEqual(s.conditionalFormats.map(\.rule), [
            .formula("AND(ISNUMBER(\(d)),\(d)>=1)", style: Styles.good),
            .formula("AND(ISNUMBER(\(d)),\(d)>=0.8,\(d)<1)", style: Styles.fair),
            .formula("AND(ISNUMBER(\(d)),\(d)<0.8)", style: Styles.bad),
        ])
    }

    func testPrintsOnOneLandscapeA4Page() {
        let setup = sheet().pageSetup
        XCTAssertEqual(setup.orientation, .landscape)
        XCTAssertEqual(setup.paperSize, PageSetup.paperA4)
        XCTAssertEqual(setup.fitToPages?.wide, 1)
        XCTAssertEqual(setup.fitToPages?.tall, 1)
        XCTAssertNil(setup.repeatRows)
        XCTAssertEqual(setup.margins, SheetBuilder.margins)
        XCTAssertEqual(setup.footer, "&L\(SheetFixture.titleZH)&C&A&R第 &P 页，共 &N 页")
    }

    func testInEnglish() {
        let s = sheet(.en)
        XCTAssertEqual(s.name, "Summary")
        XCTAssertEqual(s.text("A3"), "Organisation")
        XCTAssertEqual(s.text("A4"), "Review year")
        XCTAssertEqual(s.pageSetup.footer?.hasSuffix("&C&A&RPage &P of &N"), true)
    }
}
