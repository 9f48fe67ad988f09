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
    }
}
