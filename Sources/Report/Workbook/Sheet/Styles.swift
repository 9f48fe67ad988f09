import XLSX

/// The cell styles of the workbook, one value each (the wrapper makes each format once).
enum Styles {
    static let font = "等线"
    static let title = CellStyle(bold: true, fontSize: 16, fontName: font)
    static let section = CellStyle(bold: true, fontSize: 12, fontName: font, fontColour: 0x1F4E79)
    static let label = CellStyle(bold: true, fontName: font)
    static let plain = CellStyle(fontName: font)
    static let plainNumber = CellStyle(fontName: font, numberFormat: "0", horizontalAlignment: .left)
    static let note = CellStyle(italic: true, fontName: font, fontColour: 0x595959)
    static let header = CellStyle(bold: true, fontName: font, backgroundColour: 0xDDEBF7, horizontalAlignment: .center,
                                  verticalAlignment: .center, wrapText: true, thinBorder: true, borderColour: 0x9BC2E6)
    static let text = CellStyle(fontName: font, verticalAlignment: .top, thinBorder: true, borderColour: 0xBFBFBF)
    static let wrapped = CellStyle(fontName: font, verticalAlignment: .top, wrapText: true, thinBorder: true, borderColour: 0xBFBFBF)
    /// A name that wraps onto a second line rather than being cut at a capped column.
    static let name = CellStyle(fontName: font, verticalAlignment: .top, wrapText: true, thinBorder: true, borderColour: 0xBFBFBF)
    static let centered = CellStyle(fontName: font, horizontalAlignment: .center, verticalAlignment: .top, thinBorder: true, borderColour: 0xBFBFBF)
    static let count = number("#,##0")
    static let percent = number("0.0%")
    static let oneDecimal = number("0.0")
    /// Person-hours, the format chosen per value (rules §5): thousands grouped, no decimals when
    /// the value is whole, else one, and the unit after the number when given (`16,932人学时`,
    /// `44.5人学时`).
    static func hours(_ value: Double?, unit: String? = nil) -> CellStyle {
        let whole = value.map { abs($0 - $0.rounded()) < 0.000_001 } ?? true
        return number((whole ? "#,##0" : "#,##0.0") + (unit.map { "\"\($0)\"" } ?? ""))
    }
    static let twoDecimals = number("0.00")
    static let threeDecimals = number("0.000")
    /// Tiny p-values read `<0.0001`, not a misleading 0.0000.
    static let pValue = number("[<0.0001]\"<0.0001\";0.0000")
    /// Line and field numbers: no thousands separator.
    static let ordinal = number("0")
    /// A group row inside a table (bold on a light fill) and the rows under it (indented).
    static let group = CellStyle(bold: true, fontName: font, backgroundColour: 0xF2F2F2, thinBorder: true, borderColour: 0xBFBFBF)
    static let indented = CellStyle(fontName: font, verticalAlignment: .top, thinBorder: true, borderColour: 0xBFBFBF, indent: 1)
    /// A total column: bold.
    static let countTotal = CellStyle(bold: true, fontName: font, numberFormat: "#,##0", thinBorder: true, borderColour: 0xBFBFBF)
    static let percentTotal = CellStyle(bold: true, fontName: font, numberFormat: "0.0%", thinBorder: true, borderColour: 0xBFBFBF)
    static let stars = CellStyle(fontName: font, fontColour: 0xC00000, verticalAlignment: .top, thinBorder: true, borderColour: 0xBFBFBF)
    /// A figure a missing log cannot give: "—", centred, grey (rules §2).
    static let unavailable = CellStyle(fontName: font, fontColour: 0x808080, horizontalAlignment: .center, verticalAlignment: .top,
                                       thinBorder: true, borderColour: 0xBFBFBF)
    /// A label beside a text that may wrap onto several lines, and that text (no border).
    static let labelTop = CellStyle(bold: true, fontName: font, verticalAlignment: .top)
    static let plainWrapped = CellStyle(fontName: font, verticalAlignment: .top, wrapText: true)

    static func number(_ format: String) -> CellStyle {
        CellStyle(fontName: font, numberFormat: format, verticalAlignment: .top, thinBorder: true, borderColour: 0xBFBFBF)
    }

    static let good = CellStyle(fontName: font, fontColour: 0x006100, backgroundColour: 0xC6EFCE)
    static let fair = CellStyle(fontName: font, fontColour: 0x9C5700, backgroundColour: 0xFFEB9C)
    static let bad = CellStyle(fontName: font, fontColour: 0x9C0006, backgroundColour: 0xFFC7CE)
}

extension ConditionalFormat {
    /// Red when a number is below `limit`; blank cells (an undefined value) stay plain, which a
    /// plain cell-value rule would not do (Excel compares a blank as 0).
    static func below(_ limit: Double, topLeft area: CellArea) -> ConditionalFormat {
        let cell = CellReference.cell(row: area.firstRow, column: area.firstColumn)
        return .formula("AND(ISNUMBER(\(cell)),\(cell)<\(limit))", style: Styles.bad)
    }
}
