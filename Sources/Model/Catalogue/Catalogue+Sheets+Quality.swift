extension Catalogue.Sheets {
    /// The words of the Data quality sheet (数据质量).
    public enum Quality {
        public static let title = Localized(zh: "数据质量：每一行都有交代", en: "Data quality: every row accounted for")

        /// A section's heading with its number: `二、…`, `2. …`.
        public static func section(_ number: Int, _ title: Localized) -> Localized {
            Localized(zh: "\(["一", "二", "三", "四"][number - 1])、\(title.zh)", en: "\(number). \(title.en)")
        }

        public static let reconciliation = Localized(
            zh: "行数核对（读取 = 接受 + 拒绝 + 非本年度）",
            en: "Reconciliation (read = accepted + rejected + out of period)")
        public static let log = Localized(zh: "日志", en: "Log")
        public static let files = Localized(zh: "文件", en: "Files")
        public static let read = Localized(zh: "读取", en: "Read")
        public static let accepted = Localized(zh: "接受", en: "Accepted")
        public static let rejected = Localized(zh: "拒绝", en: "Rejected")
        public static let outOfPeriod = Localized(zh: "非本年度", en: "Out of period")
        public static let withWarnings = Localized(zh: "含警告", en: "With warnings")

        public static let fileNotes = Localized(
            zh: "文件级提示与未逐条列出的问题",
            en: "File-level notes and problems beyond the list")
        public static let file = Localized(zh: "文件", en: "File")
        public static let severity = Localized(zh: "级别", en: "Severity")
        public static let message = Localized(zh: "说明", en: "Message")

        /// Problems of one kind beyond the list; `label` is `Catalogue.Codes.label` of their code.
        public static func notListed(_ count: Int, _ label: Localized) -> Localized {
            Localized(zh: "另有 \(count) 条“\(label.zh)”未逐条列出（运行 annual-review validate 查看全部）",
                      en: "\(count) more of the kind \"\(label.en)\" not listed here (annual-review validate lists them all)")
        }

        /// Text cut to Excel's cell limit on another sheet.
        public static func cut(length: Int) -> Localized {
            Localized(zh: "文本长 \(length) 字符，超过 Excel 单元格上限，已截断并以“…”结尾",
                      en: "text of \(length) characters exceeds Excel's cell limit; cut, ending in “…”")
        }

        public static func problems(cap: Int) -> Localized {
            Localized(zh: "被拒绝的行与警告（每个日志最多列出 \(cap) 条）", en: "Rejected rows and warnings (at most \(cap) per log)")
        }

        public static let line = Localized(zh: "行", en: "Line")
        public static let column = Localized(zh: "列", en: "Column")
        public static let columnName = Localized(zh: "列名", en: "Column name")
        public static let outcome = Localized(zh: "处理", en: "Outcome")
        public static let reason = Localized(zh: "原因", en: "Reason")
        public static let value = Localized(zh: "值", en: "Value")
        public static let noProblems = Localized(zh: "没有被拒绝的行，也没有警告。", en: "No rejected rows and no warnings.")
    }
}
