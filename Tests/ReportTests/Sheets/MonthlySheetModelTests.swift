import Model
@testable import Report
import XCTest
import XLSX

/// Sheet 2 (月度调度) as a value: the months across, the year's column last, a line chart of the
/// completions of the norms whose log is there.
final class MonthlySheetModelTests: XCTestCase {
    func sheet(missing: Set<LogKind> = []) -> SheetModel {
        let data = SheetFixture.data(missing: missing)
        return MonthlySheet(data: data, labels: SheetFixture.labels(data)).make()
    }

    func testTheMonthsAcrossAndTheYearLast() {
        let s = sheet()
        XCTAssertEqual(s.name, "月度调度")
        // The header on row 5: the item, twelve months (B…M), the year (N).
        XCTAssertEqual(s.text("A5"), "项目")
        XCTAssertEqual(s.text("N5"), "全年")
        XCTAssertEqual(s.cell("N5")?.style, Styles.header)
        XCTAssertEqual(s.frozenPanes?.row, 5)
        XCTAssertEqual(s.frozenPanes?.column, 1)
        // Every meeting type's count in March (D): the seven talks, 0 for the others.
        let talkRow = 5 + 1 + MeetingType.allCases.firstIndex(of: .talk)!
        XCTAssertEqual(s.cell(talkRow, 3)?.value, .number(7))
        XCTAssertEqual(s.cell(talkRow, 13)?.value, .number(7))
        XCTAssertEqual(s.cell(talkRow, 13)?.style, Styles.countTotal)
        XCTAssertEqual(s.cell(talkRow - 1, 3)?.value, .number(0))
    }

    func testOneLinePerNormOnTheChart() throws {
        let s = sheet()
        XCTAssertEqual(s.charts.count, 1)
        let chart = try XCTUnwrap(s.charts.first)
        XCTAssertEqual(chart.kind, .line)
        XCTAssertEqual(chart.series.count, NormKey.allCases.count)
        // The months of the header row are the categories; values are fractions up to 100 %.
        XCTAssertEqual(chart.series.first?.categories, CellRange(sheet: "月度调度", row: 4, columns: 1...12))
        XCTAssertEqual(chart.valueAxisNumberFormat, "0%")
        XCTAssertEqual(chart.valueAxisBounds.max, 1)
        XCTAssertEqual(chart.column, 0)
        XCTAssertEqual(s.pageSetup.fitToPages?.wide, 1)
        XCTAssertEqual(s.pageSetup.fitToPages?.tall, 1)
    }

    func testAMissingLogReadsAsADashAndDrawsNoLine() {
        let s = sheet(missing: [.meetings])
        // The first meeting type's January count (row 7, B): "—", grey, centred (rules §2).
        XCTAssertEqual(s.text("B7"), "—")
        XCTAssertEqual(s.cell("B7")?.style, Styles.unavailable)
        XCTAssertEqual(s.charts.first?.series.count, NormKey.allCases.filter { $0.log != .meetings }.count)
    }
}
