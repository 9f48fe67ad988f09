import Indicators
import Model
import XLSX

/// Sheet 2: the monthly dispatch matrix (§4.3) and a line chart of each norm's cumulative
/// completion.
struct MonthlySheet {
    let data: ReviewData
    let labels: Labels

    func write(into workbook: Workbook) throws -> SheetWriter {
        let l = labels
        let w = SheetWriter(try workbook.addWorksheet(l.monthlySheet), name: l.monthlySheet)
        try w.text(l.pick("\(data.year)年月度调度（一月一调度）", "Monthly dispatch \(data.year)"), 0, 0, Styles.title, measure: false)
        try w.text(l.pick("会议与党课按月计数（含机关）；“无组织生活的支部”为当月已建支部但无任何组织生活的单位数；完成进度为截至当月末已结束周期的累计达标比例。",
                          "Counts per month (bureau included); inactive = sites with a branch and no organisational life that month; completion = cumulative share of ended periods that met the norm."),
                   1, 0, Styles.note, measure: false)
        let headerRow = 3
        var titles = [l.pick("月份", "Month")]
        titles += MeetingType.allCases.map(l.meetingType)
        titles += [l.pick("党课", "Lectures"), l.pick("培训班", "Trainings"), l.pick("无组织生活的支部", "Inactive branches")]
        let completionStart = titles.count
        titles += NormKey.allCases.map { l.pick("\(l.norm($0))完成进度", "\(l.norm($0)) completion") }
        try w.header(titles, row: headerRow)
        try w.sheet.setRow(headerRow, height: 45)

        for m in data.indicators.monthly {
            let row = headerRow + m.month
            try w.text(l.pick("\(m.month)月", monthName(m.month)), row, 0, Styles.centered)
            var c = 1
            for n in m.meetingsByType { try w.number(n, row, c); c += 1 }
            try w.number(m.lectures, row, c); c += 1
            try w.number(m.trainings, row, c); c += 1
            try w.number(m.inactiveSites, row, c); c += 1
            for rate in m.completion { try w.optional(rate, row, c, Styles.percent); c += 1 }
        }
        let lastRow = headerRow + 12
        try w.sheet.freezePanes(row: headerRow + 1, column: 1)

        let chart = try workbook.addChart(.line)
        try chart.setTitle(l.pick("组织生活规范累计完成进度", "Cumulative completion of the norms"))
        try chart.setCategoryAxisTitle(l.pick("月份", "Month"))
        try chart.setValueAxisTitle(l.pick("完成进度", "Completion"))
        try chart.setValueAxisNumberFormat("0%")
        try chart.setValueAxisBounds(min: 0, max: 1)
        try chart.setLegend(.bottom)
        for (i, _) in NormKey.allCases.enumerated() {
            let column = completionStart + i
            try chart.addSeries(
                name: titles[column],
                categories: CellRange(sheet: w.name, column: 0, rows: (headerRow + 1)...lastRow),
                values: CellRange(sheet: w.name, column: column, rows: (headerRow + 1)...lastRow))
        }
        try chart.setSize(width: 900, height: 380)
        try w.sheet.insertChart(chart, row: lastRow + 2, column: 0)

        try w.fitColumns(minimum: 7, maximum: 14)
        try w.print(title: data.title, repeatRows: headerRow...headerRow, repeatColumns: 0...0, fitWide: true, language: l.zh)
        return w
    }

    private func monthName(_ m: Int) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    }
}
