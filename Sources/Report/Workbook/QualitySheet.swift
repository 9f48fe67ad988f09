import Indicators
import Model
import XLSX

private typealias Words = Catalogue.Sheets.Quality

/// Sheet 6: how every log's rows add up, problems of whole files, and the rejected rows and
/// warnings (the first `LogQuality.listCap` per log; the rest counted by code), all in the
/// report's language: each problem's message, and its code as a readable reason
/// (`Catalogue.Codes`).
struct QualitySheet {
    let data: ReviewData
    let labels: Labels
    /// Text cut to fit a cell on the sheets written before this one.
    let cutElsewhere: [(sheet: String, cell: String, length: Int)]

    func make() -> SheetModel {
        let l = labels
        let name = l.text(Catalogue.Sheets.quality)
        let w = SheetBuilder(name: name)
        w.text(data.sheetTitle(l.text(Words.title)), 0, 0, Styles.title, measure: false)

        var row = 2
        var section = 0
        func sectionTitle(_ title: Localized) -> String {
            section += 1
            return l.text(Words.section(section, title))
        }
        func log(_ log: LogKind) -> String { l.text(Catalogue.Sheets.log(log)) }
        func severity(_ severity: Severity) -> String { l.text(Catalogue.Sheets.outcome(severity)) }
        w.text(sectionTitle(Words.reconciliation), row, 0, Styles.section, measure: false)
        row += 1
        w.header([Words.log, Words.files, Words.read, Words.accepted, Words.rejected, Words.outOfPeriod, Words.withWarnings].map(l.text),
                     row: row)
        for (kind, quality) in zip(LogKind.allCases, data.quality) {
            row += 1
            let c = quality.counts
            w.text(log(kind), row, 0)
            w.text(quality.files.joined(separator: ", "), row, 1)
            w.number(c.read, row, 2)
            w.number(c.accepted, row, 3)
            w.number(c.rejected, row, 4)
            w.number(c.outOfPeriod, row, 5)
            w.number(c.warnings, row, 6)
        }

        let fileProblems = data.quality.flatMap(\.fileProblems)
        let overflow = zip(LogKind.allCases, data.quality).flatMap { log, q in q.overflow.map { (log, $0) } }
        if !fileProblems.isEmpty || !overflow.isEmpty || !cutElsewhere.isEmpty {
            row += 2
            w.text(sectionTitle(Words.fileNotes), row, 0, Styles.section, measure: false)
            row += 1
            w.header([Words.file, Words.severity].map(l.text), row: row)
            w.cell(.text(l.text(Words.message)), row, 2, Styles.header, mergedThrough: 8)
            for d in fileProblems {
                row += 1
                w.text(d.location.description, row, 0)
                w.text(severity(d.severity), row, 1, Styles.centered)
                w.merged(d.message(l.language), row, 2...8)
            }
            for (kind, o) in overflow {
                row += 1
                w.text(log(kind), row, 0)
                w.text(severity(o.severity), row, 1, Styles.centered)
                w.merged(l.text(Words.notListed(o.count, Catalogue.Codes.label(o.code))), row, 2...8)
            }
            for cut in cutElsewhere {
                row += 1
                w.text("\(cut.sheet)!\(cut.cell)", row, 0)
                w.text(severity(.info), row, 1, Styles.centered)
                w.merged(l.text(Words.cut(length: cut.length)), row, 2...8)
            }
        }

        row += 2
        w.text(sectionTitle(Words.problems(cap: LogQuality.listCap)), row, 0, Styles.section, measure: false)
        row += 1
        let headerRow = row
        let titles = [Words.log, Words.file, Words.line, Words.column, Words.columnName, Words.outcome, Words.reason,
                      Words.value, Words.message].map(l.text)
        var problems: [(LogKind, Diagnostic)] = []
        for (kind, q) in zip(LogKind.allCases, data.quality) { problems += q.rowProblems.map { (kind, $0) } }
        for (kind, d) in problems {
            row += 1
            w.text(log(kind), row, 0)
            w.text(d.location.file, row, 1)
            w.optional(d.location.line.map(Double.init), row, 2, Styles.ordinal)
            w.optional(d.location.column.map(Double.init), row, 3, Styles.ordinal)
            w.text(d.location.columnName ?? "", row, 4)
            w.text(severity(d.severity), row, 5, Styles.centered)
            w.text(l.text(Catalogue.Codes.label(d.code)), row, 6)
            w.text(String((d.value ?? "").prefix(200)), row, 7)
            w.text(d.message(l.language), row, 8, Styles.wrapped, measure: false)
        }
        if problems.isEmpty {
            w.header(titles, row: headerRow)
            w.text(l.text(Words.noProblems), headerRow + 1, 0, Styles.note, measure: false)
        } else {
            w.table(CellArea(firstRow: headerRow, firstColumn: 0, lastRow: row, lastColumn: titles.count - 1),
                        name: "Problems", titles: titles, style: .light(9), lines: 1)
        }
        // The messages wrap in a wide last column; the file-level messages share it.
        w.fix(8, width: 56)
        w.fitColumns(minimum: 6, maximum: 24)
        // One page wide (every column but the wrapped messages is capped); the log, file and
        // line are repeated should a printer's settings make it span pages.
        w.print(title: data.sheetTitle(data.title), repeatRows: headerRow...headerRow, repeatColumns: 0...2, fit: .onePageWide, labels: l)
        return w.model
    }
}
