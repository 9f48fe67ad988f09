import Foundation
import Model
import XLSX

/// The files a build writes for one review: the workbook and, beside it, the draft. `build`
/// and `check` both write through here, so what `check` compares is what `build` made.
public enum ReportFiles {
    /// The draft beside a workbook: the same name with `.md` (`X.xlsx` → `X.md`).
    public static func draftPath(forWorkbook path: String) -> String {
        let name = path as NSString
        return name.pathExtension.lowercased() == "xlsx" ? name.deletingPathExtension + ".md" : path + ".md"
    }

    public enum WriteError: Error, CustomStringConvertible {
        /// The draft's template cannot be used; nothing was written.
        case draft(DraftTemplateError)
        /// The workbook could not be written; nothing is left at its path.
        case workbook(path: String, Error)
        /// The workbook was written, the draft could not be.
        case draftFile(path: String, Error)

        /// `error: …`, or `file:line:column: error: …` for a template's problem, in `language`.
        public func message(_ language: ReportLanguage) -> String {
            if case .draft(let error) = self { return error.rendered(language) }
            return "error: " + text.text(language)
        }

        /// What went wrong, in both languages; a template's problem with its place
        /// (`file:line:column: `) before it.
        public var text: Localized {
            switch self {
            case .draft(let error):
                let place = "\(error.file):\(error.line):\(error.column): "
                return Localized(zh: place + error.text.zh, en: place + error.text.en)
            case .workbook(let path, let error as XLSXError):
                switch error.reason {
                case .outputFolderMissing(let folder): return Catalogue.Report.outputFolderMissing(path, folder: folder)
                case .fileSystem(_, let message): return Catalogue.CLI.cannotWrite(path, reason: message)
                default: return Catalogue.Report.cannotWriteWorkbook(path, problem: "\(error)")
                }
            case .workbook(let path, let error):
                return Catalogue.Report.cannotWriteWorkbook(path, problem: "\(error)")
            case .draftFile(let path, let error):
                return Catalogue.CLI.cannotWrite(path, reason: (error as NSError).localizedDescription)
            }
        }

        public var description: String { message(.en) }
    }

    /// Renders the draft (failing before any file is written when its template is bad), then
    /// writes the workbook and the draft, each atomically.
    public static func write(_ data: ReviewData, workbook: String) throws(WriteError) {
        let draft: ReportDraft
        do {
            draft = try ReportDraft.make(data)
        } catch {
            throw .draft(error)
        }
        do {
            try WorkbookWriter.write(data, draft: draft, to: workbook)
        } catch {
            throw .workbook(path: workbook, error)
        }
        let path = draftPath(forWorkbook: workbook)
        do {
            try Data(draft.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .draftFile(path: path, error)
        }
    }
}
