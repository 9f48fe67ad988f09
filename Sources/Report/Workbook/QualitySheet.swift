import Indicators
import Model
import XLSX

/// Sheet 6: how every log's rows add up, problems of whole files, and the rejected rows and
/// warnings (the first `LogQuality.listCap` per log; the rest counted by reason).
struct QualitySheet {
    let data: ReviewData
    let labels: Labels
    /// Text cut to fit a cell on the sheets written before this one.
    let cutElsewhere: [(sheet: String, cell: String, length: Int)]

    func write(into workbook: Workbook) throws {
        let l = labels
        let w = SheetWriter(try workbook.addWorksheet(l.qualitySheet), name: l.qualitySheet)
        try w.text(l.pick("数据质量：每一行都有交代", "Data quality: every row accounted for"), 0, 0, Styles.title, measure: false)

        var row = 2
        var section = 0
        func sectionTitle(_ zh: String, _ en: String) -> String {
            section += 1
            return l.pick("\(["一", "二", "三", "四"][section - 1])、\(zh)", "\(section). \(en)")
        }
        try w.text(sectionTitle("行数核对（读取 = 接受 + 拒绝 + 非本年度）", "Reconciliation (read = accepted + rejected + out of period)"), row, 0, Styles.section, measure: false)
        row += 1
        try w.header([l.pick("日志", "Log"), l.pick("文件", "Files"), l.pick("读取", "Read"), l.pick("接受", "Accepted"),
                      l.pick("拒绝", "Rejected"), l.pick("非本年度", "Out of period"), l.pick("含警告", "With warnings")], row: row)
        for (log, quality) in zip(LogKind.allCases, data.quality) {
            row += 1
            let c = quality.counts
            try w.text(l.log(log), row, 0)
            try w.text(quality.files.joined(separator: ", "), row, 1)
            try w.number(c.read, row, 2)
            try w.number(c.accepted, row, 3)
            try w.number(c.rejected, row, 4)
            try w.number(c.outOfPeriod, row, 5)
            try w.number(c.warnings, row, 6)
        }

        let fileProblems = data.quality.flatMap(\.fileProblems)
        let overflow = zip(LogKind.allCases, data.quality).flatMap { log, q in q.overflow.map { (log, $0) } }
        if !fileProblems.isEmpty || !overflow.isEmpty || !cutElsewhere.isEmpty {
            row += 2
            try w.text(sectionTitle("文件级提示与未逐条列出的问题", "File-level notes and problems beyond the list"), row, 0, Styles.section, measure: false)
            row += 1
            try w.header([l.pick("文件", "File"), l.pick("级别", "Severity")], row: row)
            try w.sheet.mergeRange(CellArea(firstRow: row, firstColumn: 2, lastRow: row, lastColumn: 8),
                                   value: .text(l.pick("说明", "Message")), style: Styles.header)
            for d in fileProblems {
                row += 1
                try w.text(d.location.description, row, 0)
                try w.text(l.severity(d.severity), row, 1, Styles.centered)
                try w.merged(d.message, row, 2...8)
            }
            for (log, o) in overflow {
                row += 1
                try w.text(l.log(log), row, 0)
                try w.text(l.severity(o.severity), row, 1, Styles.centered)
                try w.merged(l.pick("另有 \(o.count) 条“\(o.reason)”未逐条列出（运行 annual-review validate 查看全部）",
                                  "\(o.count) more `\(o.reason)` not listed here (annual-review validate lists them all)"), row, 2...8)
            }
            for cut in cutElsewhere {
                row += 1
                try w.text("\(cut.sheet)!\(cut.cell)", row, 0)
                try w.text(l.severity(.info), row, 1, Styles.centered)
                try w.merged(l.pick("文本长 \(cut.length) 字符，超过 Excel 单元格上限，已截断并以“…”结尾",
                                  "text of \(cut.length) characters exceeds Excel's cell limit; cut, ending in “…”"), row, 2...8)
            }
        }

        row += 2
        try w.text(sectionTitle("被拒绝的行与警告（每个日志最多列出 \(LogQuality.listCap) 条）", "Rejected rows and warnings (at most \(LogQuality.listCap) per log)"), row, 0, Styles.section, measure: false)
        row += 1
        let headerRow = row
        let titles = [l.pick("日志", "Log"), l.pick("文件", "File"), l.pick("行", "Line"), l.pick("列", "Column"),
                      l.pick("列名", "Column name"), l.pick("处理", "Outcome"), l.pick("原因", "Reason"),
                      l.pick("值", "Value"), l.pick("说明", "Message")]
        var problems: [(LogKind, Diagnostic)] = []
        for (log, q) in zip(LogKind.allCases, data.quality) { problems += q.rowProblems.map { (log, $0) } }
        for (log, d) in problems {
            row += 1
            try w.text(l.log(log), row, 0)
            try w.text(d.location.file, row, 1)
            try w.optional(d.location.line.map(Double.init), row, 2, Styles.ordinal)
            try w.optional(d.location.column.map(Double.init), row, 3, Styles.ordinal)
            try w.text(d.location.columnName ?? "", row, 4)
            try w.text(l.severity(d.severity), row, 5, Styles.centered)
            try w.text(d.reason, row, 6)
            try w.text(String((d.value ?? "").prefix(200)), row, 7)
            try w.text(d.message, row, 8, Styles.wrapped, measure: false)
        }
        if problems.isEmpty {
            try w.header(titles, row: headerRow)
            try w.text(l.pick("没有被拒绝的行，也没有警告。", "No rejected rows and no warnings."), headerRow + 1, 0, Styles.note, measure: false)
        } else {
            try w.table(CellArea(firstRow: headerRow, firstColumn: 0, lastRow: row, lastColumn: titles.count - 1),
                        name: "Problems", titles: titles, style: .light(9), lines: 1)
        }
        // The messages wrap in a wide last column; the file-level messages share it.
        w.fix(8, width: 56)
        try w.fitColumns(minimum: 6, maximum: 24)
        // One page wide (every column but the wrapped messages is capped); the log, file and
        // line are repeated should a printer's settings make it span pages.
        try w.print(title: data.title, repeatRows: headerRow...headerRow, repeatColumns: 0...2, fit: .onePageWide, zh: l.zh)
    }
}
