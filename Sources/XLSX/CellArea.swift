/// A rectangle of cells on one sheet, 0-based and inclusive: `CellArea(rows: 0...9, columns: 0...3)`
/// is `A1:D10`.
public struct CellArea: Hashable, Sendable {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    /// The area from (`firstRow`, `firstColumn`) to (`lastRow`, `lastColumn`), inclusive, 0-based.
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// The area covering `rows` × `columns` (0-based, inclusive).
    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.init(firstRow: rows.lowerBound, firstColumn: columns.lowerBound,
                  lastRow: rows.upperBound, lastColumn: columns.upperBound)
    }

    /// A1 notation, e.g. `A1:D10`.
    public var a1: String {
        CellReference.range(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
    }

    /// The number of cells.
    public var cellCount: Int { (lastRow - firstRow + 1) * (lastColumn - firstColumn + 1) }

    /// Whether the two areas share a cell.
    public func overlaps(_ other: CellArea) -> Bool {
        firstRow <= other.lastRow && other.firstRow <= lastRow
            && firstColumn <= other.lastColumn && other.firstColumn <= lastColumn
    }
}
