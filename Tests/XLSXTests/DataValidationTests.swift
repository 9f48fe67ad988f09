import Foundation
import TestSupport
import XCTest
import XLSX

/// Data validations: what openpyxl reads back, and every refusal — each one made in Swift before
/// libxlsxwriter is called, so the C library prints nothing and no file is left behind.
final class DataValidationTests: XCTestCase {
    private let whole = CellArea(rows: 1...CellReference.rowCount - 1, columns: 1...1)

    func testListWithInputMessageAndWarningReadsBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("validations.xlsx")
        try Workbook.write(to: path, properties: testProperties) { wb in
            let sheet = try wb.addWorksheet("单位名册")
            try sheet.addDataValidation(DataValidation(
                .list(["城区", "农村"]), inputTitle: "城乡（必填）", inputMessage: "城区或农村。\n从下拉列表中选择。",
                errorTitle: "不在下拉列表中", errorMessage: "可以保留 <本单位> 的写法 & 继续。", errorStyle: .warning), to: whole)
            try sheet.addDataValidation(DataValidation(.any, inputMessage: "如 2024-03-05"),
                                        to: CellArea(rows: 1...100, columns: 0...0))
            try sheet.addDataValidation(DataValidation(.list(["a"]), errorStyle: .information, ignoreBlank: false),
                                        to: CellArea(rows: 0...0, columns: 2...3))
        }
        let validations = try XCTUnwrap(try IndependentReader.dataValidations(path)["单位名册"])
        XCTAssertEqual(validations, [
            ValidationDump(sqref: "B2:B1048576", type: "list", formula1: "\"城区,农村\"", errorStyle: "warning",
                           allowBlank: true, hidesDropDown: false, showInputMessage: true, showErrorMessage: true,
                           promptTitle: "城乡（必填）", prompt: "城区或农村。\n从下拉列表中选择。",
                           errorTitle: "不在下拉列表中", error: "可以保留 <本单位> 的写法 & 继续。"),
            ValidationDump(sqref: "A2:A101", type: nil, formula1: nil, errorStyle: nil,
                           allowBlank: true, hidesDropDown: false, showInputMessage: true, showErrorMessage: true,
                           promptTitle: nil, prompt: "如 2024-03-05", errorTitle: nil, error: nil),
            ValidationDump(sqref: "C1:D1", type: "list", formula1: "\"a\"", errorStyle: "information",
                           allowBlank: false, hidesDropDown: false, showInputMessage: true, showErrorMessage: true,
                           promptTitle: nil, prompt: nil, errorTitle: nil, error: nil),
        ])
    }

    /// The limits are Excel's, at their edges: 32 and 255 characters, 255 bytes of list.
    func testLimitsAreInclusive() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("limits.xlsx")
        // 63 values of one CJK character (3 bytes each) and 63 commas: 252 bytes; one ASCII
        // value of 3 more: 255.
        let list = Array(repeating: "党", count: 63) + ["abc"]
        XCTAssertEqual(list.joined(separator: ",").utf8.count, 255)
        try Workbook.write(to: path, properties: testProperties) { wb in
            let sheet = try wb.addWorksheet("Limits")
            try sheet.addDataValidation(DataValidation(
                .list(list), inputTitle: String(repeating: "标", count: 32), inputMessage: String(repeating: "说", count: 255),
                errorTitle: String(repeating: "t", count: 32), errorMessage: String(repeating: "m", count: 255)), to: whole)
        }
        let validation = try XCTUnwrap(try IndependentReader.dataValidations(path)["Limits"]?.first)
        XCTAssertEqual(validation.formula1, "\"" + list.joined(separator: ",") + "\"")
        XCTAssertEqual(validation.promptTitle?.count, 32)
        XCTAssertEqual(validation.prompt?.count, 255)
        XCTAssertEqual(validation.errorStyle, nil)
    }

    func testAListOfNonASCIIValuesIsCountedInBytes() throws {
        // 100 characters and 49 commas: within Excel's 255 characters, but 349 bytes, which
        // libxlsxwriter 1.1.4 would copy into a buffer of 258.
        let list = Array(repeating: "党员", count: 50)
        let (error, printed) = try refusal { sheet in
            try sheet.addDataValidation(DataValidation(.list(list)), to: self.whole)
        }
        XCTAssertEqual(error?.operation, "worksheet_data_validation_range")
        XCTAssertEqual(error?.sheet, "Sheet")
        XCTAssertEqual(error?.cell, "B2:B1048576")
        XCTAssertEqual(error?.reason, .invalidArgument(
            "the list's values joined with commas take 349 UTF-8 bytes; at most 255 fit (Excel allows 255 characters, and libxlsxwriter 1.1.4 keeps 255 bytes)"))
        XCTAssertEqual(printed, "")
    }

    func testTitleOver32IsRefusedBeforeTheLibraryWarns() throws {
        let (error, printed) = try refusal { sheet in
            try sheet.addDataValidation(DataValidation(.list(["a"]), inputTitle: String(repeating: "x", count: 33)), to: self.whole)
        }
        XCTAssertEqual(error?.reason, .invalidArgument("the input title has 33 UTF-16 units; Excel allows 32"))
        XCTAssertEqual(printed, "")
    }

    func testLengthsCountUTF16Units() throws {
        // 254 code points (libxlsxwriter's count) but 256 UTF-16 units (Excel's).
        let message = String(repeating: "m", count: 252) + "😀😀"
        let (error, _) = try refusal { sheet in
            try sheet.addDataValidation(DataValidation(.any, inputMessage: message), to: self.whole)
        }
        XCTAssertEqual(error?.reason, .invalidArgument("the input message has 256 UTF-16 units; Excel allows 255"))
    }

    func testRefusedTextsAndLists() throws {
        let cases: [(DataValidation, String)] = [
            (DataValidation(.list([])), "the list has no value"),
            (DataValidation(.list(["a", ""])), "a list value is empty"),
            (DataValidation(.list(["党委会", "专题会,专题会议"])),
             "list value \"专题会,专题会议\" holds U+002C; Excel keeps a list as one quoted text of comma-separated values, so a value may hold no comma, double quote or control character"),
            (DataValidation(.list(["say \"hi\""])),
             "list value \"say \"hi\"\" holds U+0022; Excel keeps a list as one quoted text of comma-separated values, so a value may hold no comma, double quote or control character"),
            (DataValidation(.list(["a\tb"])),
             "list value \"a\tb\" holds U+0009; Excel keeps a list as one quoted text of comma-separated values, so a value may hold no comma, double quote or control character"),
            (DataValidation(.any), "a validation of any value only shows its input message; give an input title or message"),
            (DataValidation(.any, inputTitle: "two\nlines"), "the input title holds U+000A, which the file would keep as a space; a title is one line"),
            (DataValidation(.any, inputMessage: "a\r\nb"), "the input message holds U+000D, which the file would keep as a space; break lines with \\n"),
            (DataValidation(.any, errorMessage: "a\tb", errorStyle: .warning), "the error message holds U+0009, which the file would keep as a space; break lines with \\n"),
            (DataValidation(.any, inputTitle: "=A1"), "the input title starts with =, which libxlsxwriter would drop"),
        ]
        for (validation, expected) in cases {
            let (error, printed) = try refusal { sheet in try sheet.addDataValidation(validation, to: self.whole) }
            XCTAssertEqual(error?.reason, .invalidArgument(expected))
            XCTAssertEqual(printed, "", expected)
        }
        let (error, _) = try refusal { sheet in
            try sheet.addDataValidation(DataValidation(.any, inputMessage: "a\u{0}b"), to: self.whole)
        }
        XCTAssertEqual(error?.reason, .illegalCharacter(scalar: 0, utf16Offset: 1))
    }

    func testOverlappingAreasAreRefusedAndNeighboursAccepted() throws {
        let (error, _) = try refusal { sheet in
            try sheet.addDataValidation(DataValidation(.list(["a"])), to: CellArea(rows: 1...10, columns: 1...2))
            try sheet.addDataValidation(DataValidation(.list(["b"])), to: CellArea(rows: 11...20, columns: 1...2))
            try sheet.addDataValidation(DataValidation(.list(["c"])), to: CellArea(rows: 1...10, columns: 3...3))
            try sheet.addDataValidation(DataValidation(.list(["d"])), to: CellArea(rows: 10...11, columns: 3...4))
        }
        XCTAssertEqual(error?.cell, "D11:E12")
        XCTAssertEqual(error?.reason, .invalidArgument(
            "D11:E12 overlaps the validation of D2:D11 on this sheet; Excel keeps one validation per cell"))
    }

    func testOutsideTheSheet() throws {
        let (error, _) = try refusal { sheet in
            try sheet.addDataValidation(DataValidation(.list(["a"])), to: CellArea(rows: 0...CellReference.rowCount, columns: 0...0))
        }
        XCTAssertEqual(error?.reason, .cellOutOfBounds(row: CellReference.rowCount, column: 0))
    }

    /// libxlsxwriter 1.1.4 counts a sheet's validations in a byte: 255 are written, the 256th
    /// is refused (at 256 the count would wrap to 0 and none be written).
    func testAtMost255PerSheet() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("many.xlsx")
        try Workbook.write(to: path, properties: testProperties) { wb in
            let sheet = try wb.addWorksheet("Many")
            for row in 0..<255 {
                try sheet.addDataValidation(DataValidation(.list(["a"])), to: CellArea(rows: row...row, columns: 0...0))
            }
            XCTAssertThrowsError(try sheet.addDataValidation(DataValidation(.list(["a"])), to: CellArea(rows: 255...255, columns: 0...0))) {
                XCTAssertEqual(($0 as? XLSXError)?.reason,
                               .invalidArgument("the sheet already has 255 data validations, the most libxlsxwriter writes"))
            }
            // Another sheet has its own count.
            try wb.addWorksheet("Other").addDataValidation(DataValidation(.list(["a"])), to: CellArea(rows: 0...0, columns: 0...0))
        }
        let validations = try IndependentReader.dataValidations(path)
        XCTAssertEqual(validations["Many"]?.count, 255)
        XCTAssertEqual(validations["Many"]?.last?.sqref, "A255")
        XCTAssertEqual(validations["Other"]?.count, 1)
    }

    // MARK: Helpers

    /// Runs `body` on a new sheet "Sheet" inside a write that must fail with an `XLSXError`;
    /// returns the error and what was printed on standard error meanwhile (libxlsxwriter warns
    /// there by itself).
    private func refusal(file: StaticString = #filePath, line: UInt = #line,
                         _ body: @escaping (Worksheet) throws -> Void) throws -> (XLSXError?, String) {
        var error: XLSXError?
        let printed = try capturingStandardError {
            error = try expectWriteFailure(file: file, line: line) { wb in try body(try wb.addWorksheet("Sheet")) }
        }
        return (error, printed)
    }

    /// What is written to file descriptor 2 while `body` runs.
    private func capturingStandardError(_ body: () throws -> Void) throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("stderr")
        let capture = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard capture >= 0 else { throw CocoaError(.fileWriteUnknown) }
        fflush(nil)
        let saved = dup(2)
        dup2(capture, 2)
        close(capture)
        do {
            try body()
        } catch {
            fflush(nil); dup2(saved, 2); close(saved)
            throw error
        }
        fflush(nil); dup2(saved, 2); close(saved)
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
