import Foundation
import Indicators
import Model
import XLSX

private typealias Words = Catalogue.Sheets.Sites

/// Sheet 3: one row per non-bureau site with its attributes, counts and every value of rules §4.2, as an
/// Excel table with filters.
struct SitesSheet {
    let data: ReviewData
    let labels: Labels

    func make() -> SheetModel {
        let l = labels
        let name = l.text(Catalogue.Sheets.sites)
        let w = SheetBuilder(name: name)
        let sites = data.indicators.sites
        // A count column that is 0 for every school is left out (the bureau's meetings: the
        // bureau is not on this sheet), and a line above the table names it; a column of a
        // missing log stays, "—" in every row.
        let counts = CountColumn.all.filter { !$0.isZeroForAll(sites) }
        let leftOut = CountColumn.all.filter { $0.isZeroForAll(sites) }
        let headerRow = leftOut.isEmpty ? 0 : 1
        // The columns a reader needs first come first, so the first printed page of each band
        // of rows shows the site, its score and its compliance; the counts follow.
        typealias S = Catalogue.Sheets
        var titles = [S.siteID, S.siteName, S.locale, S.ownership, S.level, Words.district, Words.members, Words.ownBranch].map(l.text)
        let scoreColumn = titles.count
        titles += [l.text(S.score), l.text(S.stars), "★", l.text(S.rank)]
        let sanhuiColumn = titles.count
        titles += [Words.sanhuiRate, Words.fullyCompliant].map(l.text)
        // party_day_rate is the party_day norm rate, one of these.
        titles += NormKey.allCases.map { l.text(S.normRate($0, short: true)) }
        let lastRateColumn = titles.count - 1
        titles += [Words.partyDayOnTheDay, S.attendance, Words.trainingHours, Words.lecturesPer100].map(l.text)
        let firstCountColumn = titles.count
        titles += counts.map { l.text($0.name) }

        // A value built on a missing log reads "—" (rules §2); other empty values stay blank
        // (no branch, no members, nothing to divide by).
        let ind = data.indicators
        let noMeetings = ind.isMissing(.meetings), noLectures = ind.isMissing(.lectures), noTrainings = ind.isMissing(.trainings)
        let noScore = !ind.scoreWeights.isScored
        for (r, site) in sites.enumerated() {
            let row = headerRow + 1 + r
            let s = site.site
            var c = 0
            w.text(s.id, row, c); c += 1
            w.text(s.name, row, c, Styles.name); c += 1
            w.text(l.name(s.locale), row, c); c += 1
            w.text(l.name(s.ownership), row, c); c += 1
            w.text(l.name(s.level), row, c); c += 1
            w.text(s.district ?? "", row, c); c += 1
            w.number(s.partyMembers, row, c); c += 1
            w.text(site.hasBranch ? l.yes : l.no, row, c, Styles.centered); c += 1
            // A site with a branch has no score only when no part could be scored.
            let unscored = noScore && site.hasBranch
            w.optional(site.score, row, c, Styles.oneDecimal, unavailable: unscored); c += 1
            w.optional(site.stars.map(Double.init), row, c, Styles.count, unavailable: unscored); c += 1
            if let stars = site.stars {
                w.text(l.stars(stars), row, c, Styles.stars)
            } else if unscored {
                w.unavailable(row, c)
            } else {
                w.cell(.blank, row, c, Styles.stars)
            }
            c += 1
            w.optional(site.rank.map(Double.init), row, c, Styles.count, unavailable: unscored); c += 1
            let sanhuiMissing = site.hasBranch && (noMeetings || noLectures)
            w.optional(site.sanhuiRate, row, c, Styles.percent, unavailable: sanhuiMissing); c += 1
            if let full = site.fullyCompliant {
                w.text(full ? l.yes : l.no, row, c, Styles.centered)
            } else if sanhuiMissing {
                w.unavailable(row, c)
            } else {
                w.cell(.blank, row, c, Styles.centered)
            }
            c += 1
            for (k, rate) in site.normRates.enumerated() {
                w.optional(rate, row, c, Styles.percent, unavailable: site.hasBranch && ind.isMissing(NormKey.allCases[k].log)); c += 1
            }
            w.optional(site.partyDayOnDayShare, row, c, Styles.percent, unavailable: noMeetings); c += 1
            w.optional(site.attendanceRate, row, c, Styles.percent, unavailable: noMeetings); c += 1
            w.optional(site.trainingHoursPerMember, row, c, Styles.oneDecimal, unavailable: noTrainings); c += 1
            w.optional(site.lecturesPer100Members, row, c, Styles.oneDecimal, unavailable: noLectures); c += 1
            for column in counts {
                switch column {
                case .meetings(let type): w.count(site.meetings(type), row, c)
                case .lectures: w.count(site.lectures, row, c)
                case .personHours:
                    // No ".0" on whole person-hours; the header names the unit.
                    let hours = site.trainingPersonHours.map { NSDecimalNumber(decimal: $0).doubleValue }
                    w.optional(hours, row, c, Styles.hours(hours), unavailable: noTrainings)
                }
                c += 1
            }
        }
        let lastRow = headerRow + max(sites.count, 1)
        if sites.isEmpty {
            w.header(titles, row: headerRow, lines: 3)
        } else {
            w.table(CellArea(firstRow: headerRow, firstColumn: 0, lastRow: lastRow, lastColumn: titles.count - 1),
                        name: "Sites", titles: titles, style: .medium(2), lines: 3)
            // Non-compliance in red: the sanhui rate or any norm rate below 100 % (the rule
            // skips blanks and the text of the fully-compliant column), and "no" there.
            let rates = CellArea(firstRow: headerRow + 1, firstColumn: sanhuiColumn, lastRow: lastRow, lastColumn: lastRateColumn)
            w.conditionalFormat(.below(1, topLeft: rates), rates)
            let full = CellArea(firstRow: headerRow + 1, firstColumn: sanhuiColumn + 1, lastRow: lastRow, lastColumn: sanhuiColumn + 1)
            let fullCell = CellReference.cell(row: full.firstRow, column: full.firstColumn)
            w.conditionalFormat(.formula("\(fullCell)=\"\(l.no)\"", style: Styles.bad), full)
            let score = CellArea(firstRow: headerRow + 1, firstColumn: scoreColumn, lastRow: lastRow, lastColumn: scoreColumn)
            w.conditionalFormat(.threeColourScale(min: 0xF8696B, mid: 0xFFEB84, max: 0x63BE7B), score)
        }
        w.freezePanes(row: headerRow + 1, column: 2)
        w.cap(1, 24)
        let widths = w.fitColumns(minimum: 6, maximum: 30)
        // The line naming the columns left out stands over the counts that remain (and the
        // columns before them when they are few), wrapped within them by the line-breaking rules,
        // so it prints on the same page as they do.
        if !leftOut.isEmpty {
            let text = l.text(Words.leftOut(leftOut.map(\.name)))
            if counts.isEmpty {
                w.text(text, 0, 0, Styles.note, measure: false)
            } else {
                let width = { (columns: ClosedRange<Int>) in columns.reduce(0) { $0 + (widths[$1] ?? 8.43) } - 2 }
                var columns = firstCountColumn...(titles.count - 1)
                while columns.lowerBound > 2, width(columns) < min(TextWidth.of(text), 40) {
                    columns = (columns.lowerBound - 1)...columns.upperBound
                }
                let lines = LineBreaker.lines(text, width: width(columns))
                let wrapped = lines.joined(separator: "\n")
                w.cell(.text(wrapped), 0, columns.lowerBound, Self.leftOutStyle,
                       mergedThrough: columns.count == 1 ? nil : columns.upperBound)
                w.height(0, SheetBuilder.rowHeight(lines: lines.count))
            }
        }
        // About 40 columns: at 57 % (54 % with the longer English headers) a band of rows prints on two pages side by side (the site,
        // score and rates; then the counts), each with the site id and name repeated.
        w.print(title: data.sheetTitle(data.title), repeatRows: headerRow...headerRow, repeatColumns: 0...1, fit: .pagesWide(2), labels: l)
        return w.model
    }
}

extension SitesSheet {
    /// The line over the count columns: a note, wrapped, at the foot of its row.
    static let leftOutStyle = CellStyle(italic: true, fontName: Styles.font, fontColour: 0x595959, verticalAlignment: .bottom, wrapText: true)
}

/// A count column of the Sites sheet: meetings of a type, lectures, training person-hours.
private enum CountColumn: Equatable {
    case meetings(MeetingType)
    case lectures
    case personHours

    static let all = MeetingType.allCases.map(CountColumn.meetings) + [.lectures, .personHours]

    var name: Localized {
        switch self {
        case .meetings(let type): Catalogue.Schema.valueName(type)
        case .lectures: Words.lectures
        case .personHours: Words.personHours
        }
    }

    /// Whether every site counts 0 here: not when there is no site, nor when the column's log
    /// is missing (an empty count is not a zero).
    func isZeroForAll(_ sites: [SiteResult]) -> Bool {
        !sites.isEmpty && sites.allSatisfy { site in
            switch self {
            case .meetings(let type): site.meetings(type) == 0
            case .lectures: site.lectures == 0
            case .personHours: site.trainingPersonHours == 0
            }
        }
    }
}
