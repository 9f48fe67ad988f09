import Indicators
import Model
import XLSX

private typealias Words = Catalogue.Sheets.Monthly

/// Sheet 2: the monthly dispatch (rules §4.3) as a dispatch table reads on paper — the months across,
/// one row per count and per norm's cumulative completion, with the year's column last — and a
/// line chart of the completions below it.
struct MonthlySheet {
    let data: ReviewData
    let labels: Labels

    func make() -> SheetModel {
        let l = labels
        let name = l.text(Catalogue.Sheets.monthly)
        let w = SheetBuilder(name: name)
        w.hideGridlines()
        w.setRow(0, height: 24)
        w.text(data.sheetTitle(l.text(Words.title(year: data.year))), 0, 0, Styles.title, measure: false)
        w.text(l.text(Words.countsNote), 1, 0, Styles.note, measure: false)
        let asOf = data.indicators.asOf
        w.text(l.text(data.asOfDuringYear.map(Catalogue.Periods.monthlyCompletionNote) ?? Words.completionNote),
                   2, 0, Styles.note, measure: false)

        let headerRow = 4
        let months = data.indicators.monthly
        let yearColumn = months.count + 1
        // An as-of run: the months after the as-of month are empty, and the as-of month, counted
        // up to the date, is marked as partial; the year column holds the values as of the date.
        let asOfMonth = months[asOf.month - 1]
        func monthHeader(_ m: Int) -> String {
            let partial = m == asOf.month && asOf != Day.endOf(month: m, year: asOf.year)
            return l.text(partial ? Catalogue.Periods.monthUpTo(Words.month(m), day: asOf.day) : Words.month(m))
        }
        w.header([l.text(Words.item)] + months.map { monthHeader($0.month) } + [l.text(Words.year)], row: headerRow)
        var row = headerRow

        func section(_ title: String) {
            row += 1
            w.text(title, row, 0, Styles.group)
            for c in 1...yearColumn { w.cell(.blank, row, c, Styles.group) }
        }
        /// A count per month and the year's total, "—" where its log is missing.
        func counts(_ label: String, _ values: [Int?], total: Int?) {
            row += 1
            w.text(label, row, 0, Styles.indented)
            for (i, n) in values.enumerated() { w.count(n, row, 1 + i) }
            w.count(total, row, yearColumn, Styles.countTotal)
        }

        let totals = data.indicators.totals
        section(l.text(Words.meetings))
        for (t, type) in MeetingType.allCases.enumerated() {
            counts(l.name(type), months.map { $0.meetingsByType?[t] }, total: totals.meetings(type))
        }
        section(l.text(Words.otherActivity))
        counts(l.text(Words.lectures), months.map(\.lectures), total: totals.lectures)
        counts(l.text(Words.trainings), months.map(\.trainings), total: totals.trainings)
        // Inactive branches have no year's total.
        row += 1
        w.text(l.text(Words.inactiveBranches), row, 0, Styles.indented)
        for (i, m) in months.enumerated() { w.count(m.inactiveSites, row, 1 + i) }
        w.optional(nil, row, yearColumn, Styles.countTotal)

        section(l.text(Words.completion))
        var lowest = 1.0
        // The norms with a line on the chart: a missing log's norms have none.
        var charted: [(key: NormKey, row: Int)] = []
        for (k, key) in NormKey.allCases.enumerated() {
            row += 1
            let missing = data.indicators.isMissing(key.log)
            w.text(l.text(Catalogue.Sheets.norm(key)), row, 0, Styles.indented)
            for (i, m) in months.enumerated() {
                w.optional(m.completion[k], row, 1 + i, Styles.percent, unavailable: missing)
                if let rate = m.completion[k] { lowest = min(lowest, rate) }
            }
            w.optional(asOfMonth.completion[k], row, yearColumn, Styles.percentTotal, unavailable: missing)
            if !missing { charted.append((key, row)) }
        }
        w.freezePanes(row: headerRow + 1, column: 1)

        // As wide as the table (a column of width w is about 7w + 5 pixels).
        let widths = w.fitColumns(minimum: 7.5, maximum: 30)
        if !charted.isEmpty {
            w.chart(chart(charted, lowest: lowest, widths: widths, headerRow: headerRow, row: row, sheet: w.name))
        }
        w.print(title: data.sheetTitle(data.title), repeatRows: nil, fit: .onePage, labels: l)
        return w.model
    }

    /// The completions, one line per norm; the value axis starts at the tens of percent below
    /// the lowest value, so lines close to 100 % stay apart.
    private func chart(
        _ charted: [(key: NormKey, row: Int)], lowest: Double, widths: [Int: Double], headerRow: Int, row: Int,
        sheet: String
    ) -> SheetModel.ChartModel {
        let l = labels
        let months = data.indicators.monthly
        let yearColumn = months.count + 1
        let tableWidth = (0...yearColumn).reduce(0.0) { $0 + (widths[$1] ?? 8.43) * 7 + 5 }
        return SheetModel.ChartModel(
            kind: .line, title: l.text(Words.chartTitle), categoryAxisTitle: l.text(Words.chartMonth),
            valueAxisTitle: l.text(Words.chartCompletion), valueAxisNumberFormat: "0%",
            valueAxisBounds: (max(0, min(0.9, (lowest * 10).rounded(.down) / 10)), 1), legend: .bottom,
            series: charted.map { key, r in
                SheetModel.ChartModel.Series(
                    name: l.text(Catalogue.Sheets.norm(key)),
                    categories: CellRange(sheet: sheet, row: headerRow, columns: 1...months.count),
                    values: CellRange(sheet: sheet, row: r, columns: 1...months.count))
            },
            size: (Int(tableWidth), 280), row: row + 2, column: 0)
    }
}
