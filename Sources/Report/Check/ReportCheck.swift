import Foundation
import Model
import XLSXRead

/// A committed report (the workbook and, beside it, the draft) against a rebuilt one.
public struct ReportCheck {
    /// The committed workbook, and where its draft would be.
    public var committed: String
    /// The rebuilt workbook, and where its draft would be.
    public var rebuilt: String

    public init(committed: String, rebuilt: String) {
        self.committed = committed
        self.rebuilt = rebuilt
    }

    /// Whether either side has a draft: only then is it compared (and named).
    public var hasDraft: Bool {
        FileManager.default.fileExists(atPath: ReportFiles.draftPath(forWorkbook: committed))
            || FileManager.default.fileExists(atPath: ReportFiles.draftPath(forWorkbook: rebuilt))
    }

    /// One line per difference, the workbook's first, then the draft's, in `language`; empty
    /// when fresh.
    public func differences(committedWorkbook old: WorkbookPackage, _ language: ReportLanguage) throws(WorkbookPackage.ReadError) -> [String] {
        let new = try WorkbookPackage(contentsOf: rebuilt)
        var lines = WorkbookComparison.differences(committed: old, rebuilt: new, language)
        let oldDraft = ReportFiles.draftPath(forWorkbook: committed)
        let newDraft = ReportFiles.draftPath(forWorkbook: rebuilt)
        lines += DraftComparison.differences(
            name: (oldDraft as NSString).lastPathComponent,
            committed: FileManager.default.contents(atPath: oldDraft).map { String(decoding: $0, as: UTF8.self) },
            rebuilt: FileManager.default.contents(atPath: newDraft).map { String(decoding: $0, as: UTF8.self) }, language)
        return lines
    }
}
