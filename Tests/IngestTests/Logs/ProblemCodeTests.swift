import Foundation
import Model
import TestSupport
import XCTest

/// Every code a diagnostic of the inputs can carry has a readable label in both languages
/// (`Catalogue.Codes`), which the Data quality sheet shows in its reason column. The codes are
/// read from the sources (`code: "…"` and `ValueError.code`), so a new one cannot go without a
/// label; config errors (`config_…`) stop the run and never reach the sheet.
final class ProblemCodeTests: XCTestCase {
    static let labels: [String: (zh: String, en: String)] = [
        "not_a_log_file": ("文件名不是记录表的名称", "not a log's file name"),
        "format_not_read": ("不能读取的文件格式", "format not read"),
        "workbook_under_text_name": ("以 CSV 命名的 Excel 工作簿", "workbook under a text file's name"),
        "missing_log": ("缺少记录表", "missing log"),
        "file_unreadable": ("无法读取的文件", "file not readable"),
        "workbook_unreadable": ("无法读取的 Excel 工作簿", "workbook not readable"),
        "workbook_sheet": ("读取的工作表", "sheet read"),
        "other_sheets": ("未读取的其他工作表", "other sheets not read"),
        "formula_without_value": ("没有计算结果的公式", "formula without a saved result"),
        "encoding_not_for_workbooks": ("编码选项不用于工作簿", "encoding option not for workbooks"),
        "empty_file": ("空文件", "empty file"),
        "title_skipped": ("表头上方的行", "line above the header"),
        "missing_required_column": ("缺少必填列", "missing required column"),
        "unnamed_column": ("没有表头的列", "column without a name"),
        "unknown_column": ("未识别的列", "unknown column"),
        "duplicate_column": ("重复的列", "repeated column"),
        "near_miss_header": ("近似表头", "near-miss header"),
        "missing_columns": ("缺少影响统计的列", "missing columns that feed figures"),
        "missing_optional_columns": ("缺少选填列", "missing optional columns"),
        "repeated_header": ("重复的表头行", "repeated header"),
        "no_data_rows": ("没有数据行", "no data rows"),
        "encoding": ("文件编码", "encoding"),
        "literal_quote": ("引号按原样保留", "quote kept as written"),
        "text_after_quote": ("引号后有文字", "text after a closing quote"),
        "unterminated_quote": ("引号没有闭合", "quote never closed"),
        "bad_encoding": ("无法识别的字节", "invalid bytes"),
        "short_row": ("字段少于表头", "short row"),
        "long_row": ("字段多于表头", "long row"),
        "empty_extra_fields": ("多出的空字段", "empty extra fields"),
        "empty_value": ("必填值为空", "empty value"),
        "not_a_number": ("不是数字", "not a number"),
        "negative_number": ("负数", "negative number"),
        "not_a_whole_number": ("不是整数", "not a whole number"),
        "bad_thousands_separator": ("千位分隔符有误", "bad thousands separator"),
        "number_too_large": ("数字过大", "number too large"),
        "bad_date": ("日期有误", "bad date"),
        "unknown_value": ("未识别的值", "unknown value"),
        "sanhui_not_a_type": ("“三会一课”不是会议类型", "三会一课 is not a meeting type"),
        "invalid_text": ("含无效字符", "invalid character"),
        "unknown_site_id": ("单位编码不在名册中", "unknown site id"),
        "rejected_site_id": ("单位在名册中的行被拒绝", "site's register row rejected"),
        "duplicate_site_id": ("单位编码重复", "repeated site id"),
        "duplicate_record_id": ("记录编号重复", "repeated record id"),
        "attendees_over_expected": ("实到多于应到", "attendees above expected"),
        "end_before_start": ("结束早于开始", "ends before it starts"),
        "annual_meetings_counted": ("次年初的年度会议计入本年", "annual meetings of early next year counted"),
        "annual_meetings_next_year": ("次年初的年度会议", "annual meetings early next year"),
        "previous_year_not_covered": ("上年记录不全，不作比较", "previous year not covered"),
    ]

    func testEveryCodeHasItsLabel() {
        for (code, label) in Self.labels {
            XCTAssertEqual(Catalogue.Codes.label(code), Localized(zh: label.zh, en: label.en), code)
        }
        XCTAssertEqual(Catalogue.Codes.label("some_new_code"), Localized(zh: "some_new_code", en: "some_new_code"))
    }

    func testTheTableHoldsEveryCodeOfTheSources() throws {
        let sources = TestPackage.root.appendingPathComponent("Sources")
        var codes: Set<String> = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let pattern = file.lastPathComponent == "ValueError.swift" ? #"case [^:\n]+: "([a-z0-9_]+)""# : #"code: "([a-z0-9_]+)""#
            let regex = try NSRegularExpression(pattern: pattern)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                codes.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        XCTAssertTrue(codes.contains("unknown_value") && codes.contains("duplicate_record_id"), "\(codes.sorted())")
        XCTAssertEqual(codes.filter { !$0.hasPrefix("config_") }.sorted(), Self.labels.keys.sorted())
    }
}
