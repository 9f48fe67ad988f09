/// How a cell looks: font, fill, number format, alignment, border.
///
/// A value type; the workbook creates one libxlsxwriter format per distinct style, the first time
/// the style is used, and reuses it afterwards. Colours are `0xRRGGBB` (e.g. `0xC00000`); black
/// (`0x000000`) works (the wrapper maps it to libxlsxwriter's `LXW_COLOR_BLACK`, since the library
/// reads 0 as "unset"). `nil` and `false` mean Excel's default.
public struct CellStyle: Hashable, Sendable {
    /// Horizontal alignment of the cell content.
    public enum HorizontalAlignment: Hashable, Sendable { case left, center, right }
    /// Vertical alignment of the cell content (Excel's default is bottom).
    public enum VerticalAlignment: Hashable, Sendable { case top, center, bottom }

    public var bold: Bool
    public var italic: Bool
    /// Font size in points, 1…409.
    public var fontSize: Double?
    /// Font name, e.g. `"Calibri"`, `"等线"`; at most 127 UTF-8 bytes.
    public var fontName: String?
    /// Font colour, `0xRRGGBB`.
    public var fontColour: UInt32?
    /// Solid background fill, `0xRRGGBB`.
    public var backgroundColour: UInt32?
    /// Excel number format, e.g. `"0.0%"`, `"#,##0"`, `"0.0"`, `"yyyy-mm-dd"`; at most 127 UTF-8 bytes.
    public var numberFormat: String?
    public var horizontalAlignment: HorizontalAlignment?
    public var verticalAlignment: VerticalAlignment?
    public var wrapText: Bool
    /// A thin border on all four sides.
    public var thinBorder: Bool
    /// The colour of the border (only with `thinBorder`), `0xRRGGBB`; nil = automatic (black).
    public var borderColour: UInt32?
    /// Indentation level, 0…15 (each level is about one character wide).
    public var indent: Int

    /// Equal when every property is: the flags and numbers first, the strings (the costly
    /// part, compared for every cell written) last.
    public static func == (a: CellStyle, b: CellStyle) -> Bool {
        a.bold == b.bold && a.italic == b.italic && a.wrapText == b.wrapText && a.thinBorder == b.thinBorder
            && a.indent == b.indent && a.horizontalAlignment == b.horizontalAlignment
            && a.verticalAlignment == b.verticalAlignment && a.fontColour == b.fontColour
            && a.backgroundColour == b.backgroundColour && a.borderColour == b.borderColour
            && a.fontSize == b.fontSize && a.numberFormat == b.numberFormat && a.fontName == b.fontName
    }

    /// A style; every argument defaults to Excel's default.
    public init(bold: Bool = false, italic: Bool = false, fontSize: Double? = nil,
                fontName: String? = nil, fontColour: UInt32? = nil, backgroundColour: UInt32? = nil,
                numberFormat: String? = nil, horizontalAlignment: HorizontalAlignment? = nil,
                verticalAlignment: VerticalAlignment? = nil, wrapText: Bool = false,
                thinBorder: Bool = false, borderColour: UInt32? = nil, indent: Int = 0) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontName = fontName
        self.fontColour = fontColour
        self.backgroundColour = backgroundColour
        self.numberFormat = numberFormat
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrapText = wrapText
        self.thinBorder = thinBorder
        self.borderColour = borderColour
        self.indent = indent
    }

    /// Takes the font of `other`: bold, italic, size, name and colour.
    public mutating func takeFont(of other: CellStyle) {
        bold = other.bold
        italic = other.italic
        fontSize = other.fontSize
        fontName = other.fontName
        fontColour = other.fontColour
    }
}
