import Model
import XLSX

/// How a sheet is scaled on paper.
enum PrintFit {
    /// As many pages tall as needed, one page wide (narrow sheets).
    case onePageWide
    /// Everything on one page (a sheet of a known, small size).
    case onePage
    /// A fixed scale in percent; wide sheets then span pages with their identifying columns
    /// repeated.
    case scale(Int)
    /// As many pages tall as needed and this many wide, each with the identifying columns
    /// repeated.
    case pagesWide(Int)
}

/// Builds a `SheetModel` cell by cell and remembers how wide each column's content is, so the
/// columns can be sized at the end (libxlsxwriter 1.1.4 has no autofit), and which cells wrap,
/// so their rows can be made tall enough (LibreOffice and Excel do not grow a row that a
/// generated file gives no height). Writes nothing: `model` is the result.
final class SheetBuilder {
    private(set) var model: SheetModel
    var name: String { model.name }
    /// The widest content noted per column (-1: nothing noted), by column index: every cell
    /// notes its width, so an array rather than a dictionary.
    private var widths: [Double] = []
    /// Number formats as read by `NumberShape`, by format string, and the one used last (a run
    /// of cells shares one, and comparing a short string costs less than hashing it).
    private var shapes: [String: NumberShape] = [:]
    private var lastShape: (format: String, shape: NumberShape)?
    private var fixedWidths: [Int: Double] = [:]
    private var caps: [Int: Double] = [:]
    /// Wrapped cells: their text, by row and column, for the row heights.
    private var wrapped: [Int: [(columns: ClosedRange<Int>, text: String, reserved: Double, latin: Double)]] = [:]
    /// Rows whose height is set explicitly (headers); the wrapped-text heights leave them alone.
    private var fixedRows: Set<Int> = []

    /// The height of one line of 11-point text, in points (the CJK fonts need a little more
    /// than Excel's default 15).
    static let lineHeight = 15.0
    /// The height of a row of `lines` lines of wrapped text, at most Excel's 409 points (about
    /// 27 lines): a taller text is kept whole in its cell, and the row shows its first lines.
    static func rowHeight(lines: Int) -> Double {
        min(Worksheet.maximumRowHeight, Double(lines) * lineHeight + 3)
    }

    /// Every sheet's margins in inches, unless it asks for others.
    static let margins = PageSetup.Margins(left: 0.45, right: 0.45, top: 0.55, bottom: 0.65)

    init(name: String) {
        model = SheetModel(name: name)
    }

    /// Puts `value` in a cell as it is: not cut, not measured, its row's height left alone.
    func cell(_ value: SheetModel.Value, _ row: Int, _ column: Int, _ style: CellStyle, mergedThrough: Int? = nil) {
        model.cells.append(SheetModel.Cell(row: row, column: column, value: value, style: style, mergedThrough: mergedThrough))
    }

    /// Input or label text; never a formula. `measure: false` for long text that should not
    /// widen its column (titles, notes that may run over empty cells). A wrapping style makes
    /// the row as tall as the text needs in the column's final width (give such a column a
    /// `cap` or a `fix`ed width).
    func text(_ value: String, _ row: Int, _ column: Int, _ style: CellStyle = Styles.text, measure: Bool = true) {
        let (clean, original) = CellText.fit(value)
        if let original { model.cut.append((CellReference.cell(row: row, column: column), original)) }
        cell(.text(clean), row, column, style)
        if style.wrapText { wrapped[row, default: []].append((column...column, clean, 0, 1)) }
        if measure { note(column, TextWidth.of(clean)) }
    }

    /// Text in the merged cells `columns` of `row`, wrapped, the row as tall as it needs.
    func merged(_ value: String, _ row: Int, _ columns: ClosedRange<Int>, _ style: CellStyle = Styles.wrapped) {
        let (clean, original) = CellText.fit(value)
        if let original { model.cut.append((CellReference.cell(row: row, column: columns.lowerBound), original)) }
        cell(.text(clean), row, columns.lowerBound, style, mergedThrough: columns.upperBound)
        wrapped[row, default: []].append((columns, clean, 0, 1))
    }

    /// Text in runs of their own fonts (rich text), on one line: not measured, not wrapped.
    func rich(_ runs: [TextRun], _ row: Int, _ column: Int, _ style: CellStyle) {
        cell(.rich(runs.map { TextRun(CellText.fit($0.text).0, style: $0.style) }), row, column, style)
    }

    func number(_ value: Double, _ row: Int, _ column: Int, _ style: CellStyle) {
        cell(.number(value), row, column, style)
        let format = style.numberFormat ?? "General"
        if let last = lastShape, last.format == format {
            note(column, last.shape.width(of: value))
            return
        }
        let shape = shapes[format] ?? NumberShape(format: format)
        shapes[format] = shape
        lastShape = (format, shape)
        note(column, shape.width(of: value))
    }

    func number(_ value: Int, _ row: Int, _ column: Int, _ style: CellStyle = Styles.count) {
        number(Double(value), row, column, style)
    }

    /// A number, or a blank cell with the style when there is none (an undefined value is
    /// never NaN in the workbook).
    func optional(_ value: Double?, _ row: Int, _ column: Int, _ style: CellStyle) {
        if let value, value.isFinite {
            number(value, row, column, style)
        } else {
            cell(.blank, row, column, style)
        }
    }

    /// "—": a figure that a missing log cannot give (rules §2), never a 0 or a blank.
    func unavailable(_ row: Int, _ column: Int) {
        text(Catalogue.Figures.unavailable, row, column, Styles.unavailable)
    }

    /// A count, or "—" when there is none: a count is empty only when its log is missing.
    func count(_ value: Int?, _ row: Int, _ column: Int, _ style: CellStyle = Styles.count) {
        if let value { number(value, row, column, style) } else { unavailable(row, column) }
    }

    /// `optional`, but "—" for an empty value when `unavailable` (its log is missing), so an
    /// empty figure says why it is empty.
    func optional(_ value: Double?, _ row: Int, _ column: Int, _ style: CellStyle, unavailable: Bool) {
        if value == nil, unavailable { self.unavailable(row, column) } else { optional(value, row, column, style) }
    }

    /// A header row: bold on a fill, wrapped into at most `lines` lines, so a long title does
    /// not widen its column much beyond its values. `filter` leaves room for a filter button.
    func header(_ titles: [String], row: Int, from column: Int = 0, lines: Int = 2, filter: Bool = false) {
        for (i, title) in titles.enumerated() {
            cell(.text(title), row, column + i, Styles.header)
            note(column + i, TextWidth.wrapped(title, lines: lines, latin: TextWidth.bold) + (filter ? 1.5 : 0))
        }
        // The row's height follows from the final widths, like any wrapped text.
        wrapped[row, default: []] += titles.enumerated().map { ((column + $0.offset)...(column + $0.offset), $0.element, filter ? 1.5 : 0, TextWidth.bold) }
    }

    /// An Excel table over `area` whose first row gets `titles` in the header style (a
    /// LibreOffice print shows no table style), with filter buttons.
    func table(_ area: CellArea, name tableName: String, titles: [String], style: TableStyle, lines: Int = 2) {
        model.tables.append(SheetModel.Table(area: area, name: tableName, titles: titles, style: style))
        header(titles, row: area.firstRow, from: area.firstColumn, lines: lines, filter: true)
    }

    func conditionalFormat(_ rule: ConditionalFormat, _ area: CellArea) {
        model.conditionalFormats.append(SheetModel.ConditionalRule(rule: rule, area: area))
    }

    func freezePanes(row: Int, column: Int) {
        model.frozenPanes = (row, column)
    }

    func chart(_ chart: SheetModel.ChartModel) {
        model.charts.append(chart)
    }

    /// The sheet the workbook opens on.
    func activate() { model.isActive = true }

    func hideGridlines() { model.showsGridlines = false }

    /// Sets a row's height in points; rows with wrapped text still get the height they need.
    func setRow(_ row: Int, height points: Double) {
        model.rowHeights[row] = points
    }

    /// Sets a row's height in points and keeps it.
    func height(_ row: Int, _ points: Double) {
        model.rowHeights[row] = points
        fixedRows.insert(row)
    }

    func note(_ column: Int, _ width: Double) {
        if column >= widths.count { widths += Array(repeating: -1, count: column + 1 - widths.count) }
        widths[column] = max(widths[column], width)
    }

    /// Gives `column` exactly `width`, whatever its content (a wrapped text column).
    func fix(_ column: Int, width: Double) {
        fixedWidths[column] = width
    }

    /// Keeps `column` at most `width` wide (its text wraps or is cut at the border).
    func cap(_ column: Int, _ width: Double) {
        caps[column] = width
    }

    /// Sets every measured column's width (content plus padding, within the bounds, so one
    /// long value does not make a column unreadably wide), then the height of every row that
    /// holds wrapped text.
    @discardableResult
    func fitColumns(minimum: Double = 6, maximum: Double = 50) -> [Int: Double] {
        var final: [Int: Double] = [:]
        let noted = widths.indices.filter { widths[$0] >= 0 }
        for column in Set(noted).union(fixedWidths.keys) {
            final[column] = fixedWidths[column]
                ?? min(caps[column] ?? maximum, maximum, max(minimum, (column < widths.count ? widths[column] : 0) + 1.2))
        }
        model.columnWidths.merge(final) { $1 }
        for (row, cells) in wrapped where !fixedRows.contains(row) {
            let lines = cells.map { cell in
                TextWidth.lines(cell.text, width: cell.columns.reduce(0) { $0 + (final[$1] ?? 8.43) } - 1 - cell.reserved,
                                latin: cell.latin)
            }.max() ?? 1
            if lines > 1 { model.rowHeights[row] = Self.rowHeight(lines: lines) }
        }
        return final
    }

    /// Landscape A4, the header rows (and identifying columns) repeated on every page, and a
    /// footer with the report title, the sheet and the page number; `footerLeft` in small print
    /// instead of the title when given.
    func print(title: String, repeatRows: ClosedRange<Int>?, repeatColumns: ClosedRange<Int>? = nil,
               fit: PrintFit, labels: Labels, footerLeft: String? = nil,
               margins: PageSetup.Margins = SheetBuilder.margins) {
        let left = footerLeft.map { "&7" + CellText.footerSafe($0, limit: 150) } ?? CellText.footerSafe(title)
        let footer = "&L\(left)&C&A&R" + labels.text(Catalogue.Sheets.pageNumber)
        var setup = PageSetup(
            orientation: .landscape, paperSize: PageSetup.paperA4,
            repeatRows: repeatRows, repeatColumns: repeatColumns,
            margins: margins,
            footer: footer)
        switch fit {
        case .onePageWide: setup.fitToPages = (1, 0)
        case .onePage: setup.fitToPages = (1, 1)
        case .scale(let percent): setup.scale = percent
        case .pagesWide(let pages): setup.fitToPages = (pages, 0)
        }
        model.pageSetup = setup
    }
}
