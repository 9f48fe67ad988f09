/// The four logs of rules §2.
public enum LogKind: String, CaseIterable, Sendable {
    case sites, meetings, lectures, trainings

    /// The file name prefix: `sites.csv` or `sites*.csv`.
    public var fileStem: String { rawValue }

    /// The log's Chinese name, which also names its files (`党课记录.csv`).
    public var chineseName: String {
        switch self {
        case .sites: "单位名册"
        case .meetings: "会议记录"
        case .lectures: "党课记录"
        case .trainings: "培训记录"
        }
    }

    /// The names a file of the log starts with, ASCII case ignored (rules §2): its id, then its
    /// Chinese name. None of the eight is a prefix of another, so a file name belongs to at most
    /// one log.
    public var fileNames: [String] { [fileStem, chineseName] }
}

/// What the workbook and JSON say about one log's problems (rules §3).
public struct LogQuality: Sendable, Equatable {
    public var counts = LogCounts()
    /// The files read for the log, in reading order (base names).
    public var files: [String] = []
    /// Problems of whole files (`file: error|warning|info: …`).
    public var fileProblems: [Diagnostic] = []
    /// Row errors and warnings, in file and line order, the first `listCap` of them.
    public var rowProblems: [Diagnostic] = []
    /// Row-level info (a title skipped, a quote taken literally…), capped like `rowProblems`.
    public var rowInfo: [Diagnostic] = []
    /// Problems beyond the cap, counted by severity and code, in first-seen order.
    public var overflow: [OverflowCount] = []
    /// No file of the log could be read (rules §2): every figure only it feeds is empty, not 0.
    public var isMissing = false
    /// Columns that feed figures and that some files with data rows lack, in schema order.
    public var missingColumns: [MissingColumn] = []

    public init() {}

    /// The workbook lists at most this many row problems per log and counts the rest (rules §3).
    public static let listCap = 10_000
}

/// A column that feeds figures, missing from some of a log's files that have data rows (rules §2):
/// those rows' values of it are empty.
public struct MissingColumn: Sendable, Equatable {
    /// The canonical column id (`expected`).
    public var column: String
    /// The files that lack it, in reading order.
    public var files: [String]
    /// Headers of those files that were probably meant as it (near misses), as written.
    public var nearMisses: [String]

    public init(column: String, files: [String], nearMisses: [String] = []) {
        self.column = column; self.files = files; self.nearMisses = nearMisses
    }
}

/// Problems of one severity and code beyond the workbook's list (rules §3).
public struct OverflowCount: Sendable, Equatable {
    public var severity: Severity
    /// The diagnostics' code (`unknown_value`).
    public var code: String
    public var count: Int
    public init(severity: Severity, code: String, count: Int) {
        self.severity = severity; self.code = code; self.count = count
    }
}

/// The tool's version, written into the workbook and the JSON.
public enum ToolVersion {
    public static let current = "0.1.0"
}
