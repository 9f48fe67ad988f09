import Foundation

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

        public var description: String {
            switch self {
            case .draft(let error): "\(error)"
            case .workbook(let path, let error): "error: cannot write \(path): \(error)"
            case .draftFile(let path, let error): "error: cannot write \(path): \((error as NSError).localizedDescription)"
            }
        }
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
