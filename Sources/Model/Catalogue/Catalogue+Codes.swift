extension Catalogue {
    /// What each diagnostic's stable code (`unknown_value`) means, in a few words: the Data
    /// quality sheet's reason column and its count of the problems beyond the list show these,
    /// while `validate --json` gives the code itself. The code's place of origin is named beside
    /// each group; a code without a label is shown as it is.
    public enum Codes {
        public static func label(_ code: String) -> Localized {
            switch code {
            // The inputs folder (Files)
            case "not_a_log_file": Localized(zh: "文件名不是记录表的名称", en: "not a log's file name")
            case "format_not_read": Localized(zh: "不能读取的文件格式", en: "format not read")
            case "workbook_under_text_name": Localized(zh: "以 CSV 命名的 Excel 工作簿", en: "workbook under a text file's name")
            case "missing_log": Localized(zh: "缺少记录表", en: "missing log")
            case "file_unreadable": Localized(zh: "无法读取的文件", en: "file not readable")
            // Excel workbooks (Workbooks)
            case "workbook_unreadable": Localized(zh: "无法读取的 Excel 工作簿", en: "workbook not readable")
            case "workbook_sheet": Localized(zh: "读取的工作表", en: "sheet read")
            case "other_sheets": Localized(zh: "未读取的其他工作表", en: "other sheets not read")
            case "formula_without_value": Localized(zh: "没有计算结果的公式", en: "formula without a saved result")
            case "encoding_not_for_workbooks": Localized(zh: "编码选项不用于工作簿", en: "encoding option not for workbooks")
            // Headers
            case "empty_file": Localized(zh: "空文件", en: "empty file")
            case "title_skipped": Localized(zh: "表头上方的行", en: "line above the header")
            case "missing_required_column": Localized(zh: "缺少必填列", en: "missing required column")
            case "unnamed_column": Localized(zh: "没有表头的列", en: "column without a name")
            case "unknown_column": Localized(zh: "未识别的列", en: "unknown column")
            case "duplicate_column": Localized(zh: "重复的列", en: "repeated column")
            case "near_miss_header": Localized(zh: "近似表头", en: "near-miss header")
            case "missing_columns": Localized(zh: "缺少影响统计的列", en: "missing columns that feed figures")
            case "missing_optional_columns": Localized(zh: "缺少选填列", en: "missing optional columns")
            case "repeated_header": Localized(zh: "重复的表头行", en: "repeated header")
            case "no_data_rows": Localized(zh: "没有数据行", en: "no data rows")
            // The CSV reader
            case "encoding": Localized(zh: "文件编码", en: "encoding")
            case "literal_quote": Localized(zh: "引号按原样保留", en: "quote kept as written")
            case "text_after_quote": Localized(zh: "引号后有文字", en: "text after a closing quote")
            case "unterminated_quote": Localized(zh: "引号没有闭合", en: "quote never closed")
            case "bad_encoding": Localized(zh: "无法识别的字节", en: "invalid bytes")
            case "short_row": Localized(zh: "字段少于表头", en: "short row")
            case "long_row": Localized(zh: "字段多于表头", en: "long row")
            case "empty_extra_fields": Localized(zh: "多出的空字段", en: "empty extra fields")
            // Values
            case "empty_value": Localized(zh: "必填值为空", en: "empty value")
            case "not_a_number": Localized(zh: "不是数字", en: "not a number")
            case "negative_number": Localized(zh: "负数", en: "negative number")
            case "not_a_whole_number": Localized(zh: "不是整数", en: "not a whole number")
            case "bad_thousands_separator": Localized(zh: "千位分隔符有误", en: "bad thousands separator")
            case "number_too_large": Localized(zh: "数字过大", en: "number too large")
            case "bad_date": Localized(zh: "日期有误", en: "bad date")
            case "unknown_value": Localized(zh: "未识别的值", en: "unknown value")
            case "sanhui_not_a_type": Localized(zh: "“三会一课”不是会议类型", en: "三会一课 is not a meeting type")
            case "invalid_text": Localized(zh: "含无效字符", en: "invalid character")
            // Rows against the register and each other
            case "unknown_site_id": Localized(zh: "单位编码不在名册中", en: "unknown site id")
            case "rejected_site_id": Localized(zh: "单位在名册中的行被拒绝", en: "site's register row rejected")
            case "duplicate_site_id": Localized(zh: "单位编码重复", en: "repeated site id")
            case "duplicate_record_id": Localized(zh: "记录编号重复", en: "repeated record id")
            case "attendees_over_expected": Localized(zh: "实到多于应到", en: "attendees above expected")
            case "end_before_start": Localized(zh: "结束早于开始", en: "ends before it starts")
            case "annual_meetings_counted": Localized(zh: "次年初的年度会议计入本年", en: "annual meetings of early next year counted")
            case "annual_meetings_next_year": Localized(zh: "次年初的年度会议", en: "annual meetings early next year")
            // The previous year (Previous)
            case "previous_year_not_covered": Localized(zh: "上年记录不全，不作比较", en: "previous year not covered")
            default: Localized(zh: code, en: code)
            }
        }
    }
}
