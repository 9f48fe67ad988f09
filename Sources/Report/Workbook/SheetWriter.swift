import Foundation
import XLSX

/// The cell styles of the workbook, one value each (the wrapper makes each format once).
enum Styles {
    static let font = "等线"
    static let title = CellStyle(bold: true, fontSize: 16, fontName: font)
    static let section = CellStyle(bold: true, fontSize: 12, fontName: font, fontColour: 0x1F4E79)
    static let label = CellStyle(bold: true, fontName: font)
    static let plain = CellStyle(fontName: font)
    static let note = CellStyle(italic: true, fontName: font, fontColour: 0x595959)
    static let header = CellStyle(bold: true, fontName: font, backgroundColour: 0xDDEBF7, horizontalAlignment: .center,
                                  verticalAlignment: .center, wrapText: true, thinBorder: true, borderColour: 0x9BC2E6)
    static let text = CellStyle(fontName: font, verticalAlignment: .top, thinBorder: true, borderColour: 0xBFBFBF)
    static let wrapped = CellStyle(fontName: font, verticalAlignment: .top, wrapText: true, thinBorder: true, borderColour: 0xBFBFBF)
    static let centered = CellStyle(fontName: font, horizontalAlignment: .center, thinBorder: true, borderColour: 0xBFBFBF)
    static let count = number("#,##0")
    static let percent = number("0.0%")
    static let oneDecimal = number("0.0")
    static let twoDecimals = number("0.00")
    static let threeDecimals = number("0.000")
    static let pValue = number("0.0000")
    static let draftTitle = CellStyle(bold: true, fontSize: 14, fontName: font, horizontalAlignment: .center, verticalAlignment: .center, wrapText: true)
    static let draftHeading = CellStyle(bold: true, fontSize: 12, fontName: font, verticalAlignment: .center, wrapText: true)
    static let draftBody = CellStyle(fontName: font, verticalAlignment: .top, wrapText: true)
    static let stars = CellStyle(fontName: font, fontColour: 0xC00000, thinBorder: true, borderColour: 0xBFBFBF)

    static func number(_ format: String) -> CellStyle {
        CellStyle(fontName: font, numberFormat: format, thinBorder: true, borderColour: 0xBFBFBF)
    }

    static let good = CellStyle(fontName: font, fontColour: 0x006100, backgroundColour: 0xC6EFCE)
    static let fair = CellStyle(fontName: font, fontColour: 0x9C5700, backgroundColour: 0xFFEB9C)
    static let bad = CellStyle(fontName: font, fontColour: 0x9C0006, backgroundColour: 0xFFC7CE)
}

/// Writes cells to one worksheet and remembers how wide each column's content is, so the
/// columns can be sized at the end (libxlsxwriter 1.1.4 has no autofit).
final class SheetWriter {
    let sheet: Worksheet
    let name: String
    private var widths: [Int: Double] = [:]
    /// Text that had to be cut to fit a cell, for the Data quality sheet.
    private(set) var cut: [(cell: String, length: Int)] = []

    init(_ sheet: Worksheet, name: String) {
        self.sheet = sheet
        self.name = name
    }

    /// Writes input or label text; never a formula. `measure: false` for long text that
    /// should not widen its column (titles, wrapped notes).
    func text(_ value: String, _ row: Int, _ column: Int, _ style: CellStyle = Styles.text, measure: Bool = true) throws {
        let (clean, original) = CellText.fit(value)
        if let original { cut.append((CellReference.cell(row: row, column: column), original)) }
        try sheet.writeString(clean, row: row, column: column, style: style)
        if measure { note(column, Worksheet.displayWidth(of: clean)) }
    }

    func number(_ value: Double, _ row: Int, _ column: Int, _ style: CellStyle, width: Double = 8) throws {
        try sheet.writeNumber(value, row: row, column: column, style: style)
        note(column, width)
    }

    func number(_ value: Int, _ row: Int, _ column: Int, _ style: CellStyle = Styles.count) throws {
        try number(Double(value), row, column, style, width: Double(String(value).count + 2))
    }

    /// A number, or a blank cell with the style when there is none (an undefined value is
    /// never NaN in the workbook).
    func optional(_ value: Double?, _ row: Int, _ column: Int, _ style: CellStyle) throws {
        if let value, value.isFinite {
            try number(value, row, column, style)
        } else {
            try sheet.writeBlank(row: row, column: column, style: style)
        }
    }

    func header(_ titles: [String], row: Int, from column: Int = 0) throws {
        for (i, title) in titles.enumerated() {
            try sheet.writeString(title, row: row, column: column + i, style: Styles.header)
            // Headers wrap: a long title need not widen its column beyond ~12 characters.
            note(column + i, min(Worksheet.displayWidth(of: title), 12) + 1)
        }
    }

    func note(_ column: Int, _ width: Double) {
        widths[column] = max(widths[column] ?? 0, width)
    }

    /// Sets every measured column's width (with padding, capped so one long value does not
    /// make a column unreadably wide).
    func fitColumns(minimum: Double = 6, maximum: Double = 50) throws {
        for column in widths.keys.sorted() {
            try sheet.setColumns(column, column, width: min(maximum, max(minimum, widths[column]! + 2)))
        }
    }

    /// Landscape A4 with the header rows repeated and page numbers in the footer.
    func print(title: String, repeatRows: ClosedRange<Int>?, repeatColumns: ClosedRange<Int>? = nil, fitWide: Bool, language: Bool) throws {
        let footer = language
            ? "&L\(CellText.footerSafe(title))&R第 &P 页，共 &N 页"
            : "&L\(CellText.footerSafe(title))&RPage &P of &N"
        try sheet.setPageSetup(PageSetup(
            orientation: .landscape, paperSize: PageSetup.paperA4,
            fitToPages: fitWide ? (1, 0) : nil,
            repeatRows: repeatRows, repeatColumns: repeatColumns,
            margins: PageSetup.Margins(left: 0.5, right: 0.5, top: 0.6, bottom: 0.7),
            footer: footer))
    }
}

/// Text as a cell can hold it.
enum CellText {
    /// Excel's limit, in UTF-16 units.
    static let limit = 32_767

    /// The text without characters XML cannot carry, cut with "…" to Excel's cell limit.
    /// Returns the original length (UTF-16 units) when it was cut.
    static func fit(_ text: String) -> (String, Int?) {
        var clean = text
        if text.unicodeScalars.contains(where: isForbidden) {
            clean = String(String.UnicodeScalarView(text.unicodeScalars.filter { !isForbidden($0) }))
        }
        let length = clean.utf16.count
        guard length > limit else { return (clean, nil) }
        var kept = String.UnicodeScalarView()
        var units = 0
        for scalar in clean.unicodeScalars {
            let w = scalar.utf16.count
            if units + w > limit - 1 { break }
            kept.append(scalar)
            units += w
        }
        return (String(kept) + "…", length)
    }

    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF
    }

    /// A header/footer text without `&`, which starts a control code there.
    static func footerSafe(_ text: String) -> String {
        String(text.replacingOccurrences(of: "&", with: "&&").prefix(60))
    }
}

extension ConditionalFormat {
    /// Red when a number is below `limit`; blank cells (an undefined value) stay plain, which a
    /// plain cell-value rule would not do (Excel compares a blank as 0).
    static func below(_ limit: Double, topLeft area: CellArea) -> ConditionalFormat {
        let cell = CellReference.cell(row: area.firstRow, column: area.firstColumn)
        return .formula("AND(ISNUMBER(\(cell)),\(cell)<\(limit))", style: Styles.bad)
    }
}
