import Foundation
import Model

/// The parts of an `.xlsx` file (a zip of XML parts), unzipped in memory through the bounded
/// inflater (`check` reads the report it wrote, and whatever file stands in its place).
///
/// Two workbooks are compared part by part, never by their zip bytes: another zlib, or another
/// build of libxlsxwriter, compresses the same parts into different bytes.
public struct WorkbookPackage: Sendable {
    /// Part path (`xl/worksheets/sheet1.xml`) → its bytes, uncompressed.
    package var parts: [String: Data]

    init(parts: [String: Data]) {
        self.parts = parts
    }

    /// Reads every part of the zip at `path`.
    ///
    /// - Throws: `WorkbookPackage.ReadError` when the file is not a zip whose table of contents
    ///   can be read, or a part cannot be inflated (a truncated, corrupt or hostile file).
    package init(contentsOf path: String) throws(ReadError) {
        var parts: [String: Data] = [:]
        do {
            let archive = try WorkbookArchive(path: path)
            for name in archive.partNames {
                parts[name] = Data(try archive.bytes(name))
            }
        } catch {
            throw ReadError(text: Catalogue.Report.unreadableWorkbook(path, reason: error.reason))
        }
        guard !parts.isEmpty else { throw ReadError(text: Catalogue.Report.emptyZip(path)) }
        self.parts = parts
    }

    /// The part names, sorted by their UTF-8 bytes.
    package var partNames: [String] { parts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

    /// A part as text (XML parts are UTF-8), or nil when there is no such part.
    package func text(_ part: String) -> String? {
        parts[part].map { String(decoding: $0, as: UTF8.self) }
    }

    /// The review year the workbook was made for: the year of its creation time
    /// (`dcterms:created` in `docProps/core.xml`), which rules §5 takes from the review year's rows.
    package var reviewYear: Int? {
        guard let core = text("docProps/core.xml"),
              let open = core.range(of: "<dcterms:created"),
              let close = core.range(of: ">", range: open.upperBound..<core.endIndex) else { return nil }
        let digits = core[close.upperBound...].prefix(4)
        guard digits.count == 4, digits.allSatisfy(\.isASCII), let year = Int(digits) else { return nil }
        return year
    }

    /// Why a workbook could not be read, naming it, in both languages.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        package var text: Localized
        public var description: String { text.en }
    }
}
