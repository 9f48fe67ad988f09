import Foundation
import Model
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

/// Writes cells to one worksheet and remembers how wide each column's content is, so the
/// columns can be sized at the end (libxlsxwriter 1.1.4 has no autofit), and which cells wrap,
/// so their rows can be made tall enough (LibreOffice and Excel do not grow a row that a
/// generated file gives no height).
final class SheetWriter {
    let sheet: Worksheet
    let name: String
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
    /// Text that had to be cut to fit a cell, for the Data quality sheet.
    private(set) var cut: [(cell: String, length: Int)] = []

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

    init(_ sheet: Worksheet, name: String) {
        self.sheet = sheet
        self.name = name
    }

    /// Writes input or label text; never a formula. `measure: false` for long text that
    /// should not widen its column (titles, notes that may run over empty cells). A wrapping
    /// style makes the row as tall as the text needs in the column's final width (give such a
    /// column a `cap` or a `fix`ed width).
    func text(_ value: String, _ row: Int, _ column: Int, _ style: CellStyle = Styles.text, measure: Bool = true) throws {
        let (clean, original) = CellText.fit(value)
        if let original { cut.append((CellReference.cell(row: row, column: column), original)) }
        try sheet.writeString(clean, row: row, column: column, style: style)
        if style.wrapText { wrapped[row, default: []].append((column...column, clean, 0, 1)) }
        if measure { note(column, TextWidth.of(clean)) }
    }

    /// Text in the merged cells `columns` of `row`, wrapped, the row as tall as it needs.
    func merged(_ value: String, _ row: Int, _ columns: ClosedRange<Int>, _ style: CellStyle = Styles.wrapped) throws {
        let (clean, original) = CellText.fit(value)
        if let original { cut.append((CellReference.cell(row: row, column: columns.lowerBound), original)) }
        try sheet.mergeRange(CellArea(firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound),
                             value: .text(clean), style: style)
        wrapped[row, default: []].append((columns, clean, 0, 1))
    }

    /// Text in runs of their own fonts (rich text), on one line: not measured, not wrapped.
    func rich(_ runs: [TextRun], _ row: Int, _ column: Int, _ style: CellStyle) throws {
        let clean = runs.map { TextRun(CellText.fit($0.text).0, style: $0.style) }
        try sheet.writeRichString(clean, row: row, column: column, style: style)
    }

    func number(_ value: Double, _ row: Int, _ column: Int, _ style: CellStyle) throws {
        try sheet.writeNumber(value, row: row, column: column, style: style)
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

    func number(_ value: Int, _ row: Int, _ column: Int, _ style: CellStyle = Styles.count) throws {
        try number(Double(value), row, column, style)
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

    /// "—": a figure that a missing log cannot give (rules §2), never a 0 or a blank.
    func unavailable(_ row: Int, _ column: Int) throws {
        try text(Catalogue.Figures.unavailable, row, column, Styles.unavailable)
    }

    /// A count, or "—" when there is none: a count is empty only when its log is missing.
    func count(_ value: Int?, _ row: Int, _ column: Int, _ style: CellStyle = Styles.count) throws {
        if let value { try number(value, row, column, style) } else { try unavailable(row, column) }
    }

    /// `optional`, but "—" for an empty value when `unavailable` (its log is missing), so an
    /// empty figure says why it is empty.
    func optional(_ value: Double?, _ row: Int, _ column: Int, _ style: CellStyle, unavailable: Bool) throws {
        if value == nil, unavailable { try self.unavailable(row, column) } else { try optional(value, row, column, style) }
    }

    /// A header row: bold on a fill, wrapped into at most `lines` lines, so a long title does
    /// not widen its column much beyond its values. `filter` leaves room for a filter button.
    func header(_ titles: [String], row: Int, from column: Int = 0, lines: Int = 2, filter: Bool = false) throws {
        for (i, title) in titles.enumerated() {
            try sheet.writeString(title, row: row, column: column + i, style: Styles.header)
            note(column + i, TextWidth.wrapped(title, lines: lines, latin: TextWidth.bold) + (filter ? 1.5 : 0))
        }
        // The row's height follows from the final widths, like any wrapped text.
        wrapped[row, default: []] += titles.enumerated().map { ((column + $0.offset)...(column + $0.offset), $0.element, filter ? 1.5 : 0, TextWidth.bold) }
    }

    /// An Excel table over `area` whose first row gets `titles` in the header style (a
    /// LibreOffice print shows no table style), with filter buttons.
    func table(_ area: CellArea, name tableName: String, titles: [String], style: TableStyle, lines: Int = 2) throws {
        try sheet.addTable(area, name: tableName, columns: titles, style: style)
        try header(titles, row: area.firstRow, from: area.firstColumn, lines: lines, filter: true)
    }

    /// Sets a row's height in points and keeps it.
    func height(_ row: Int, _ points: Double) throws {
        try sheet.setRow(row, height: points)
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
    func fitColumns(minimum: Double = 6, maximum: Double = 50) throws -> [Int: Double] {
        var final: [Int: Double] = [:]
        let noted = widths.indices.filter { widths[$0] >= 0 }
        for column in Set(noted).union(fixedWidths.keys).sorted() {
            let width = fixedWidths[column]
                ?? min(caps[column] ?? maximum, maximum, max(minimum, (column < widths.count ? widths[column] : 0) + 1.2))
            final[column] = width
            try sheet.setColumns(column, column, width: width)
        }
        for (row, cells) in wrapped.sorted(by: { $0.key < $1.key }) where !fixedRows.contains(row) {
            let lines = cells.map { cell in
                TextWidth.lines(cell.text, width: cell.columns.reduce(0) { $0 + (final[$1] ?? 8.43) } - 1 - cell.reserved,
                                latin: cell.latin)
            }.max() ?? 1
            if lines > 1 { try sheet.setRow(row, height: Self.rowHeight(lines: lines)) }
        }
        return final
    }

    /// Landscape A4, the header rows (and identifying columns) repeated on every page, and a
    /// footer with the report title, the sheet and the page number; `footerLeft` in small print
    /// instead of the title when given.
    func print(title: String, repeatRows: ClosedRange<Int>?, repeatColumns: ClosedRange<Int>? = nil,
               fit: PrintFit, labels: Labels, footerLeft: String? = nil,
               margins: PageSetup.Margins = SheetWriter.margins) throws {
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
        try sheet.setPageSetup(setup)
    }
}

/// How wide text looks in a cell, in Excel's character units (the width of a digit): a CJK
/// character counts two.
enum TextWidth {
    /// How much wider bold Latin text is than the digit width the units count.
    static let bold = 1.1

    static func of(_ text: String) -> Double { Worksheet.displayWidth(of: text) }

    /// Units of `text`: one per CJK character (breakable anywhere), one per run of other
    /// characters (a word, with the space that follows it).
    private static func units(_ text: String, latin: Double) -> [(width: Double, space: Bool)] {
        var units: [(Double, Bool)] = []
        var word = 0
        func flush(space: Bool) {
            if word > 0 { units.append((Double(word) * latin, space)) }
            word = 0
        }
        func add(_ width: Int, isSpace: Bool) {
            if isSpace {
                flush(space: true)
            } else if width >= 2 {
                flush(space: false)
                units.append((2, false))
            } else {
                word += width
            }
        }
        var standalone = true
        for scalar in text.unicodeScalars {
            guard let width = Worksheet.scalarWidth(scalar) else { standalone = false; break }
            add(width, isSpace: scalar == " ")
        }
        if !standalone {
            units = []
            word = 0
            for character in text { add(Worksheet.displayWidth(of: character), isSpace: character == " ") }
        }
        flush(space: false)
        return units
    }

    /// The lines `text` takes when wrapped at `width` (words kept whole, CJK broken anywhere,
    /// line breaks kept).
    static func lines(_ text: String, width: Double, latin: Double = 1) -> Int {
        // Split on the byte, not by `Character`, which must find cluster boundaries.
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).reduce(0) { total, paragraph in
            var lines = 1
            var used = 0.0
            for unit in units(String(Substring(paragraph)), latin: latin) {
                if used > 0 && used + unit.width > width {
                    lines += 1
                    used = 0
                }
                used += unit.width
                // A word longer than the line wraps by characters.
                while used > width {
                    lines += 1
                    used -= width
                }
                if unit.space { used += 1 }
            }
            return total + lines
        }
    }

    /// The narrowest width at which `text` wraps into at most `lines` lines without breaking a
    /// word (`latin` scales the width of non-CJK text, e.g. `bold`).
    static func wrapped(_ text: String, lines maximum: Int, latin: Double = 1) -> Double {
        // Text with its own line breaks is as wide as its widest line.
        if text.utf8.contains(0x0A) {
            return text.split(separator: "\n").map { wrapped(String($0), lines: 1, latin: latin) }.max() ?? 0
        }
        let parts = units(text, latin: latin)
        let full = parts.reduce(0) { $0 + $1.width + ($1.space ? 1 : 0) }
        guard maximum > 1, full > 6 else { return full }
        // Never narrower than the longest word: words are not broken.
        let longest = parts.map(\.width).max() ?? 0
        var width = max(4, longest.rounded(.up), (full / Double(maximum)).rounded(.up))
        while width < full && lines(text, width: width, latin: latin) > maximum { width += 1 }
        return width
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

    /// A header/footer text without `&`, which starts a control code there, at most `limit`
    /// characters (Excel keeps 255 for the whole footer).
    static func footerSafe(_ text: String, limit: Int = 60) -> String {
        String(text.replacingOccurrences(of: "&", with: "&&").prefix(limit))
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

/// How a number format shows a number, for its width: read once per format, then applied to
/// every cell without making strings.
struct NumberShape {
    let decimals: Int
    let percent: Bool
    let grouped: Bool
    let general: Bool
    /// The width of the quoted text of a one-section format (a unit: `#,##0"人学时"`).
    let literal: Double

    init(format: String) {
        general = format == "General"
        percent = format.hasSuffix("%")
        grouped = format.contains(",")
        // Quoted text is shown as written: its dots and zeros are not the number's.
        let parts = format.split(separator: "\"", omittingEmptySubsequences: false)
        let unquoted = parts.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        decimals = unquoted.split(separator: ".").dropFirst().first.map { $0.filter { $0 == "0" }.count } ?? 0
        literal = format.contains(";") ? 0
            : parts.enumerated().filter { $0.offset % 2 == 1 }.reduce(0) { $0 + TextWidth.of(String($1.element)) }
    }

    /// The width of `value` as the format shows it (`#,##0`, `0.0`, `0.0%` …), in digits.
    func width(of value: Double) -> Double {
        if general { return Double(String(value).count) }
        let scaled = percent ? value * 100 : value
        var digits = 1
        var integer = abs(scaled).rounded(.down)
        while integer >= 10 { integer = (integer / 10).rounded(.down); digits += 1 }
        var width = Double(digits + (grouped ? (digits - 1) / 3 : 0) + (decimals > 0 ? decimals + 1 : 0))
        if scaled < 0 { width += 1 }
        if percent { width += 1 }
        return width + literal
    }
}
