import Foundation
import Model
import Report
import TestSupport
import XCTest

/// The eighth sheet holds the draft, read back with openpyxl.
final class DraftSheetTests: XCTestCase {
    func write(_ data: ReviewData) throws -> WorkbookDump {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("draft-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("review.xlsx").path
        try ReportFiles.write(data, workbook: path)
        return try IndependentReader.read(path)
    }

    func testTheEighthSheetHoldsTheDraftOneParagraphPerRow() throws {
        let data = DraftFixture.data()
        let draft = try ReportDraft.make(data)
        let dump = try write(data)
        XCTAssertEqual(dump.sheets.map(\.name), ["总览", "月度调度", "单位明细", "均衡分析", "排名", "数据质量", "指标说明", "述职要点", "督办清单"])
        let sheet = try XCTUnwrap(dump.sheet("述职要点"))

        let paragraphs = draft.paragraphs
        XCTAssertEqual(paragraphs.first, DraftParagraph(kind: .title, text: "临江市教育局党委书记2023年度抓基层党建工作述职报告"))
        XCTAssertEqual(sheet.cells.count, paragraphs.count)
        for (i, paragraph) in paragraphs.enumerated() {
            XCTAssertEqual(sheet.cells["A\(i + 1)"]?.value, .string(paragraph.text), "row \(i + 1)")
            XCTAssertEqual(sheet.cells["A\(i + 1)"]?.wrap, true, "row \(i + 1)")
        }
        XCTAssertEqual(sheet.cells["A1"]?.bold, true)
        let headings = paragraphs.enumerated().filter { $0.element.kind == .heading }.map { $0.element.text }
        XCTAssertEqual(headings, ["一、履职情况", "二、存在的主要问题和原因", "三、下一步打算"])
        // The hand-counted sentences, each paragraph in its own row; the provenance comment in none.
        XCTAssertTrue(paragraphs.contains { $0.text.hasPrefix("一是加强组织领导，压实党建工作责任。主持召开党委会7次、专题会11次") })
        XCTAssertTrue(paragraphs.contains(DraftParagraph(kind: .body, text: "三是确保完成2024年度目标任务：举办专题培训班3期，培育基层党建示范点5个。")))
        XCTAssertFalse(paragraphs.contains { $0.text.contains("输入指纹") })

        XCTAssertEqual(sheet.columnWidths["A"] ?? 0, 110, accuracy: 1)
        XCTAssertEqual(sheet.print.orientation, "landscape")
        XCTAssertEqual(sheet.print.paperSize, 9)  // A4
        XCTAssertTrue(sheet.print.fitToPage)
        XCTAssertEqual(sheet.print.fitToWidth ?? 1, 1, "1 is the OOXML default, which writers may omit")
        XCTAssertEqual(sheet.print.fitToHeight ?? 0, 0)  // as tall as it needs
    }

    func testEnglishSheetNames() throws {
        let dump = try write(DraftFixture.data(language: .en))
        XCTAssertEqual(dump.sheets.map(\.name), ["Summary", "Monthly", "Sites", "Imbalance", "Ranking", "Data quality", "Definitions", "Report draft", "Overdue"])
        XCTAssertEqual(dump.sheet("Report draft")?.cells["A1"]?.value,
                       .string("临江市教育局: Report of the Party secretary on Party building at the grassroots, 2023"))
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

    /// The XLSX writer's failure, told in the report's language around the path.
    func testAWorkbookInAMissingFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID().uuidString)").path
        let path = folder + "/review.xlsx"
        XCTAssertThrowsError(try ReportFiles.write(DraftFixture.data(), workbook: path)) { error in
            guard let error = error as? ReportFiles.WriteError, case .workbook = error else { return XCTFail("\(error)") }
            XCTAssertEqual(error.message(.zh), "error: 无法写入 \(path)：文件夹 \(folder) 不存在")
            XCTAssertEqual(error.message(.en), "error: cannot write \(path): the folder \(folder) does not exist")
        }
    }
}
