extension Catalogue {
    /// The messages of header matching (rules §2): the header search, unknown, repeated and
    /// near-miss headers, and the columns a file lacks with what they leave empty.
    ///
    /// Columns are named as written in the header (or by their Chinese name when the file lacks
    /// them), with the canonical id beside them in English.
    public enum Headers {
        /// A column of a log as messages name it: its Chinese name (or the name a header came
        /// closest to) and its canonical id.
        public struct Column: Sendable, Equatable {
            public var name: String
            public var id: String
            public init(name: String, id: String) { self.name = name; self.id = id }

            /// `"应到人数" (expected)`, or `"expected"` when the name is the id.
            var en: String { name == id ? "\"\(name)\"" : "\"\(name)\" (\(id))" }
            /// `“应到人数”`.
            var zh: String { "“\(name)”" }
        }

        /// A header cell as written, with its 1-based column number.
        public struct Cell: Sendable, Equatable {
            public var column: Int
            public var written: String
            public init(column: Int, written: String) { self.column = column; self.written = written }
        }

        /// A required column a header lacks, with the header cell that was probably meant as it.
        public struct MissingRequired: Sendable, Equatable {
            public var column: Column
            public var nearMiss: Cell?
            public init(column: Column, nearMiss: Cell?) { self.column = column; self.nearMiss = nearMiss }
        }

        /// What an optional column that feeds figures leaves empty when a file with data rows
        /// lacks it (rules §2).
        public enum Gap: Sendable, CaseIterable {
            /// sites `party_members`.
            case perMember
            /// sites `branches`.
            case branches
            /// sites `joint_branch`.
            case coverage
            /// sites `branch_founded`.
            case proRating
            /// sites `demo_site`.
            case demoSites
            /// meetings `attendees`, `expected`.
            case attendance
            /// meetings `record_id`.
            case duplicates
            /// lectures `lecturer_role`.
            case lecturerRole

            public var text: Localized {
                switch self {
                case .perMember:
                    Localized(zh: "本文件各单位的人均指标和默认权重为空",
                              en: "per-member values and the default weight are empty for this file's sites")
                case .branches:
                    Localized(zh: "本文件各单位均按未建党支部计，没有规范达标、得分和排名",
                              en: "every site of this file counts as having no branch: no norms, scores or ranks")
                case .coverage:
                    Localized(zh: "本文件各单位均不计为联合党支部覆盖",
                              en: "no site of this file counts as covered by a joint branch")
                case .proRating:
                    Localized(zh: "年内新建的党支部无法按成立日期折算，均按全年计",
                              en: "branches founded during the year cannot be pro-rated: each counts for the whole year")
                case .demoSites:
                    Localized(zh: "本文件各单位均不计为示范点",
                              en: "no site of this file counts as a demonstration site")
                case .attendance:
                    Localized(zh: "出席率不含本文件的会议",
                              en: "the attendance rate leaves out this file's meetings")
                case .duplicates:
                    Localized(zh: "无法查出本文件中重复的会议记录",
                              en: "repeated meetings in this file cannot be found")
                case .lecturerRole:
                    Localized(zh: "本文件的党课均按“其他”主讲人计，书记讲党课次数和按主讲人身份的统计不含这些党课",
                              en: "this file's lectures count as given by \"other\", so the secretary's lectures and lectures by role leave them out")
                }
            }
        }

        /// A header cell that names no column of the log (info).
        public static func unknownColumn(column: Int, written: String, log: LogKind) -> Localized {
            Localized(zh: "第\(column)列“\(written)”不是\(Schema.logName(log).zh)的列，已忽略。",
                      en: "column \(column) \"\(written)\" is not a column of \(Schema.logName(log).en); ignored")
        }

        /// A blank header cell (info).
        public static func unnamedColumn(column: Int) -> Localized {
            Localized(zh: "第\(column)列没有表头，其中的值已忽略。",
                      en: "column \(column) has no name; its values are ignored")
        }

        /// A second header cell naming a column an earlier one has (warning).
        public static func duplicateColumn(column: Int, written: String, first: Cell, of meant: Column) -> Localized {
            Localized(zh: "第\(column)列“\(written)”与第\(first.column)列“\(first.written)”都是\(meant.zh)列；使用第\(first.column)列，忽略此列。",
                      en: "column \(column) \"\(written)\" is the same column as column \(first.column) \"\(first.written)\" (\(meant.id)); column \(first.column) is used, this one is ignored")
        }

        /// A record that repeats the header, skipped (warning).
        public static let repeatedHeader = Localized(
            zh: "跳过重复的表头行（是否两份导出文件拼在了一起？）",
            en: "skipped a repeated header line (two exports pasted together?)")

        /// A record above the header, skipped (info); `text` is its non-empty fields, shortened.
        public static func titleSkipped(_ text: String) -> Localized {
            Localized(zh: "跳过表头上方的一行：\(text)", en: "skipped a line above the header: \(text)")
        }

        /// A header cell that is a near miss of a column the file lacks (warning): not used.
        /// `gap` is what stays empty meanwhile, when the column feeds figures and the file's rows
        /// can be used (its header has every required column); the near miss is then that
        /// column's only warning.
        public static func nearMissHeader(column: Int, written: String, log: LogKind, meant: Column, gap: Gap?) -> Localized {
            let key = "aliases.columns.\(meant.id)"
            return Localized(
                zh: "第\(column)列“\(written)”不是\(Schema.logName(log).zh)的列；是否应为\(meant.zh)？"
                    + (gap.map { "按现在的表头，\($0.text.zh)。" } ?? "")
                    + "请改正表头，或在 review.yml 的 \(key) 中添加别名。",
                en: "column \(column) \"\(written)\" is not a column of \(Schema.logName(log).en); did you mean \(meant.en)? "
                    + (gap.map { "As it is, \($0.text.en). " } ?? "")
                    + "Correct the header or add it under \(key) in review.yml.")
        }

        /// The required columns a file's header lacks (a file error); `found` is the header's
        /// non-blank cells as written.
        public static func missingRequired(_ missing: [MissingRequired], headerLine: Int, found: [String]) -> Localized {
            let (zh, en) = missingRequiredClause(missing)
            let shown = Localized(zh: found.isEmpty ? "（空）" : found.joined(separator: "、"),
                                  en: found.isEmpty ? "nothing" : found.joined(separator: ", "))
            guard let probably = probablyClause(missing) else {
                return Localized(
                    zh: "\(zh)，请在表头中添加。第\(headerLine)行表头为：\(shown.zh)。",
                    en: "\(en); add \(missing.count > 1 ? "them" : "it") to the header. The header on line \(headerLine) has: \(shown.en)")
            }
            return Localized(
                zh: "\(zh)；\(probably.zh)，请改正表头。第\(headerLine)行表头为：\(shown.zh)。",
                en: "\(en); \(probably.en) — correct the header. The header on line \(headerLine) has: \(shown.en)")
        }

        /// A row of a file whose header lacks required columns (a row error, one line).
        public static func missingRequiredRow(_ missing: [MissingRequired], headerLine: Int) -> Localized {
            let (zh, en) = missingRequiredClause(missing)
            let probably = probablyClause(missing)
            return Localized(
                zh: "未读入：\(zh)\(probably.map { "（\($0.zh)）" } ?? "")；见第\(headerLine)行表头。",
                en: "rejected: \(en)\(probably.map { " (\($0.en))" } ?? ""); see the header on line \(headerLine)")
        }

        /// `缺少必填列“日期”` / `the required column "日期" (date) is missing`.
        private static func missingRequiredClause(_ missing: [MissingRequired]) -> (zh: String, en: String) {
            let many = missing.count > 1
            return ("缺少必填列\(missing.map(\.column.zh).joined(separator: "、"))",
                    "the required column\(many ? "s" : "") \(missing.map(\.column.en).joined(separator: ", ")) \(many ? "are" : "is") missing")
        }

        /// `第1列“日其”可能就是它` / `column 1 "日其" is probably it`, one for each near miss (naming
        /// the column when several are missing); `nil` without a near miss.
        private static func probablyClause(_ missing: [MissingRequired]) -> Localized? {
            let many = missing.count > 1
            let parts = missing.compactMap { m in
                m.nearMiss.map { cell in
                    Localized(zh: "第\(cell.column)列“\(cell.written)”可能\(many ? "是\(m.column.zh)" : "就是它")",
                              en: "column \(cell.column) \"\(cell.written)\" is probably \(many ? "\"\(m.column.name)\"" : "it")")
                }
            }
            guard !parts.isEmpty else { return nil }
            return Localized(zh: parts.map(\.zh).joined(separator: "，"), en: parts.map(\.en).joined(separator: ", "))
        }

        /// Optional columns that feed figures, missing from a file with data rows (a file
        /// warning): what stays empty, each gap once.
        public static func missingColumns(_ columns: [Column], gaps: [Gap]) -> Localized {
            let one = columns.count == 1
            let key = one ? "aliases.columns.\(columns[0].id)" : "aliases.columns"
            return Localized(
                zh: "没有\(columns.map(\.zh).joined(separator: "、"))列：\(gaps.map(\.text.zh).joined(separator: "；"))。"
                    + "请添加\(one ? "此列" : "这些列")；如\(one ? "该列" : "某列")用了别的表头，请在 review.yml 的 \(key) 中添加该表头。",
                en: "no column\(one ? "" : "s") \(columns.map(\.en).joined(separator: ", ")): \(gaps.map(\.text.en).joined(separator: "; ")). "
                    + "Add \(one ? "the column" : "them") or, if \(one ? "it is" : "one is") there under another name, add that name under \(key) in review.yml.")
        }

        /// Other optional columns missing from a file with data rows (info): their values are empty.
        public static func missingOptionalColumns(_ columns: [Column]) -> Localized {
            Localized(zh: "文件中没有以下可选列，按空值处理：\(columns.map(\.zh).joined(separator: "、"))",
                      en: "optional columns not in the file, left empty: \(columns.map(\.en).joined(separator: ", "))")
        }

        /// A file with a header and no data rows (info).
        public static let noDataRows = Localized(zh: "文件只有表头，没有数据行。", en: "the file has a header but no data rows")

        /// A file without any non-blank record (warning).
        public static let emptyFile = Localized(zh: "文件是空的，没有任何记录。", en: "the file holds no records")
    }
}
