extension Catalogue {
    /// The problems of `review.yml` (rules §2 "Config"): each names the key (put before the
    /// text by ``keyed(_:_:)``) and is reported at its line. Keys, ids and YAML stay as they are
    /// written in the file, in both languages.
    public enum Config {
        /// `key: text`, the key a problem is about before its text.
        public static func keyed(_ key: String, _ text: Localized) -> Localized {
            Localized(zh: "\(key)：\(text.zh)", en: "\(key): \(text.en)")
        }

        // MARK: The file (code `config_unreadable`, `config_not_utf8`, `config_invalid_yaml`)

        public static let cannotRead = Localized(
            zh: "无法读取该文件；请检查文件权限",
            en: "cannot read the file; check its permissions")

        /// A folder, a pipe, a device or a broken link where the config should be.
        public static let notAFile = Localized(
            zh: "不是可读取的普通文件（是文件夹、管道或失效的链接）；请换成配置文件，或移走它",
            en: "is not a regular file that can be read (a folder, a pipe or a broken link); put the config file there or move it away")

        public static let notUTF8 = Localized(
            zh: "不是 UTF-8 文本；请另存为 UTF-8",
            en: "is not UTF-8 text; save it as UTF-8")

        /// `problem` is the YAML parser's own (English) words.
        public static func invalidYAML(_ problem: String) -> Localized {
            Localized(zh: "不是有效的 YAML：\(problem)；请检查这一行的缩进和冒号",
                      en: "not valid YAML: \(problem)")
        }

        // MARK: Keys (code `config_duplicate_key`, `config_unknown_key`, `config_missing_key`)

        /// A key given again in the same mapping, reported at the later one.
        public static func duplicateKey(firstLine: Int) -> Localized {
            Localized(zh: "这个配置项写了两次（第一次在第\(firstLine)行）；请只保留一个",
                      en: "the key is given twice (first on line \(firstLine)); keep one of them")
        }

        /// A key given more than once in a mapping whose lines cannot be told apart (written on one line).
        public static let duplicateKeyInLine = Localized(
            zh: "这个配置项在同一处写了不止一次；请只保留一个",
            en: "the key is given more than once here; keep one of them")

        public static func unknownKey(known: [String]) -> Localized {
            Localized(zh: "没有这个配置项；可用的配置项：\(known.joined(separator: "、"))",
                      en: "unknown key; the keys are \(known.joined(separator: ", "))")
        }

        public static let unknownNormKey = Localized(
            zh: "没有这个配置项；每项规范只有 count 和 period",
            en: "unknown key; a norm has `count` and `period`")

        public static let normNeedsPeriod = Localized(
            zh: "缺少 period（month、quarter 或 year）",
            en: "needs a `period` (month, quarter or year)")

        public static func unknownAliasGroup(groups: [String]) -> Localized {
            Localized(zh: "没有这个别名组；可用 columns 或：\(groups.joined(separator: "、"))",
                      en: "unknown group; use columns or one of \(groups.joined(separator: ", "))")
        }

        // MARK: Values (code `config_value_not_allowed`, `config_out_of_range`, `config_wrong_type`)

        /// A value outside a fixed list (a language, a period, a score part, an alias's id).
        public static func notAllowed(_ value: String, allowed: [String]) -> Localized {
            Localized(zh: "“\(value)”不可用；可用：\(allowed.joined(separator: "、"))",
                      en: "`\(value)` is not allowed; use one of \(allowed.joined(separator: ", "))")
        }

        public static func unknownAliasID(allowed: [String]) -> Localized {
            Localized(zh: "没有这个 id；可用：\(allowed.joined(separator: "、"))",
                      en: "unknown id; use one of \(allowed.joined(separator: ", "))")
        }

        public static func outOfRange(_ range: ClosedRange<Int>, found: Int) -> Localized {
            Localized(zh: "应为 \(range.lowerBound) 到 \(range.upperBound)，现为 \(found)",
                      en: "must be from \(range.lowerBound) to \(range.upperBound), found \(found)")
        }

        public static func notAWholeNumber(_ range: ClosedRange<Int>, found: String) -> Localized {
            Localized(zh: "应为 \(range.lowerBound) 到 \(range.upperBound) 的整数，现为“\(found)”",
                      en: "expected a whole number from \(range.lowerBound) to \(range.upperBound), found `\(found)`")
        }

        /// `annual_meetings_until` not written as a month and a day.
        public static func notAMonthDay(found: String) -> Localized {
            Localized(zh: "应为“月-日”，如 01-31，现为“\(found)”",
                      en: "expected a month and day as MM-DD, e.g. 01-31, found `\(found)`")
        }

        /// `annual_meetings_until` naming a day no year has.
        public static func noSuchMonthDay(found: String) -> Localized {
            Localized(zh: "一年中没有“\(found)”这一天；请写如 01-31 或 02-28 的日期",
                      en: "`\(found)` is not a day of the year; write e.g. 01-31 or 02-28")
        }

        /// `bottom_share` not a number from 0 to 1 with at most 6 decimals (`10%`, `1.5`, `0.0000001`).
        public static func notAShare(found: String) -> Localized {
            Localized(zh: "应为 0 到 1 之间、最多 6 位小数的数，如 0.1 表示 10%，现为“\(found)”",
                      en: "expected a number from 0 to 1 with at most 6 decimals, e.g. 0.1 for 10 %, found `\(found)`")
        }

        public static func notANumber(found: String) -> Localized {
            Localized(zh: "应为数字，现为“\(found)”", en: "expected a number, found `\(found)`")
        }

        /// `found` as the config shows numbers (`-5`, `2.5`).
        public static func negative(found: String) -> Localized {
            Localized(zh: "不能小于 0，现为 \(found)", en: "must be ≥ 0, found \(found)")
        }

        public static func notPositive(found: String) -> Localized {
            Localized(zh: "应大于 0，现为 \(found)", en: "must be greater than 0, found \(found)")
        }

        /// A number above what the outputs can show (a target above the largest count a log may
        /// hold); `maximum` and `found` as the config shows numbers.
        public static func tooLarge(maximum: String, found: String) -> Localized {
            Localized(zh: "不能大于 \(maximum)，现为 \(found)", en: "must be at most \(maximum), found \(found)")
        }

        public static func notAPercentage(found: String) -> Localized {
            Localized(zh: "应在 0 到 100 之间，现为 \(found)", en: "must be between 0 and 100, found \(found)")
        }

        public static let expectedMapping = Localized(
            zh: "应为若干“键: 值”行",
            en: "expected a mapping (key: value lines)")

        public static let expectedList = Localized(
            zh: "应为列表，如 [a, b]",
            en: "expected a list, e.g. [a, b]")

        public static let expectedText = Localized(
            zh: "应为文字",
            en: "expected text")

        // MARK: Aliases that cannot be added (code `config_blank_alias`, `config_alias_taken`,
        // `config_refused_alias`), checked before any log is read

        public static let blankAlias = Localized(
            zh: "别名不能为空",
            en: "an alias must not be blank")

        /// A header alias that already names `other`, another column of `log`.
        public static func columnAliasTaken(_ alias: String, other: ColumnSpec, log: LogKind) -> Localized {
            Localized(zh: "“\(alias)”已是\(log.chineseName)“\(other.alias)”列（\(other.id)）的名称；一个表头只能对应一列",
                      en: "`\(alias)` already names the column \(other.id) of \(log.fileStem).csv; one header name can mean one column only")
        }

        /// A value alias that already means `existing`, a built-in spelling or another alias.
        public static func valueAliasTaken(_ alias: String, existing: String, requested: String) -> Localized {
            Localized(zh: "别名“\(alias)”已表示 \(existing)，不能再表示 \(requested)",
                      en: "the alias `\(alias)` already means `\(existing)`; it cannot also mean `\(requested)`")
        }

        /// 三会一课 as an alias of one meeting type: it names four kinds of meeting.
        public static func refusedAlias(_ alias: String, requested: String) -> Localized {
            Localized(zh: "“\(alias)”是支部党员大会、支委会、党小组会和党课的统称，不是一种会议类型，不能作 \(requested) 的别名",
                      en: "`\(alias)` is four kinds of meeting, not one type; it cannot be an alias of `\(requested)`")
        }

        // MARK: Whole settings (code `config_weights_sum`, `config_star_order`)

        /// `parts`: each score part with its weight as shown (`sanhui 30`).
        public static func weightsSum(_ sum: String, parts: [String]) -> Localized {
            Localized(zh: "合计必须为 100，现为 \(sum)（\(parts.joined(separator: "、"))）",
                      en: "must sum to 100; these sum to \(sum) (\(parts.joined(separator: ", ")))")
        }

        /// Star ratings: `stars` needs `threshold`, yet one star fewer needs the higher `next`.
        public static func starThresholdsIncrease(stars: Int, threshold: String, next: String) -> Localized {
            Localized(zh: "从5星到2星所需得分不能递增；现在\(stars)星为 \(threshold)，\(stars - 1)星为 \(next)",
                      en: "must not increase from 5 stars down to 2 stars; found \(stars) stars at \(threshold) and \(stars - 1) stars at \(next)")
        }

        // MARK: Text (code `config_control_character`)

        /// The organisation or the title holding a control character: the scalar as U+XXXX and
        /// its place, counted in characters from 1.
        public static func controlCharacter(_ scalar: UInt32, position: Int) -> Localized {
            let hex = String(scalar, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return Localized(zh: "第\(position)个字符是控制字符 \(code)；名称和标题只能是一行文字，请删去其中的换行、制表符等字符",
                             en: "character \(position) is the control character \(code); a name or title is one line of text: remove its line breaks, tabs and the like")
        }
    }
}
