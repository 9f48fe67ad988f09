import Foundation
import Model

/// The inputs folder as rules §2 names its files: each log's files to read, and a note for every
/// file that looks like a log but is not read.
///
/// A log's file is `NAME*.csv`, `NAME*.txt` (Excel's "Unicode text" export, read like CSV) or
/// `NAME*.xlsx` (a workbook), where NAME is the log's id or its Chinese name, ASCII case ignored.
/// A `.csv`/`.txt` file whose bytes are a zip archive (a workbook under a text name) is read as a
/// workbook, with a warning to rename it. Other `.csv`, `.txt` and `.xlsx` files, and
/// `.xls`, `.et`, `.xlsm`, `.ods` workbooks, get a warning; office lock files (`~$*`, `.~lock.*#`),
/// hidden files and everything else are passed over silently.
struct InputFolder {
    /// A log file to read.
    struct LogFile {
        var name: String
        var path: String
        var log: LogKind
        var size: Int
        /// An Excel workbook (`.xlsx`, or a `.csv`/`.txt` whose bytes are one).
        var isWorkbook = false
        /// Why it cannot be read at all (it is not a regular file): a file error, not read.
        var refusal: Localized? = nil
    }

    /// A file that is not read and the diagnostic saying why; `log` is the log it is named for,
    /// nil when it names none.
    struct Note {
        var log: LogKind?
        var diagnostic: Diagnostic
    }

    /// Each log's files to read, in name order (UTF-8 bytes).
    private(set) var logs: [LogKind: [LogFile]] = Dictionary(uniqueKeysWithValues: LogKind.allCases.map { ($0, []) })
    /// The files not read, in name order.
    private(set) var notes: [Note] = []

    /// Every file to read: the logs in `LogKind.allCases` order, each log's in name order.
    var all: [LogFile] { LogKind.allCases.flatMap { logs[$0]! } }

    /// Lists `inputs` and sorts its files out.
    /// - Throws: `IngestError` when the folder cannot be listed, or one log has two files of the
    ///   same stem (rules §2: keep one). A log's file that is not a regular file is listed with
    ///   its `refusal`.
    init(_ inputs: String) throws(IngestError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inputs, isDirectory: &isFolder), isFolder.boolValue else {
            throw IngestError.noInputsFolder(inputs)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: inputs)
        } catch {
            throw IngestError.unlistable(folder: inputs, reason: error.localizedDescription)
        }

        // Every file named for a log in a format a log may have, in name order.
        var candidates: [(name: String, stem: String, format: String, log: LogKind)] = []
        for name in names.sorted(by: { $0.utf8Precedes($1) }) {
            if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { continue }
            let stem = String(name[..<dot])
            let format = Self.asciiLowercased(String(name[name.index(after: dot)...]))
            let log = Self.log(named: name)
            switch format {
            case "csv", "txt", "xlsx":
                guard let log else {
                    notes.append(Note(log: nil, diagnostic: Diagnostic(.warning, SourceLocation(file: name), code: "not_a_log_file",
                                                                       text: Catalogue.Files.notALogFile())))
                    continue
                }
                candidates.append((name, stem, format, log))
            case "xls", "et", "xlsm", "ods":
                let text = Catalogue.Files.formatNotRead(fileExtension: ".\(format)", csvName: log.map { _ in "\(stem).csv" })
                notes.append(Note(log: log, diagnostic: Diagnostic(.warning, SourceLocation(file: name), code: "format_not_read", text: text)))
            default:
                continue
            }
        }

        // Two files of one stem are one log twice (an export beside its source): the run stops.
        var byStem: [String: [String]] = [:]
        var stems: [String] = []
        for file in candidates {
            let key = Self.asciiLowercased(file.stem)
            if byStem[key] == nil { stems.append(key) }
            byStem[key, default: []].append(file.name)
        }
        let twice = stems.compactMap { byStem[$0]!.count > 1 ? byStem[$0]! : nil }
        guard twice.isEmpty else { throw IngestError.sameLogFileTwice(inputs: inputs, groups: twice) }

        for file in candidates {
            let location = SourceLocation(file: file.name)
            let path = (inputs as NSString).appendingPathComponent(file.name)
            // stat, not attributesOfItem: a symbolic link to a file is read like the file.
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                logs[file.log]!.append(LogFile(name: file.name, path: path, log: file.log, size: 0, isWorkbook: file.format == "xlsx",
                                               refusal: Catalogue.Files.notARegularFile()))
                continue
            }
            var isWorkbook = file.format == "xlsx"
            if !isWorkbook, Self.startsWithZipSignature(path) {
                notes.append(Note(log: file.log, diagnostic: Diagnostic(.warning, location, code: "workbook_under_text_name",
                                                                       text: Catalogue.Workbooks.workbookUnderTextName(fileExtension: ".\(file.format)"))))
                isWorkbook = true
            }
            logs[file.log]!.append(LogFile(name: file.name, path: path, log: file.log, size: Int(info.st_size), isWorkbook: isWorkbook))
        }
        notes.sort { $0.diagnostic.location.file.utf8Precedes($1.diagnostic.location.file) }
    }

    /// The log a file name is named for: the one whose id or Chinese name starts it, ASCII case
    /// ignored. None of these names is a prefix of another, so at most one matches.
    static func log(named name: String) -> LogKind? {
        let folded = Array(asciiLowercased(name).utf8)
        return LogKind.allCases.first { log in log.fileNames.contains { folded.starts(with: $0.utf8) } }
    }

    /// `text` with ASCII capitals made small, every other character as it is.
    static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether the file starts with a zip archive's local file header, `PK\x03\x04` (an Excel
    /// workbook). A file that cannot be opened here is read as a log, which says why it cannot.
    private static func startsWithZipSignature(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 4)
        return read(fd, &head, 4) == 4 && head == [0x50, 0x4B, 0x03, 0x04]
    }
}
