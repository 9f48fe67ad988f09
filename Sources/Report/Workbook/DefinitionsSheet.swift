import Indicators
import Model
import XLSX

/// Sheet 7: every indicator, its formula and, for the norms, the rule in force.
struct DefinitionsSheet {
    let data: ReviewData
    let labels: Labels

    func write(into workbook: Workbook) throws {
        let l = labels
        let c = data.config
        let w = SheetWriter(try workbook.addWorksheet(l.definitionsSheet), name: l.definitionsSheet)
        try w.text(l.pick("指标说明", "Definitions"), 0, 0, Styles.title, measure: false)
        try w.header([l.pick("指标", "Indicator"), l.pick("计算方法", "Formula"), l.pick("规范 / 参数", "Norm / setting")], row: 2)
        var rows: [(String, String, String)] = []
        for key in NormKey.allCases {
            rows.append((l.pick("\(l.norm(key))完成率", "\(l.norm(key)) rate"),
                         l.pick("范围内达标周期数 ÷ 范围内周期数。范围：本年的月/季/年；年内新建支部只计成立日及以后结束的周期；--as-of 只计截至该日已结束的周期。",
                                "periods in scope that met the norm ÷ periods in scope. Scope: the year's months/quarters/year; for a branch founded in the year only periods ending on or after its founding; with --as-of only periods ended by then."),
                         l.normRule(c.norm(key))))
        }
        rows += [
            (l.indicator(.sanhui_rate), l.pick("支部党员大会、支委会、党小组会、党课四项完成率的平均值；四项均为 100% 为“全面达标”。",
                                               "mean of the rates of branch general meetings, branch committees, party groups and lectures; all four at 100 % = fully compliant."), ""),
            (l.pick("主题党日按期率", "Party day on the day"), l.pick("在每月规定日期召开的主题党日 ÷ 召开的主题党日。",
                                                               "Party days held on the configured day ÷ Party days held."),
             l.pick("每月 \(c.partyDay) 日", "day \(c.partyDay) of each month")),
            (l.indicator(.attendance_rate), l.pick("Σ min(实到, 应到) ÷ Σ 应到，只计两者都填写且应到 > 0 的会议。",
                                                   "Σ min(attendees, expected) ÷ Σ expected over meetings with both and expected > 0."), ""),
            (l.indicator(.training_hours_per_member), l.pick("该单位参训人次 × 学时之和 ÷ 党员数。", "Σ participants × hours of its training rows ÷ party members."),
             l.pick("目标 \(NumberText.number(c.trainingHoursTarget)) 学时", "target \(NumberText.number(c.trainingHoursTarget)) hours")),
            (l.indicator(.lectures_per_100_members), l.pick("党课次数 ÷ 党员数 × 100。", "lectures ÷ party members × 100."), ""),
            (l.indicator(.score), l.pick("\(weight(.sanhui))×三会一课 + \(weight(.party_day))×主题党日 + \(weight(.attendance))×参会率 + \(weight(.training))×min(1, 人均培训学时 ÷ 目标) + \(weight(.org_life))×[召开组织生活会] + \(weight(.democratic_review))×[开展民主评议]；空值按 0 计。",
                                         "\(weight(.sanhui))·sanhui + \(weight(.party_day))·party day + \(weight(.attendance))·attendance + \(weight(.training))·min(1, training h per member ÷ target) + \(weight(.org_life))·[org-life meeting held] + \(weight(.democratic_review))·[democratic review held]; an empty part counts 0.")
                + l.pick("", " ") + l.text(Catalogue.Figures.scoreRule),
             l.scoreWeightsNote(data.indicators.scoreWeights, config: c) ?? ""),
            (l.pick("星级", "Stars"), l.pick("得分（四舍五入到 6 位小数）≥ \(threshold(0)) 为 5 星，≥ \(threshold(1)) 为 4 星，≥ \(threshold(2)) 为 3 星，≥ \(threshold(3)) 为 2 星，其余 1 星。",
                                           "score rounded to 6 decimals: ≥ \(threshold(0)) five stars, ≥ \(threshold(1)) four, ≥ \(threshold(2)) three, ≥ \(threshold(3)) two, else one."), ""),
            (l.pick("排名与末位", "Rank and bottom list"), l.pick("按得分从高到低排名，同分按单位编码；末位为排名最后的 \(c.bottomN) 个单位。",
                                                          "by score, highest first, ties by site id; the bottom list is the last \(c.bottomN)."), ""),
            (l.pick("差距、比值、p 值", "Gap, ratio, p-value"), l.pick("城区 − 农村、公办 − 民办的均值差与比；Welch t 检验双侧 p 值（任一组少于 2 个单位或两组方差均为 0 时为空）。",
                                                                  "urban − rural and public − private means and their ratio; Welch's two-sided t-test (empty when a group has fewer than 2 sites or both have zero variance)."), ""),
            (l.pick("变异系数", "CV"), l.pick("总体标准差 ÷ 均值。", "population SD ÷ mean."), ""),
            (l.pick("加权差异系数", "Weighted CV"), l.pick("√(Σwᵢ(xᵢ − x̄w)² ÷ Σwᵢ) ÷ x̄w，权重为 0 或空的单位不计。", "√(Σwᵢ(xᵢ − x̄w)² ÷ Σwᵢ) ÷ x̄w; sites with weight 0 or empty drop out."),
             "weight_column: \(c.weightColumn.rawValue)"),
            (l.pick("基尼系数", "Gini"), "Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2n²x̄)", ""),
            (l.pick("泰尔指数与组间占比", "Theil T and between share"), l.pick("T = (1/n) Σ (xᵢ/x̄) ln(xᵢ/x̄)；组间 = Σ (n_g/n)(x̄_g/x̄) ln(x̄_g/x̄)，组间占比 = 组间 ÷ T。",
                                                                           "T = (1/n) Σ (xᵢ/x̄) ln(xᵢ/x̄); between = Σ (n_g/n)(x̄_g/x̄) ln(x̄_g/x̄); share = between ÷ T."), ""),
            (l.pick("月度无组织生活的支部", "Inactive branches (monthly)"), l.pick("当月末前已建支部、当月没有任何支部党员大会、支委会、党小组会、主题党日、组织生活会、民主评议或党课的单位数。",
                                                                          "sites with a branch by the month's end and no branch meeting, committee, party group, Party day, org-life meeting, democratic review or lecture that month."), ""),
            (l.pick("输入指纹", "Input fingerprint"), l.pick("全部输入文件（CSV、配置、述职模板）按文件名排序后的 SHA-256，前 12 位。", "SHA-256 over every input file (CSVs, config, draft template) in name order; its first 12 digits."), ""),
        ]
        for (i, (name, formula, norm)) in rows.enumerated() {
            let row = 3 + i
            try w.text(name, row, 0)
            try w.text(formula, row, 1, Styles.wrapped, measure: false)
            try w.text(norm, row, 2, Styles.wrapped)
        }
        w.fix(1, width: 80)
        try w.fitColumns(minimum: 10, maximum: 30)
        try w.print(title: data.title, repeatRows: 2...2, fit: .onePageWide, zh: l.zh)
    }

    private func weight(_ part: ScorePart) -> String { NumberText.number(data.config.weight(part)) }
    private func threshold(_ i: Int) -> String { NumberText.number(data.config.starThresholds[i]) }
}

/// Numbers as a person writes them: 40, 7.5.
enum NumberText {
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
