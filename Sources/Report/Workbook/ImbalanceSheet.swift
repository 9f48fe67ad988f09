import Indicators
import Model
import XLSX

private typealias Words = Catalogue.Sheets.Imbalance

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

    func make() -> SheetModel {
        let l = labels
        let a = data.imbalance
        let name = l.text(Catalogue.Sheets.imbalance)
        let w = SheetBuilder(name: name)
        w.hideGridlines()
        w.text(data.sheetTitle(l.text(Words.title)), 0, 0, Styles.title, measure: false)
        w.text(l.text(Words.note), 1, 0, Styles.note, measure: false)

        var row = 3
        var chartRanges: [(ImbalanceDimension, Int)] = []
        for dimension in a.dimensions where dimension.isPairwise {
            let groups = dimension.fixedGroups.map { l.groupName($0, of: dimension) }
            w.text(l.text(Words.by(l.dimensionName(dimension))), row, 0, Styles.section, measure: false)
            row += 1
            w.header([l.text(Catalogue.Sheets.indicator), "\(l.text(groups[0])) n", l.text(Words.groupMean(groups[0])),
                          "\(l.text(groups[1])) n", l.text(Words.groupMean(groups[1]))]
                         + [Words.gap, Words.ratio, Words.pValue, Words.significant].map(l.text), row: row)
            chartRanges.append((dimension, row + 1))
            var tooFew = false
            for indicator in ImbalanceIndicator.allCases {
                row += 1
                let split = a.split(indicator, dimension)!
                w.text(l.indicator(indicator), row, 0)
                w.number(split.groups[0].n, row, 1)
                w.optional(split.groups[0].mean, row, 2, style(indicator))
                w.number(split.groups[1].n, row, 3)
                w.optional(split.groups[1].mean, row, 4, style(indicator))
                // A group of fewer than 5 sites is not compared (rules §4.4): the means and n
                // stay, "too few sites" stands for the gap, ratio, p-value and verdict.
                if split.hasTooFewSites {
                    tooFew = true
                    w.merged(l.text(Words.tooFewSites), row, 5...8, Styles.unavailable)
                    continue
                }
                w.optional(split.gap, row, 5, style(indicator))
                w.optional(split.ratio, row, 6, Styles.twoDecimals)
                w.optional(split.pValue, row, 7, Styles.pValue)
                let significant = split.pValue.map { $0 < ImbalanceAnalysis.significanceLevel }
                w.text(significant.map { $0 ? l.yes : l.no } ?? "—", row, 8, Styles.centered)
            }
            if tooFew {
                row += 1
                w.text(l.text(Words.tooFewSitesNote(minimum: DimensionSplit.minimumGroupSize)), row, 0, Styles.note, measure: false)
            }
            row += 2
        }

        w.text(l.text(Words.spread), row, 0, Styles.section, measure: false)
        row += 1
        var titles = [l.text(Catalogue.Sheets.indicator), "n"]
            + [Words.mean, Words.cv, Words.weightedCV, Words.gini, Words.theil].map(l.text)
        titles += a.dimensions.map { l.text(Words.betweenShare(l.dimensionName($0))) }
        w.header(titles, row: row)
        for indicator in ImbalanceIndicator.allCases {
            row += 1
            let d = a.dispersion(indicator)
            w.text(l.indicator(indicator), row, 0)
            w.number(d.n, row, 1)
            w.optional(d.mean, row, 2, style(indicator))
            w.optional(d.cv, row, 3, Styles.threeDecimals)
            w.optional(d.weightedCV, row, 4, Styles.threeDecimals)
            w.optional(d.gini, row, 5, Styles.threeDecimals)
            w.optional(d.theil, row, 6, Styles.threeDecimals)
            for (i, share) in d.betweenShare.enumerated() { w.optional(share, row, 7 + i, Styles.percent) }
        }
        row += 1
        w.text(l.text(Words.spreadNote(weight: weightColumn)), row, 0, Styles.note, measure: false)
        row += 2

        for dimension in a.dimensions where !dimension.isPairwise {
            w.text(l.text(Words.groupedBy(l.dimensionName(dimension))), row, 0, Styles.section, measure: false)
            row += 1
            // Two header rows: each indicator over its n and mean columns.
            w.text(l.dimension(dimension), row, 0, Styles.header)
            for (i, indicator) in ImbalanceIndicator.allCases.enumerated() {
                w.merged(l.indicator(indicator), row, (1 + 2 * i)...(2 + 2 * i), Styles.header)
            }
            row += 1
            var titles = [""]
            for _ in ImbalanceIndicator.allCases { titles += ["n", l.text(Words.meanColumn)] }
            w.header(titles, row: row, lines: 1)
            let groups = a.split(.attendance_rate, dimension)!.groups.map(\.group)
            let allGroups = ImbalanceIndicator.allCases.flatMap { a.split($0, dimension)!.groups.map(\.group) }
            let ordered = (groups + allGroups).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            for group in ordered {
                row += 1
                w.text(l.group(group, of: dimension), row, 0)
                for (i, indicator) in ImbalanceIndicator.allCases.enumerated() {
                    let stat = a.split(indicator, dimension)!.groups.first { $0.group == group }
                    w.number(stat?.n ?? 0, row, 1 + 2 * i)
                    w.optional(stat?.mean, row, 2 + 2 * i, style(indicator))
                }
            }
            row += 2
        }

        // Clustered columns of the three rates, one chart per pairwise dimension, side by side
        // to the right of the pairwise tables (placed once the columns have their widths).
        let widths = w.fitColumns(minimum: 8, maximum: 24)
        let chartColumn = 9
        let pairwiseRows = (chartRanges.first.map { $0.1 - 2 } ?? 3)...(chartRanges.last.map { $0.1 + ImbalanceIndicator.allCases.count - 1 } ?? 20)
        let chartHeight = max(240, (pairwiseRows.count) * 20)
        var column = chartColumn
        for (dimension, firstRow) in chartRanges {
            let groupNames = dimension.fixedGroups.map { l.groupName($0, of: dimension) }
            let groups = groupNames.map(l.text)
            let rates = firstRow...(firstRow + 2)
            // About 330 pixels, widened to end where a column ends, so the next chart starts
            // right beside it (a column of width w is about 7w + 5 pixels).
            var width = 0
            let first = column
            while width < 330 {
                width += Int((widths[column] ?? 8.43) * 7 + 5)
                column += 1
            }
            w.chart(SheetModel.ChartModel(
                kind: .column, title: l.text(Words.chartTitle(groupNames[0], groupNames[1])), categoryAxisTitle: nil,
                valueAxisTitle: l.text(Words.mean), valueAxisNumberFormat: "0%", valueAxisBounds: (0, 1), legend: .bottom,
                series: [
                    .init(name: groups[0], categories: CellRange(sheet: w.name, column: 0, rows: rates),
                          values: CellRange(sheet: w.name, column: 2, rows: rates), colour: 0x2E75B6),
                    .init(name: groups[1], categories: CellRange(sheet: w.name, column: 0, rows: rates),
                          values: CellRange(sheet: w.name, column: 4, rows: rates), colour: 0xED7D31),
                ],
                size: (width - 4, chartHeight), row: pairwiseRows.lowerBound, column: first))
        }

        // One page: the comparisons with their charts, the spread and the extra groupings.
        w.print(title: data.sheetTitle(data.title), repeatRows: nil, fit: .onePage, labels: l)
        return w.model
    }

    /// The register's column that weighs the weighted CV.
    private var weightColumn: ColumnSpec {
        LogSchema.column(data.config.weightColumn.rawValue, of: .sites)!
    }
}
