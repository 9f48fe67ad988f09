extension Catalogue.Sheets {
    /// The words of the Imbalance sheet (均衡分析).
    public enum Imbalance {
        public static let title = Localized(
            zh: "均衡分析：城乡、公办民办差异与总体离散程度",
            en: "Imbalance: urban/rural, public/private and overall spread")
        public static let note = Localized(
            zh: "差距 = 前组均值 − 后组均值；比值 = 前组 ÷ 后组；p 值为 Welch t 检验（双侧），p < 0.05 视为差异显著。三会一课、主题党日和得分仅统计建有独立党支部的单位。",
            en: "Gap = first group's mean − second's; ratio = first ÷ second; p = Welch's t-test, two-sided (p < 0.05: significant). Sanhui, Party-day and score cover sites with a branch only.")

        /// A comparison's heading, `dimension` as `Sheets.dimension` names it.
        public static func by(_ dimension: Localized) -> Localized {
            Localized(zh: "按\(dimension.zh)", en: "By \(dimension.en.lowercased())")
        }

        /// A group's mean, `group` as the sheet names it.
        public static func groupMean(_ group: Localized) -> Localized {
            Localized(zh: "\(group.zh)均值", en: "\(group.en) mean")
        }

        public static let gap = Localized(zh: "差距", en: "Gap")
        public static let ratio = Localized(zh: "比值", en: "Ratio")
        public static let pValue = Localized(zh: "p 值", en: "p-value")
        public static let significant = Localized(zh: "显著", en: "Significant")

        public static let spread = Localized(zh: "总体离散程度", en: "Overall spread")
        public static let mean = Localized(zh: "均值", en: "Mean")
        public static let cv = Localized(zh: "变异系数", en: "CV")
        public static let weightedCV = Localized(zh: "加权差异系数", en: "Weighted CV")
        public static let gini = Localized(zh: "基尼系数", en: "Gini")
        public static let theil = Localized(zh: "泰尔指数", en: "Theil T")

        /// The share of Theil's T between the groups of a grouping, over two lines.
        public static func betweenShare(_ dimension: Localized) -> Localized {
            Localized(zh: "组间占比\n（\(dimension.zh)）", en: "Between share\n(\(dimension.en.lowercased()))")
        }

        /// `weight` is the register's column that weighs the weighted CV.
        public static func spreadNote(weight: ColumnSpec) -> Localized {
            Localized(
                zh: "变异系数 = 标准差 ÷ 均值；加权差异系数以\(weight.alias)为权重；组间占比 = 泰尔指数中组间差异所占比例。空白表示无法计算（如均值为 0）。",
                en: "CV = SD ÷ mean; the weighted CV is weighted by \(weight.id.replacingOccurrences(of: "_", with: " ")); between share = the part of Theil's T that lies between the groups. A blank cell cannot be computed (e.g. a mean of 0).")
        }

        /// The heading of a grouping's table of groups.
        public static func groupedBy(_ dimension: Localized) -> Localized {
            Localized(zh: "按\(dimension.zh)分组", en: "By \(dimension.en.lowercased())")
        }

        /// The mean's column under each indicator.
        public static let meanColumn = Localized(zh: "均值", en: "mean")

        /// A chart comparing two groups, as the sheet names them.
        public static func chartTitle(_ first: Localized, _ second: Localized) -> Localized {
            Localized(zh: "\(first.zh)与\(second.zh)对比",
                      en: "\(first.en.prefix(1).uppercased())\(first.en.dropFirst()) vs \(second.en)")
        }

        /// In place of the gap, ratio and p-value of a comparison with a group too small.
        public static let tooFewSites = Localized(zh: "样本过少", en: "too few sites")

        /// The note under a comparison table that has "too few sites" in it.
        public static func tooFewSitesNote(minimum: Int) -> Localized {
            Localized(zh: "样本过少：一组不足 \(minimum) 个单位时不作比较，只列各组单位数和均值，不列差距、比值和 p 值。",
                      en: "Too few sites: a group with fewer than \(minimum) sites is not compared; only each group's n and mean are shown, no gap, ratio or p-value.")
        }
    }
}
