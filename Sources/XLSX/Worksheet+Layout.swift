internal import CXlsxWriter

extension Worksheet {
    /// Sets the width and default style of columns `first`…`last` (0-based, inclusive), and hides
    /// them with `hidden`. `width` is in Excel's character units (default 8.43); see
    /// `displayWidth(of:)` to size a column for a text.
    ///
    /// - Throws: `.cellOutOfBounds`; `.invalidArgument` for `first > last` or a width outside 0…255.
    public func setColumns(_ first: Int, _ last: Int, width: Double, style: CellStyle? = nil,
                           hidden: Bool = false) throws {
        let site = CallSite(operation: "worksheet_set_column_opt", sheet: name,
                            cell: CellReference.columnName(first) + ":" + CellReference.columnName(last))
        let c1 = try checkedColumn(first, site)
        let c2 = try checkedColumn(last, site)
        guard c1 <= c2 else { throw site.error(.invalidArgument("first column \(first) is after last column \(last)")) }
        guard width.isFinite, (0...255).contains(width) else {
            throw site.error(.invalidArgument("column width \(width) is outside 0...255"))
        }
        let format = try workbook.format(for: style, site)
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        try check(worksheet_set_column_opt(try handle(site), c1, c2, width, format, &options), site)
    }

    /// The tallest row Excel allows, in points.
    public static let maximumRowHeight = 409.0

    /// Sets the height (in points; Excel's default is 15) and default style of row `row` (0-based),
    /// and hides it with `hidden`.
    ///
    /// - Throws: `.cellOutOfBounds`; `.invalidArgument` for a height outside
    ///   0…`maximumRowHeight` (409).
    public func setRow(_ row: Int, height: Double, style: CellStyle? = nil, hidden: Bool = false) throws {
        let site = CallSite(operation: "worksheet_set_row_opt", sheet: name, cell: "\(row + 1):\(row + 1)")
        let r = try checkedRow(row, site)
        guard height.isFinite, (0...Self.maximumRowHeight).contains(height) else {
            throw site.error(.invalidArgument("row height \(height) is outside 0...409 points"))
        }
        let format = try workbook.format(for: style, site)
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        try check(worksheet_set_row_opt(try handle(site), r, height, format, &options), site)
    }

    /// Merges the cells of `area` (at least two cells) and writes `value` in it with `style`
    /// (which every cell of the area gets, so borders and fills cover the whole merge).
    ///
    /// - Throws: `.cellOutOfBounds`; `.invalidArgument` for a single cell; the checks of `write`.
    public func mergeRange(_ area: CellArea, value: CellValue, style: CellStyle? = nil) throws {
        let site = site("worksheet_merge_range", area: area)
        let (r1, c1, r2, c2) = try checkedArea(area, site)
        guard area.cellCount > 1 else {
            throw site.error(.invalidArgument("a merge needs at least two cells"))
        }
        // Check the value before merging so a refusal leaves the sheet as it was.
        switch value {
        case .text(let text): _ = try TextRules.cellText(text, site)
        case .number(let number), .formula(_, .number(let number)): _ = try checkedNumber(number, site)
        case .formula(_, .text(let text)): _ = try TextRules.cellText(text, site)
        case .boolean, .blank: break
        }
        let format = try workbook.format(for: style, site)
        try check(worksheet_merge_range(try handle(site), r1, c1, r2, c2, "", format), site)
        // libxlsxwriter's documented way to put a non-string value in a merge: overwrite the
        // first cell, with the same format.
        switch value {
        case .blank: break
        default: try write(value, row: area.firstRow, column: area.firstColumn, style: style)
        }
    }

    /// Freezes the rows above `row` and the columns left of `column` (0-based): `(1, 0)` freezes
    /// the top row, `(1, 1)` the top row and the first column. `(0, 0)` freezes nothing.
    ///
    /// - Throws: `.cellOutOfBounds`.
    public func freezePanes(row: Int, column: Int) throws {
        let site = site("worksheet_freeze_panes", row: row, column: column)
        let (r, c) = try checkedCell(row, column, site)
        worksheet_freeze_panes(try handle(site), r, c)
    }

    /// Adds filter buttons to the first row of `area` (one autofilter per sheet; a table brings its
    /// own, so do not overlap a table with it).
    public func autofilter(_ area: CellArea) throws {
        let site = site("worksheet_autofilter", area: area)
        let (r1, c1, r2, c2) = try checkedArea(area, site)
        try check(worksheet_autofilter(try handle(site), r1, c1, r2, c2), site)
    }

    /// Inserts `chart` with its top-left corner in cell (`row`, `column`), 0-based, scaled by
    /// `xScale` × `yScale` on top of the chart's size. A chart can be inserted once.
    ///
    /// - Throws: `.cellOutOfBounds`; `.invalidArgument` for a chart without series, a chart
    ///   already inserted, a scale outside 0.1…10; `.library` when libxlsxwriter refuses.
    public func insertChart(_ chart: Chart, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1) throws {
        let site = site("worksheet_insert_chart_opt", row: row, column: column)
        let (r, c) = try checkedCell(row, column, site)
        guard chart.seriesCount > 0 else { throw site.error(.invalidArgument("the chart has no series")) }
        guard !chart.isInserted else { throw site.error(.invalidArgument("the chart is already inserted; a chart can be inserted once")) }
        for scale in [xScale, yScale] where !(scale.isFinite && (0.1...10).contains(scale)) {
            throw site.error(.invalidArgument("chart scale \(scale) is outside 0.1...10"))
        }
        var options = lxw_chart_options()
        options.x_scale = xScale * Double(chart.width) / 480
        options.y_scale = yScale * Double(chart.height) / 288
        let sheet = try handle(site)
        try check(worksheet_insert_chart_opt(sheet, r, c, try chart.insertionHandle(site), &options), site)
        chart.isInserted = true
    }
}
