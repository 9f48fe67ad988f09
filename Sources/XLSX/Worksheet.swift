internal import CXlsxWriter

/// A worksheet of a `Workbook`; get one from `Workbook.addWorksheet(_:)`.
///
/// Rows and columns are **0-based** throughout (row 0, column 0 is `A1`); valid rows are
/// 0…1,048,575 and columns 0…16,383. Every method checks its arguments before calling
/// libxlsxwriter and throws `XLSXError` naming the operation, this sheet and the cell.
/// The handle is valid only inside the `Workbook.write` body.
public final class Worksheet {
    /// The sheet's name as added.
    public let name: String
    internal let workbook: Workbook
    private let pointer: UnsafeMutablePointer<lxw_worksheet>
    /// Gridline state: libxlsxwriter sets screen and print gridlines in one call.
    internal var screenGridlines = true
    internal var printGridlines = false
    /// The areas of the data validations added so far, in order (see `addDataValidation`).
    internal var validatedAreas: [CellArea] = []

    internal init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.pointer = handle
        self.name = name
    }

    // MARK: Checks shared by the extensions

    internal func site(_ operation: String, row: Int? = nil, column: Int? = nil) -> CallSite {
        CallSite(operation: operation, sheet: name, cell: nil, position: row.flatMap { r in column.map { (r, $0) } })
    }

    internal func site(_ operation: String, area: CellArea) -> CallSite {
        CallSite(operation: operation, sheet: name, cell: area.a1)
    }

    /// The C worksheet, or `.workbookClosed` once the workbook is closed.
    internal func handle(_ site: CallSite) throws(XLSXError) -> UnsafeMutablePointer<lxw_worksheet> {
        _ = try workbook.openHandle(site)
        return pointer
    }

    internal func checkedRow(_ row: Int, _ site: CallSite) throws(XLSXError) -> lxw_row_t {
        guard (0..<CellReference.rowCount).contains(row) else {
            throw site.error(.cellOutOfBounds(row: row, column: 0))
        }
        return lxw_row_t(row)
    }

    internal func checkedColumn(_ column: Int, _ site: CallSite) throws(XLSXError) -> lxw_col_t {
        guard (0..<CellReference.columnCount).contains(column) else {
            throw site.error(.cellOutOfBounds(row: 0, column: column))
        }
        return lxw_col_t(column)
    }

    internal func checkedCell(_ row: Int, _ column: Int, _ site: CallSite) throws(XLSXError) -> (lxw_row_t, lxw_col_t) {
        guard CellReference.isValid(row: row, column: column) else {
            throw site.error(.cellOutOfBounds(row: row, column: column))
        }
        return (lxw_row_t(row), lxw_col_t(column))
    }

    internal func checkedArea(_ area: CellArea, _ site: CallSite) throws(XLSXError)
        -> (lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t) {
        let (r1, c1) = try checkedCell(area.firstRow, area.firstColumn, site)
        let (r2, c2) = try checkedCell(area.lastRow, area.lastColumn, site)
        guard r1 <= r2, c1 <= c2 else {
            throw site.error(.invalidArgument("area \(area.a1) has its first cell after its last"))
        }
        return (r1, c1, r2, c2)
    }

    internal func checkedNumber(_ value: Double, _ site: CallSite) throws(XLSXError) -> Double {
        guard value.isFinite else { throw site.error(.nonFiniteNumber(value)) }
        return value
    }

    // MARK: Cells

    /// Writes `text` as a string at (`row`, `column`), 0-based. The text is never evaluated: `=1+1`
    /// stays the text `=1+1`. A literal `_xHHHH_` is escaped so Excel shows it as typed. An empty
    /// text writes a blank cell (nothing, without a style).
    ///
    /// - Throws: `.cellOutOfBounds`; `.textTooLong` over 32,767 UTF-16 units; `.illegalCharacter`
    ///   for NUL, other control characters but tab/LF/CR, U+FFFE, U+FFFF.
    public func writeString(_ text: String, row: Int, column: Int, style: CellStyle? = nil) throws {
        let site = site("worksheet_write_string", row: row, column: column)
        let (r, c) = try checkedCell(row, column, site)
        let escaped = try TextRules.cellText(text, site)
        let format = try workbook.format(for: style, site)
        let sheet = try handle(site)
        try check(worksheet_write_string(sheet, r, c, escaped, format), site)
    }

    /// Writes text made of runs in their own fonts (rich text) at (`row`, `column`), 0-based:
    /// each run's style gives its font (bold, italic, size, name, colour; the rest is ignored),
    /// `style` the cell's (alignment, fill, border). Empty runs are left out and neighbours of
    /// the same style joined (Excel refuses both); a single run is written as plain text in
    /// `style` with the run's font. Checked and escaped like `writeString` as a whole.
    ///
    /// - Throws: as `writeString`.
    public func writeRichString(_ runs: [TextRun], row: Int, column: Int, style: CellStyle? = nil) throws {
        let site = site("worksheet_write_rich_string", row: row, column: column)
        let (r, c) = try checkedCell(row, column, site)
        var joined: [TextRun] = []
        for run in runs where !run.text.isEmpty {
            if let last = joined.last, last.style == run.style {
                joined[joined.count - 1].text += run.text
            } else {
                joined.append(run)
            }
        }
        _ = try TextRules.cellText(joined.map(\.text).joined(), site)
        guard joined.count > 1 else {
            var cell = style ?? CellStyle()
            if let run = joined.first { cell.takeFont(of: run.style) }
            try writeString(joined.first?.text ?? "", row: row, column: column, style: cell)
            return
        }
        var formats: [UnsafeMutablePointer<lxw_format>?] = []
        for run in joined { formats.append(try workbook.format(for: run.style, site)) }
        let cellFormat = try workbook.format(for: style, site)
        let sheet = try handle(site)
        let texts: [String?] = joined.map { TextRules.escapingXstringSequences($0.text) }
        try withCStrings(texts) { pointers in
            var tuples = zip(formats, pointers).map { lxw_rich_string_tuple(format: $0, string: $1) }
            try tuples.withUnsafeMutableBufferPointer { buffer in
                var list: [UnsafeMutablePointer<lxw_rich_string_tuple>?] = (0..<buffer.count).map { buffer.baseAddress! + $0 }
                list.append(nil)
                try check(worksheet_write_rich_string(sheet, r, c, &list, cellFormat), site)
            }
        }
    }

    /// Writes a number at (`row`, `column`), 0-based; use a style's `numberFormat` to show it as
    /// a percentage, a date serial, etc.
    ///
    /// - Throws: `.nonFiniteNumber` for NaN and ±infinity; `.cellOutOfBounds`.
    public func writeNumber(_ value: Double, row: Int, column: Int, style: CellStyle? = nil) throws {
        let site = site("worksheet_write_number", row: row, column: column)
        let (r, c) = try checkedCell(row, column, site)
        let number = try checkedNumber(value, site)
        let format = try workbook.format(for: style, site)
        try check(worksheet_write_number(try handle(site), r, c, number, format), site)
    }

    /// Writes `TRUE` or `FALSE` at (`row`, `column`), 0-based.
    public func writeBoolean(_ value: Bool, row: Int, column: Int, style: CellStyle? = nil) throws {
        let site = site("worksheet_write_boolean", row: row, column: column)
        let (r, c) = try checkedCell(row, column, site)
        let format = try workbook.format(for: style, site)
        try check(worksheet_write_boolean(try handle(site), r, c, value ? 1 : 0, format), site)
    }

    /// Writes an empty cell carrying `style` at (`row`, `column`), 0-based (e.g. a bordered or
    /// filled empty cell).
    public func writeBlank(row: Int, column: Int, style: CellStyle) throws {
        let site = site("worksheet_write_blank", row: row, column: column)
        let (r, c) = try checkedCell(row, column, site)
        let format = try workbook.format(for: style, site)
        try check(worksheet_write_blank(try handle(site), r, c, format), site)
    }

    /// Writes a formula (`"=SUM(B2:B13)"`; the `=` is optional) with its cached numeric result,
    /// shown by readers that do not recalculate.
    ///
    /// - Throws: `.nonFiniteNumber` for a NaN or infinite cached value; `.invalidArgument` for an
    ///   empty formula or one over 8,192 UTF-16 units; `.illegalCharacter`; `.cellOutOfBounds`.
    public func writeFormula(_ formula: String, cachedNumber: Double, row: Int, column: Int,
                             style: CellStyle? = nil) throws {
        let site = site("worksheet_write_formula_num", row: row, column: column)
        let (r, c) = try checkedCell(row, column, site)
        try checkFormula(formula, site)
        let number = try checkedNumber(cachedNumber, site)
        let format = try workbook.format(for: style, site)
        try check(worksheet_write_formula_num(try handle(site), r, c, formula, format, number), site)
    }

    /// Writes a formula with its cached text result (checked and escaped like `writeString`).
    public func writeFormula(_ formula: String, cachedString: String, row: Int, column: Int,
                             style: CellStyle? = nil) throws {
        let site = site("worksheet_write_formula_str", row: row, column: column)
        let (r, c) = try checkedCell(row, column, site)
        try checkFormula(formula, site)
        let cached = try TextRules.cellText(cachedString, site)
        let format = try workbook.format(for: style, site)
        try check(worksheet_write_formula_str(try handle(site), r, c, formula, format, cached), site)
    }

    /// Writes any `CellValue` at (`row`, `column`), 0-based, with the checks of the typed methods.
    /// `.blank` without a style writes nothing.
    public func write(_ value: CellValue, row: Int, column: Int, style: CellStyle? = nil) throws {
        switch value {
        case .text(let text): try writeString(text, row: row, column: column, style: style)
        case .number(let number): try writeNumber(number, row: row, column: column, style: style)
        case .boolean(let flag): try writeBoolean(flag, row: row, column: column, style: style)
        case .blank:
            if let style { try writeBlank(row: row, column: column, style: style) }
            else { _ = try checkedCell(row, column, site("worksheet_write_blank", row: row, column: column)) }
        case .formula(let formula, .number(let number)):
            try writeFormula(formula, cachedNumber: number, row: row, column: column, style: style)
        case .formula(let formula, .text(let text)):
            try writeFormula(formula, cachedString: text, row: row, column: column, style: style)
        }
    }

    private func checkFormula(_ formula: String, _ site: CallSite) throws(XLSXError) {
        let body = formula.hasPrefix("=") ? formula.dropFirst() : formula[...]
        guard !body.isEmpty else { throw site.error(.invalidArgument("the formula is empty")) }
        guard formula.utf16.count <= 8_192 else {
            throw site.error(.invalidArgument("the formula has \(formula.utf16.count) UTF-16 units; Excel allows 8,192"))
        }
        try TextRules.checkXMLText(formula, site)
    }
}
