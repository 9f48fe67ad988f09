import Indicators
import Model
import XLSX

private typealias Words = Catalogue.Sheets.Overdue

/// Sheet 9: the overdue list (督办清单, rules §4.6) the monthly dispatch meeting prints — grouped by
/// school, the school's name, locale, ownership, district and count of overdue periods on its
/// first row, then one row per period with the norm, what was required and what was held. The
/// site id is on every row, so a page that begins inside a school's group still says whose it is.
struct OverdueSheet {
    let data: ReviewData
    let labels: Labels

    func make() -> SheetModel {
        let l = labels
        typealias S = Catalogue.Sheets
        let name = l.text(S.overdue)
        let w = SheetBuilder(name: name)
        let ind = data.indicators
        let list = ind.overdue
        let groups = Self.groups(list)

        let title: Localized
        if !list.isEmpty {
            title = Words.title(asOf: ind.asOf, sites: groups.count, periods: list.count)
        } else if !ind.sites.contains(where: \.hasBranch) {
            title = Words.noBranch(asOf: ind.asOf)
        } else if !ind.sites.contains(where: \.isScorable) || (ind.isMissing(.meetings) && ind.isMissing(.lectures)) {
            // An empty list that checked nothing must not read as "all done".
            title = Words.nothingChecked(asOf: ind.asOf)
        } else {
            title = Words.allDone(asOf: ind.asOf)
        }
        w.setRow(0, height: 24)
        w.text(l.text(title), 0, 0, Styles.title, measure: false)
        var row = 1
        w.text(l.text(Words.note), row, 0, Styles.note, measure: false)
        // The norms of a missing log are not checked (rules §2): say so, or the list would read as
        // if they were all met.
        for log in [LogKind.meetings, .lectures] where ind.isMissing(log) {
            row += 1
            let norms = NormKey.allCases.filter { $0.log == log }.map(S.norm)
            w.text(l.text(Words.notChecked(log: S.log(log), norms: norms)), row, 0, Styles.note, measure: false)
        }
        let finish = { (repeatRows: ClosedRange<Int>?) in
            w.fitColumns(minimum: 6, maximum: 30)
            w.print(title: data.sheetTitle(data.title), repeatRows: repeatRows, fit: .onePageWide, labels: l)
        }
        guard !list.isEmpty else {
            finish(nil)
            return w.model
        }

        let headerRow = row + 2
        w.header([S.siteID, S.siteName, S.locale, S.ownership, S.Sites.district, Words.count,
                      Words.norm, Words.period, Words.required, Words.held].map(l.text), row: headerRow, lines: 1)
        let sites = Dictionary(ind.sites.map { ($0.site.id, $0.site) }, uniquingKeysWith: { first, _ in first })
        row = headerRow
        for group in groups {
            let site = sites[group.first!.siteID]!
            for (i, entry) in group.enumerated() {
                row += 1
                if i == 0 {
                    w.text(site.id, row, 0, Styles.groupText)
                    w.text(site.name, row, 1, Styles.groupName)
                    w.text(l.name(site.locale), row, 2, Styles.groupText)
                    w.text(l.name(site.ownership), row, 3, Styles.groupText)
                    w.text(site.district ?? "", row, 4, Styles.groupText)
                    w.number(group.count, row, 5, Styles.groupCount)
                } else {
                    w.text(site.id, row, 0, Styles.repeatedID)
                    for column in 1...5 { w.cell(.blank, row, column, Styles.text) }
                }
                w.text(l.text(S.norm(entry.norm)), row, 6)
                if entry.period.kind == .year, l.language == .en {
                    // `2017`: a number cell, or Excel flags a number stored as text.
                    w.number(entry.period.year, row, 7, Styles.yearPeriod)
                } else {
                    w.text(l.text(Words.period(entry.period)), row, 7)
                }
                w.number(entry.required, row, 8)
                w.number(entry.held, row, 9)
            }
        }
        w.freezePanes(row: headerRow + 1, column: 0)
        w.cap(1, 24)
        finish(headerRow...headerRow)
        return w.model
    }

    /// The list's entries by site, in the list's order (it is in site_id order).
    static func groups(_ list: [OverdueEntry]) -> [ArraySlice<OverdueEntry>] {
        var groups: [ArraySlice<OverdueEntry>] = []
        var start = list.startIndex
        for i in list.indices.dropFirst() where list[i].siteID != list[start].siteID {
            groups.append(list[start..<i])
            start = i
        }
        if start < list.endIndex { groups.append(list[start...]) }
        return groups
    }
}

extension Styles {
    /// The first row of a school's group on the overdue list: bold on a light fill.
    static let groupText = CellStyle(bold: true, fontName: font, backgroundColour: 0xF2F2F2, verticalAlignment: .top,
                                     thinBorder: true, borderColour: 0xBFBFBF)
    static let groupName = CellStyle(bold: true, fontName: font, backgroundColour: 0xF2F2F2, verticalAlignment: .top,
                                     wrapText: true, thinBorder: true, borderColour: 0xBFBFBF)
    static let groupCount = CellStyle(bold: true, fontName: font, backgroundColour: 0xF2F2F2, numberFormat: "#,##0",
                                      verticalAlignment: .top, thinBorder: true, borderColour: 0xBFBFBF)
    /// A year as a period in English (`2017`), aligned as the other periods' text.
    static let yearPeriod = CellStyle(fontName: font, numberFormat: "0", horizontalAlignment: .left, verticalAlignment: .top,
                                      thinBorder: true, borderColour: 0xBFBFBF)
    /// The site id on the group's other rows: grey, so the group's first row stands out.
    static let repeatedID = CellStyle(fontName: font, fontColour: 0x808080, verticalAlignment: .top, thinBorder: true,
                                      borderColour: 0xBFBFBF)
}
