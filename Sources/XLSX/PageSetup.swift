/// How a worksheet prints; data-independent, applied with `Worksheet.setPageSetup(_:)`.
/// `nil` and `false` leave Excel's default.
public struct PageSetup: Hashable, Sendable {
    /// Page orientation.
    public enum Orientation: Hashable, Sendable { case portrait, landscape }

    /// Page margins in inches (Excel's defaults: left/right 0.7, top/bottom 0.75).
    public struct Margins: Hashable, Sendable {
        public var left, right, top, bottom: Double
        /// Margins in inches; each must be finite and not negative.
        public init(left: Double, right: Double, top: Double, bottom: Double) {
            self.left = left; self.right = right; self.top = top; self.bottom = bottom
        }
    }

    /// Excel's paper code for A4.
    public static let paperA4 = 9

    public var orientation: Orientation
    /// Excel's paper code (1 = Letter, 9 = A4, …, up to 41); nil = the printer's default.
    public var paperSize: Int?
    /// Fit to this many pages wide and tall; 0 in a direction means automatic (as many as needed).
    /// When set, Excel ignores `scale`.
    public var fitToPages: (wide: Int, tall: Int)? {
        get { fitWide.map { ($0, fitTall ?? 0) } }
        set { fitWide = newValue?.wide; fitTall = newValue?.tall }
    }
    private var fitWide: Int?
    private var fitTall: Int?
    /// Print scale in percent, 10…400.
    public var scale: Int?
    /// Rows (0-based, inclusive) repeated at the top of every page, e.g. `0...0` for a header row.
    public var repeatRows: ClosedRange<Int>?
    /// Columns (0-based, inclusive) repeated at the left of every page.
    public var repeatColumns: ClosedRange<Int>?
    /// The area printed; nil = the used cells.
    public var printArea: CellArea?
    public var centerHorizontally: Bool
    public var margins: Margins?
    /// Header text with Excel's codes: `&L`/`&C`/`&R` sections, `&P` page number, `&N` page
    /// count, `&A` sheet name, `&&` a literal `&`. At most 255 characters (libxlsxwriter's limit).
    public var header: String?
    /// Footer text, same codes as `header`, e.g. `"&C&P / &N"`.
    public var footer: String?
    /// Print the cell gridlines.
    public var printGridlines: Bool

    /// A page setup; every argument defaults to Excel's default.
    public init(orientation: Orientation = .portrait, paperSize: Int? = nil,
                fitToPages: (wide: Int, tall: Int)? = nil, scale: Int? = nil,
                repeatRows: ClosedRange<Int>? = nil, repeatColumns: ClosedRange<Int>? = nil,
                printArea: CellArea? = nil, centerHorizontally: Bool = false, margins: Margins? = nil,
                header: String? = nil, footer: String? = nil, printGridlines: Bool = false) {
        self.orientation = orientation
        self.paperSize = paperSize
        self.fitWide = fitToPages?.wide
        self.fitTall = fitToPages?.tall
        self.scale = scale
        self.repeatRows = repeatRows
        self.repeatColumns = repeatColumns
        self.printArea = printArea
        self.centerHorizontally = centerHorizontally
        self.margins = margins
        self.header = header
        self.footer = footer
        self.printGridlines = printGridlines
    }
}
