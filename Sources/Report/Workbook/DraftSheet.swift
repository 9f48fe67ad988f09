import Model
import XLSX

/// Sheet 8: the report draft (述职要点), one paragraph per row in one wide wrapped column, to
/// print on landscape A4 one page wide.
struct DraftSheet {
    let draft: ReportDraft
    let data: ReviewData
    let labels: Labels

    /// The text column's width in characters (a CJK character counts 2).
    static let width = 110.0

    func write(into workbook: Workbook) throws -> SheetWriter {
        let l = labels
        let name = l.text(Catalogue.Sheets.draft)
        let w = SheetWriter(try workbook.addWorksheet(name), name: name)
        try w.sheet.setScreenGridlines(false)
        try w.sheet.setColumns(0, 0, width: Self.width)
        for (row, paragraph) in draft.paragraphs.enumerated() {
            let style: CellStyle
            switch paragraph.kind {
            case .title: style = Styles.draftTitle
            case .heading: style = Styles.draftHeading
            case .body, .listItem: style = Styles.draftBody
            }
            try w.text(paragraph.text, row, 0, style, measure: false)
            try w.sheet.setRow(row, height: Self.height(of: paragraph))
        }
        try w.print(title: data.sheetTitle(data.title), repeatRows: nil, fit: .onePageWide, labels: l)
        return w
    }

    /// The row height that shows the whole wrapped paragraph (libxlsxwriter cannot autofit, and
    /// Excel does not refit rows on opening): its lines at the column's width, 16.5 points each,
    /// at most Excel's 409 points.
    static func height(of paragraph: DraftParagraph) -> Double {
        let lines = paragraph.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { sum, line in
            sum + max(1, Int((Worksheet.displayWidth(of: String(line)) / (width - 2)).rounded(.up)))
        }
        let lineHeight: Double
        switch paragraph.kind {
        case .title: lineHeight = 24
        case .heading: lineHeight = 20
        case .body, .listItem: lineHeight = 16.5
        }
        return min(409, Double(lines) * lineHeight + 4)
    }
}
