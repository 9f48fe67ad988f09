import Foundation
import Model
import XLSX

/// The files a build writes for one review: the workbook, beside it the draft, and on request
/// the JSON summary. `build` and `check` both write through here, so what `check` compares is
/// what `build` made.
public enum ReportFiles {
    /// The draft beside a workbook: the same name with `.md` (`X.xlsx` → `X.md`).
    public static func draftPath(forWorkbook path: String) -> String {
        let name = path as NSString
        return name.pathExtension.lowercased() == "xlsx" ? name.deletingPathExtension + ".md" : path + ".md"
    }

    /// The lock file `write` makes in the workbook's folder (`.annual-review.lock`).
    public static var lockName: String { FolderLock.name }

    /// Why nothing was written: the files there before are untouched.
    public enum WriteError: Error, CustomStringConvertible {
        /// The draft's template cannot be used.
        case draft(DraftTemplateError)
        /// The workbook could not be written.
        case workbook(path: String, Error)
        /// The folder meant to hold the workbook does not exist.
        case folderMissing(path: String, folder: String)
        /// The output folder could not be locked; `reason` is the system's.
        case lock(folder: String, reason: String)
        /// A file (the draft, the JSON) could not be written or renamed into place; `reason` is
        /// the system's.
        case file(path: String, reason: String)
        /// A file in the way is not to be replaced: a folder, a device, a read-only file.
        case notReplaceable(Localized)

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
                case .writeFailed(_, _, let system): return Catalogue.CLI.cannotWrite(path, reason: system)
                default: return Catalogue.Report.cannotWriteWorkbook(path, problem: "\(error)")
                }
            case .workbook(let path, let error):
                return Catalogue.Report.cannotWriteWorkbook(path, problem: "\(error)")
            case .folderMissing(let path, let folder):
                return Catalogue.Report.outputFolderMissing(path, folder: folder)
            case .lock(let folder, let reason):
                return Catalogue.Report.cannotLock(folder, lock: FolderLock.name, reason: reason)
            case .file(let path, let reason):
                return Catalogue.CLI.cannotWrite(path, reason: reason)
            case .notReplaceable(let text):
                return text
            }
        }

        public var description: String { message(.en) }
    }

    /// Writes the report's files together (rules §5): renders the draft (failing before any
    /// file is written when its template is bad); under the lock of the workbook's folder,
    /// removes what killed runs left there, writes the workbook, the draft and, given `json`
    /// (its path and text), the JSON summary each to a temporary file beside its place, then
    /// renames them into place back to back. On any failure, and on SIGINT, SIGTERM or SIGHUP
    /// once the command line has installed `InterruptCleanup`'s handlers, the temporary files
    /// are removed and the files there before are left as they were.
    public static func write(_ data: ReviewData, workbook: String, json: (path: String, text: String)? = nil) throws(WriteError) {
        let draft: ReportDraft
        do {
            draft = try ReportDraft.make(data)
        } catch {
            throw .draft(error)
        }
        let folder = OutputSet.folder(of: workbook)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .folderMissing(path: workbook, folder: folder)
        }
        let lock = try FolderLock(folder: folder)
        defer { lock.release() }
        var folders = [folder]
        if let json, !folders.contains(OutputSet.folder(of: json.path)) { folders.append(OutputSet.folder(of: json.path)) }
        for folder in folders { OutputSet.removeStale(in: folder) }

        var files = OutputSet()
        defer { files.discard() }
        do {
            try WorkbookWriter.write(data, draft: draft, at: files.temporary(for: workbook))
        } catch {
            throw .workbook(path: workbook, error)
        }
        try files.add(Array(draft.text.utf8), for: draftPath(forWorkbook: workbook))
        if let json { try files.add(Array(json.text.utf8), for: json.path) }
        try files.commit()
    }
}
