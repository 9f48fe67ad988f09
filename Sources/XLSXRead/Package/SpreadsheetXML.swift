import CLibXML2
import Foundation

/// A cell's place: 1-based row, 0-based column, ordered row by row.
package struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    var row: Int
    var column: Int

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads an A1 reference (`F12`, `AF2`); nil for anything else.
    init?(_ reference: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A where digits == 0:
                column = column * 26 + Int(scalar.value - 0x40); letters += 1
            case 0x30...0x39 where letters > 0:
                row = row * 10 + Int(scalar.value - 0x30); digits += 1
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.init(row: row, column: column - 1)
    }

    /// `AF2`.
    package var description: String { SheetState.reference(column: column, row: row) }

    package static func < (a: CellAddress, b: CellAddress) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}

/// One cell of a worksheet part: its value as Excel reads it, its formula and its style index.
package struct SheetCell: Equatable, Sendable {
    package enum Value: Equatable, Sendable {
        case empty
        case number(Double)
        case text(String)
        case boolean(Bool)
        case error(String)
    }

    package var value: Value
    package var formula: String?
    /// The `s` attribute: an index into `cellXfs` of `xl/styles.xml` (0 when absent).
    package var style: Int

    init(value: Value, formula: String? = nil, style: Int = 0) {
        self.value = value
        self.formula = formula
        self.style = style
    }

    /// An absent cell reads as empty with the default style.
    package static let absent = SheetCell(value: .empty)
}

/// The cells and row attributes of one worksheet part.
package struct WorksheetContent: Sendable {
    package var cells: [CellAddress: SheetCell] = [:]
    /// Row number → its `<row …>` tag, attributes sorted by name.
    package var rows: [Int: String] = [:]
}

/// Readers of the SpreadsheetML parts that `check` needs, over the same SAX parser as the logs'
/// workbooks. Each returns nil when the part cannot be read (not well-formed XML, a reference
/// outside a sheet); the caller then compares it element by element instead.
package enum SpreadsheetXML {
    /// The worksheets of a workbook in tab order: name and part path, from `xl/workbook.xml`
    /// and its relationships `xl/_rels/workbook.xml.rels`.
    package static func sheets(workbook: Data, relationships: Data) -> [(name: String, part: String)]? {
        guard let sheets = try? XMLElementList.elements(of: [UInt8](workbook), part: "xl/workbook.xml"),
              let rels = try? XMLElementList.elements(of: [UInt8](relationships), part: "xl/_rels/workbook.xml.rels") else { return nil }
        var targets: [String: String] = [:]
        for rel in rels where rel.name == "Relationship" {
            guard let id = rel["Id"], let target = rel["Target"] else { continue }
            targets[id] = WorkbookFile.resolve(target, from: "xl")
        }
        return sheets.compactMap { sheet in
            guard sheet.name == "sheet", let name = sheet["name"], let id = sheet["id"], let part = targets[id] else { return nil }
            return (name, part)
        }
    }

    /// The shared-string table (`xl/sharedStrings.xml`): each `<si>` as its text, the runs of
    /// rich text joined, phonetic runs (`<rPh>`) left out and `_xHHHH_` escapes decoded.
    package static func sharedStrings(_ data: Data) -> [String]? {
        guard let table = try? SharedStrings(parsing: [UInt8](data), part: "xl/sharedStrings.xml") else { return nil }
        return (0..<table.count).map(table.string)
    }

    /// The cells of a worksheet part, shared strings resolved through `sharedStrings`.
    package static func worksheet(_ data: Data, sharedStrings: [String]) -> WorksheetContent? {
        let part = "xl/worksheets/sheet.xml"
        let reader = SheetReader(bytes: [UInt8](data), part: part, options: [.keepsFormulas, .keepsRowAttributes, .keepsEmptyCells])
        var content = WorksheetContent()
        do {
            while try reader.nextRow({ row in
                if let tag = row.tag { content.rows[row.number] = tag }
                for i in 0..<row.count {
                    let cell = row[i]
                    let address = CellAddress(row: row.number, column: cell.column)
                    content.cells[address] = SheetCell(value: value(cell, row, sharedStrings), formula: row.formula(cell), style: cell.style)
                }
            }) {}
        } catch {
            return nil
        }
        // A row with attributes and no cell is a row too.
        for (number, tag) in reader.emptyRowTags { content.rows[number] = tag }
        return content
    }

    private static func value(_ cell: SheetReader.Cell, _ row: borrowing SheetReader.Row, _ strings: [String]) -> SheetCell.Value {
        guard cell.hasValue else { return .empty }
        let text = String(decoding: row.value(cell), as: UTF8.self)
        switch cell.kind {
        case .shared:
            guard let index = Int(text) else { return .empty }
            return .text(strings.indices.contains(index) ? strings[index] : "")
        case .inline, .formulaString: return .text(text)
        case .boolean: return .boolean(text == "1")
        case .error: return .error(text)
        case .number, .isoDate:
            guard !text.isEmpty else { return .empty }
            return Double(text).map(SheetCell.Value.number) ?? .text(text)
        }
    }
}
