extension Catalogue {
    /// The messages about one field's value (rules §2 "Values", rule 3 and rule 4): one short
    /// line each, shown per row, naming the column by its header as written in the file and the
    /// value as read, then what to do. Never a list of every allowed value (docs/values.md and
    /// the template's review.yml have it). A header or value longer than a few words is cut
    /// with "…", so a message stays within about 160 characters.
    public enum Values {
        /// What kind of number a column holds; it decides the wording.
        public enum NumberKind: Hashable, Sendable {
            /// A whole number of either sign.
            case integer
            /// A whole number ≥ 0 (students, attendees, participants …), at most 1,000,000,000.
            case count
            /// A decimal number of either sign.
            case decimal
            /// A decimal number ≥ 0 (hours), at most 10,000.
            case nonNegativeDecimal
        }

        /// The largest count a column takes (rules §2): above it, a typo, not a school's activity.
        /// Inlinable, so the value decoders compare with a constant.
        @inlinable public static var countLimit: Int { 1_000_000_000 }
        /// The most hours a row gives (rules §2).
        @inlinable public static var hoursLimit: Int { 10_000 }

        // MARK: Rule 3: empty and invalid values

        public static func empty(column: String) -> Localized {
            let c = clipped(column, 16)
            return Localized(zh: "\(c)为空；此列必须填写。", en: "\(c) is empty; this column is required.")
        }

        /// Added to a message about an optional column: the row is kept without the value.
        public static func takenAsEmpty(_ message: Localized) -> Localized {
            Localized(zh: message.zh + "此值按空值处理。", en: message.en + " Taken as empty.")
        }

        public static func notANumber(column: String, value: String, kind: NumberKind) -> Localized {
            let (c, zh, en) = parts(column, value)
            switch kind {
            case .integer, .count:
                return Localized(zh: "\(c)\(zh)不是整数；请只填数字（如 12），不带单位或汉字。",
                                 en: "\(c) \(en) is not a whole number; write digits only (12), without units or words.")
            case .decimal, .nonNegativeDecimal:
                return Localized(zh: "\(c)\(zh)不是数字；请只填数字（如 1.5），不带单位或汉字。",
                                 en: "\(c) \(en) is not a number; write digits only (1.5), without units or words.")
            }
        }

        public static func negative(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)是负数；此列不能小于 0。", en: "\(c) \(en) is negative; it cannot be below 0.")
        }

        public static func fractional(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)带小数；此列应为整数。", en: "\(c) \(en) has a fraction; it must be a whole number.")
        }

        public static func badGrouping(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)的千位分隔符位置不对；应每三位一个（如 1,234），也可不用。",
                             en: "\(c) \(en) has misplaced thousands separators; use groups of three (1,234) or none.")
        }

        /// A count above `countLimit`, hours above `hoursLimit`, or more digits than a number holds.
        public static func tooLarge(column: String, value: String, kind: NumberKind) -> Localized {
            let (c, zh, en) = parts(column, value)
            switch kind {
            case .count:
                return Localized(zh: "\(c)\(zh)过大；此列不能超过 1,000,000,000。",
                                 en: "\(c) \(en) is too large; it cannot exceed 1,000,000,000.")
            case .nonNegativeDecimal:
                return Localized(zh: "\(c)\(zh)过大；此列不能超过 10,000。",
                                 en: "\(c) \(en) is too large; it cannot exceed 10,000.")
            case .integer, .decimal:
                return Localized(zh: "\(c)\(zh)位数过多。", en: "\(c) \(en) has too many digits.")
            }
        }

        /// A NUL character, which no value may hold (it cuts C strings and is illegal in XML).
        public static func nul(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)含有空字符（NUL）；请删除后重新保存。",
                             en: "\(c) \(en) holds a NUL character; delete it and save again.")
        }

        public static func notUTF8(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)不是有效的 UTF-8 文字。", en: "\(c) \(en) is not valid UTF-8 text.")
        }

        // MARK: Dates

        public static func noYearZero(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)不是有效日期：没有公元 0 年。", en: "\(c) \(en) is not a date: there is no year 0.")
        }

        public static func noSuchMonth(column: String, value: String, month: Int) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)不是有效日期：没有 \(month) 月。", en: "\(c) \(en) is not a date: there is no month \(month).")
        }

        public static func noSuchDay(column: String, value: String, year: Int, month: Int, days: Int) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)不是有效日期：\(year)年\(month)月只有 \(days) 天。",
                             en: "\(c) \(en) is not a date: month \(month) of \(year) has \(days) days.")
        }

        public static func twoDigitYear(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)的年份只有两位；请写四位年份，如 2017-03-05。",
                             en: "\(c) \(en) has a two-digit year; write all four digits (2017-03-05).")
        }

        public static func yearLast(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)年份在后，分不清月和日；请把年份写在前面，如 2017-03-05。",
                             en: "\(c) \(en) has the year last, so day and month are ambiguous; write the year first (2017-03-05).")
        }

        public static func mixedSeparators(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)混用了分隔符；请统一用一种，如 2017-3-5 或 2017/3/5。",
                             en: "\(c) \(en) mixes separators; use one throughout (2017-3-5 or 2017/3/5).")
        }

        public static func fractionalSerial(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)是带小数的 Excel 日期序号；请填写日期，如 2017-03-05。",
                             en: "\(c) \(en) is an Excel serial day with a fraction; write the date (2017-03-05).")
        }

        public static func serialOutOfRange(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)超出 Excel 日期序号的范围（36526–73050，即 2000 年至 2099 年）。",
                             en: "\(c) \(en) is outside the Excel serial days 36526–73050 (2000 to 2099).")
        }

        public static func digitString(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)不是日期；纯数字只能是 8 位年月日（如 20170305）或 Excel 日期序号。",
                             en: "\(c) \(en) is not a date; plain digits are read only as yyyymmdd (20170305) or an Excel serial day.")
        }

        public static func isoTime(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)带有“T”时间；请写成 2017-03-05 或 2017-03-05 8:30。",
                             en: "\(c) \(en) has a `T` time; write 2017-03-05 or 2017-03-05 8:30.")
        }

        public static func badTime(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)日期后面的不是时间；日期后只能跟 H:MM 或 H:MM:SS。",
                             en: "\(c) \(en) has text after the date that is not a time (H:MM or H:MM:SS).")
        }

        public static func chineseNumerals(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)用了汉字数字；请用阿拉伯数字，如 2017年3月5日。",
                             en: "\(c) \(en) is written with Chinese numerals; use digits (2017年3月5日).")
        }

        public static func notADate(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)不是可识别的日期；请写成 2017-03-05、2017/3/5 或 2017年3月5日。",
                             en: "\(c) \(en) is not a date; write it as 2017-03-05, 2017/3/5 or 2017年3月5日.")
        }

        // MARK: Vocabularies

        /// A value that is no id or alias of the column's vocabulary; `nearest` is the id or
        /// alias within the near-miss distance, as the table (or the config) writes it.
        public static func unknownValue(column: String, value: String, vocabulary: VocabularyKind, nearest: String?) -> Localized {
            let (c, zh, en) = parts(column, value)
            let name = Schema.vocabulary(vocabulary), key = vocabulary.aliasKey
            guard let nearest else {
                return Localized(zh: "\(c)\(zh)不是可识别的\(name.zh)（可用写法见 docs/values.md）；可在 review.yml 的 \(key) 中添加别名。",
                                 en: "\(c) \(en) is not a known \(name.en) (see docs/values.md); add an alias under \(key) in review.yml.")
            }
            return Localized(zh: "\(c)\(zh)不是可识别的\(name.zh)；是否应为“\(nearest)”？可在 review.yml 的 \(key) 中添加别名。",
                             en: "\(c) \(en) is not a known \(name.en); did you mean `\(nearest)`? Add an alias under \(key) in review.yml.")
        }

        /// 三会一课 in the meeting type column: four kinds of meeting, not one (rules §2).
        public static func sanhuiIsNotAType(column: String, value: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(
                zh: "\(c)\(zh)是三种会议和党课的合称，不是一种会议类型；请填写支部党员大会、支委会或党小组会，党课请记入党课记录（lectures.csv）。",
                en: "\(c) \(en) is four kinds of meeting, not one type; write 支部党员大会, 支委会 or 党小组会 here, or record the lecture in lectures.csv (党课记录).")
        }

        // MARK: Rule 4 and the register

        /// A site_id that no row of the register has; `files` names the register's files.
        public static func unknownSite(column: String, value: String, files: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)不在单位名册（\(files)）中；请在名册中添加该单位，或改正编码。",
                             en: "\(c) \(en) is not in the register (\(files)); add the site there or correct the code.")
        }

        /// A site_id whose row in the register was rejected.
        public static func rejectedSite(column: String, value: String, file: String, line: Int) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)在单位名册中的那一行（\(file) 第 \(line) 行）有错未被接受；请先改正那一行。",
                             en: "\(c) \(en): its row in the register (\(file) line \(line)) was rejected; fix that row first.")
        }

        /// A site_id repeated in the register; `kept` is the first row's spelling, which differs
        /// from `value` only in ASCII case when it differs at all.
        public static func repeatedSite(column: String, value: String, kept: String, file: String, line: Int) -> Localized {
            let (c, zh, en) = parts(column, value)
            if kept == value {
                return Localized(zh: "\(c)\(zh)在名册中重复（\(file) 第 \(line) 行已有）；保留第一行。",
                                 en: "\(c) \(en) is already in the register (\(file) line \(line)); the first row is kept.")
            }
            let keptZH = "“\(clipped(kept, 24))”", keptEN = "`\(clipped(kept, 24))`"
            return Localized(zh: "\(c)\(zh)与名册中的\(keptZH)重复（不区分大小写，\(file) 第 \(line) 行已有）；保留第一行。",
                             en: "\(c) \(en) is already in the register as \(keptEN) (\(file) line \(line); case is ignored); the first row is kept.")
        }

        // MARK: Values checked against each other

        /// Attendees above expected: kept, and the attendance rate counts at most `expected`.
        public static func attendeesOverExpected(column: String, attendees: Int, expected: Int) -> Localized {
            let c = clipped(column, 16)
            return Localized(zh: "\(c)\(attendees)人，多于应到的\(expected)人；出席率最多按\(expected)人计。",
                             en: "\(c) \(attendees) is more than the \(expected) expected; attendance counts at most \(expected).")
        }

        /// A training that ends before it starts.
        public static func endBeforeStart(column: String, value: String, start: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)早于开始日期 \(start)；请改正日期。",
                             en: "\(c) \(en) is before the start date \(start); correct the dates.")
        }

        /// Rule 5: a record_id used before, first in the file `firstFile`; the later row is rejected.
        public static func duplicateRecordID(column: String, value: String, firstFile: String) -> Localized {
            let (c, zh, en) = parts(column, value)
            return Localized(zh: "\(c)\(zh)已在 \(firstFile) 中用过，此行是重复记录；保留第一次出现的那一行。",
                             en: "\(c) \(en) was already used in \(firstFile), so this row is a repeat; the first row is kept.")
        }

        // MARK: -

        /// The column's header and the value, quoted for each language: (`会议类型`, `“支部会议”`, `` `支部会议` ``).
        private static func parts(_ column: String, _ value: String) -> (String, String, String) {
            let v = clipped(value, 24)
            return (clipped(column, 16), "“\(v)”", "`\(v)`")
        }

        /// `text` cut to `limit` characters with "…" when it is longer.
        static func clipped(_ text: String, _ limit: Int) -> String {
            text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
        }
    }
}
