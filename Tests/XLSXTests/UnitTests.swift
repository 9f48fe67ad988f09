import XCTest
@testable import XLSX

/// Pure helpers: A1 notation, quoting, escaping, display width.
final class CellReferenceTests: XCTestCase {
    func testColumnNames() {
        // Bijective base 26: A…Z, then AA…ZZ (26 + 676 = 702 names), then AAA; XFD is the last.
        XCTAssertEqual(CellReference.columnName(0), "A")
        XCTAssertEqual(CellReference.columnName(25), "Z")
        XCTAssertEqual(CellReference.columnName(26), "AA")
        XCTAssertEqual(CellReference.columnName(701), "ZZ")
        XCTAssertEqual(CellReference.columnName(702), "AAA")
        XCTAssertEqual(CellReference.columnName(16_383), "XFD")
    }

    func testCellsAndRanges() {
        XCTAssertEqual(CellReference.cell(row: 0, column: 0), "A1")
        XCTAssertEqual(CellReference.cell(row: 2, column: 1, absolute: true), "$B$3")
        XCTAssertEqual(CellReference.range(firstRow: 0, firstColumn: 0, lastRow: 9, lastColumn: 3), "A1:D10")
        XCTAssertEqual(CellArea(rows: 1...12, columns: 1...1).a1, "B2:B13")
    }

    func testSeriesFormulaQuotesTheSheetName() {
        XCTAssertEqual(CellRange(sheet: "月度调度", column: 1, rows: 1...12).formula, "='月度调度'!$B$2:$B$13")
        XCTAssertEqual(CellRange(sheet: "Site details", row: 0, columns: 0...2).formula, "='Site details'!$A$1:$C$1")
        XCTAssertEqual(CellReference.quotedSheetName("O'Brien"), "'O''Brien'")
    }
}

final class TextRulesTests: XCTestCase {
    func testEscapesLiteralXstringSequences() {
        XCTAssertEqual(TextRules.escapingXstringSequences("_x0041_"), "_x005F_x0041_")
        XCTAssertEqual(TextRules.escapingXstringSequences("a_x00e9_b_X12AB_"), "a_x005F_x00e9_b_x005F_X12AB_")
        XCTAssertEqual(TextRules.escapingXstringSequences("_x005F_x0041_"), "_x005F_x005F_x005F_x0041_")
    }

    func testLeavesOtherTextAlone() {
        for text in ["", "plain", "_x004_", "_x00G1_", "x0041_", "_x0041", "snake_case_x", "党建_x"] {
            XCTAssertEqual(TextRules.escapingXstringSequences(text), text)
        }
    }

    func testAllowsTabLineFeedCarriageReturnAndAstralCharacters() throws {
        let site = CallSite(operation: "test")
        XCTAssertEqual(try TextRules.cellText("a\tb\nc\rd 😀 总", site), "a\tb\nc\rd 😀 总")
    }

    func testLimitIsCountedInUTF16Units() throws {
        let site = CallSite(operation: "test")
        XCTAssertNoThrow(try TextRules.cellText(String(repeating: "a", count: 32_767), site))
        XCTAssertNoThrow(try TextRules.cellText(String(repeating: "总", count: 32_767), site))
        XCTAssertThrowsError(try TextRules.cellText(String(repeating: "😀", count: 16_383) + "ab", site))
    }
}

final class DisplayWidthTests: XCTestCase {
    func testEmpty() { XCTAssertEqual(Worksheet.displayWidth(of: ""), 0) }

    func testNarrowAndWide() {
        XCTAssertEqual(Worksheet.displayWidth(of: "Summary"), 7)
        XCTAssertEqual(Worksheet.displayWidth(of: "总览"), 4)
        XCTAssertEqual(Worksheet.displayWidth(of: "总览 ab"), 7)
        XCTAssertEqual(Worksheet.displayWidth(of: "（全角）"), 8, "fullwidth parentheses")
        XCTAssertEqual(Worksheet.displayWidth(of: "ｶﾀｶﾅ"), 4, "halfwidth katakana are narrow")
        XCTAssertEqual(Worksheet.displayWidth(of: "한국"), 4)
        XCTAssertEqual(Worksheet.displayWidth(of: "é"), 1, "a combining sequence is one character")
    }

    func testWidestLineCounts() {
        XCTAssertEqual(Worksheet.displayWidth(of: "ab\n总览党建\ncd"), 8)
    }

    /// The scalar fast path and the grapheme path agree: widths counted by hand.
    func testFastPathAndClusterPathAgree() {
        func widths(_ text: String) -> [Int?] { text.unicodeScalars.map(Worksheet.scalarWidth) }
        XCTAssertEqual(widths("a，党—…"), [1, 2, 2, 1, 1])
        XCTAssertEqual(widths("e\u{301}"), [1, nil], "a combining mark takes the cluster path")
        XCTAssertEqual(widths("a\r\nb"), [1, nil, 0, 1], "CR LF is one cluster")
        XCTAssertEqual(widths("か\u{3099}"), [nil, nil], "kana (which combining marks follow) take the cluster path")
        XCTAssertEqual(Worksheet.displayWidth(of: "か\u{3099}き"), 4, "が as two scalars is one wide character")
        XCTAssertEqual(Worksheet.displayWidth(of: "ab\r\n总览党建"), 8)
        XCTAssertEqual(Worksheet.displayWidth(of: "第1季度（Q1）：85.0%"), 20, "2+1+2+2 +2+1+1+2 +2 +5")
    }
}
