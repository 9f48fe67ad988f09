import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A cell's place: 1-based row, 0-based column, ordered row by row.
public struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads an A1 reference (`F12`, `AF2`); nil for anything else.
    public init?(_ reference: String) {
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
    public var description: String {
        var name = ""
        var n = column + 1
        while n > 0 {
            let digit = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            n = (n - 1) / 26
        }
        return name + String(row)
    }

    public static func < (a: CellAddress, b: CellAddress) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}

/// One cell of a worksheet part: its value as Excel reads it, its formula and its style index.
public struct SheetCell: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case empty
        case number(Double)
        case text(String)
        case boolean(Bool)
        case error(String)
    }

    public var value: Value
    public var formula: String?
    /// The `s` attribute: an index into `cellXfs` of `xl/styles.xml` (0 when absent).
    public var style: Int

    public init(value: Value, formula: String? = nil, style: Int = 0) {
        self.value = value
        self.formula = formula
        self.style = style
    }

    /// An absent cell reads as empty with the default style.
    public static let absent = SheetCell(value: .empty)
}

/// The cells and row attributes of one worksheet part.
public struct WorksheetContent: Sendable {
    public var cells: [CellAddress: SheetCell] = [:]
    /// Row number → its `<row …>` tag, attributes sorted by name.
    public var rows: [Int: String] = [:]
}

/// Readers of the SpreadsheetML parts that `check` needs, over Foundation's `XMLParser`. Each
/// returns nil when the part is not well-formed XML; the caller then compares it element by
/// element instead.
public enum SpreadsheetXML {
    /// The worksheets of a workbook in tab order: name and part path, from `xl/workbook.xml`
    /// and its relationships `xl/_rels/workbook.xml.rels`.
    public static func sheets(workbook: Data, relationships: Data) -> [(name: String, part: String)]? {
        let sheets = ElementCollector(names: ["sheet"])
        let rels = ElementCollector(names: ["Relationship"])
        guard sheets.parse(workbook), rels.parse(relationships) else { return nil }
        var targets: [String: String] = [:]
        for rel in rels.found {
            guard let id = rel["Id"], let target = rel["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return sheets.found.compactMap { sheet in
            guard let name = sheet["name"], let id = sheet["r:id"], let part = targets[id] else { return nil }
            return (name, part)
        }
    }

    /// The shared-string table (`xl/sharedStrings.xml`): each `<si>` as its text, the runs of
    /// rich text joined and phonetic runs (`<rPh>`) left out.
    public static func sharedStrings(_ data: Data) -> [String]? {
        let reader = SharedStringReader()
        return reader.parse(data) ? reader.strings : nil
    }

    /// The cells of a worksheet part, shared strings resolved through `sharedStrings`.
    public static func worksheet(_ data: Data, sharedStrings: [String]) -> WorksheetContent? {
        let reader = WorksheetReader(sharedStrings: sharedStrings)
        return reader.parse(data) ? reader.content : nil
    }

    /// An element's local name (`x:t` → `t`).
    static func local(_ name: String) -> Substring {
        name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? Substring(name)
    }
}

/// A reader of one part: an `XMLParser` delegate. Each reader conforms to `XMLParserDelegate`
/// itself: on Linux the parser calls only the methods that witness the protocol, so a subclass's
/// methods over a conforming base class would never be called.
protocol PartReader: XMLParserDelegate {
    /// Elements left open and errors seen, kept by the delegate methods.
    var balance: WellFormedness { get }
}

/// Whether a part parsed whole. `XMLParser.parse()` on Linux can return true for a document cut
/// short, so the readers also count the elements still open at the end.
final class WellFormedness {
    var open = 0
    var error = false
}

extension PartReader {
    /// Runs an `XMLParser` over `data` with `self` as its delegate; false when it is not
    /// well-formed (an error, or elements left open).
    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        return parsed && parser.parserError == nil && !balance.error && balance.open == 0
    }
}

/// The attributes of every element with one of `names`.
final class ElementCollector: NSObject, PartReader {
    let balance = WellFormedness()
    let names: Set<String>
    var found: [[String: String]] = []

    init(names: Set<String>) { self.names = names }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        balance.open += 1
        if names.contains(String(SpreadsheetXML.local(elementName))) { found.append(attributeDict) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        balance.open -= 1
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        balance.error = true
    }
}

final class SharedStringReader: NSObject, PartReader {
    let balance = WellFormedness()
    var strings: [String] = []
    private var current: String?
    private var inText = false
    private var phonetic = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        balance.open += 1
        switch SpreadsheetXML.local(elementName) {
        case "si": current = ""
        case "rPh": phonetic += 1
        case "t": inText = current != nil && phonetic == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        balance.open -= 1
        switch SpreadsheetXML.local(elementName) {
        case "si":
            strings.append(current ?? "")
            current = nil
        case "rPh": phonetic -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current? += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if inText { current? += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        balance.error = true
    }
}

final class WorksheetReader: NSObject, PartReader {
    let balance = WellFormedness()
    let sharedStrings: [String]
    var content = WorksheetContent()

    private var row = 0
    private var lastColumn = -1
    private var cell: (address: CellAddress, type: String, style: Int)?
    private var value: String?
    private var formula: String?
    private var inline: String?
    /// What the characters go to.
    private enum Target { case none, value, formula, inline }
    private var target = Target.none
    private var phonetic = 0

    init(sharedStrings: [String]) { self.sharedStrings = sharedStrings }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        balance.open += 1
        switch SpreadsheetXML.local(elementName) {
        case "row":
            row = attributes["r"].flatMap { Int($0) } ?? row + 1
            lastColumn = -1
            let text = attributes.keys.sorted().map { "\($0)=\"\(attributes[$0]!)\"" }.joined(separator: " ")
            content.rows[row] = "<row \(text)>"
        case "c":
            let address = attributes["r"].flatMap(CellAddress.init) ?? CellAddress(row: row, column: lastColumn + 1)
            lastColumn = address.column
            cell = (address, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) } ?? 0)
            value = nil; formula = nil; inline = nil
        case "v" where cell != nil: value = ""; target = .value
        case "f" where cell != nil: formula = ""; target = .formula
        case "is" where cell != nil: inline = ""
        case "rPh": phonetic += 1
        case "t" where inline != nil && phonetic == 0: target = .inline
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        balance.open -= 1
        switch SpreadsheetXML.local(elementName) {
        case "v", "f", "t": target = .none
        case "rPh": phonetic -= 1
        case "c":
            guard let cell else { return }
            content.cells[cell.address] = SheetCell(value: resolve(type: cell.type), formula: formula, style: cell.style)
            self.cell = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch target {
        case .none: break
        case .value: value? += string
        case .formula: formula? += string
        case .inline: inline? += string
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        balance.error = true
    }

    private func resolve(type: String) -> SheetCell.Value {
        switch type {
        case "s":
            guard let value, let index = Int(value) else { return .empty }
            return .text(sharedStrings.indices.contains(index) ? sharedStrings[index] : "")
        case "inlineStr": return .text(inline ?? "")
        case "str": return .text(value ?? "")
        case "b": return .boolean(value == "1")
        case "e": return .error(value ?? "")
        default:
            guard let value, !value.isEmpty else { return .empty }
            return Double(value).map(SheetCell.Value.number) ?? .text(value)
        }
    }
}
