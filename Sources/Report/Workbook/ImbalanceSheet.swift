import Indicators
import Model
import XLSX

/// Sheet 4: the imbalance of rules §4.4 — urban vs rural and public vs private per indicator (with Welch's p-value),
/// the dispersion over all sites, the config's extra groupings, and clustered column charts.
struct ImbalanceSheet {
    let data: ReviewData
    let labels: Labels

    func style(_ indicator: ImbalanceIndicator) -> CellStyle {
        switch indicator {
        case .sanhui_rate, .party_day_rate, .attendance_rate: Styles.percent
        case .training_hours_per_member, .lectures_per_100_members, .score: Styles.oneDecimal
        }
    }

    func write(into workbook: Workbook) throws -> SheetWriter {
        let l = labels
        let a = data.imbalance
        let w = SheetWriter(try workbook.addWorksheet(l.imbalanceSheet), name: l.imbalanceSheet)
        try w.sheet.setScreenGridlines(false)
        try w.text(l.pick("均衡分析：城乡、公办民办差异与总体离散程度", "Imbalance: urban/rural, public/private and overall spread"), 0, 0, Styles.title, measure: false)
        try w.text(l.pick("差距 = 前组均值 − 后组均值；比值 = 前组 ÷ 后组；p 值为 Welch t 检验（双侧），p < 0.05 视为差异显著。三会一课、主题党日和得分仅统计建有独立党支部的单位。",
                          "Gap = first group's mean − second's; ratio = first ÷ second; p = Welch's t-test, two-sided (p < 0.05: significant). Sanhui, Party-day and score cover sites with a branch only."),
                   1, 0, Styles.note, measure: false)

        var row = 3
        var chartRanges: [(ImbalanceDimension, Int)] = []
        for dimension in a.dimensions where dimension.isPairwise {
            let groups = dimension.fixedGroups.map { l.group($0, of: dimension) }
            try w.text(l.pick("按\(l.dimension(dimension))", "By \(l.dimension(dimension).lowercased())"), row, 0, Styles.section, measure: false)
            row += 1
            try w.header([l.pick("指标", "Indicator"), "\(groups[0]) n", l.pick("\(groups[0])均值", "\(groups[0]) mean"),
                          "\(groups[1]) n", l.pick("\(groups[1])均值", "\(groups[1]) mean"),
                          l.pick("差距", "Gap"), l.pick("比值", "Ratio"), l.pick("p 值", "p-value"), l.pick("显著", "Significant")], row: row)
            chartRanges.append((dimension, row + 1))
            for indicator in ImbalanceIndicator.allCases {
                row += 1
                let split = a.split(indicator, dimension)!
                try w.text(l.indicator(indicator), row, 0)
                try w.number(split.groups[0].n, row, 1)
                try w.optional(split.groups[0].mean, row, 2, style(indicator))
                try w.number(split.groups[1].n, row, 3)
                try w.optional(split.groups[1].mean, row, 4, style(indicator))
                try w.optional(split.gap, row, 5, style(indicator))
                try w.optional(split.ratio, row, 6, Styles.twoDecimals)
                try w.optional(split.pValue, row, 7, Styles.pValue)
                let significant = split.pValue.map { $0 < 0.05 }
                try w.text(significant.map { $0 ? l.yes : l.no } ?? "—", row, 8, Styles.centered)
            }
            row += 2
        }

        try w.text(l.pick("总体离散程度", "Overall spread"), row, 0, Styles.section, measure: false)
        row += 1
        var titles = [l.pick("指标", "Indicator"), "n", l.pick("均值", "Mean"), l.pick("变异系数", "CV"),
                      l.pick("加权差异系数", "Weighted CV"), l.pick("基尼系数", "Gini"), l.pick("泰尔指数", "Theil T")]
        titles += a.dimensions.map { l.pick("组间占比\n（\(l.dimension($0))）", "Between share\n(\(l.dimension($0).lowercased()))") }
        try w.header(titles, row: row)
        for indicator in ImbalanceIndicator.allCases {
            row += 1
            let d = a.dispersion(indicator)
            try w.text(l.indicator(indicator), row, 0)
            try w.number(d.n, row, 1)
            try w.optional(d.mean, row, 2, style(indicator))
            try w.optional(d.cv, row, 3, Styles.threeDecimals)
            try w.optional(d.weightedCV, row, 4, Styles.threeDecimals)
            try w.optional(d.gini, row, 5, Styles.threeDecimals)
            try w.optional(d.theil, row, 6, Styles.threeDecimals)
            for (i, share) in d.betweenShare.enumerated() { try w.optional(share, row, 7 + i, Styles.percent) }
        }
        row += 1
        try w.text(l.pick("变异系数 = 标准差 ÷ 均值；加权差异系数以\(weightName)为权重；组间占比 = 泰尔指数中组间差异所占比例。空白表示无法计算（如均值为 0）。",
                          "CV = SD ÷ mean; the weighted CV is weighted by \(weightName); between share = the part of Theil's T that lies between the groups. A blank cell cannot be computed (e.g. a mean of 0)."),
                   row, 0, Styles.note, measure: false)
        row += 2

        for dimension in a.dimensions where !dimension.isPairwise {
            try w.text(l.pick("按\(l.dimension(dimension))分组", "By \(l.dimension(dimension).lowercased())"), row, 0, Styles.section, measure: false)
            row += 1
            // Two header rows: each indicator over its n and mean columns.
            try w.text(l.dimension(dimension), row, 0, Styles.header)
            for (i, indicator) in ImbalanceIndicator.allCases.enumerated() {
                try w.merged(l.indicator(indicator), row, (1 + 2 * i)...(2 + 2 * i), Styles.header)
            }
            row += 1
            var titles = [""]
            for _ in ImbalanceIndicator.allCases { titles += ["n", l.pick("均值", "mean")] }
            try w.header(titles, row: row, lines: 1)
            let groups = a.split(.attendance_rate, dimension)!.groups.map(\.group)
            let allGroups = ImbalanceIndicator.allCases.flatMap { a.split($0, dimension)!.groups.map(\.group) }
            let ordered = (groups + allGroups).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            for group in ordered {
                row += 1
                try w.text(l.group(group, of: dimension), row, 0)
                for (i, indicator) in ImbalanceIndicator.allCases.enumerated() {
                    let stat = a.split(indicator, dimension)!.groups.first { $0.group == group }
                    try w.number(stat?.n ?? 0, row, 1 + 2 * i)
                    try w.optional(stat?.mean, row, 2 + 2 * i, style(indicator))
                }
            }
            row += 2
        }

        // Clustered columns of the three rates, one chart per pairwise dimension, side by side
        // to the right of the pairwise tables (placed once the columns have their widths).
        let widths = try w.fitColumns(minimum: 8, maximum: 24)
        let chartColumn = 9
        let pairwiseRows = (chartRanges.first.map { $0.1 - 2 } ?? 3)...(chartRanges.last.map { $0.1 + ImbalanceIndicator.allCases.count - 1 } ?? 20)
        let chartHeight = max(240, (pairwiseRows.count) * 20)
        var column = chartColumn
        for (dimension, firstRow) in chartRanges {
            let chart = try workbook.addChart(.column)
            let groups = dimension.fixedGroups.map { l.group($0, of: dimension) }
            try chart.setTitle(l.pick("\(groups[0])与\(groups[1])对比", "\(groups[0].prefix(1).uppercased())\(groups[0].dropFirst()) vs \(groups[1])"))
            try chart.setValueAxisTitle(l.pick("均值", "Mean"))
            try chart.setValueAxisNumberFormat("0%")
            try chart.setValueAxisBounds(min: 0, max: 1)
            try chart.setLegend(.bottom)
            let rates = firstRow...(firstRow + 2)
            try chart.addSeries(name: groups[0], categories: CellRange(sheet: w.name, column: 0, rows: rates),
                                values: CellRange(sheet: w.name, column: 2, rows: rates), colour: 0x2E75B6)
            try chart.addSeries(name: groups[1], categories: CellRange(sheet: w.name, column: 0, rows: rates),
                                values: CellRange(sheet: w.name, column: 4, rows: rates), colour: 0xED7D31)
            // About 330 pixels, widened to end where a column ends, so the next chart starts
            // right beside it (a column of width w is about 7w + 5 pixels).
            var width = 0
            let first = column
            while width < 330 {
                width += Int((widths[column] ?? 8.43) * 7 + 5)
                column += 1
            }
            try chart.setSize(width: width - 4, height: chartHeight)
            try w.sheet.insertChart(chart, row: pairwiseRows.lowerBound, column: first)
        }

        // One page: the comparisons with their charts, the spread and the extra groupings.
        try w.print(title: data.title, repeatRows: nil, fit: .onePage, zh: l.zh)
        return w
    }

    private var weightName: String {
        switch data.config.weightColumn {
        case .party_members: labels.pick("党员数", "party members")
        case .students: labels.pick("学生数", "students")
        case .teachers: labels.pick("教师数", "teachers")
        }
    }
}
