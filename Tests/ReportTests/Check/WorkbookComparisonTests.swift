import Foundation
@testable import Report
@testable import XLSXRead
import XCTest
import XLSX
import ZIPFoundation

/// `check`'s comparison of two workbooks: literal parts first (every line worked out by hand),
/// then real files written through the XLSX wrapper and read back from their zips.
final class WorkbookComparisonTests: XCTestCase {
    // MARK: Literal parts

    /// A minimal package: the sheets (name, `<sheetData>` content) in tab order, the shared
    /// strings, and optionally more parts.
    private func package(_ sheets: [(String, String)], strings: [String], extra: [String: String] = [:]) -> WorkbookPackage {
        var parts: [String: String] = [:]
        let entries = sheets.enumerated().map { i, sheet in
            "<sheet name=\"\(sheet.0)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }.joined()
        parts["xl/workbook.xml"] = "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(entries)</sheets></workbook>"
        parts["xl/_rels/workbook.xml.rels"] = "<Relationships>" + sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined() + "</Relationships>"
        for (i, sheet) in sheets.enumerated() {
            parts["xl/worksheets/sheet\(i + 1).xml"] = "<worksheet><dimension ref=\"A1\"/><sheetData>\(sheet.1)</sheetData></worksheet>"
        }
        parts["xl/sharedStrings.xml"] = "<sst>" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
        parts.merge(extra) { $1 }
        return WorkbookPackage(parts: parts.mapValues { Data($0.utf8) })
    }

    func testTheSameWorkbookHasNoDifference() {
        let a = package([("单位明细", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")], strings: ["S001"])
        XCTAssertEqual(WorkbookComparison.differences(committed: a, rebuilt: a, .en), [])
    }

    func testAChangedNumberIsNamedBySheetAndCellOldToNew() {
        let old = package([("总览", ""), ("单位明细", "<row r=\"12\"><c r=\"F12\" s=\"4\"><v>0.75</v></c></row>")], strings: [])
        let new = package([("总览", ""), ("单位明细", "<row r=\"12\"><c r=\"F12\" s=\"4\"><v>0.83333333333333337</v></c></row>")], strings: [])
        XCTAssertEqual(WorkbookComparison.differences(committed: old, rebuilt: new, .en), ["单位明细!F12: 0.75 → 0.8333"])
    }

    func testNumbersThatLookAlikeAtFourDecimalsAreShownInFull() {
        let old = package([("S", "<row r=\"1\"><c r=\"A1\"><v>0.12341</v></c></row>")], strings: [])
        let new = package([("S", "<row r=\"1\"><c r=\"A1\"><v>0.12342</v></c></row>")], strings: [])
        XCTAssertEqual(WorkbookComparison.differences(committed: old, rebuilt: new, .en), ["S!A1: 0.12341 → 0.12342"])
    }

    func testTheSameNumberWrittenDifferentlyIsNoDifference() {
        // Another writer's "%.17g" and ours "%.16G" spell some numbers differently.
        let old = package([("S", "<row r=\"1\"><c r=\"A1\"><v>1.0</v></c><c r=\"B1\"><v>0.5</v></c></row>")], strings: [])
        let new = package([("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>5E-1</v></c></row>")], strings: [])
        XCTAssertEqual(WorkbookComparison.differences(committed: old, rebuilt: new, .en), [])
    }

    func testAMissingCellReadsAsEmptyAndSharedStringsAreResolved() {
        let old = package([("排名", "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c></row>")], strings: ["S002"])
        let new = package([("排名", "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"M3\" t=\"s\"><v>0</v></c></row>")],
                          strings: ["末位", "S002"])
        // A3 holds S002 on both sides (index 0 → index 1): no difference; M3 is new.
        XCTAssertEqual(WorkbookComparison.differences(committed: old, rebuilt: new, .en), ["排名!M3: (empty) → 末位"])
    }

    func testTheSameWorksheetBytesOverChangedSharedStrings() {
        let sheet = "<row r=\"6\"><c r=\"B6\" t=\"s\"><v>0</v></c></row>"
        let old = package([("总览", sheet)], strings: ["8748b5388334"])
        let new = package([("总览", sheet)], strings: ["e559609d66fb"])
        XCTAssertEqual(WorkbookComparison.differences(committed: old, rebuilt: new, .en), ["总览!B6: 8748b5388334 → e559609d66fb"])
    }

    func testSheetNamesWithSpacesAreQuotedAsInAFormula() {
        let old = package([("Data quality", "<row r=\"2\"><c r=\"C2\"><v>3</v></c></row>")], strings: [])
        let new = package([("Data quality", "<row r=\"2\"><c r=\"C2\"><v>4</v></c></row>")], strings: [])
        XCTAssertEqual(WorkbookComparison.differences(committed: old, rebuilt: new, .en), ["'Data quality'!C2: 3 → 4"])
    }

    func testStyleAndFormulaChangesWithTheSameValue() {
        let old = package([("S", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>2</v></c><c r=\"B1\"><f>A1*1</f><v>2</v></c></row>")], strings: [])
        let new = package([("S", "<row r=\"1\"><c r=\"A1\" s=\"5\"><v>2</v></c><c r=\"B1\"><f>A1+0</f><v>2</v></c></row>")], strings: [])
        XCTAssertEqual(WorkbookComparison.differences(committed: old, rebuilt: new, .en),
                       ["S!A1: style 1 → 5 (value 2)", "S!B1: formula =A1*1 → =A1+0"])
    }

    func testRowAttributesAndTheSheetOutsideItsCells() {
        let old = package([("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")], strings: [])
        var new = package([("S", "<row r=\"1\" ht=\"45\" customHeight=\"1\"><c r=\"A1\"><v>1</v></c></row>")], strings: [])
        new.parts["xl/worksheets/sheet1.xml"] = Data("<worksheet><dimension ref=\"A1\"/><sheetData><row r=\"1\" ht=\"45\" customHeight=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><cols><col min=\"1\" max=\"1\" width=\"12\"/></cols></worksheet>".utf8)
        XCTAssertEqual(WorkbookComparison.differences(committed: old, rebuilt: new, .en), [
            "S!row 1: <row r=\"1\"> → <row customHeight=\"1\" ht=\"45\" r=\"1\">",
            "sheet S (xl/worksheets/sheet1.xml), outside the cells: </worksheet> → <cols>",
        ])
    }

    func testOtherPartsNameTheirFirstDifferingElementAndPartsOnOneSide() {
        let old = package([("S", "")], strings: [], extra: [
            "xl/styles.xml": "<styleSheet>\n<numFmts count=\"1\">\n  <numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>\n</numFmts></styleSheet>",
            "xl/charts/chart2.xml": "<c:chartSpace/>",
        ])
        let new = package([("S", ""), ("述职要点", "")], strings: [], extra: [
            "xl/styles.xml": "<styleSheet><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00%\"/></numFmts></styleSheet>",
        ])
        XCTAssertEqual(WorkbookComparison.differences(committed: old, rebuilt: new, .en), [
            "xl/charts/chart2.xml: only in the committed workbook",
            "sheet 述职要点 (xl/worksheets/sheet2.xml): only in the rebuilt workbook",
            "xl/_rels/workbook.xml.rels: </Relationships> → <Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/>",
            "xl/styles.xml: <numFmt numFmtId=\"164\" formatCode=\"0.0%\"/> → <numFmt numFmtId=\"164\" formatCode=\"0.00%\"/>",
            "xl/workbook.xml: </sheets> → <sheet name=\"述职要点\" sheetId=\"2\" r:id=\"rId2\"/>",
        ])
    }

    /// The words around the places and values follow the report's language; the places
    /// (`S!A1`, part names) and the values stay as they are.
    func testTheWordsInChinese() {
        let old = package([("S", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>2</v></c><c r=\"B1\"><f>A1*1</f><v>2</v></c></row>")], strings: [],
                          extra: ["xl/charts/chart2.xml": "<c:chartSpace/>"])
        var new = package([("S", "<row r=\"1\" ht=\"45\"><c r=\"A1\" s=\"5\"><v>2</v></c><c r=\"B1\"><v>2</v></c><c r=\"C1\" t=\"s\"><v>0</v></c></row>"),
                           ("述职要点", "")], strings: [""])
        new.parts["xl/styles.xml"] = Data([0xFF, 0xFE])
        var withStyles = old
        withStyles.parts["xl/styles.xml"] = Data([0xFF])
        XCTAssertEqual(WorkbookComparison.differences(committed: withStyles, rebuilt: new, .zh), [
            "xl/charts/chart2.xml: 只在已提交的工作簿中",
            "工作表 述职要点（xl/worksheets/sheet2.xml）: 只在重新生成的工作簿中",
            "S!A1: 样式 1 → 5（值 2）",
            "S!B1: 公式 =A1*1 → （无）",
            "S!C1: （空） → （空文本）",
            "S!第1行: <row r=\"1\"> → <row ht=\"45\" r=\"1\">",
            "xl/_rels/workbook.xml.rels: </Relationships> → <Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/>",
            "xl/styles.xml: 字节不同（1 → 2 字节）",
            "xl/workbook.xml: </sheets> → <sheet name=\"述职要点\" sheetId=\"2\" r:id=\"rId2\"/>",
        ])
    }

    func testNumberDisplay() {
        XCTAssertEqual(WorkbookComparison.number(1, short: true), "1")
        XCTAssertEqual(WorkbookComparison.number(-3, short: true), "-3")
        XCTAssertEqual(WorkbookComparison.number(0.5, short: true), "0.5")
        XCTAssertEqual(WorkbookComparison.number(2.0 / 3.0, short: true), "0.6667")
        XCTAssertEqual(WorkbookComparison.number(2.0 / 3.0, short: false), "0.6666666666666666")
        XCTAssertEqual(WorkbookComparison.number(0.99999, short: true), "1")
        XCTAssertEqual(WorkbookComparison.number(93.29999999999998, short: true), "93.3")
    }

    // MARK: Real workbooks through the XLSX wrapper

    private func write(_ path: String, _ fill: (Workbook) throws -> Void) throws {
        try Workbook.write(to: path, properties: DocumentProperties(created: 1_514_678_400, title: "t"), fill)
    }

    func testWrittenWorkbooksDifferingInOneCell() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func fill(rate: Double, name: String) -> (Workbook) throws -> Void {
            { workbook in
                _ = try workbook.addWorksheet("总览")
                let sheet = try workbook.addWorksheet("单位明细")
                try sheet.writeString("单位编码", row: 0, column: 0)
                try sheet.writeString(name, row: 11, column: 0)
                try sheet.writeNumber(rate, row: 11, column: 5, style: CellStyle(numberFormat: "0.0%"))
            }
        }
        try write(folder + "/a.xlsx", fill(rate: 0.75, name: "城关第一小学"))
        try write(folder + "/b.xlsx", fill(rate: 0.75, name: "城关第一小学"))
        try write(folder + "/c.xlsx", fill(rate: 5.0 / 6.0, name: "城关 第一小学"))
        let a = try WorkbookPackage(contentsOf: folder + "/a.xlsx")
        let b = try WorkbookPackage(contentsOf: folder + "/b.xlsx")
        let c = try WorkbookPackage(contentsOf: folder + "/c.xlsx")
        XCTAssertEqual(a.reviewYear, 2017)  // 1_514_678_400 s = 2017-12-31T00:00:00Z
        XCTAssertTrue(a.partNames.contains("xl/worksheets/sheet2.xml"))
        XCTAssertEqual(WorkbookComparison.differences(committed: a, rebuilt: b, .en), [])
        XCTAssertEqual(WorkbookComparison.differences(committed: a, rebuilt: c, .en),
                       ["单位明细!A12: 城关第一小学 → 城关 第一小学", "单位明细!F12: 0.75 → 0.8333"])
    }

    func testTheSamePartsInAnotherZipAreNoDifference() throws {
        // Recompress every part at another level and in reverse order: the bytes of the zip
        // differ, the workbook does not.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write(folder + "/a.xlsx") { workbook in
            try workbook.addWorksheet("排名").writeNumber(3, row: 0, column: 0)
        }
        let a = try WorkbookPackage(contentsOf: folder + "/a.xlsx")
        let archive = try Archive(url: URL(fileURLWithPath: folder + "/b.xlsx"), accessMode: .create)
        for name in a.partNames.reversed() {
            let data = a.parts[name]!
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let aBytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.xlsx"))
        let bBytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/b.xlsx"))
        XCTAssertNotEqual(aBytes, bBytes)
        XCTAssertEqual(WorkbookComparison.differences(committed: a, rebuilt: try WorkbookPackage(contentsOf: folder + "/b.xlsx"), .en), [])
    }

    func testAFileThatIsNoZipIsAReadError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString).xlsx").path
        try Data("not a workbook".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertThrowsError(try WorkbookPackage(contentsOf: path)) { error in
            let text = (error as? WorkbookPackage.ReadError)?.text
            XCTAssertEqual(text?.en, "\(path) cannot be read as a workbook: it is not a whole zip archive: damaged, or cut short")
            XCTAssertEqual(text?.zh, "\(path) 无法作为工作簿读取：它不是完整的 zip 文件，可能已损坏或没有复制完整")
        }
    }
}

final class DraftComparisonTests: XCTestCase {
    func testTheFirstDifferingLineWithItsNumber() {
        let old = "# 2017年度述职要点\n\n主持召开7次党委会。\n讲党课5次。\n"
        let new = "# 2017年度述职要点\n\n主持召开7次党委会。\n讲党课6次。\n举办培训班3期。\n"
        XCTAssertEqual(DraftComparison.differences(name: "annual-review-2017.md", committed: old, rebuilt: new, .en),
                       ["annual-review-2017.md:4: 讲党课5次。 → 讲党课6次。"])
    }

    func testALineOnlyOneSideHasAndEmptyLines() {
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: "a\nb\n", rebuilt: "a\nb\nc\n", .en),
                       ["d.md:3: (end of file) → c"])
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: "a\n\nb", rebuilt: "a\nx\nb", .en),
                       ["d.md:2: (empty line) → x"])
    }

    func testLineEndingsAloneAndAbsentDrafts() {
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: "a\r\nb\r\n", rebuilt: "a\nb\n", .en),
                       ["d.md: the line endings or the final newline differ"])
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: "a", rebuilt: "a", .en), [])
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: nil, rebuilt: nil, .en), [])
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: nil, rebuilt: "a", .en),
                       ["d.md: only in the rebuilt report (the committed report has no draft)"])
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: "a", rebuilt: nil, .en),
                       ["d.md: only in the committed report (the rebuilt report has no draft)"])
    }

    func testTheWordsInChinese() {
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: "a\n\nb", rebuilt: "a\n", .zh), ["d.md:2: （空行） → （文件结束）"])
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: "a\r\n", rebuilt: "a\n", .zh), ["d.md: 换行符或文件末尾的换行不同"])
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: nil, rebuilt: "a", .zh),
                       ["d.md: 只在重新生成的报告中（已提交的报告没有述职要点）"])
        XCTAssertEqual(DraftComparison.differences(name: "d.md", committed: "a", rebuilt: nil, .zh),
                       ["d.md: 只在已提交的报告中（重新生成的报告没有述职要点）"])
    }
}
