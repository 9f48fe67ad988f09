import Foundation
import Model
import XLSXRead

/// Compares a committed workbook with a rebuilt one, part by part, and says where they differ
/// in the words of the workbook: a sheet and a cell with the old and new value
/// (`单位明细!F12: 0.75 → 0.8333`), or a part and its first differing element. The words around
/// the places and values are in the report's language (`Catalogue.Check`).
///
/// The zip bytes never enter: the sorted part lists are compared, then each worksheet cell by cell
/// (shared strings resolved, numbers compared as numbers), then its rows' attributes and the rest
/// of the worksheet element by element, then every other part element by element (split at
/// `>\s*<`). Nothing is normalised away: the tool writes no clock time, so every difference is real.
public enum WorkbookComparison {
    /// One line per difference, in this order: parts present on one side only; per worksheet in
    /// tab order, its cells (row by row), rows and the rest of the sheet; then the other parts in
    /// name order. Empty when the workbooks are the same.
    public static func differences(committed old: WorkbookPackage, rebuilt new: WorkbookPackage, _ language: ReportLanguage) -> [String] {
        typealias W = Catalogue.Check
        var lines: [String] = []
        let oldSheets = sheets(of: old), newSheets = sheets(of: new)
        var sheetName: [String: String] = [:]
        for (name, part) in newSheets + oldSheets where sheetName[part] == nil { sheetName[part] = name }
        func label(_ part: String) -> String {
            sheetName[part].map { W.sheetPart($0, part: part).text(language) } ?? part
        }

        let oldNames = Set(old.parts.keys), newNames = Set(new.parts.keys)
        for part in sortedNames(oldNames.subtracting(newNames)) {
            lines.append("\(label(part)): " + W.onlyInCommitted.text(language))
        }
        for part in sortedNames(newNames.subtracting(oldNames)) {
            lines.append("\(label(part)): " + W.onlyInRebuilt.text(language))
        }

        // Worksheets, in the rebuilt workbook's tab order, then any the committed one alone has.
        let oldStrings = old.parts["xl/sharedStrings.xml"].flatMap(SpreadsheetXML.sharedStrings) ?? []
        let newStrings = new.parts["xl/sharedStrings.xml"].flatMap(SpreadsheetXML.sharedStrings) ?? []
        // The same worksheet bytes show other text when the shared strings changed under them.
        let stringsChanged = old.parts["xl/sharedStrings.xml"] != new.parts["xl/sharedStrings.xml"]
        var compared: Set<String> = []
        var cellsDiffer = false
        for (name, part) in newSheets + oldSheets where !compared.contains(part) {
            compared.insert(part)
            guard let a = old.parts[part], let b = new.parts[part], a != b || stringsChanged else { continue }
            guard let oldSheet = SpreadsheetXML.worksheet(a, sharedStrings: oldStrings),
                  let newSheet = SpreadsheetXML.worksheet(b, sharedStrings: newStrings) else {
                lines += partDifference(label(part), a, b, language)
                continue
            }
            let cells = cellDifferences(sheet: name, oldSheet.cells, newSheet.cells, language)
            cellsDiffer = cellsDiffer || !cells.isEmpty
            lines += cells
            for row in sortedKeys(Set(oldSheet.rows.keys).union(newSheet.rows.keys)) where oldSheet.rows[row] != newSheet.rows[row] {
                let noRow = W.noRow.text(language)
                lines.append("\(W.row(row, of: qualified(name)).text(language)): \(oldSheet.rows[row] ?? noRow) → \(newSheet.rows[row] ?? noRow)")
            }
            let outsideOld = XMLElements.removingElement("sheetData", from: String(decoding: a, as: UTF8.self))
            let outsideNew = XMLElements.removingElement("sheetData", from: String(decoding: b, as: UTF8.self))
            lines += elementDifference(W.outsideTheCells(W.sheetPart(name, part: part)).text(language), outsideOld, outsideNew, language)
        }

        // Every other part. The shared strings are what the cells show: a change there that no
        // cell shows (a reordered table) is still named, once the cells agree.
        for part in sortedNames(oldNames.intersection(newNames)) where !compared.contains(part) {
            if part == "xl/sharedStrings.xml", cellsDiffer { continue }
            guard let a = old.parts[part], let b = new.parts[part], a != b else { continue }
            lines += partDifference(part, a, b, language)
        }
        return lines
    }

    /// The worksheets in tab order, or none when the workbook part cannot be read.
    static func sheets(of package: WorkbookPackage) -> [(name: String, part: String)] {
        guard let workbook = package.parts["xl/workbook.xml"],
              let rels = package.parts["xl/_rels/workbook.xml.rels"] else { return [] }
        return SpreadsheetXML.sheets(workbook: workbook, relationships: rels) ?? []
    }

    /// One line per cell whose value, formula or style differs, row by row.
    static func cellDifferences(
        sheet: String, _ old: [CellAddress: SheetCell], _ new: [CellAddress: SheetCell], _ language: ReportLanguage
    ) -> [String] {
        typealias W = Catalogue.Check
        var lines: [String] = []
        for address in Set(old.keys).union(new.keys).sorted() {
            let a = old[address] ?? .absent, b = new[address] ?? .absent
            guard a != b else { continue }
            let place = "\(qualified(sheet))!\(address)"
            if !sameValue(a.value, b.value) {
                let (x, y) = display(a.value, b.value, language)
                lines.append("\(place): \(x) → \(y)")
            } else if a.formula != b.formula {
                let none = W.noFormula.text(language)
                lines.append("\(place): " + W.formula(a.formula.map { "=" + $0 } ?? none, b.formula.map { "=" + $0 } ?? none).text(language))
            } else {
                lines.append("\(place): " + W.style(a.style, b.style, value: display(a.value, b.value, language).0).text(language))
            }
        }
        return lines
    }

    /// A sheet name as Excel writes it in a reference: quoted when it holds anything but letters,
    /// digits and `_` (`'Data quality'!A1`, `单位明细!F12`).
    static func qualified(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func sameValue(_ a: SheetCell.Value, _ b: SheetCell.Value) -> Bool {
        if case .number(let x) = a, case .number(let y) = b { return x == y }
        return a == b
    }

    /// Both values as text: numbers to at most 4 decimals, unless that would show two different
    /// numbers alike; text on one line, cut at 80 characters; nothing as `(empty)`.
    static func display(_ a: SheetCell.Value, _ b: SheetCell.Value, _ language: ReportLanguage) -> (String, String) {
        var x = text(a, short: true, language), y = text(b, short: true, language)
        if x == y, !sameValue(a, b) {
            x = text(a, short: false, language)
            y = text(b, short: false, language)
        }
        return (x, y)
    }

    static func text(_ value: SheetCell.Value, short: Bool, _ language: ReportLanguage) -> String {
        switch value {
        case .empty: return Catalogue.Check.empty.text(language)
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        case .error(let e): return e
        case .number(let d): return number(d, short: short)
        case .text(let s):
            let line = s.replacingOccurrences(of: "\r\n", with: "⏎").replacingOccurrences(of: "\n", with: "⏎")
            return line.isEmpty ? Catalogue.Check.emptyText.text(language) : clip(line, 80)
        }
    }

    /// `1`, `0.5`, `0.8333` (short), `0.8333333333333334` (in full); never locale-dependent.
    static func number(_ d: Double, short: Bool) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        guard short, abs(d) < 1e15 else { return "\(d)" }
        let rounded = (d * 10_000).rounded() / 10_000
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        return "\(rounded)"
    }

    /// The first differing element of a part, or that its bytes differ when it is not text.
    static func partDifference(_ label: String, _ a: Data, _ b: Data, _ language: ReportLanguage) -> [String] {
        guard let x = String(data: a, encoding: .utf8), let y = String(data: b, encoding: .utf8) else {
            return ["\(label): " + Catalogue.Check.bytesDiffer(a.count, b.count).text(language)]
        }
        return elementDifference(label, x, y, language)
    }

    static func elementDifference(_ label: String, _ a: String, _ b: String, _ language: ReportLanguage) -> [String] {
        guard let d = XMLElements.firstDifference(XMLElements.split(a), XMLElements.split(b)) else { return [] }
        return ["\(label): \(element(d.old, language)) → \(element(d.new, language))"]
    }

    static func element(_ text: String?, _ language: ReportLanguage) -> String {
        guard let text else { return Catalogue.Check.endOfPart.text(language) }
        return clip(text.replacingOccurrences(of: "\n", with: " "), 160)
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    static func sortedNames(_ names: Set<String>) -> [String] {
        names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func sortedKeys(_ keys: Set<Int>) -> [Int] { keys.sorted() }
}
