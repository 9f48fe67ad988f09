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

    func write(into workbook: Workbook) throws -> SheetWriter {
        let l = labels
        let name = l.text(Catalogue.Sheets.monthly)
        let w = SheetWriter(try workbook.addWorksheet(name), name: name)
        try w.sheet.setScreenGridlines(false)
        try w.sheet.setRow(0, height: 24)
        try w.text(data.sheetTitle(l.text(Words.title(year: data.year))), 0, 0, Styles.title, measure: false)
        try w.text(l.text(Words.countsNote), 1, 0, Styles.note, measure: false)
        let asOf = data.indicators.asOf
        try w.text(l.text(data.asOfDuringYear.map(Catalogue.Periods.monthlyCompletionNote) ?? Words.completionNote),
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
        try w.header([l.text(Words.item)] + months.map { monthHeader($0.month) } + [l.text(Words.year)], row: headerRow)
        var row = headerRow

        func section(_ title: String) throws {
            row += 1
            try w.text(title, row, 0, Styles.group)
            for c in 1...yearColumn { try w.sheet.writeBlank(row: row, column: c, style: Styles.group) }
        }
        /// A count per month and the year's total, "—" where its log is missing.
        func counts(_ label: String, _ values: [Int?], total: Int?) throws {
            row += 1
            try w.text(label, row, 0, Styles.indented)
            for (i, n) in values.enumerated() { try w.count(n, row, 1 + i) }
            try w.count(total, row, yearColumn, Styles.countTotal)
        }

        let totals = data.indicators.totals
        try section(l.text(Words.meetings))
        for (t, type) in MeetingType.allCases.enumerated() {
            try counts(l.name(type), months.map { $0.meetingsByType?[t] }, total: totals.meetings(type))
        }
        try section(l.text(Words.otherActivity))
        try counts(l.text(Words.lectures), months.map(\.lectures), total: totals.lectures)
        try counts(l.text(Words.trainings), months.map(\.trainings), total: totals.trainings)
        // Inactive branches have no year's total.
        row += 1
        try w.text(l.text(Words.inactiveBranches), row, 0, Styles.indented)
        for (i, m) in months.enumerated() { try w.count(m.inactiveSites, row, 1 + i) }
        try w.optional(nil, row, yearColumn, Styles.countTotal)

        try section(l.text(Words.completion))
        var lowest = 1.0
        // The norms with a line on the chart: a missing log's norms have none.
        var charted: [(key: NormKey, row: Int)] = []
        for (k, key) in NormKey.allCases.enumerated() {
            row += 1
            let missing = data.indicators.isMissing(key.log)
            try w.text(l.text(Catalogue.Sheets.norm(key)), row, 0, Styles.indented)
            for (i, m) in months.enumerated() {
                try w.optional(m.completion[k], row, 1 + i, Styles.percent, unavailable: missing)
                if let rate = m.completion[k] { lowest = min(lowest, rate) }
            }
            try w.optional(asOfMonth.completion[k], row, yearColumn, Styles.percentTotal, unavailable: missing)
            if !missing { charted.append((key, row)) }
        }
        try w.sheet.freezePanes(row: headerRow + 1, column: 1)

        // As wide as the table (a column of width w is about 7w + 5 pixels).
        let widths = try w.fitColumns(minimum: 7.5, maximum: 30)
        if !charted.isEmpty {
            try chart(charted, lowest: lowest, widths: widths, headerRow: headerRow, row: row, into: workbook, w)
        }
        try w.print(title: data.sheetTitle(data.title), repeatRows: nil, fit: .onePage, labels: l)
        return w
    }

    /// The completions, one line per norm; the value axis starts at the tens of percent below
    /// the lowest value, so lines close to 100 % stay apart.
    private func chart(
        _ charted: [(key: NormKey, row: Int)], lowest: Double, widths: [Int: Double], headerRow: Int, row: Int,
        into workbook: Workbook, _ w: SheetWriter
    ) throws {
        let l = labels
        let months = data.indicators.monthly
        let yearColumn = months.count + 1
        let chart = try workbook.addChart(.line)
        try chart.setTitle(l.text(Words.chartTitle))
        try chart.setCategoryAxisTitle(l.text(Words.chartMonth))
        try chart.setValueAxisTitle(l.text(Words.chartCompletion))
        try chart.setValueAxisNumberFormat("0%")
        try chart.setValueAxisBounds(min: max(0, min(0.9, (lowest * 10).rounded(.down) / 10)), max: 1)
        try chart.setLegend(.bottom)
        for (key, r) in charted {
            try chart.addSeries(
                name: l.text(Catalogue.Sheets.norm(key)),
                categories: CellRange(sheet: w.name, row: headerRow, columns: 1...months.count),
                values: CellRange(sheet: w.name, row: r, columns: 1...months.count))
        }
        let tableWidth = (0...yearColumn).reduce(0.0) { $0 + (widths[$1] ?? 8.43) * 7 + 5 }
        try chart.setSize(width: Int(tableWidth), height: 280)
        try w.sheet.insertChart(chart, row: row + 2, column: 0)
    }
}
