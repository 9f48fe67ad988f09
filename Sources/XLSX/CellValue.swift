/// A value for one cell, for APIs that take any kind (`Worksheet.write(_:row:column:style:)`,
/// `Worksheet.mergeRange(_:value:style:)`).
public enum CellValue: Hashable, Sendable {
    /// Text, never evaluated (a text starting with `=` stays text).
    case text(String)
    /// A finite number.
    case number(Double)
    case boolean(Bool)
    /// An empty cell (visible only with a style).
    case blank
    /// A formula (with or without the leading `=`) with the value Excel shows until it recalculates.
    case formula(String, cached: FormulaResult)
}

/// The cached result of a formula, shown by readers that do not recalculate (LibreOffice, openpyxl).
public enum FormulaResult: Hashable, Sendable {
    case number(Double)
    case text(String)
}

/// A run of rich text (`Worksheet.writeRichString`): its text and the style whose font it is
/// shown in.
public struct TextRun: Hashable, Sendable {
    public var text: String
    public var style: CellStyle

    public init(_ text: String, style: CellStyle) {
        self.text = text
        self.style = style
    }
}
