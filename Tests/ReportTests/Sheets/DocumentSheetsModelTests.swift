import Model
@testable import Report
import XCTest
import XLSX

/// Sheets 7–9 as values: the definitions, the report draft as a document, the overdue list.
final class DocumentSheetsModelTests: XCTestCase {
    func testDefinitionsOneRowPerIndicatorInAWideFormulaColumn() {
        let data = SheetFixture.data()
        let s = DefinitionsSheet(data: data, labels: SheetFixture.labels(data)).make()
        XCTAssertEqual(s.name, "指标说明")
        XCTAssertEqual(s.text("A3"), "指标")
        XCTAssertEqual(s.text("B3"), "计算方法")
        // The norms first, their formula wrapped in column B, 80 characters wide.
        XCTAssertEqual(s.cell("B4")?.style, Styles.wrapped)
        XCTAssertEqual(s.columnWidths[1], 80)
        XCTAssertEqual(s.pageSetup.repeatRows, 2...2)
        XCTAssertEqual(s.pageSetup.fitToPages?.wide, 1)
    }

    func testTheDraftOneLinePerRowInRuns() throws {
        let data = SheetFixture.data()
        let draft = ReportDraft(text: "# 标题\n\n正文。\n")
        let s = DraftSheet(draft: draft, data: data, labels: SheetFixture.labels(data)).make()
        XCTAssertEqual(s.name, "述职要点")
        XCTAssertFalse(s.showsGridlines)
        // The title: 16 points, bold, centred, 28 points tall.
        let title = try XCTUnwrap(s.cell("A1"))
        let bold16 = CellStyle(bold: true, fontSize: 16, fontName: Styles.font)
        XCTAssertEqual(title.value, .rich([TextRun("标题", style: bold16)]))
        XCTAssertEqual(title.style.horizontalAlignment, .center)
        XCTAssertEqual(s.rowHeights[0], 28)
        // A Chinese paragraph: its first line indented by two ideographic spaces, 18 points
        // tall and 6 above.
        XCTAssertEqual(s.text("A2"), "\u{3000}\u{3000}正文。")
        XCTAssertEqual(s.rowHeights[1], 24)
        XCTAssertEqual(s.columnWidths[0], DraftSheet.width)
        // The provenance in small print at the footer's left.
        XCTAssertEqual(s.pageSetup.footer?.hasPrefix("&L&7"), true)
    }

    func testTheOverdueListGroupedBySchool() throws {
        let data = SheetFixture.data()
        let s = OverdueSheet(data: data, labels: SheetFixture.labels(data)).make()
        XCTAssertEqual(s.name, "督办清单")
        XCTAssertEqual(s.rowHeights[0], 24)
        // No log missing: the note on row 2, the header on row 4, S1's group from row 5.
        XCTAssertEqual(s.cell("A4")?.style, Styles.header)
        XCTAssertEqual(s.text("A5"), "S1")
        XCTAssertEqual(s.cell("A5")?.style, Styles.groupText)
        let periods = data.indicators.overdue.filter { $0.siteID == "S1" }.count
        XCTAssertGreaterThan(periods, 1)
        XCTAssertEqual(s.number("F5"), Double(periods))
        // Its other rows repeat the id in grey and leave the school's columns blank.
        XCTAssertEqual(s.text("A6"), "S1")
        XCTAssertEqual(s.cell("A6")?.style, Styles.repeatedID)
        XCTAssertEqual(s.cell("B6")?.value, .blank)
        XCTAssertEqual(s.frozenPanes?.row, 4)
        XCTAssertEqual(s.pageSetup.repeatRows, 3...3)
    }

    func testTheWorkbookNineSheetsInOrder() {
        let data = SheetFixture.data()
        let workbook = WorkbookModel.make(data, draft: ReportDraft(text: "# 标题\n"))
        XCTAssertEqual(workbook.sheets.map(\.name),
                       ["总览", "月度调度", "单位明细", "均衡分析", "排名", "数据质量", "指标说明", "述职要点", "督办清单"])
        XCTAssertEqual(workbook.sheets.filter(\.isActive).map(\.name), ["总览"])
        XCTAssertEqual(workbook.properties.title, SheetFixture.titleZH)
        XCTAssertEqual(workbook.properties.created, Int64(SheetFixture.day(3, 1).daysSinceEpoch) * 86_400)
        XCTAssertEqual(workbook.properties.comments, "fingerprint " + String(repeating: "0", count: 64))
        // The same data, the same value.
        XCTAssertEqual(workbook, WorkbookModel.make(data, draft: ReportDraft(text: "# 标题\n")))
    }
}
