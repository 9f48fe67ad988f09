import Model

/// A problem that stops the run before any report is written (exit 2): the inputs cannot be
/// read as a whole. Problems inside the files are diagnostics, never errors.
public enum IngestError: Error, Equatable, CustomStringConvertible {
    /// The inputs folder does not exist or is not a folder.
    case noInputsFolder(String)
    /// The inputs folder cannot be listed; the reason is the system's words.
    case unlistable(folder: String, reason: String)
    /// No file of the register (`sites*.csv`, `单位名册*.csv`) in the inputs folder could be
    /// read: none is there, or each was refused (rules §2).
    case noSitesLog(String)
    /// Files of one log with the same stem, ASCII case ignored (`meetings.csv` and
    /// `meetings.xlsx`): each group in name order, the groups in name order.
    case sameLogFileTwice(inputs: String, groups: [[String]])

    /// `file: error: message` or `error: message`, in `language`; the location and the word
    /// `error` stay as they are in every language.
    public func message(_ language: ReportLanguage) -> String {
        switch self {
        case .noInputsFolder(let path):
            "error: " + Catalogue.Files.noInputsFolder(path).text(language)
        case .unlistable(let folder, let reason):
            "\(folder): error: " + Catalogue.Files.cannotList(reason: reason).text(language)
        case .noSitesLog(let path):
            "error: " + Catalogue.Files.noSitesLog(path).text(language)
        case .sameLogFileTwice(let inputs, let groups):
            "error: " + Catalogue.Files.sameLogFileTwice(groups, inputs: inputs).text(language)
        }
    }

    /// The message in English.
    public var description: String { message(.en) }
}

/// A log's file that cannot be read, and why: it is not a regular file, opening, reading or
/// converting it failed, or its size changed while it was read. A file error (rules §2): the
/// run goes on without the file, of which nothing counts.
struct UnreadableFile: Error {
    var reason: Localized

    init(reason: Localized) { self.reason = reason }

    /// A failed system call or conversion, in its words.
    init(_ error: InputFileError) { reason = error.text }
}
