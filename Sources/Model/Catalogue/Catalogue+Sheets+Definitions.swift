extension Catalogue.Sheets {
    /// The words of the Definitions sheet (指标说明).
    public enum Definitions {
        public static let formula = Localized(zh: "计算方法", en: "Formula")
        public static let normOrSetting = Localized(zh: "规范 / 参数", en: "Norm / setting")

        public static let normRateFormula = Localized(
            zh: "范围内达标周期数 ÷ 范围内周期数。范围：本年的月/季/年；年内新建支部只计成立日及以后结束的周期；--as-of 只计截至该日已结束的周期。",
            en: "periods in scope that met the norm ÷ periods in scope. Scope: the year's months/quarters/year; for a branch founded in the year only periods ending on or after its founding; with --as-of only periods ended by then.")
        public static let sanhuiFormula = Localized(
            zh: "支部党员大会、支委会、党小组会、党课四项完成率的平均值；四项均为 100% 为“全面达标”。",
            en: "mean of the rates of branch general meetings, branch committees, party groups and lectures; all four at 100 % = fully compliant.")
        public static let partyDayOnTheDay = Localized(zh: "主题党日按期率", en: "Party day on the day")
        public static let partyDayOnTheDayFormula = Localized(
            zh: "在每月规定日期召开的主题党日 ÷ 召开的主题党日。",
            en: "Party days held on the configured day ÷ Party days held.")
        public static func partyDay(_ day: Int) -> Localized {
            Localized(zh: "每月 \(day) 日", en: "day \(day) of each month")
        }
        public static let attendanceFormula = Localized(
            zh: "Σ min(实到, 应到) ÷ Σ 应到，只计两者都填写且应到 > 0 的会议。",
            en: "Σ min(attendees, expected) ÷ Σ expected over meetings with both and expected > 0.")
        public static let trainingFormula = Localized(
            zh: "该单位参训人次 × 学时之和 ÷ 党员数。",
            en: "Σ participants × hours of its training rows ÷ party members.")
        /// `hours` as the sheet writes numbers.
        public static func trainingTarget(_ hours: String) -> Localized {
            Localized(zh: "目标 \(hours) 学时", en: "target \(hours) hours")
        }
        public static let lecturesFormula = Localized(zh: "党课次数 ÷ 党员数 × 100。", en: "lectures ÷ party members × 100.")

        /// The score's formula with the config's weights (as written), and the rule for a
        /// part no site can have (`Catalogue.Figures.scoreRule`).
        public static func scoreFormula(_ w: [ScorePart: String]) -> Localized {
            let rule = Catalogue.Figures.scoreRule
            return Localized(
                zh: "\(w[.sanhui]!)×三会一课 + \(w[.party_day]!)×主题党日 + \(w[.attendance]!)×参会率 + \(w[.training]!)×min(1, 人均培训学时 ÷ 目标) + \(w[.org_life]!)×[召开组织生活会] + \(w[.democratic_review]!)×[开展民主评议]；空值按 0 计。"
                    + rule.zh,
                en: "\(w[.sanhui]!)·sanhui + \(w[.party_day]!)·party day + \(w[.attendance]!)·attendance + \(w[.training]!)·min(1, training h per member ÷ target) + \(w[.org_life]!)·[org-life meeting held] + \(w[.democratic_review]!)·[democratic review held]; an empty part counts 0. "
                    + rule.en)
        }

        /// The stars' thresholds (5, 4, 3 and 2 stars), as written.
        public static func starsFormula(_ t: [String]) -> Localized {
            Localized(zh: "得分（四舍五入到 6 位小数）≥ \(t[0]) 为 5 星，≥ \(t[1]) 为 4 星，≥ \(t[2]) 为 3 星，≥ \(t[3]) 为 2 星，其余 1 星。",
                      en: "score rounded to 6 decimals: ≥ \(t[0]) five stars, ≥ \(t[1]) four, ≥ \(t[2]) three, ≥ \(t[3]) two, else one.")
        }

        public static let rankAndBottom = Localized(zh: "排名与末位", en: "Rank and bottom list")
        /// The rank and the 末位 list (rules §4.2), with `bottom_n` and `bottom_share` (in millionths).
        public static func rankFormula(bottomN: Int, shareMillionths: Int) -> Localized {
            let share = Ranking.percent(shareMillionths)
            return Localized(
                zh: "按得分（四舍五入到 6 位小数）从高到低排名，同分按单位编码。末位：排名最后、得分低于已排名单位平均分的单位，至多 \(bottomN) 个，且不超过已排名单位数的 \(share)（向上取整）；没有单位低于平均分时不列末位。",
                en: "by score rounded to 6 decimals, highest first, ties by site id. Bottom list: the lowest-ranked sites scoring below the mean of the ranked sites, at most \(bottomN) and at most \(share) of the ranked sites (rounded up); none when no site is below the mean.")
        }

        public static let gapRatioP = Localized(zh: "差距、比值、p 值", en: "Gap, ratio, p-value")
        public static let gapRatioPFormula = Localized(
            zh: "城区 − 农村、公办 − 民办的均值差与比；Welch t 检验双侧 p 值（任一组少于 2 个单位或两组方差均为 0 时为空）。",
            en: "urban − rural and public − private means and their ratio; Welch's two-sided t-test (empty when a group has fewer than 2 sites or both have zero variance).")
        public static let cvFormula = Localized(zh: "总体标准差 ÷ 均值。", en: "population SD ÷ mean.")
        public static let weightedCVFormula = Localized(
            zh: "√(Σwᵢ(xᵢ − x̄w)² ÷ Σwᵢ) ÷ x̄w，权重为 0 或空的单位不计。",
            en: "√(Σwᵢ(xᵢ − x̄w)² ÷ Σwᵢ) ÷ x̄w; sites with weight 0 or empty drop out.")
        public static let giniFormula = Localized(zh: "Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2n²x̄)", en: "Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2n²x̄)")
        public static let theilAndShare = Localized(zh: "泰尔指数与组间占比", en: "Theil T and between share")
        public static let theilFormula = Localized(
            zh: "T = (1/n) Σ (xᵢ/x̄) ln(xᵢ/x̄)；组间 = Σ (n_g/n)(x̄_g/x̄) ln(x̄_g/x̄)，组间占比 = 组间 ÷ T。",
            en: "T = (1/n) Σ (xᵢ/x̄) ln(xᵢ/x̄); between = Σ (n_g/n)(x̄_g/x̄) ln(x̄_g/x̄); share = between ÷ T.")
        public static let inactiveBranches = Localized(zh: "月度无组织生活的支部", en: "Inactive branches (monthly)")
        public static let inactiveBranchesFormula = Localized(
            zh: "当月末前已建支部、当月没有任何支部党员大会、支委会、党小组会、主题党日、组织生活会、民主评议或党课的单位数。",
            en: "sites with a branch by the month's end and no branch meeting, committee, party group, Party day, org-life meeting, democratic review or lecture that month.")
        public static let fingerprintFormula = Localized(
            zh: "全部输入文件（CSV、配置、述职模板）按文件名排序后的 SHA-256，前 12 位。",
            en: "SHA-256 over every input file (CSVs, config, draft template) in name order; its first 12 digits.")
    }
}
