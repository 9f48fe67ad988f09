import Foundation
import Model
import Report
import TestSupport
import XCTest
import XLSXRead

/// The eighth sheet shows the draft as a document (rules §5), read back with openpyxl: one line
/// per row, no Markdown mark, no line starting with closing punctuation.
final class DraftSheetTests: XCTestCase {
    /// Writes the workbook; returns what openpyxl reads and the file's parts.
    func write(_ data: ReviewData) throws -> (dump: WorkbookDump, package: WorkbookPackage) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("draft-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("review.xlsx").path
        try ReportFiles.write(data, workbook: path)
        return (try IndependentReader.read(path), try WorkbookPackage(contentsOf: path))
    }

    /// The sheet's rows in order: column A of rows 1, 2, ….
    func rows(_ sheet: SheetDump) -> [String] {
        (1...sheet.cells.count).map { row in
            guard case .string(let text)? = sheet.cells["A\(row)"]?.value else { return "" }
            return text
        }
    }

    static let closing = Set("。，、；：？！”’）》」』】,.;:?!)")
    static let opening = Set("“‘（《「『【(")

    /// What the issue asks of every line of the sheet: no Markdown mark, no line starting with
    /// closing punctuation or ending with an opening mark, none of punctuation alone.
    static func assertReadsAsADocument(_ lines: [String], file: StaticString = #filePath, line: UInt = #line) {
        for text in lines {
            let trimmed = text.drop { $0 == " " || $0 == "\u{3000}" }
            XCTAssertFalse(trimmed.hasPrefix("#") || trimmed.hasPrefix("- ") || trimmed.hasPrefix("* "), text, file: file, line: line)
            XCTAssertFalse(text.contains("**") || text.contains("`") || text.contains("<!--"), text, file: file, line: line)
            if let first = trimmed.first { XCTAssertFalse(closing.contains(first), "starts with \(first): \(text)", file: file, line: line) }
            if let last = trimmed.last { XCTAssertFalse(opening.contains(last), "ends with \(last): \(text)", file: file, line: line) }
            XCTAssertTrue(trimmed.isEmpty || trimmed.contains { !$0.isPunctuation }, text, file: file, line: line)
        }
    }

    func testTheEighthSheetShowsTheDraftOneLinePerRow() throws {
        let (dump, _) = try write(DraftFixture.data())
        XCTAssertEqual(dump.sheets.map(\.name), ["总览", "月度调度", "单位明细", "均衡分析", "排名", "数据质量", "指标说明", "述职要点", "督办清单"])
        let sheet = try XCTUnwrap(dump.sheet("述职要点"))
        let lines = rows(sheet)
        Self.assertReadsAsADocument(lines)

        // The title: large, bold, centred.
        XCTAssertEqual(lines.first, "临江市教育局党委书记2023年度抓基层党建工作述职报告")
        XCTAssertEqual(sheet.cells["A1"]?.bold, true)
        XCTAssertEqual(sheet.cells["A1"]?.horizontal, "center")
        // The headings, bold, without their marks.
        for heading in ["一、履职情况", "二、存在的主要问题和原因", "三、下一步打算"] {
            let row = try XCTUnwrap(lines.firstIndex(of: heading), heading)
            XCTAssertEqual(sheet.cells["A\(row + 1)"]?.bold, true, heading)
        }
        // A paragraph's first line indented by two ideographic spaces, its text whole across its
        // lines; the hand-counted sentences; the provenance comment in none.
        let text = lines.map { String($0.drop { $0 == "\u{3000}" }) }.joined()
        XCTAssertTrue(lines.contains { $0.hasPrefix("\u{3000}\u{3000}一是加强组织领导，压实党建工作责任。") })
        XCTAssertTrue(text.contains("一是加强组织领导，压实党建工作责任。主持召开党委会7次、专题会11次"))
        XCTAssertTrue(text.contains("三是确保完成2024年度目标任务：举办专题培训班3期，培育基层党建示范点5个。"))
        XCTAssertFalse(text.contains("输入指纹"))
        // No cell wraps: the lines are the sheet's own.
        XCTAssertFalse(sheet.cells.values.contains { $0.wrap })

        XCTAssertEqual(sheet.columnWidths["A"] ?? 0, 110, accuracy: 1)
        XCTAssertEqual(sheet.print.orientation, "landscape")
        XCTAssertEqual(sheet.print.paperSize, 9)  // A4
        XCTAssertTrue(sheet.print.fitToPage)
        XCTAssertEqual(sheet.print.fitToWidth ?? 1, 1, "1 is the OOXML default, which writers may omit")
        XCTAssertEqual(sheet.print.fitToHeight ?? 0, 0)  // as tall as it needs
        // The provenance is in the footer.
        XCTAssertEqual(sheet.print.footerLeft, "annual-review \(ToolVersion.current) 生成 · 输入指纹 0123456789ab · 数据截至2023年12月31日")
    }

    /// An office's own template, with the Markdown an office may write: bold, a slot, a list, a
    /// comment with the provenance.
    func testAnOfficesMarkdownIsShownWithoutItsMarks() throws {
        var data = DraftFixture.data()
        data.draftTemplate = DraftTemplateSource(text: """
            # {{year}}年度述职报告

            ## 一、履职情况

            **一是**抓班子。全年召开党委会若干次。

            ## 二、存在的问题

            - 原因：【请补充原因】
            - 第二项

            <!-- 本稿由 annual-review 生成，输入指纹 0123456789ab -->

            """, file: "t.md")
        let (dump, package) = try write(data)
        let lines = rows(try XCTUnwrap(dump.sheet("述职要点")))
        XCTAssertEqual(lines, ["2023年度述职报告", "一、履职情况", "\u{3000}\u{3000}一是抓班子。全年召开党委会若干次。", "二、存在的问题",
                               "\u{3000}\u{3000}原因：【请补充原因】", "\u{3000}\u{3000}第二项"])
        Self.assertReadsAsADocument(lines)
        // "一是" in bold, the slot in red bold: runs of rich text.
        let strings = String(decoding: try XCTUnwrap(package.parts["xl/sharedStrings.xml"]), as: UTF8.self)
        assertContains(strings, #"<r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="等线"/><family val="2"/></rPr><t>一是</t></r>"#)
        assertContains(strings, #"<r><rPr><b/><sz val="11"/><color rgb="FFC00000"/><rFont val="等线"/><family val="2"/></rPr><t>【请补充原因】</t></r>"#)
    }

    func testEnglishSheetNames() throws {
        let (dump, _) = try write(DraftFixture.data(language: .en))
        XCTAssertEqual(dump.sheets.map(\.name), ["Summary", "Monthly", "Sites", "Imbalance", "Ranking", "Data quality", "Definitions", "Report draft", "Overdue"])
        let sheet = try XCTUnwrap(dump.sheet("Report draft"))
        // The title is longer than a 16-point line: it goes on in the second row, bold too.
        let lines = rows(sheet)
        XCTAssertEqual(lines[0] + " " + lines[1], "临江市教育局: Report of the Party secretary on Party building at the grassroots, 2023")
        XCTAssertEqual(sheet.cells["A2"]?.bold, true)
        XCTAssertEqual(sheet.print.footerLeft, "annual-review \(ToolVersion.current) · input fingerprint 0123456789ab · data as of 31 December 2023")
    }

    func testAnUnusableTemplateWritesNoWorkbook() throws {
        var data = DraftFixture.data()
        data.draftTemplate = DraftTemplateSource(text: "{{nope}}", file: "t.md")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString).xlsx").path
        XCTAssertThrowsError(try ReportFiles.write(data, workbook: path)) { error in
            guard let error = error as? ReportFiles.WriteError, case .draft = error else { return XCTFail("\(error)") }
            XCTAssertEqual(error.message(.zh), "t.md:1:1: error: 述职要点模板中的值“nope”不存在；可用的值见 docs/draft-template.md")
            XCTAssertEqual(error.message(.en),
                           "t.md:1:1: error: unknown value `nope` in the draft template; the values a template may use are listed in docs/draft-template.md")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: ReportFiles.draftPath(forWorkbook: path)))
    }

    /// A missing output folder, told in the report's language around the path.
    func testAWorkbookInAMissingFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID().uuidString)").path
        let path = folder + "/review.xlsx"
        XCTAssertThrowsError(try ReportFiles.write(DraftFixture.data(), workbook: path)) { error in
            guard let error = error as? ReportFiles.WriteError, case .folderMissing = error else { return XCTFail("\(error)") }
            XCTAssertEqual(error.message(.zh), "error: 无法写入 \(path)：文件夹 \(folder) 不存在")
            XCTAssertEqual(error.message(.en), "error: cannot write \(path): the folder \(folder) does not exist")
        }
    }
}
