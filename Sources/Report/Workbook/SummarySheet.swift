import Foundation
import Indicators
import Model
import XLSX

private typealias Words = Catalogue.Sheets.Summary

/// Sheet 1: title, organisation, year and as-of date, the headline figures with target, completion
/// and last year, meetings by type, the register and lectures by role, laid out to print on one
/// page; the provenance in a small line at its foot.
struct SummarySheet {
    let data: ReviewData
    let labels: Labels

    func make() -> SheetModel {
        let l = labels
        let name = l.text(Catalogue.Sheets.summary)
        let w = SheetBuilder(name: name)
        w.activate()
        w.hideGridlines()
        w.setRow(0, height: 28)
        w.text(data.sheetTitle(data.title), 0, 0, Styles.title, measure: false)

        var row = 2
        let ind = data.indicators
        let facts: [(String, String)] = [
            (l.text(Words.organisation), data.config.organisation.isEmpty ? "—" : data.config.organisation),
            (l.text(Words.reviewYear), "\(data.year)"),
            (l.text(Words.asOf), ind.asOf.description),
        ]
        for (label, value) in facts {
            w.text(label, row, 0, Styles.label)
            // The year is a number; the rest is text.
            if let year = Int(value) {
                w.cell(.number(Double(year)), row, 1, Styles.plainNumber)
            } else {
                w.text(value, row, 1, Styles.plain, measure: false)
            }
            row += 1
        }
        // What the data cannot carry: the completeness of the logs, and the score parts left
        // out. Wrapped across the page's width, so a long line prints whole.
        var notes = [(l.text(Catalogue.Figures.completenessLabel), l.text(completeness))]
        if let weights = l.scoreWeightsNote(ind.scoreWeights, config: data.config) {
            notes.append((l.text(Catalogue.Figures.scoreLabel), weights))
        }
        for (label, value) in notes {
            w.text(label, row, 0, Styles.labelTop)
            w.merged(value, row, 1...lastColumn, Styles.plainWrapped)
            row += 1
        }

        // Two blocks side by side, so the sheet prints on one page: the headline figures and
        // the meetings on the left (columns A–G), the register and the lectures on the right
        // (I–L).
        w.fix(right - 1, width: 2.5)
        let top = row + 1

        // Headline figures.
        row = top
        w.text(l.text(Words.headlines), row, 0, Styles.section, measure: false)
        row += 1
        w.header([Words.figure, Words.thisYear, Words.target, Words.completion, Words.lastYear, Words.change,
                      Words.changePercent].map(l.text), row: row, lines: 1)
        let firstHeadline = row + 1
        for key in HeadlineKey.allCases {
            row += 1
            let value = data.headline(key)
            // Without its log, this year's value is "—", and so is everything computed from it;
            // last year's too when the inputs have last year's rows of other logs.
            let missing = data.log(of: key).map(ind.isMissing) ?? false
            // Person-hours with their unit, without ".0" when whole: the format per value.
            let format = { (v: Double?) in key == .training_person_hours ? Styles.hours(v, unit: l.text(Words.personHoursUnit)) : Styles.count }
            w.text(l.text(Catalogue.Sheets.headline(key)), row, 0)
            w.optional(value, row, 1, format(value), unavailable: missing)
            let target = data.config.targets[key]
            w.optional(target, row, 2, format(target))
            w.optional(value.flatMap { v in target.flatMap { $0 > 0 ? v / $0 : nil } }, row, 3, Styles.percent,
                           unavailable: missing && target != nil)
            let previous = data.previousHeadline(key)
            let noPrevious = missing && ind.previous != nil
            w.optional(previous, row, 4, format(previous), unavailable: noPrevious)
            let change = value.flatMap { v in previous.map { v - $0 } }
            w.optional(change, row, 5, format(change), unavailable: noPrevious)
            w.optional(value.flatMap { v in previous.flatMap { $0 != 0 ? (v - $0) / $0 : nil } }, row, 6, Styles.percent,
                           unavailable: noPrevious)
        }
        let completion = CellArea(firstRow: firstHeadline, firstColumn: 3, lastRow: row, lastColumn: 3)
        let cell = CellReference.cell(row: completion.firstRow, column: completion.firstColumn)
        w.conditionalFormat(.formula("AND(ISNUMBER(\(cell)),\(cell)>=1)", style: Styles.good), completion)
        w.conditionalFormat(.formula("AND(ISNUMBER(\(cell)),\(cell)>=0.8,\(cell)<1)", style: Styles.fair), completion)
        w.conditionalFormat(.formula("AND(ISNUMBER(\(cell)),\(cell)<0.8)", style: Styles.bad), completion)
        row += 1
        w.text(l.text(Words.completionNote), row, 0, Styles.note, measure: false)
        row += 1
        w.text(l.text(Words.targetsNote), row, 0, Styles.note, measure: false)

        // Meetings by type.
        row += 2
        w.text(l.text(Words.meetings), row, 0, Styles.section, measure: false)
        row += 1
        w.header([Words.meetingType, Words.all, Words.ofWhichBureau, Words.lastYearAll].map(l.text), row: row, lines: 1)
        for type in MeetingType.allCases {
            row += 1
            w.text(l.name(type), row, 0)
            w.count(ind.totals.meetings(type), row, 1)
            w.count(ind.totals.bureauMeetings(type), row, 2)
            previousCount(w, ind.previous.map { $0.meetings(type) }, row, 3, log: .meetings)
        }
        let leftBottom = row

        // The register, beside the headline figures.
        row = top
        w.text(l.text(Words.register), row, right, Styles.section, measure: false)
        row += 1
        w.header([Words.group, Words.siteCount].map(l.text), row: row, from: right, lines: 1)
        let s = ind.siteTotals
        var lines: [(String, Int)] = [(l.text(Words.allSites), s.total)]
        lines += SiteLocale.allCases.map { (l.name($0), s.byLocale[$0] ?? 0) }
        lines += Ownership.allCases.map { (l.name($0), s.byOwnership[$0] ?? 0) }
        lines += SchoolLevel.allCases.filter { $0 != .bureau }.map { (l.name($0), s.byLevel[$0] ?? 0) }
        lines += [(l.text(Words.withBranch), s.withBranch), (l.text(Words.covered), s.covered)]
        lines += Ownership.allCases.map { (l.text(Words.newBranches(Catalogue.Schema.valueName($0))), s.foundedInYear[$0] ?? 0) }
        lines += DemoLevel.allCases.filter { $0 != .none }.map { (l.text(Words.demoSites(Catalogue.Schema.valueName($0))), s.demo[$0] ?? 0) }
        for (label, value) in lines {
            row += 1
            w.text(label, row, right)
            w.number(value, row, right + 1)
        }

        // Lectures by role, below the register.
        row += 2
        w.text(l.text(Words.lectures), row, right, Styles.section, measure: false)
        row += 1
        w.header([Words.lecturer, Words.all, Words.ofWhichBureau, Words.lastYearAll].map(l.text), row: row, from: right, lines: 1)
        for role in LecturerRole.allCases {
            row += 1
            w.text(l.name(role), row, right)
            w.count(ind.totals.lectures(role), row, right + 1)
            w.count(ind.totals.bureauLectures(role), row, right + 2)
            previousCount(w, ind.previous.map { $0.lectures(role) }, row, right + 3, log: .lectures)
        }

        // Provenance, for whoever checks the figures: a small line at the foot, below both
        // blocks (and in the workbook's properties).
        row = max(row, leftBottom) + 2
        w.text(l.text(Words.footLine(version: ToolVersion.current, fingerprint: String(data.fingerprint.prefix(12)))),
                   row, 0, Self.footStyle, measure: false)

        w.fitColumns(minimum: 8)
        w.print(title: data.sheetTitle(data.title), repeatRows: nil, fit: .onePage, labels: l)
        return w.model
    }

    /// Last year's count: blank without last year's rows or when its log's rows do not cover that
    /// year (rules §4.5), "—" when its log is missing.
    private func previousCount(_ w: SheetBuilder, _ value: Int??, _ row: Int, _ column: Int, log: LogKind) {
        w.optional(value?.map(Double.init), row, column, Styles.count, unavailable: value != nil && data.indicators.isMissing(log))
    }

    /// The foot line's style: small and grey.
    private static let footStyle = CellStyle(fontSize: 9, fontName: Styles.font, fontColour: 0x808080)

    /// Two blocks side by side: the headline figures on the left (columns A–G), the register on
    /// the right (I–L).
    private let right = 8
    private var lastColumn: Int { right + 3 }

    /// The data-completeness line: per log, a missing log, the columns its files lack and the
    /// near-miss headers; "complete" when nothing is missing.
    var completeness: Localized {
        Catalogue.Figures.completeness(zip(LogKind.allCases, data.quality).compactMap { log, quality in
            Catalogue.Figures.completeness(of: log, isMissing: quality.isMissing, missingColumns: quality.missingColumns)
        })
    }
}
