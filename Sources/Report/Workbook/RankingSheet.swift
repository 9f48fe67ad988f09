import Indicators
import Model
import XLSX

/// Sheet 5: the sites with a branch by rank, with stars; the bottom N (末位) highlighted.
struct RankingSheet {
    let data: ReviewData
    let labels: Labels

    func write(into workbook: Workbook) throws -> SheetWriter {
        let l = labels
        let w = SheetWriter(try workbook.addWorksheet(l.rankingSheet), name: l.rankingSheet)
        let bottom = Set(data.indicators.bottom)
        try w.text(l.pick("综合得分排名（末位 \(bottom.count) 个单位以红色标出）", "Ranking by score (the bottom \(bottom.count) in red)"), 0, 0, Styles.title, measure: false)
        let headerRow = 2
        try w.header([l.pick("排名", "Rank"), l.pick("单位编码", "Site id"), l.pick("单位名称", "Name"),
                      l.pick("城乡", "Locale"), l.pick("办学性质", "Ownership"), l.pick("学段", "Level"),
                      l.pick("得分", "Score"), l.pick("星级", "Stars"), "★", l.pick("三会一课完成率", "Sanhui-yike"),
                      l.pick("主题党日完成率", "Party day"), l.pick("参会率", "Attendance"), l.pick("末位", "Bottom")], row: headerRow)
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
            try w.text(bottom.contains(site.site.id) ? l.pick("末位", "bottom") : "", row, 12, Styles.centered)
        }
        if !ranked.isEmpty {
            let area = CellArea(firstRow: headerRow + 1, firstColumn: 0, lastRow: headerRow + ranked.count, lastColumn: 12)
            let flag = "$" + CellReference.cell(row: area.firstRow, column: 12)
            try w.sheet.addConditionalFormat(.formula("\(flag)<>\"\"", style: Styles.bad), to: area)
        } else if data.indicators.sites.contains(where: \.hasBranch) {
            try w.text(l.text(Catalogue.Figures.nothingRanked), headerRow + 1, 0, Styles.note, measure: false)
        } else {
            try w.text(l.pick("没有建有独立党支部的单位，无排名。", "No site has a branch of its own: nothing to rank."), headerRow + 1, 0, Styles.note, measure: false)
        }
        try w.sheet.freezePanes(row: headerRow + 1, column: 0)
        w.cap(2, 26)
        try w.fitColumns(minimum: 6, maximum: 36)
        try w.print(title: data.title, repeatRows: headerRow...headerRow, fit: .onePageWide, zh: l.zh)
        return w
    }
}
