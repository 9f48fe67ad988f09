/// A sheet of a workbook as its workbook part lists it, in tab order.
package struct SheetEntry: Equatable, Sendable {
    package var name: String
    /// Its part in the archive, nil when its relationship names none.
    var part: String?
    /// `state="hidden"` or `"veryHidden"`.
    package var isHidden: Bool
    /// A worksheet (not a chart sheet, dialog sheet or macro sheet).
    var isWorksheet: Bool
}

/// A workbook opened for reading: its archive, its sheets in tab order, its date system, and
/// where its styles and shared strings are (rules §2 *Excel workbooks*).
package final class WorkbookFile {
    let archive: WorkbookArchive
    package let sheets: [SheetEntry]
    /// The 1904 date system (`<workbookPr date1904="1"/>`): serial 0 is 1904-01-01.
    package let uses1904: Bool
    let stylesPart: String?
    let sharedStringsPart: String?

    /// Opens the workbook at `path`: its table of contents, the package's and the workbook's
    /// relationships, and the workbook part.
    package init(path: String) throws(WorkbookReadError) {
        archive = try WorkbookArchive(path: path)
        let workbookPart = try Self.officeDocument(archive)
        let relationships = try Self.relationships(of: workbookPart, in: archive)
        var sheets: [SheetEntry] = []
        var uses1904 = false
        for element in try XMLElementList.elements(of: archive.bytes(workbookPart), part: workbookPart) {
            switch element.name {
            case "workbookPr":
                uses1904 = element["date1904"].map { $0 == "1" || $0 == "true" } ?? false
            case "sheet" where element.parent == "sheets":
                let relation = element["id"].flatMap { relationships[$0] }
                let state = element["state"]
                sheets.append(SheetEntry(
                    name: element["name"] ?? "", part: relation?.target,
                    isHidden: state == "hidden" || state == "veryHidden",
                    isWorksheet: relation.map { $0.type.hasSuffix("/worksheet") } ?? true))
            default:
                break
            }
        }
        self.sheets = sheets
        self.uses1904 = uses1904
        stylesPart = relationships.values.first { $0.type.hasSuffix("/styles") }?.target
        sharedStringsPart = relationships.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
    }

    /// The first worksheet that is neither hidden nor very hidden (rules §2), nil when none is.
    package var firstVisibleWorksheet: SheetEntry? {
        sheets.first { $0.isWorksheet && !$0.isHidden }
    }

    /// The cells' number formats (none when the workbook has no styles part).
    package func styles() throws(WorkbookReadError) -> CellStyles {
        guard let stylesPart, archive.hasPart(stylesPart) else { return CellStyles() }
        return try CellStyles(parsing: archive.bytes(stylesPart), part: stylesPart)
    }

    /// The shared-strings table (empty when the workbook has none).
    package func sharedStrings() throws(WorkbookReadError) -> SharedStrings {
        guard let sharedStringsPart, archive.hasPart(sharedStringsPart) else { return SharedStrings() }
        return try SharedStrings(reading: archive.open(sharedStringsPart))
    }

    /// Reads the rows of `sheet` as they are inflated and parsed.
    /// - Parameter threaded: inflate on a thread of its own, beside the caller's parsing.
    package func rows(of sheet: SheetEntry, threaded: Bool) throws(WorkbookReadError) -> SheetReader {
        guard let part = sheet.part else { throw .missingPart(sheet.name) }
        return try SheetReader(stream: archive.open(part), threaded: threaded, options: [])
    }

    // MARK: Relationships

    struct Relationship {
        var type: String
        var target: String
    }

    /// The main part, from the package's relationships (`_rels/.rels`); `xl/workbook.xml` when
    /// they name none.
    static func officeDocument(_ archive: WorkbookArchive) throws(WorkbookReadError) -> String {
        let relations = try relationships(of: "", in: archive)
        if let main = relations.values.first(where: { $0.type.hasSuffix("/officeDocument") }) { return main.target }
        return "xl/workbook.xml"
    }

    /// The relationships of `part` (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`; the
    /// package's for ""), by id, targets resolved to part names; none when it has no such part.
    static func relationships(of part: String, in archive: WorkbookArchive) throws(WorkbookReadError) -> [String: Relationship] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard archive.hasPart(relsPart) else { return [:] }
        var found: [String: Relationship] = [:]
        for element in try XMLElementList.elements(of: archive.bytes(relsPart), part: relsPart)
        where element.name == "Relationship" && element["TargetMode"] != "External" {
            guard let id = element["Id"], let type = element["Type"], let target = element["Target"] else { continue }
            found[id] = Relationship(type: type, target: resolve(target, from: folder))
        }
        return found
    }

    /// A relationship's target as a part name: absolute (`/xl/…`) or relative to `folder`,
    /// with `.` and `..` resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
