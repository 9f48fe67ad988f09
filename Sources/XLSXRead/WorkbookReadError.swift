import Model

/// Why a workbook cannot be read: each case is one clear line in both languages (`reason`),
/// never a crash. The part is named as the archive names it (`xl/worksheets/sheet1.xml`).
public enum WorkbookReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not a zip archive whose table of contents can be read (truncated, damaged, not a zip).
    case notAZip
    /// An OLE2 compound file: a password-protected workbook, or an old `.xls` renamed.
    case encryptedOrLegacy
    case missingPart(String)
    /// A part that would inflate past 1 GiB or 200 × its compressed size (a zip bomb).
    case partTooLarge(String, inflated: UInt64, compressed: UInt64)
    case damagedPart(String, Damage)
    /// Not well-formed XML; `detail` is libxml2's message.
    case malformedXML(String, line: Int, detail: String)
    /// A document type declaration: refused, so that no entity is ever read.
    case doctype(String)
    case noVisibleSheet
    /// A cell, row or dimension reference outside a worksheet, or unreadable.
    case badReference(String, String)
    case sharedStringOutOfRange(cell: String, index: Int, count: Int)

    /// What is wrong with a damaged part.
    public enum Damage: Equatable, Sendable {
        case checksum, cutShort, cannotInflate, unlocated
        case size(declared: UInt64)
        case method(Int)
        /// A failed system call, in the system's words.
        case io(String)
    }

    public var reason: Localized {
        typealias W = Catalogue.Workbooks
        switch self {
        case .notAZip: return W.notAZip
        case .encryptedOrLegacy: return W.encryptedOrLegacy
        case .missingPart(let part): return W.missingPart(part)
        case let .partTooLarge(part, inflated, compressed): return W.partTooLarge(part, inflated: inflated, compressed: compressed)
        case let .damagedPart(part, damage):
            let problem: Localized
            switch damage {
            case .checksum: problem = W.Damage.checksum
            case .cutShort: problem = W.Damage.cutShort
            case .cannotInflate: problem = W.Damage.cannotInflate
            case .unlocated: problem = W.Damage.unlocated
            case .size(let declared): problem = W.Damage.size(declared: declared)
            case .method(let method): problem = W.Damage.method(method)
            case .io(let reason): problem = W.Damage.io(reason)
            }
            return W.damagedPart(part, problem)
        case let .malformedXML(part, line, detail): return W.malformedXML(part, line: line, detail: detail)
        case .doctype(let part): return W.doctype(part)
        case .noVisibleSheet: return W.noVisibleSheet
        case let .badReference(part, reference): return W.badReference(part, reference)
        case let .sharedStringOutOfRange(cell, index, count): return W.sharedStringOutOfRange(cell, index: index, count: count)
        }
    }

    public var description: String { reason.en }
}
