extension Catalogue {
    /// Figures the data cannot carry (rules §2, §4.2): a missing log, the optional columns some
    /// files lack, the score parts left out, and the Summary's data-completeness line.
    public enum Figures {
        // MARK: Data completeness (the Summary sheet)

        public static let completenessLabel = Localized(zh: "数据完整性", en: "Data completeness")
        public static let complete = Localized(zh: "完整", en: "complete")

        /// One log's part of the data-completeness line, `nil` when nothing of it is missing:
        /// `会议记录：3个文件缺少“应到人数”列（近似表头“应道人数”）`.
        public static func completeness(of log: LogKind, isMissing: Bool, missingColumns: [MissingColumn]) -> Localized? {
            let name = Schema.logName(log)
            if isMissing {
                return Localized(zh: "\(name.zh)：缺失（没有可读取的文件）", en: "\(capitalised(name.en)): missing (no readable file)")
            }
            guard !missingColumns.isEmpty else { return nil }
            var zh: [String] = [], en: [String] = []
            for missing in missingColumns {
                // The column as its header is written: the Chinese header in Chinese, the id in English.
                let column = Localized(zh: LogSchema.column(missing.column, of: log)?.alias ?? missing.column, en: missing.column)
                let n = missing.files.count
                var z = "\(n)个文件缺少“\(column.zh)”列"
                var e = "\(n) file\(n == 1 ? "" : "s") lack\(n == 1 ? "s" : "") the column `\(column.en)`"
                var near: [String] = []
                for header in missing.nearMisses where !near.contains(header) { near.append(header) }
                if !near.isEmpty {
                    z += "（近似表头\(near.map { "“\($0)”" }.joined(separator: "、"))）"
                    e += " (near-miss header\(near.count == 1 ? "" : "s") \(near.map { "`\($0)`" }.joined(separator: ", ")))"
                }
                zh.append(z)
                en.append(e)
            }
            return Localized(zh: "\(name.zh)：\(zh.joined(separator: "，"))",
                             en: "\(capitalised(name.en)): \(en.joined(separator: ", "))")
        }

        /// The whole line: each log's part, or "complete" when none has one.
        public static func completeness(_ parts: [Localized]) -> Localized {
            guard !parts.isEmpty else { return complete }
            return Localized(zh: parts.map(\.zh).joined(separator: "；"), en: parts.map(\.en).joined(separator: "; "))
        }

        // MARK: Score parts (rules §4.2)

        /// A part of the score as the formula names it.
        public static func scorePart(_ part: ScorePart) -> Localized {
            switch part {
            case .sanhui: Localized(zh: "三会一课", en: "sanhui-yike")
            case .party_day: Localized(zh: "主题党日", en: "Party day")
            case .attendance: Localized(zh: "参会率", en: "attendance")
            case .training: Localized(zh: "培训", en: "training")
            case .org_life: Localized(zh: "组织生活会", en: "org-life meeting")
            case .democratic_review: Localized(zh: "民主评议", en: "democratic review")
            }
        }

        public static let scoreLabel = Localized(zh: "综合得分", en: "Score")

        /// A part and the weight it had, for the draft: `主题党日33.3分`, `Party day 33.3`.
        public static func weight(_ part: ScorePart, _ weight: String) -> Localized {
            let name = scorePart(part)
            return Localized(zh: "\(name.zh)\(weight)分", en: "\(name.en) \(weight)")
        }

        /// The general rule, for the Definitions sheet's score formula.
        public static let scoreRule = Localized(
            zh: "某项对所有建有支部的单位都为空（缺少相应的记录或列，或截至统计日期该项规范还没有结束的周期）时不计，其余各项权重按 100 ÷ 其和放大。",
            en: "A part empty for every site with a branch (its log or column is missing, or no period of its norm has ended by the as-of date) is left out and the other weights are scaled by 100 ÷ their sum.")

        /// The parts left out and the weights applied instead, numbers as the caller writes
        /// them: `未计三会一课（所有建有支部的单位都没有这一项的数据）；其余权重按 100 ÷ 60 放大：主题党日 33.3、…`.
        public static func partsOmitted(_ omitted: [ScorePart], keptSum: String, weights: [(part: ScorePart, weight: String)]) -> Localized {
            let names = omitted.map(scorePart)
            return Localized(
                zh: "未计\(names.map(\.zh).joined(separator: "、"))（所有建有支部的单位都没有这\(omitted.count == 1 ? "一" : "几")项的数据）；其余权重按 100 ÷ \(keptSum) 放大："
                    + weights.map { "\(scorePart($0.part).zh) \($0.weight)" }.joined(separator: "、"),
                en: "\(capitalised(names.map(\.en).joined(separator: ", "))) left out (no site with a branch has \(omitted.count == 1 ? "it" : "them")); the other weights scaled by 100 ÷ \(keptSum): "
                    + weights.map { "\(scorePart($0.part).en) \($0.weight)" }.joined(separator: ", "))
        }

        /// Every part with a weight left out: nothing is scored.
        public static func nothingScored(_ omitted: [ScorePart]) -> Localized {
            let names = omitted.map(scorePart)
            return Localized(
                zh: "\(names.map(\.zh).joined(separator: "、"))均无数据，不计得分、星级和排名",
                en: "no data for \(names.map(\.en).joined(separator: ", ")): no score, stars or rank")
        }

        /// The Ranking sheet's note when sites have a branch but nothing could be scored.
        /// The Ranking sheet's note when every branch was founded after the as-of date (or after
        /// its norms' last period ended): no norm period in scope, nothing to rank.
        public static let noPeriodEnded = Localized(
            zh: "截至统计日期，各支部都还没有已结束的规范周期，暂不计排名。",
            en: "No branch has a norm period ended by the as-of date: nothing to rank yet.")

        public static let nothingRanked = Localized(
            zh: "各项得分均无数据，不计排名（见总览的“综合得分”一行）。",
            en: "No part of the score has data: nothing to rank (see the Score line of the Summary).")

        /// The sheets' mark of a figure that a missing log cannot give.
        public static let unavailable = "—"

        private static func capitalised(_ text: String) -> String {
            text.prefix(1).uppercased() + text.dropFirst()
        }
    }
}
