@testable import XLSXRead

extension CellText {
    /// The text of cell `i` of `row`, as a `String`.
    func string(ofCell i: Int, of row: borrowing SheetReader.Row) throws(WorkbookReadError) -> String {
        try withText(ofCell: i, of: row) { text in text.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }
    }
}
