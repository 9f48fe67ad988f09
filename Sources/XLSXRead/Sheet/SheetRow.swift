extension SheetReader {
    /// A row of a sheet, lent to the closure `nextRow` calls with it (see `SheetReader`): its
    /// cells are reached by index, `0 ..< count`, in the order the sheet has them, and their
    /// text through `CellText`.
    public struct Row: ~Copyable {
        /// 1-based, as the sheet numbers it.
        package let number: Int
        /// How many cells it has (at least one).
        @usableFromInline package let count: Int
        @usableFromInline let cells: UnsafePointer<Cell>
        @usableFromInline let bytes: UnsafePointer<UInt8>
        /// Where `CellText` writes a number's text (`CellText.scratchCapacity` bytes, the reader's).
        let scratch: UnsafeMutablePointer<UInt8>
        /// The `<row …>` tag with its attributes sorted by name (`keepsRowAttributes` only).
        let tag: String?

        init(number: Int, cells: UnsafePointer<Cell>, count: Int, bytes: UnsafePointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>, tag: String?) {
            self.number = number
            self.cells = cells
            self.count = count
            self.bytes = bytes
            self.scratch = scratch
            self.tag = tag
        }

        /// Cell `i`; a trap outside `0 ..< count`.
        @inlinable @inline(__always)
        subscript(_ i: Int) -> Cell {
            precondition(i >= 0 && i < count, "cell index out of the row")
            return cells[i]
        }

        /// The 0-based column of cell `i`.
        @inlinable @inline(__always)
        package func column(ofCell i: Int) -> Int { self[i].column }

        /// The index into the shared strings that cell `i` holds, when it is a shared string
        /// (type `s`) with a value of plain digits; nil otherwise.
        @inlinable @inline(__always)
        package func sharedStringIndex(ofCell i: Int) -> Int? {
            let cell = self[i]
            guard cell.kind == .shared, cell.hasValue else { return nil }
            return CellText.index(value(cell))
        }

        /// The bytes of a cell's value (see `SheetReader`), valid as long as the row.
        @inlinable @inline(__always)
        func value(_ cell: Cell) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(start: bytes + cell.valueStart, count: cell.valueEnd - cell.valueStart)
        }

        /// A cell's formula, without `=` (`keepsFormulas` only), nil when it has none.
        func formula(_ cell: Cell) -> String? {
            guard cell.hasFormula else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: bytes + cell.formulaStart, count: cell.formulaEnd - cell.formulaStart),
                          as: UTF8.self)
        }
    }
}
