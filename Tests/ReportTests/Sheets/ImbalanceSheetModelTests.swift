import Model
@testable import Report
import XCTest
import XLSX

/// Sheet 4 (均衡分析) as a value: groups of fewer than five sites are not compared (rules §4.4),
/// and one clustered column chart per pairwise grouping.
final class ImbalanceSheetModelTests: XCTestCase {
    func sheet() -> SheetModel {
        let data = SheetFixture.data()
        return ImbalanceSheet(data: data, labels: SheetFixture.labels(data)).make()
    }

    func testNoUrbanSchoolMeansTooFewSites() throws {
        let s = sheet()
        XCTAssertEqual(s.name, "均衡分析")
        XCTAssertFalse(s.showsGridlines)
        // Urban vs rural: the section title on row 4, the header on row 5, the first indicator on
        // row 6 with no urban school; "样本过少" across the gap, ratio, p and verdict.
        XCTAssertEqual(s.number("B6"), 0)
        let tooFew = try XCTUnwrap(s.cell("F6"))
        XCTAssertEqual(tooFew.value, .text("样本过少"))
        XCTAssertEqual(tooFew.mergedThrough, 8)
        XCTAssertEqual(tooFew.style, Styles.unavailable)
    }

    func testOneColumnChartPerPairwiseGrouping() {
        let s = sheet()
        XCTAssertEqual(s.charts.count, 2)
        for chart in s.charts {
            XCTAssertEqual(chart.kind, .column)
            XCTAssertEqual(chart.series.map(\.colour), [0x2E75B6, 0xED7D31])
            XCTAssertEqual(chart.valueAxisBounds.min, 0)
            XCTAssertEqual(chart.valueAxisBounds.max, 1)
            // The three rates: the means of the two groups, columns C and E.
            XCTAssertEqual(chart.series.map(\.values.firstColumn), [2, 4])
            XCTAssertEqual(chart.series[0].values.lastRow - chart.series[0].values.firstRow, 2)
        }
        // Side by side, to the right of the tables (from column J).
        XCTAssertEqual(s.charts[0].column, 9)
        XCTAssertGreaterThan(s.charts[1].column, s.charts[0].column)
        XCTAssertEqual(s.charts[0].series[0].values.firstRow, 5)
        XCTAssertEqual(s.pageSetup.fitToPages?.tall, 1)
    }
}
