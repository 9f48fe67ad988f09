import XCTest
import XLSX

/// Each refusal names the operation, sheet and cell, and leaves no file behind.
final class ErrorMappingTests: XCTestCase {
    func testDuplicateSheetName() throws {
        let error = try expectWriteFailure { wb in
            _ = try wb.addWorksheet("Data")
            _ = try wb.addWorksheet("Data")
        }
        XCTAssertEqual(error?.reason, .duplicateSheetName("Data", existing: "Data"))
        XCTAssertEqual(error?.sheet, "Data")
        XCTAssertEqual(error?.operation, "workbook_add_worksheet")
    }

    func testDuplicateSheetNameIgnoringASCIICase() throws {
        let error = try expectWriteFailure { wb in
            _ = try wb.addWorksheet("Sheet1")
            _ = try wb.addWorksheet("SHEET1")
        }
        XCTAssertEqual(error?.reason, .duplicateSheetName("SHEET1", existing: "Sheet1"))
    }

    func testDuplicateSheetNameIgnoringNonASCIICase() throws {
        // libxlsxwriter folds ASCII only; Excel treats Ä and ä as the same letter.
        let error = try expectWriteFailure { wb in
            _ = try wb.addWorksheet("Ärger")
            _ = try wb.addWorksheet("ÄRGER")
        }
        XCTAssertEqual(error?.reason, .duplicateSheetName("ÄRGER", existing: "Ärger"))
    }

    func testDuplicateChineseSheetName() throws {
        let error = try expectWriteFailure { wb in
            _ = try wb.addWorksheet("总览")
            _ = try wb.addWorksheet("总览")
        }
        XCTAssertEqual(error?.reason, .duplicateSheetName("总览", existing: "总览"))
        XCTAssertEqual(error?.sheet, "总览")
    }

    func testEmptySheetName() throws {
        let error = try expectWriteFailure { wb in _ = try wb.addWorksheet("") }
        XCTAssertEqual(error?.reason, .invalidSheetName("", problem: .empty))
    }

    func testSheetNameOf32Characters() throws {
        let name = "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456"
        XCTAssertEqual(name.count, 32)
        let error = try expectWriteFailure { wb in _ = try wb.addWorksheet(name) }
        XCTAssertEqual(error?.reason, .invalidSheetName(name, problem: .tooLong(utf16Count: 32)))
    }

    func testSheetNameLengthCountsUTF16Units() throws {
        // 16 emoji: 16 characters, 32 UTF-16 units. Excel refuses it; libxlsxwriter would not.
        let name = String(repeating: "😀", count: 16)
        let error = try expectWriteFailure { wb in _ = try wb.addWorksheet(name) }
        XCTAssertEqual(error?.reason, .invalidSheetName(name, problem: .tooLong(utf16Count: 32)))
    }

    func testSheetNameWithSlash() throws {
        let error = try expectWriteFailure { wb in _ = try wb.addWorksheet("2023/2024") }
        XCTAssertEqual(error?.reason, .invalidSheetName("2023/2024", problem: .forbiddenCharacter("/")))
    }

    func testSheetNameRules() throws {
        let cases: [(String, XLSXError.SheetNameProblem)] = [
            ("a[b", .forbiddenCharacter("[")), ("a]b", .forbiddenCharacter("]")),
            ("a:b", .forbiddenCharacter(":")), ("a*b", .forbiddenCharacter("*")),
            ("a?b", .forbiddenCharacter("?")), ("a\\b", .forbiddenCharacter("\\")),
            ("'quoted", .apostropheAtStartOrEnd), ("quoted'", .apostropheAtStartOrEnd),
            ("History", .reserved), ("HISTORY", .reserved), ("tab\there", .forbiddenCharacter("\t")),
        ]
        for (name, problem) in cases {
            let error = try expectWriteFailure { wb in _ = try wb.addWorksheet(name) }
            XCTAssertEqual(error?.reason, .invalidSheetName(name, problem: problem), name)
        }
    }

    func testNaNNamesSheetAndCell() throws {
        let error = try expectWriteFailure { wb in
            let sheet = try wb.addWorksheet("月度调度")
            try sheet.writeNumber(.nan, row: 2, column: 1)
        }
        XCTAssertEqual(error?.sheet, "月度调度")
        XCTAssertEqual(error?.cell, "B3")
        XCTAssertEqual(error?.operation, "worksheet_write_number")
        guard case .nonFiniteNumber(let value)? = error?.reason else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(value.isNaN)
    }

    func testPositiveInfinity() throws {
        let error = try expectWriteFailure { wb in
            try wb.addWorksheet("S").writeNumber(.infinity, row: 0, column: 27)
        }
        XCTAssertEqual(error?.reason, .nonFiniteNumber(.infinity))
        XCTAssertEqual(error?.cell, "AB1")
    }

    func testInfiniteCachedFormulaValue() throws {
        let error = try expectWriteFailure { wb in
            try wb.addWorksheet("S").writeFormula("=1/0", cachedNumber: -.infinity, row: 9, column: 0)
        }
        XCTAssertEqual(error?.reason, .nonFiniteNumber(-.infinity))
        XCTAssertEqual(error?.cell, "A10")
    }

    func testStringOf32768Units() throws {
        let error = try expectWriteFailure { wb in
            try wb.addWorksheet("S").writeString(String(repeating: "a", count: 32_768), row: 0, column: 0)
        }
        XCTAssertEqual(error?.reason, .textTooLong(utf16Count: 32_768, limit: 32_767))
        XCTAssertEqual(error?.cell, "A1")
        XCTAssertEqual(error?.sheet, "S")
    }

    func testStringLengthCountsUTF16Units() throws {
        // 16,384 emoji are 32,768 UTF-16 units: over Excel's limit, under libxlsxwriter's count.
        let error = try expectWriteFailure { wb in
            try wb.addWorksheet("S").writeString(String(repeating: "😀", count: 16_384), row: 0, column: 0)
        }
        XCTAssertEqual(error?.reason, .textTooLong(utf16Count: 32_768, limit: 32_767))
    }

    func testNULInString() throws {
        let error = try expectWriteFailure { wb in
            try wb.addWorksheet("S").writeString("ab\u{0}cd", row: 4, column: 2)
        }
        XCTAssertEqual(error?.reason, .illegalCharacter(scalar: 0, utf16Offset: 2))
        XCTAssertEqual(error?.cell, "C5")
    }

    func testNonCharactersAndControlsInString() throws {
        for (text, scalar, offset) in [("\u{FFFE}", UInt32(0xFFFE), 0), ("x\u{FFFF}", 0xFFFF, 1),
                                       ("总\u{1}", 0x1, 1), ("😀\u{1F}", 0x1F, 2)] {
            let error = try expectWriteFailure { wb in
                try wb.addWorksheet("S").writeString(text, row: 0, column: 0)
            }
            XCTAssertEqual(error?.reason, .illegalCharacter(scalar: scalar, utf16Offset: offset))
        }
    }

    func testRowPastTheLastRow() throws {
        let error = try expectWriteFailure { wb in
            try wb.addWorksheet("S").writeNumber(1, row: 1_048_576, column: 0)
        }
        XCTAssertEqual(error?.reason, .cellOutOfBounds(row: 1_048_576, column: 0))
        XCTAssertEqual(error?.cell, "A1048577")
    }

    func testColumnPastTheLastColumn() throws {
        let error = try expectWriteFailure { wb in
            try wb.addWorksheet("S").writeString("x", row: 0, column: 16_384)
        }
        XCTAssertEqual(error?.reason, .cellOutOfBounds(row: 0, column: 16_384))
        XCTAssertEqual(error?.cell, "XFE1")
    }

    func testNegativeRow() throws {
        let error = try expectWriteFailure { wb in
            try wb.addWorksheet("S").writeBoolean(true, row: -1, column: 0)
        }
        XCTAssertEqual(error?.reason, .cellOutOfBounds(row: -1, column: 0))
    }

    func testMissingOutputFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.file("no-such-folder")
        do {
            try Workbook.write(to: missing + "/out.xlsx", properties: testProperties) { wb in
                try wb.addWorksheet("S").writeNumber(1, row: 0, column: 0)
            }
            XCTFail("the write succeeded")
        } catch let error as XLSXError {
            XCTAssertEqual(error.reason, .outputFolderMissing(missing))
            XCTAssertTrue(error.description.contains("does not exist"), error.description)
        }
        XCTAssertEqual(try folder.contents(), [])
    }

    func testCreatedTimeZeroIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var properties = testProperties
        properties.created = 0
        XCTAssertThrowsError(try Workbook.write(to: folder.file("o.xlsx"), properties: properties) { _ in }) { error in
            guard case .invalidArgument? = (error as? XLSXError)?.reason else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try folder.contents(), [])
    }

    func testLibraryErrorCarriesCodeAndText() throws {
        // A header over 255 characters is refused by libxlsxwriter itself:
        // LXW_ERROR_255_STRING_LENGTH_EXCEEDED, number 20 counting from LXW_NO_ERROR = 0 in common.h.
        let error = try expectWriteFailure { wb in
            try wb.addWorksheet("S").setPageSetup(PageSetup(header: String(repeating: "h", count: 256)))
        }
        XCTAssertEqual(error?.operation, "worksheet_set_header")
        XCTAssertEqual(error?.libraryCode, 20)
        guard case .library(_, let text)? = error?.reason else { return XCTFail() }
        XCTAssertTrue(text.contains("255"), text)
        XCTAssertTrue(error?.description.contains("libxlsxwriter error 20") ?? false)
    }

    func testChartRangeOnUnknownSheet() throws {
        let error = try expectWriteFailure { wb in
            _ = try wb.addWorksheet("Data")
            let chart = try wb.addChart(.line)
            try chart.addSeries(name: "x", categories: CellRange(sheet: "Data", column: 0, rows: 1...12),
                                values: CellRange(sheet: "Missing", column: 1, rows: 1...12))
        }
        XCTAssertEqual(error?.reason, .unknownSheet("Missing"))
    }

    func testHandleUsedAfterTheScope() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var kept: Worksheet?
        try Workbook.write(to: folder.file("o.xlsx"), properties: testProperties) { wb in
            kept = try wb.addWorksheet("S")
        }
        XCTAssertThrowsError(try kept?.writeNumber(1, row: 0, column: 0)) { error in
            XCTAssertEqual((error as? XLSXError)?.reason, .workbookClosed)
        }
    }

    func testTableRefusals() throws {
        let area = CellArea(rows: 0...3, columns: 0...1)
        let cases: [(String, [String])] = [
            ("1bad", ["a", "b"]), ("has space", ["a", "b"]), ("A1", ["a", "b"]), ("R1C1", ["a", "b"]),
            ("Good", ["a"]), ("Good", ["a", "A"]), ("Good", ["a", ""]),
        ]
        for (name, columns) in cases {
            let error = try expectWriteFailure { wb in
                try wb.addWorksheet("S").addTable(area, name: name, columns: columns)
            }
            guard case .invalidArgument? = error?.reason else { return XCTFail("\(name) \(columns): \(String(describing: error))") }
            XCTAssertEqual(error?.cell, "A1:B4")
        }
        let duplicate = try expectWriteFailure { wb in
            try wb.addWorksheet("S").addTable(area, name: "Sites", columns: ["a", "b"])
            try wb.addWorksheet("T").addTable(area, name: "SITES", columns: ["a", "b"])
        }
        guard case .invalidArgument? = duplicate?.reason else { return XCTFail() }
    }
}
