internal import CXlsxWriter

/// A chart of a `Workbook`; get one from `Workbook.addChart(_:)`, add series, then place it with
/// `Worksheet.insertChart(_:row:column:xScale:yScale:)` (once).
///
/// The category axis holds the series' categories (months, groups); the value axis their numbers.
/// In a bar chart the category axis is vertical. Titles and names are literal text: a leading `=`
/// is refused because libxlsxwriter would read it as a cell reference.
public final class Chart {
    /// The kind of chart.
    public enum Kind: Hashable, Sendable {
        /// Lines with categories along the horizontal axis.
        case line
        /// Clustered vertical columns.
        case column
        /// Clustered horizontal bars.
        case bar

        internal var lxwType: UInt8 {
            switch self {
            case .line: return UInt8(LXW_CHART_LINE.rawValue)
            case .column: return UInt8(LXW_CHART_COLUMN.rawValue)
            case .bar: return UInt8(LXW_CHART_BAR.rawValue)
            }
        }
    }

    /// Where the legend goes.
    public enum LegendPosition: Hashable, Sendable {
        case bottom, right, top, none
    }

    /// The kind given to `Workbook.addChart(_:)`.
    public let kind: Kind
    /// The chart's size in pixels before any scale at insertion; Excel's default is 480 × 288.
    public private(set) var width = 480
    public private(set) var height = 288
    /// The number of series added.
    public private(set) var seriesCount = 0
    /// Whether the chart has been inserted into a worksheet (it can be, once).
    public internal(set) var isInserted = false

    internal let workbook: Workbook
    private let pointer: UnsafeMutablePointer<lxw_chart>

    internal init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_chart>, kind: Kind) {
        self.workbook = workbook
        self.pointer = handle
        self.kind = kind
    }

    internal func handle(_ site: CallSite) throws(XLSXError) -> UnsafeMutablePointer<lxw_chart> {
        _ = try workbook.openHandle(site)
        return pointer
    }

    private func checkRange(_ range: CellRange, _ site: CallSite) throws(XLSXError) {
        guard workbook.hasSheet(named: range.sheet) else { throw site.error(.unknownSheet(range.sheet)) }
        let area = CellArea(firstRow: range.firstRow, firstColumn: range.firstColumn,
                            lastRow: range.lastRow, lastColumn: range.lastColumn)
        for (row, column) in [(area.firstRow, area.firstColumn), (area.lastRow, area.lastColumn)]
        where !CellReference.isValid(row: row, column: column) {
            throw CallSite(operation: site.operation, sheet: range.sheet, cell: area.a1)
                .error(.cellOutOfBounds(row: row, column: column))
        }
        guard area.firstRow <= area.lastRow, area.firstColumn <= area.lastColumn,
              area.firstRow == area.lastRow || area.firstColumn == area.lastColumn else {
            throw CallSite(operation: site.operation, sheet: range.sheet, cell: area.a1)
                .error(.invalidArgument("a series range must be one row or one column, first cell first"))
        }
    }

    /// Adds a series: `values` plotted against `categories`, both one row or one column on a sheet
    /// already added to the workbook. The series formulas quote the sheet name
    /// (`='月度调度'!$B$2:$B$13`). `name` is the legend text; `colour` (`0xRRGGBB`) the line colour
    /// of a line chart or the fill of columns and bars (nil = Excel's palette).
    ///
    /// - Throws: `.unknownSheet` for a range on a sheet not added yet; `.cellOutOfBounds`;
    ///   `.invalidArgument` for a range that is not one row or column, a name starting with `=`,
    ///   or a colour above `0xFFFFFF`.
    ///
    /// A sheet name containing `'` is quoted correctly (`'O''Brien'`), but libxlsxwriter 1.1.4
    /// cannot resolve it for the series' data cache: it prints a `[WARNING]` on stderr at close and
    /// writes no cache. Excel and LibreOffice read the cells anyway.
    public func addSeries(name: String?, categories: CellRange, values: CellRange, colour: UInt32? = nil) throws {
        let site = CallSite(operation: "chart_add_series")
        try checkRange(categories, site)
        try checkRange(values, site)
        if let name { try TextRules.checkLiteralName(name, what: "series name", site) }
        if let colour { try Workbook.checkColour(colour, site) }
        let chart = try handle(site)
        let series = categories.formula.withCString { cCategories in
            values.formula.withCString { cValues in chart_add_series(chart, cCategories, cValues) }
        }
        guard let series else {
            throw site.error(.invalidArgument("libxlsxwriter could not add the series"))
        }
        if let name { chart_series_set_name(series, name) }
        if let colour {
            switch kind {
            case .line:
                var line = lxw_chart_line()
                line.color = Workbook.lxwColour(colour)
                chart_series_set_line(series, &line)
            case .column, .bar:
                var fill = lxw_chart_fill()
                fill.color = Workbook.lxwColour(colour)
                chart_series_set_fill(series, &fill)
            }
        }
        seriesCount += 1
    }

    /// Sets the chart's title (literal text, not starting with `=`).
    public func setTitle(_ title: String) throws {
        let site = CallSite(operation: "chart_title_set_name")
        try TextRules.checkLiteralName(title, what: "chart title", site)
        chart_title_set_name(try handle(site), title)
    }

    /// Sets the category axis title (horizontal in line and column charts, vertical in bar charts).
    public func setCategoryAxisTitle(_ title: String) throws {
        let site = CallSite(operation: "chart_axis_set_name")
        try TextRules.checkLiteralName(title, what: "axis title", site)
        chart_axis_set_name(try axis(category: true, site), title)
    }

    /// Sets the value axis title (vertical in line and column charts, horizontal in bar charts).
    public func setValueAxisTitle(_ title: String) throws {
        let site = CallSite(operation: "chart_axis_set_name")
        try TextRules.checkLiteralName(title, what: "axis title", site)
        chart_axis_set_name(try axis(category: false, site), title)
    }

    /// Sets the number format of the value axis labels, e.g. `"0%"`, `"#,##0"`.
    public func setValueAxisNumberFormat(_ format: String) throws {
        let site = CallSite(operation: "chart_axis_set_num_format")
        guard !format.isEmpty else { throw site.error(.invalidArgument("number format is empty")) }
        try TextRules.checkXMLText(format, site)
        chart_axis_set_num_format(try axis(category: false, site), format)
    }

    /// Fixes the value axis minimum and/or maximum (nil = automatic).
    ///
    /// - Throws: `.nonFiniteNumber`; `.invalidArgument` when `min >= max`.
    public func setValueAxisBounds(min: Double?, max: Double?) throws {
        let site = CallSite(operation: "chart_axis_set_min")
        for value in [min, max].compactMap({ $0 }) where !value.isFinite {
            throw site.error(.nonFiniteNumber(value))
        }
        if let min, let max, min >= max {
            throw site.error(.invalidArgument("value axis minimum \(min) is not below maximum \(max)"))
        }
        let valueAxis = try axis(category: false, site)
        if let min { chart_axis_set_min(valueAxis, min) }
        if let max { chart_axis_set_max(valueAxis, max) }
    }

    /// Places the legend, or hides it with `.none`.
    public func setLegend(_ position: LegendPosition) throws {
        let site = CallSite(operation: "chart_legend_set_position")
        let value: lxw_chart_legend_position
        switch position {
        case .bottom: value = LXW_CHART_LEGEND_BOTTOM
        case .right: value = LXW_CHART_LEGEND_RIGHT
        case .top: value = LXW_CHART_LEGEND_TOP
        case .none: value = LXW_CHART_LEGEND_NONE
        }
        chart_legend_set_position(try handle(site), UInt8(value.rawValue))
    }

    /// Sets the chart's size in pixels (default 480 × 288); insertion scales multiply it.
    ///
    /// - Throws: `.invalidArgument` outside 50…4000 pixels.
    public func setSize(width: Int, height: Int) throws {
        let site = CallSite(operation: "chart_set_size")
        _ = try handle(site)
        guard (50...4000).contains(width), (50...4000).contains(height) else {
            throw site.error(.invalidArgument("chart size \(width)×\(height) is outside 50...4000 pixels"))
        }
        self.width = width
        self.height = height
    }

    /// The libxlsxwriter axis. libxlsxwriter names axes by direction: x is horizontal, so in a bar
    /// chart x is the value axis and y the category axis (in line and column charts the reverse).
    private func axis(category: Bool, _ site: CallSite) throws(XLSXError) -> UnsafeMutablePointer<lxw_chart_axis> {
        let chart = try handle(site)
        let horizontal = (kind == .bar) != category
        guard let axis = chart_axis_get(chart, horizontal ? LXW_CHART_AXIS_TYPE_X : LXW_CHART_AXIS_TYPE_Y) else {
            throw site.error(.invalidArgument("the chart has no such axis"))
        }
        return axis
    }

    /// The C chart, for `Worksheet.insertChart`.
    internal func insertionHandle(_ site: CallSite) throws(XLSXError) -> UnsafeMutablePointer<lxw_chart> {
        try handle(site)
    }
}
