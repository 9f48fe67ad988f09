extension Catalogue {
    /// Words about the log schema (`LogSchema`, `Enumerations.swift`): the names of the logs,
    /// the vocabularies and the kinds of value, as messages, the template's review.yml and
    /// docs/values.md show them. (Each column's own description is a field of its row in the
    /// schema table, beside its id and alias.)
    public enum Schema {
        /// A log's name as messages and sheets give it: its Chinese name, which also names its
        /// files (`会议记录`), and its id (`meetings`).
        public static func logName(_ log: LogKind) -> Localized {
            Localized(zh: log.chineseName, en: log.rawValue)
        }

        /// A value of a vocabulary as the outputs show it: its display name (`支部党员大会`) and
        /// its id with spaces (`branch general`).
        public static func valueName<V: Vocabulary>(_ value: V) -> Localized {
            Localized(zh: value.chineseName, en: value.englishName)
        }

        /// What a vocabulary's values are, as in "不是可识别的会议类型" / "is not a known meeting type".
        public static func vocabulary(_ kind: VocabularyKind) -> Localized {
            switch kind {
            case .locale: Localized(zh: "城乡类别", en: "locale")
            case .ownership: Localized(zh: "办学性质", en: "ownership")
            case .level: Localized(zh: "学段", en: "school level")
            case .demo_site: Localized(zh: "示范点级别", en: "demonstration level")
            case .meeting_type: Localized(zh: "会议类型", en: "meeting type")
            case .lecturer_role: Localized(zh: "主讲人身份", en: "lecturer role")
            case .target_group: Localized(zh: "培训对象", en: "training audience")
            }
        }

        /// What a column holds, in a word or two.
        public static func valueType(_ type: ValueType) -> Localized {
            switch type {
            case .text: Localized(zh: "文字", en: "text")
            case .id: Localized(zh: "编码", en: "code")
            case .count: Localized(zh: "整数 ≥ 0", en: "whole number ≥ 0")
            case .decimal: Localized(zh: "数字 ≥ 0", en: "number ≥ 0")
            case .date: Localized(zh: "日期", en: "date")
            case .enumeration(let kind): vocabulary(kind)
            }
        }

        public static func required(_ required: Bool) -> Localized {
            required ? Localized(zh: "必填", en: "required") : Localized(zh: "选填", en: "optional")
        }

        // MARK: The template's review.yml

        /// The comment lines above `aliases:` that introduce the allowed values.
        public static let templateValuesIntro = Localized(
            zh: "各列可识别的取值：每个标准写法（英文）后列出内置别名，第一个别名是报告中显示的名称；不区分大小写和全角半角。",
            en: "The values each column accepts: every canonical id with its built-in aliases (the first is the name the reports show); case and full-width forms are ignored.")

        /// A vocabulary's heading in that list:
        /// `会议类型（meetings.csv 的“会议类型”列；别名加在 aliases.meeting_type 下）：`.
        public static func templateVocabulary(_ kind: VocabularyKind, log: LogKind, column: ColumnSpec) -> Localized {
            let name = vocabulary(kind)
            return Localized(zh: "\(name.zh)（\(log.fileStem).csv 的“\(column.alias)”列；别名加在 \(kind.aliasKey) 下）：",
                             en: "\(name.en) (column \(column.id) of \(log.fileStem).csv; aliases under \(kind.aliasKey)):")
        }

        /// The line under the meeting types about 三会一课.
        public static let templateRefused = Localized(
            zh: "“三会一课”“三会一课会议”不是会议类型：请填写支部党员大会、支委会或党小组会，党课记入党课记录。",
            en: "三会一课 and 三会一课会议 are not meeting types: write branch_general, branch_committee or party_group, and lectures in lectures.csv.")

        /// How to add a spelling of one's own, above the example.
        public static let templateAliasHowTo = Localized(
            zh: "添加自己的写法：在 aliases 下按“取值类别 → 标准写法 → 别名”填写，例如：",
            en: "To accept a spelling of your own, add it under aliases, by vocabulary and canonical id, e.g.:")

        // MARK: The template's workbooks (`template --xlsx`)

        /// The bold line Excel shows above a column's input message when one of its cells is
        /// selected: `会议类型（必填）` / `type (required)`.
        public static func workbookInputTitle(_ column: ColumnSpec) -> Localized {
            let need = required(column.required)
            return Localized(zh: "\(column.alias)（\(need.zh)）", en: "\(column.id) (\(need.en))")
        }

        /// The input message of a column: what it holds, and how to fill it in.
        public static func workbookInputMessage(_ column: ColumnSpec) -> Localized {
            let en = column.description.en.replacingOccurrences(of: "`", with: "")
            let what = Localized(zh: column.description.zh + "。", en: en.prefix(1).uppercased() + en.dropFirst() + ".")
            let hint: Localized?
            switch column.type {
            case .date: hint = Localized(zh: "填日期，如 2024-03-05。", en: "A date, e.g. 2024-03-05.")
            case .count: hint = Localized(zh: "填 0 或正整数。", en: "A whole number, 0 or more.")
            case .decimal: hint = Localized(zh: "填数字，如 1.5。", en: "A number, e.g. 1.5.")
            case .enumeration(let kind):
                hint = Localized(zh: "从下拉列表中选择；内置别名和 review.yml 中 \(kind.aliasKey) 下添加的写法也能读取。",
                                 en: "Choose from the list; a built-in alias, or a spelling added under \(kind.aliasKey) in review.yml, is read too.")
            case .text, .id: hint = nil
            }
            guard let hint else { return what }
            return Localized(zh: what.zh + hint.zh, en: what.en + " " + hint.en)
        }

        /// The title of the alert when a value typed into a column with a drop-down list is not
        /// in the list.
        public static let workbookListAlertTitle = Localized(zh: "不在下拉列表中", en: "Not in the list")

        /// The alert's text: the value may stay when it is an alias the tool reads.
        public static func workbookListAlert(_ kind: VocabularyKind) -> Localized {
            Localized(zh: "这不是下拉列表中的写法。如是内置别名（见模板 review.yml 中的说明），或已在 review.yml 的 \(kind.aliasKey) 下添加，可以保留；否则请从列表中选择。",
                      en: "This is not one of the listed values. A built-in alias (listed in the template's review.yml) or a spelling added under \(kind.aliasKey) in review.yml may stay; otherwise choose from the list.")
        }
    }
}
