import XLSX

/// Writes a `WorkbookModel` through the XLSX wrapper: the one place the sheets meet libxlsxwriter.
///
/// The calls go in a fixed order, sheet by sheet: the sheet, its view, its cells in the model's
/// order (a table just before its header cells), conditional formats, frozen panes, column
/// widths and row heights (by column and row), charts, print setup. libxlsxwriter numbers shared
/// strings and cell formats in the order they are first written, so the same model always gives
/// the same bytes.
enum WorkbookRenderer {
    /// Writes `workbook` at `path` (a temporary file first, then renamed by the wrapper).
    /// - Throws: `XLSXError` when the workbook cannot be written (then nothing is left at `path`).
    static func render(_ workbook: WorkbookModel, at path: String) throws {
        try Workbook.create(at: path, properties: workbook.properties) { book in
            for sheet in workbook.sheets { try render(sheet, into: book) }
        }
    }

    static func render(_ model: SheetModel, into workbook: Workbook) throws {
        let sheet = try workbook.addWorksheet(model.name)
        if model.isActive { try sheet.activate() }
        if !model.showsGridlines { try sheet.setScreenGridlines(false) }
        // libxlsxwriter writes a table's column names into its header row itself; the header
        // cells written after it give them the header style.
        var tables = model.tables[...]
        for cell in model.cells {
            while let table = tables.first, table.area.firstRow == cell.row, table.area.firstColumn == cell.column {
                try sheet.addTable(table.area, name: table.name, columns: table.titles, style: table.style)
                tables.removeFirst()
            }
            try write(cell, to: sheet)
        }
        for table in tables { try sheet.addTable(table.area, name: table.name, columns: table.titles, style: table.style) }
        for format in model.conditionalFormats { try sheet.addConditionalFormat(format.rule, to: format.area) }
        if let panes = model.frozenPanes { try sheet.freezePanes(row: panes.row, column: panes.column) }
        for (column, width) in model.columnWidths.sorted(by: { $0.key < $1.key }) {
            try sheet.setColumns(column, column, width: width)
        }
        for (row, height) in model.rowHeights.sorted(by: { $0.key < $1.key }) { try sheet.setRow(row, height: height) }
        for chart in model.charts { try insert(chart, into: sheet, of: workbook) }
        try sheet.setPageSetup(model.pageSetup)
    }

    private static func write(_ cell: SheetModel.Cell, to sheet: Worksheet) throws {
        if let last = cell.mergedThrough {
            let area = CellArea(firstRow: cell.row, firstColumn: cell.column, lastRow: cell.row, lastColumn: last)
            let value: CellValue
            switch cell.value {
            case .text(let text): value = .text(text)
            case .number(let number): value = .number(number)
            case .blank: value = .blank
            case .rich(let runs): value = .text(runs.map(\.text).joined())
            }
            try sheet.mergeRange(area, value: value, style: cell.style)
            return
        }
        switch cell.value {
        case .text(let text): try sheet.writeString(text, row: cell.row, column: cell.column, style: cell.style)
        case .number(let number): try sheet.writeNumber(number, row: cell.row, column: cell.column, style: cell.style)
        case .blank: try sheet.writeBlank(row: cell.row, column: cell.column, style: cell.style)
        case .rich(let runs): try sheet.writeRichString(runs, row: cell.row, column: cell.column, style: cell.style)
        }
    }

    private static func insert(_ model: SheetModel.ChartModel, into sheet: Worksheet, of workbook: Workbook) throws {
        let chart = try workbook.addChart(model.kind)
        try chart.setTitle(model.title)
        if let title = model.categoryAxisTitle { try chart.setCategoryAxisTitle(title) }
        try chart.setValueAxisTitle(model.valueAxisTitle)
        try chart.setValueAxisNumberFormat(model.valueAxisNumberFormat)
        try chart.setValueAxisBounds(min: model.valueAxisBounds.min, max: model.valueAxisBounds.max)
        try chart.setLegend(model.legend)
        for series in model.series {
            try chart.addSeries(name: series.name, categories: series.categories, values: series.values, colour: series.colour)
        }
        try chart.setSize(width: model.size.width, height: model.size.height)
        try sheet.insertChart(chart, row: model.row, column: model.column)
    }
}
