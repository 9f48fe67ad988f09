import Foundation
import Model
import Report
import TestSupport
import XCTest

/// The Data quality sheet in the report's language (rules §6): each problem's message, its code
/// as a readable reason, and the count of the problems beyond the list, read back with openpyxl.
final class QualitySheetTests: XCTestCase {
    /// A year whose meetings log has one listed problem, one problem of its file and three more
    /// problems of the same code beyond the list.
    private func data(_ language: ReportLanguage) -> ReviewData {
        var data = DraftFixture.data(language: language)
        var meetings = LogQuality()
        meetings.files = ["meetings.csv"]
        meetings.fileProblems = [Diagnostic(.warning, SourceLocation(file: "meetings.csv"), code: "missing_columns",
                                            text: Localized(zh: "缺少“应到人数”列", en: "the column expected is missing"))]
        meetings.rowProblems = [Diagnostic(.error, SourceLocation(file: "meetings.csv", line: 5, column: 3, columnName: "会议类型"),
                                           code: "unknown_value",
                                           text: Localized(zh: "会议类型“支部会议”不是可识别的会议类型", en: "会议类型 `支部会议` is not a known meeting type"),
                                           value: "支部会议")]
        meetings.overflow = [OverflowCount(severity: .error, code: "unknown_value", count: 3)]
        data.quality[1] = meetings
        return data
    }

    private func sheet(_ language: ReportLanguage) throws -> SheetDump {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quality-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("review.xlsx").path
        try ReportFiles.write(data(language), workbook: path)
        return try XCTUnwrap(IndependentReader.read(path).sheet(language == .zh ? "数据质量" : "Data quality"))
    }

    /// The cells of a row, A to I, as text ("" for none).
    private func row(_ sheet: SheetDump, _ row: Int) -> [String] {
        "ABCDEFGHI".map { column in
            switch sheet.cells["\(column)\(row)"]?.value {
            case .string(let text): text
            case .number(let n): String(Int(n))
            default: ""
            }
        }
    }

    func testInChinese() throws {
        let sheet = try sheet(.zh)
        XCTAssertEqual(row(sheet, 1)[0], "数据质量：每一行都有交代")
        XCTAssertEqual(row(sheet, 4), ["日志", "文件", "读取", "接受", "拒绝", "非本年度", "含警告", "", ""])
        XCTAssertEqual(row(sheet, 6), ["会议记录", "meetings.csv", "0", "0", "0", "0", "0", "", ""])
        XCTAssertEqual(row(sheet, 10)[0], "二、文件级提示与未逐条列出的问题")
        XCTAssertEqual(row(sheet, 12), ["meetings.csv", "警告", "缺少“应到人数”列", "", "", "", "", "", ""])
        XCTAssertEqual(row(sheet, 13), ["会议记录", "拒绝", "另有 3 条“未识别的值”未逐条列出（运行 annual-review validate 查看全部）", "", "", "", "", "", ""])
        XCTAssertEqual(row(sheet, 15)[0], "三、被拒绝的行与警告（每个日志最多列出 10000 条）")
        XCTAssertEqual(row(sheet, 16), ["日志", "文件", "行", "列", "列名", "处理", "原因", "值", "说明"])
        XCTAssertEqual(row(sheet, 17), ["会议记录", "meetings.csv", "5", "3", "会议类型", "拒绝", "未识别的值", "支部会议",
                                        "会议类型“支部会议”不是可识别的会议类型"])
    }

    func testInEnglish() throws {
        let sheet = try sheet(.en)
        XCTAssertEqual(row(sheet, 1)[0], "Data quality: every row accounted for")
        XCTAssertEqual(row(sheet, 4), ["Log", "Files", "Read", "Accepted", "Rejected", "Out of period", "With warnings", "", ""])
        XCTAssertEqual(row(sheet, 6)[0], "Meetings")
        XCTAssertEqual(row(sheet, 10)[0], "2. File-level notes and problems beyond the list")
        XCTAssertEqual(row(sheet, 12), ["meetings.csv", "warning", "the column expected is missing", "", "", "", "", "", ""])
        XCTAssertEqual(row(sheet, 13), ["Meetings", "rejected", "3 more of the kind \"unknown value\" not listed here (annual-review validate lists them all)",
                                        "", "", "", "", "", ""])
        XCTAssertEqual(row(sheet, 15)[0], "3. Rejected rows and warnings (at most 10000 per log)")
        XCTAssertEqual(row(sheet, 16), ["Log", "File", "Line", "Column", "Column name", "Outcome", "Reason", "Value", "Message"])
        XCTAssertEqual(row(sheet, 17), ["Meetings", "meetings.csv", "5", "3", "会议类型", "rejected", "unknown value", "支部会议",
                                        "会议类型 `支部会议` is not a known meeting type"])
    }
}
