/// A1-notation helpers. Rows and columns are 0-based, as everywhere in this API:
/// row 0, column 0 is `A1`; column 25 is `Z`, column 26 is `AA`.
public enum CellReference {
    /// The number of rows in a sheet (Excel 2007+): valid rows are 0…1,048,575.
    public static let rowCount = 1_048_576
    /// The number of columns in a sheet: valid columns are 0…16,383 (`A`…`XFD`).
    public static let columnCount = 16_384

    /// Whether `row` and `column` (0-based) lie inside a sheet.
    public static func isValid(row: Int, column: Int) -> Bool {
        (0..<rowCount).contains(row) && (0..<columnCount).contains(column)
    }

    /// The column letters of a 0-based column: 0 → `A`, 27 → `AB`. Negative columns give `?`.
    public static func columnName(_ column: Int) -> String {
        guard column >= 0 else { return "?" }
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// A cell in A1 notation, e.g. `cell(row: 2, column: 1)` → `B3`; with `absolute`, `$B$3`.
    /// Out-of-range positions are still rendered (for error messages); negative ones as `R-1C0`.
    public static func cell(row: Int, column: Int, absolute: Bool = false) -> String {
        guard row >= 0, column >= 0 else { return "R\(row)C\(column)" }
        let d = absolute ? "$" : ""
        return "\(d)\(columnName(column))\(d)\(row + 1)"
    }

    /// A range in A1 notation, e.g. `A1:D9`; a single cell gives `A1`.
    public static func range(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int,
                             absolute: Bool = false) -> String {
        let first = cell(row: firstRow, column: firstColumn, absolute: absolute)
        if firstRow == lastRow && firstColumn == lastColumn { return first }
        return first + ":" + cell(row: lastRow, column: lastColumn, absolute: absolute)
    }

    /// A sheet name as formulas need it: always in single quotes, an inner `'` doubled:
    /// `月度调度` → `'月度调度'`, `O'Brien` → `'O''Brien'`. Quoting is valid for every name.
    public static func quotedSheetName(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// A rectangle of cells on a named sheet, 0-based and inclusive, used for chart series.
public struct CellRange: Hashable, Sendable {
    public var sheet: String
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    /// A range on `sheet` from (`firstRow`, `firstColumn`) to (`lastRow`, `lastColumn`), inclusive.
    public init(sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.sheet = sheet
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// A range of one column: rows `rows` of `column`.
    public init(sheet: String, column: Int, rows: ClosedRange<Int>) {
        self.init(sheet: sheet, firstRow: rows.lowerBound, firstColumn: column,
                  lastRow: rows.upperBound, lastColumn: column)
    }

    /// A range of one row: columns `columns` of `row`.
    public init(sheet: String, row: Int, columns: ClosedRange<Int>) {
        self.init(sheet: sheet, firstRow: row, firstColumn: columns.lowerBound,
                  lastRow: row, lastColumn: columns.upperBound)
    }

    /// The cells without the sheet, e.g. `B2:B13`.
    public var a1: String {
        CellReference.range(firstRow: firstRow, firstColumn: firstColumn,
                            lastRow: lastRow, lastColumn: lastColumn)
    }

    /// The formula chart series use: `='月度调度'!$B$2:$B$13`.
    public var formula: String {
        "=" + CellReference.quotedSheetName(sheet) + "!" + CellReference.range(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
            absolute: true)
    }
}
