import Model

/// A problem that stops the run before any report is written (exit 2): the inputs cannot be
/// read as a whole. Problems inside the files are diagnostics, never errors.
public enum IngestError: Error, Equatable, CustomStringConvertible {
    /// The inputs folder does not exist or is not a folder.
    case noInputsFolder(String)
    /// No `sites.csv` / `sites*.csv` in the inputs folder.
    case noSitesLog(String)
    /// A file could not be opened or read (permissions, a folder named like a log, I/O).
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .noInputsFolder(let path):
            "error: the inputs folder \(path) does not exist; give the folder holding the logs with --inputs DIR, or run `annual-review template` to start one"
        case .noSitesLog(let path):
            "error: \(path) has no sites.csv; the register of sites is required (run `annual-review template` for the columns)"
        case .unreadable(let file, let reason):
            "\(file): error: cannot read the file: \(reason)"
        }
    }
}
