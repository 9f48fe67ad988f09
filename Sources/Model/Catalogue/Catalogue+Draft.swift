extension Catalogue {
    /// The problems of a report-draft template (rules §5, docs/draft-template.md), each reported
    /// at the tag's `file:line:column`. Tags and value names stay as they are written.
    public enum Draft {
        /// `tag` is the start of the tag as written, `close` the marks that should end it.
        public static func tagNotClosed(_ tag: String, close: String) -> Localized {
            Localized(zh: "标签“\(tag)”没有用“\(close)”结束",
                      en: "the tag `\(tag)` is never closed with `\(close)`")
        }

        public static func sectionNotClosed(_ name: String) -> Localized {
            Localized(zh: "段落“{{#\(name)}}”没有结束：请加上“{{/\(name)}}”",
                      en: "the section `{{#\(name)}}` is never closed: add `{{/\(name)}}`")
        }

        public static let emptyTag = Localized(zh: "空标签“{{}}”", en: "an empty tag `{{}}`")

        public static func closesUnopened(_ name: String) -> Localized {
            Localized(zh: "“{{/\(name)}}”结束的段落没有开始过",
                      en: "`{{/\(name)}}` closes a section that was never opened")
        }

        /// `{{/name}}` where the section `open`, begun on `line`, is the one to close.
        public static func closesAnother(_ name: String, open: String, line: Int) -> Localized {
            Localized(zh: "“{{/\(name)}}”要结束的是第\(line)行的“{{#\(open)}}”：请用“{{/\(open)}}”结束它",
                      en: "`{{/\(name)}}` closes `{{#\(open)}}` of line \(line): close it with `{{/\(open)}}`")
        }

        public static func partialsNotSupported(_ sigil: Character) -> Localized {
            Localized(zh: "述职要点模板不支持局部模板、父模板和块（“{{\(sigil)…}}”）",
                      en: "partials, parents and blocks (`{{\(sigil)…}}`) are not supported in the draft template")
        }

        public static let delimitersNotSupported = Localized(
            zh: "述职要点模板不支持更改分隔符（“{{=… =}}”）",
            en: "changing the delimiters (`{{=… =}}`) is not supported in the draft template")

        public static let dotOutsideList = Localized(
            zh: "“{{.}}”只能用在列表的段落中",
            en: "`{{.}}` is only meaningful inside a list's section")

        public static func notAValueName(_ written: String) -> Localized {
            Localized(zh: "“\(written)”不是值的名称：不支持变换和空格；可用的值见 docs/draft-template.md",
                      en: "`\(written)` is not a value name: transforms and spaces are not supported; the values are listed in docs/draft-template.md")
        }

        public static func listNotSection(_ name: String) -> Localized {
            Localized(zh: "“\(name)”是列表：请作为段落使用，“{{#\(name)}}…{{/\(name)}}”",
                      en: "`\(name)` is a list: use it as a section, `{{#\(name)}}…{{/\(name)}}`")
        }

        /// A value of each item of `list`, used outside its section.
        public static func itemOutsideList(_ name: String, list: String) -> Localized {
            Localized(zh: "“\(name)”是“\(list)”中每一项的值：请在“{{#\(list)}}…{{/\(list)}}”中使用",
                      en: "`\(name)` is a value of each item of `\(list)`: use it inside `{{#\(list)}}…{{/\(list)}}`")
        }

        /// A name no value has, with the nearest known one when it is close.
        public static func unknownValue(_ name: String, nearest: String?) -> Localized {
            Localized(zh: "述职要点模板中的值“\(name)”不存在\(nearest.map { "（是否应为“\($0)”？）" } ?? "")；可用的值见 docs/draft-template.md",
                      en: "unknown value `\(name)` in the draft template\(nearest.map { " (did you mean `\($0)`?)" } ?? ""); the values a template may use are listed in docs/draft-template.md")
        }

        /// The template engine cannot read the template; `problem` is its own words.
        public static func unreadable(_ problem: String) -> Localized {
            Localized(zh: "无法读取模板：\(problem)", en: "the template cannot be read: \(problem)")
        }

        // MARK: Provenance and values no longer available (issue 17)

        /// The draft's closing comment, and the draft sheet's footer: the tool and its version,
        /// the input fingerprint's first 12 digits, the as-of date (ISO).
        public static func provenance(version: String, fingerprint: String, asOf: String) -> Localized {
            Localized(zh: "annual-review \(version) · 输入指纹 \(fingerprint) · 数据截至 \(asOf)",
                      en: "annual-review \(version) · input fingerprint \(fingerprint) · data as of \(asOf)")
        }

        /// A value an older template may use that the draft no longer has: `reason` says why,
        /// `use` names what to write instead (empty: nothing, remove the tag).
        public static func valueRetired(_ name: String, reason: Localized, use: [String]) -> Localized {
            let zhUse = use.map { "“\($0)”" }.joined(separator: "、")
            let enUse = use.map { "`\($0)`" }.joined(separator: " and ")
            return Localized(
                zh: "述职要点模板中的值“\(name)”已不再提供：\(reason.zh)；" + (use.isEmpty ? "请删去这个标签" : "请改用\(zhUse)"),
                en: "`\(name)` is no longer available: \(reason.en); " + (use.isEmpty ? "remove the tag" : "use \(enUse)"))
        }

        /// Why a value is no longer available, for `valueRetired`.
        public enum RetiredReason {
            public static let pValue = Localized(
                zh: "述职报告不写p值（差距是否写入仍按p < 0.05判断）",
                en: "the draft does not state p-values (a gap is still named only when p < 0.05)")
            public static let shareOfMean = Localized(
                zh: "述职报告不把差距写成全系统平均的百分之几",
                en: "the draft does not state a gap as a share of the mean")
            public static let overallMean = Localized(
                zh: "述职报告不写全系统平均作比较",
                en: "the draft does not compare with the mean over all sites")
            public static let fingerprint = Localized(
                zh: "工具版本、输入指纹和数据截止日期由程序写在稿末的注释中，不写入正文",
                en: "the tool version, input fingerprint and as-of date close the draft as a comment the tool writes, out of the prose")
            public static let bottomNames = Localized(
                zh: "述职报告只写末位单位的个数，不点名（名单见“排名”和“督办清单”表）",
                en: "the draft counts the bottom sites and does not name them (their names are on the Ranking and Overdue sheets)")
        }
    }
}
