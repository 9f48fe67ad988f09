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
    }
}
