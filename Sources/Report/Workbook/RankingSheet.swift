import Indicators
import Model
import XLSX

private typealias Words = Catalogue.Sheets.Ranking

/// Sheet 5: the sites with a branch by rank, with stars; the bottom N (末位) highlighted.
struct RankingSheet {
    let data: ReviewData
    let labels: Labels

    func make() -> SheetModel {
        let l = labels
        typealias S = Catalogue.Sheets
        let name = l.text(S.ranking)
        let w = SheetBuilder(name: name)
        let bottom = Set(data.indicators.bottom)
        w.text(data.sheetTitle(l.text(title)), 0, 0, Styles.title, measure: false)
        let headerRow = 1
        w.header([S.rank, S.siteID, S.siteName, S.locale, S.ownership, S.level, S.score, S.stars].map(l.text) + ["★"]
                     + [Words.sanhui, Words.partyDay, S.attendance, Words.bottom].map(l.text), row: headerRow)
        let ranked = data.indicators.sites.filter { $0.rank != nil }.sorted { $0.rank! < $1.rank! }
        for (i, site) in ranked.enumerated() {
            let row = headerRow + 1 + i
            // A name that wraps gets its lines' height from fitColumns, which comes later.
            w.setRow(row, height: Self.rowHeight)
            w.number(site.rank!, row, 0)
            w.text(site.site.id, row, 1)
            w.text(site.site.name, row, 2, Styles.name)
            w.text(l.name(site.site.locale), row, 3)
            w.text(l.name(site.site.ownership), row, 4)
            w.text(l.name(site.site.level), row, 5)
            w.optional(site.score, row, 6, Styles.oneDecimal)
            w.optional(site.stars.map(Double.init), row, 7, Styles.count)
            w.text(l.stars(site.stars ?? 0), row, 8, Styles.stars)
            let ind = data.indicators
            w.optional(site.sanhuiRate, row, 9, Styles.percent, unavailable: ind.isMissing(.meetings) || ind.isMissing(.lectures))
            w.optional(site.partyDayRate, row, 10, Styles.percent, unavailable: ind.isMissing(.meetings))
            w.optional(site.attendanceRate, row, 11, Styles.percent, unavailable: ind.isMissing(.meetings))
            w.text(bottom.contains(site.site.id) ? l.text(Words.bottomMark) : "", row, 12, Styles.centered)
        }
        if !ranked.isEmpty {
            let area = CellArea(firstRow: headerRow + 1, firstColumn: 0, lastRow: headerRow + ranked.count, lastColumn: 12)
            let flag = "$" + CellReference.cell(row: area.firstRow, column: 12)
            w.conditionalFormat(.formula("\(flag)<>\"\"", style: Styles.bad), area)
        } else if data.indicators.sites.contains(where: \.isScorable) {
            w.text(l.text(Catalogue.Figures.nothingRanked), headerRow + 1, 0, Styles.note, measure: false)
        } else if data.indicators.sites.contains(where: \.hasBranch) {
            w.text(l.text(Catalogue.Figures.noPeriodEnded), headerRow + 1, 0, Styles.note, measure: false)
        } else {
            w.text(l.text(Words.noBranch), headerRow + 1, 0, Styles.note, measure: false)
        }
        w.freezePanes(row: headerRow + 1, column: 0)
        w.cap(2, 30)
        let widths = w.fitColumns(minimum: 6, maximum: 36)
        w.print(title: data.sheetTitle(data.title), repeatRows: headerRow...headerRow, fit: .scale(Self.printScale(widths)), labels: l,
                    margins: Self.margins)
        return w.model
    }

    // Printed at 82 %, where the 11-point text is 9 points, with data rows of one line's height
    // and margins a little narrower than the other sheets', A4 landscape holds at least 40 rows
    // a page under the title and the repeated header (248 ranked sites: 6 pages, not 8).
    static let rowHeight = 14.25
    static let margins = PageSetup.Margins(left: 0.3, right: 0.3, top: 0.4, bottom: 0.5)

    /// 82 %, or less when the columns would not fit one page wide at that (very long site ids or
    /// names). A4 landscape less the side margins is 799 points; a column w characters wide
    /// takes at most 7w points (LibreOffice without Calibri measures characters in DejaVu Sans,
    /// wider than Calibri's 7 pixels).
    static func printScale(_ widths: [Int: Double]) -> Int {
        let points = widths.values.reduce(0) { $0 + 7 * $1 }
        // Bounded before the conversion: no widths (799 / 0) must not trap.
        return Int(max(10, min(82, 799 / points * 100)))
    }

    /// How many sites are marked and why (rules §4.2), or why none is.
    private var title: Localized {
        let ind = data.indicators
        if !ind.bottom.isEmpty {
            return Words.title(marked: ind.bottom.count, bottomN: data.config.bottomN, shareMillionths: data.config.bottomShareMillionths)
        }
        if !ind.sites.contains(where: { $0.rank != nil }) { return Words.titleNothingRanked }
        return ind.bottomLimit == 0 ? Words.titleNoBottomList : Words.titleNoneBelowMean
    }
}
