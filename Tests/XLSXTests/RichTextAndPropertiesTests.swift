import Foundation
import TestSupport
import XCTest
import XLSX

/// Rich text (runs in their own fonts) and custom document properties, read back from the file.
final class RichTextAndPropertiesTests: XCTestCase {
    func testRunsKeepTheirFontsAndTheCellItsAlignment() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("rich.xlsx")
        let plain = CellStyle(fontName: "等线")
        try Workbook.write(to: path, properties: testProperties) { wb in
            let sheet = try wb.addWorksheet("稿")
            try sheet.writeRichString([TextRun("原因：", style: plain), TextRun("", style: CellStyle(italic: true)),
                                       TextRun("【请补充】", style: CellStyle(bold: true, fontName: "等线", fontColour: 0xC00000)),
                                       TextRun("。", style: plain)],
                                      row: 0, column: 0, style: CellStyle(horizontalAlignment: .center))
            // Runs of one style are one text; a single run is plain text in its font.
            try sheet.writeRichString([TextRun("一", style: plain), TextRun("二", style: plain)], row: 1, column: 0)
            try sheet.writeRichString([TextRun("粗", style: CellStyle(bold: true))], row: 2, column: 0,
                                      style: CellStyle(horizontalAlignment: .center))
            try sheet.writeRichString([], row: 3, column: 0)
        }
        let sheet = try XCTUnwrap(IndependentReader.read(path).sheet("稿"))
        XCTAssertEqual(sheet.cells["A1"]?.value, .string("原因：【请补充】。"))
        XCTAssertEqual(sheet.cells["A1"]?.horizontal, "center")
        XCTAssertEqual(sheet.cells["A2"]?.value, .string("一二"))
        XCTAssertEqual(sheet.cells["A3"]?.value, .string("粗"))
        XCTAssertEqual(sheet.cells["A3"]?.bold, true)
        XCTAssertEqual(sheet.cells["A3"]?.horizontal, "center")
        XCTAssertNil(sheet.cells["A4"])
        // Three runs (the empty one left out), the slot bold and red; runs of one style one text.
        try assertParts(of: path, match: ["xl/sharedStrings.xml": "rich.sharedStrings.xml"])
    }

    func testCustomPropertiesAreWrittenInOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("custom.xlsx")
        var properties = testProperties
        properties.custom = [CustomProperty(name: "输入指纹", value: String(repeating: "ab", count: 32)),
                             CustomProperty(name: "Tool version", value: "annual-review 1.0.0")]
        try Workbook.write(to: path, properties: properties) { wb in _ = try wb.addWorksheet("S") }
        try assertParts(of: path, match: ["docProps/custom.xml": "custom-order.custom.xml"])
    }

    func testCustomPropertyRefusals() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (custom, reason) in [
            ([CustomProperty(name: "", value: "x")], "a custom property's name is empty"),
            ([CustomProperty(name: "a", value: "x"), CustomProperty(name: "a", value: "y")], "the custom property \"a\" is set twice"),
            ([CustomProperty(name: "a", value: String(repeating: "x", count: 256))],
             "the custom property \"a\" has a text of 256 characters; Excel keeps 255"),
        ] {
            var properties = testProperties
            properties.custom = custom
            let path = folder.file("refused.xlsx")
            XCTAssertThrowsError(try Workbook.write(to: path, properties: properties) { wb in _ = try wb.addWorksheet("S") }) { error in
                guard let error = error as? XLSXError, case .invalidArgument(let text) = error.reason else { return XCTFail("\(error)") }
                XCTAssertEqual(text, reason)
                XCTAssertEqual(error.operation, "workbook_set_custom_property_string")
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        }
    }
}
