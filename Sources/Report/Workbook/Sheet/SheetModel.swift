import XLSX

/// One worksheet described as a value: its cells, their styles, merges, tables, conditional
/// formats, charts, column widths, row heights, frozen panes and print setup. A sheet's `make`
/// builds it from the review data without writing anything; `WorkbookRenderer` writes it.
struct SheetModel: Equatable {
    /// What a cell holds: never a formula (input text stays text).
    enum Value: Equatable {
        case text(String)
        case number(Double)
        /// An empty cell that shows its style (a border, a fill).
        case blank
        /// Text in runs of their own fonts.
        case rich([TextRun])
    }

    /// One cell, or the first cell of merged cells across `row` through `lastColumn`.
    struct Cell: Equatable {
        var row: Int
        var column: Int
        var value: Value
        var style: CellStyle
        /// The last column of a merged range starting here; `nil` for a single cell. Merged cells
        /// hold text, a number or nothing (libxlsxwriter merges no rich text: its runs' text is written).
        var mergedThrough: Int?
    }

    /// An Excel table (filter buttons on); its header cells are among the cells, in `titles`.
    struct Table: Equatable {
        var area: CellArea
        var name: String
        var titles: [String]
        var style: TableStyle
    }

    struct ConditionalRule: Equatable {
        var rule: ConditionalFormat
        var area: CellArea
    }

    /// A chart placed with its top-left corner in a cell.
    struct ChartModel: Equatable {
        struct Series: Equatable {
            var name: String
            var categories: CellRange
            var values: CellRange
            var colour: UInt32?
        }

        var kind: Chart.Kind
        var title: String
        var categoryAxisTitle: String?
        var valueAxisTitle: String
        var valueAxisNumberFormat: String
        var valueAxisBounds: (min: Double, max: Double)
        var legend: Chart.LegendPosition
        var series: [Series]
        /// Width and height in pixels.
        var size: (width: Int, height: Int)
        var row: Int
        var column: Int

        static func == (a: ChartModel, b: ChartModel) -> Bool {
            a.kind == b.kind && a.title == b.title && a.categoryAxisTitle == b.categoryAxisTitle
                && a.valueAxisTitle == b.valueAxisTitle && a.valueAxisNumberFormat == b.valueAxisNumberFormat
                && a.valueAxisBounds == b.valueAxisBounds && a.legend == b.legend && a.series == b.series
                && a.size == b.size && a.row == b.row && a.column == b.column
        }
    }

    let name: String
    /// The sheet shown when the workbook opens.
    var isActive = false
    var showsGridlines = true
    /// Cells in the order they are written (a later cell at the same place replaces an earlier
    /// one): the workbook's shared strings and formats are numbered in that order.
    var cells: [Cell] = []
    var tables: [Table] = []
    /// Rules in the order Excel evaluates them.
    var conditionalFormats: [ConditionalRule] = []
    /// The first row and column that scroll (panes frozen above and left of them).
    var frozenPanes: (row: Int, column: Int)?
    /// Column widths in Excel's character units, by column.
    var columnWidths: [Int: Double] = [:]
    /// Row heights in points, by row.
    var rowHeights: [Int: Double] = [:]
    var charts: [ChartModel] = []
    var pageSetup = PageSetup()
    /// Text that had to be cut to fit its cell: the cell (`B7`) and the text's length.
    var cut: [(cell: String, length: Int)] = []

    init(name: String) {
        self.name = name
    }

    static func == (a: SheetModel, b: SheetModel) -> Bool {
        a.name == b.name && a.isActive == b.isActive && a.showsGridlines == b.showsGridlines && a.cells == b.cells
            && a.tables == b.tables && a.conditionalFormats == b.conditionalFormats && a.frozenPanes.map { [$0.row, $0.column] } == b.frozenPanes.map { [$0.row, $0.column] }
            && a.columnWidths == b.columnWidths && a.rowHeights == b.rowHeights && a.charts == b.charts
            && a.pageSetup == b.pageSetup && a.cut.elementsEqual(b.cut, by: ==)
    }

    /// The cell last written at `row`, `column` (0-based), or `nil`.
    func cell(_ row: Int, _ column: Int) -> Cell? {
        cells.last { $0.row == row && $0.column == column }
    }

    /// The cell at an A1 reference (`"B7"`), or `nil`.
    func cell(_ reference: String) -> Cell? {
        let letters = reference.prefix { $0.isLetter }
        guard let row = Int(reference.dropFirst(letters.count)), row > 0 else { return nil }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return cell(row - 1, column)
    }

    /// The text of the cell at `reference` (rich text joined), or `nil` when it holds none.
    func text(_ reference: String) -> String? {
        switch cell(reference)?.value {
        case .text(let text)?: text
        case .rich(let runs)?: runs.map(\.text).joined()
        default: nil
        }
    }

    /// The number in the cell at `reference`, or `nil` when it holds none.
    func number(_ reference: String) -> Double? {
        if case .number(let value)? = cell(reference)?.value { return value }
        return nil
    }
}
