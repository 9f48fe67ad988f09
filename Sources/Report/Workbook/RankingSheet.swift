import Indicators
import Model
import XLSX

private typealias Words = Catalogue.Sheets.Ranking

/// Sheet 5: the sites with a branch by rank, with stars; the bottom N (末位) highlighted.
struct RankingSheet {
    let data: ReviewData
    let labels: Labels

    func write(into workbook: Workbook) throws -> SheetWriter {
        let l = labels
        typealias S = Catalogue.Sheets
        let name = l.text(S.ranking)
        let w = SheetWriter(try workbook.addWorksheet(name), name: name)
        let bottom = Set(data.indicators.bottom)
        try w.text(data.sheetTitle(l.text(Words.title(bottom: bottom.count))), 0, 0, Styles.title, measure: false)
        let headerRow = 2
        try w.header([S.rank, S.siteID, S.siteName, S.locale, S.ownership, S.level, S.score, S.stars].map(l.text) + ["★"]
                     + [Words.sanhui, Words.partyDay, S.attendance, Words.bottom].map(l.text), row: headerRow)
        let ranked = data.indicators.sites.filter { $0.rank != nil }.sorted { $0.rank! < $1.rank! }
        for (i, site) in ranked.enumerated() {
            let row = headerRow + 1 + i
            try w.number(site.rank!, row, 0)
            try w.text(site.site.id, row, 1)
            try w.text(site.site.name, row, 2, Styles.name)
            try w.text(l.name(site.site.locale), row, 3)
            try w.text(l.name(site.site.ownership), row, 4)
            try w.text(l.name(site.site.level), row, 5)
            try w.optional(site.score, row, 6, Styles.oneDecimal)
            try w.optional(site.stars.map(Double.init), row, 7, Styles.count)
            try w.text(l.stars(site.stars ?? 0), row, 8, Styles.stars)
            let ind = data.indicators
            try w.optional(site.sanhuiRate, row, 9, Styles.percent, unavailable: ind.isMissing(.meetings) || ind.isMissing(.lectures))
            try w.optional(site.partyDayRate, row, 10, Styles.percent, unavailable: ind.isMissing(.meetings))
            try w.optional(site.attendanceRate, row, 11, Styles.percent, unavailable: ind.isMissing(.meetings))
            try w.text(bottom.contains(site.site.id) ? l.text(Words.bottomMark) : "", row, 12, Styles.centered)
        }
        if !ranked.isEmpty {
            let area = CellArea(firstRow: headerRow + 1, firstColumn: 0, lastRow: headerRow + ranked.count, lastColumn: 12)
            let flag = "$" + CellReference.cell(row: area.firstRow, column: 12)
            try w.sheet.addConditionalFormat(.formula("\(flag)<>\"\"", style: Styles.bad), to: area)
        } else if data.indicators.sites.contains(where: \.isScorable) {
            try w.text(l.text(Catalogue.Figures.nothingRanked), headerRow + 1, 0, Styles.note, measure: false)
        } else if data.indicators.sites.contains(where: \.hasBranch) {
            try w.text(l.text(Catalogue.Figures.noPeriodEnded), headerRow + 1, 0, Styles.note, measure: false)
        } else {
            try w.text(l.text(Words.noBranch), headerRow + 1, 0, Styles.note, measure: false)
        }
        try w.sheet.freezePanes(row: headerRow + 1, column: 0)
        w.cap(2, 26)
        try w.fitColumns(minimum: 6, maximum: 36)
        try w.print(title: data.sheetTitle(data.title), repeatRows: headerRow...headerRow, fit: .onePageWide, labels: l)
        return w
    }
}
