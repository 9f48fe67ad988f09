import Ingest
import Model
import XLSX

/// Writes a log's ``WorkbookTemplate`` as an .xlsx file made for typing (`template --xlsx`,
/// rules §6): the header row styled (required columns in red) and frozen; every column sized and
/// formatted for what it holds, so a cell typed into it keeps its kind — codes and text as text
/// (`007` keeps its zeros, `1-2` stays text), dates as `yyyy-mm-dd`, counts as whole numbers; on
/// every cell below the header an input message, and for a vocabulary column a drop-down list
/// whose alert is a warning, so an alias the reader knows can still be typed and kept. The
/// example's cells are typed the same way (dates are date cells). Prints landscape, one page
/// wide, the header on every page.
enum TemplateWorkbookWriter {
    static func write(_ template: WorkbookTemplate, to path: String) throws {
        try Workbook.write(to: path, properties: DocumentProperties(created: created, title: template.sheetName)) { workbook in
            let sheet = try workbook.addWorksheet(template.sheetName)
            let belowHeader = 1...CellReference.rowCount - 1
            for (index, column) in template.columns.enumerated() {
                let style = cellStyle(column.type)
                try sheet.setColumns(index, index, width: width(column), style: style)
                try sheet.writeString(column.header, row: 0, column: index, style: column.required ? requiredHeader : optionalHeader)
                let validation = column.choices.isEmpty
                    ? DataValidation(.any, inputTitle: column.inputTitle, inputMessage: column.inputMessage)
                    : DataValidation(.list(column.choices), inputTitle: column.inputTitle, inputMessage: column.inputMessage,
                                     errorTitle: column.alertTitle, errorMessage: column.alertMessage, errorStyle: .warning)
                try sheet.addDataValidation(validation, to: CellArea(rows: belowHeader, columns: index...index))
                for (offset, row) in template.rows.enumerated() {
                    switch row[index] {
                    case .empty: break
                    case .text(let text): try sheet.writeString(text, row: offset + 1, column: index, style: style)
                    case .number(let number): try sheet.writeNumber(number, row: offset + 1, column: index, style: style)
                    case .date(let day): try sheet.writeNumber(Double(day.daysSinceEpoch + excelEpochOffset), row: offset + 1, column: index, style: style)
                    }
                }
            }
            try sheet.setRow(0, height: 20)
            try sheet.freezePanes(row: 1, column: 0)
            try sheet.setPageSetup(PageSetup(orientation: .landscape, paperSize: PageSetup.paperA4, fitToPages: (1, 0),
                                             repeatRows: 0...0, footer: "&C&A&R&P / &N"))
        }
    }

    /// 2024-01-01T00:00:00Z, the example's year: a fixed time, so the same version writes the same bytes.
    private static let created: Int64 = 1_704_067_200
    /// Excel's day 0 is 1899-12-30, 25,569 days before 1970-01-01.
    private static let excelEpochOffset = 25_569

    private static let font = "等线"
    private static let optionalHeader = CellStyle(bold: true, fontName: font, backgroundColour: 0xDDEBF7, horizontalAlignment: .center,
                                                  verticalAlignment: .center, thinBorder: true, borderColour: 0x9BC2E6)
    private static let requiredHeader = CellStyle(bold: true, fontName: font, fontColour: 0xC00000, backgroundColour: 0xDDEBF7,
                                                  horizontalAlignment: .center, verticalAlignment: .center, thinBorder: true,
                                                  borderColour: 0x9BC2E6)

    /// The style of a column and of its cells: the number format that keeps a typed value what
    /// the column holds.
    private static func cellStyle(_ type: ValueType) -> CellStyle {
        switch type {
        case .text, .id, .enumeration: CellStyle(fontName: font, numberFormat: "@")
        case .date: CellStyle(fontName: font, numberFormat: "yyyy-mm-dd")
        case .count: CellStyle(fontName: font, numberFormat: "0")
        case .decimal: CellStyle(fontName: font)
        }
    }

    /// Wide enough for the header, the longest value of the drop-down list beside its arrow,
    /// and what the column usually holds.
    private static func width(_ column: WorkbookTemplate.Column) -> Double {
        let usual: Double
        switch column.type {
        case .text: usual = 24
        case .id, .date: usual = 12
        case .count: usual = 10
        case .decimal: usual = 8
        case .enumeration: usual = (column.choices.map(Worksheet.displayWidth(of:)).max() ?? 0) + 4
        }
        return max(Worksheet.displayWidth(of: column.header) + 4, usual)
    }
}
