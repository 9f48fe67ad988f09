import Foundation
import Ingest
import Model
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress of ingest on one line of standard error, rewritten in place with `\r`, in the
/// run's language: `annual-review: meetings.csv (2/4): 1,234,567 rows, 120.5 of 300.0 MB`.
///
/// Shown only when standard error is a terminal and `--quiet` is not given (rules §6); then at most
/// ten times a second, and not before the run has taken a quarter of a second (a small input
/// finishes without a flash of text). Any other text for standard error must go through
/// ``clear()`` first, so it starts on a clean line; the line is cleared when ingest ends.
final class ProgressLine {
    private let isEnabled: Bool
    private let language: ReportLanguage
    private let write: (String) -> Void
    private let now: () -> TimeInterval
    private let started: TimeInterval
    private var lastShown: TimeInterval = -.infinity
    private var isShowing = false
    /// Whether standard output goes to the same terminal (then stdout text must clear the line too).
    private let stdoutIsTerminal: Bool

    static let interval: TimeInterval = 0.1
    static let delay: TimeInterval = 0.25

    /// The display for a command: enabled when standard error is a terminal and not `quiet`.
    convenience init(quiet: Bool, language: ReportLanguage) {
        self.init(isEnabled: !quiet && isatty(STDERR_FILENO) == 1, language: language,
                  write: { FileHandle.standardError.write(Data($0.utf8)) },
                  now: { ProcessInfo.processInfo.systemUptime },
                  stdoutIsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    init(isEnabled: Bool, language: ReportLanguage, write: @escaping (String) -> Void, now: @escaping () -> TimeInterval,
         stdoutIsTerminal: Bool = false) {
        self.isEnabled = isEnabled
        self.language = language
        self.stdoutIsTerminal = stdoutIsTerminal
        self.write = write
        self.now = now
        self.started = now()
    }

    /// The hook for `Ingestor.run(onProgress:)`, or `nil` when nothing is to be shown (so ingest
    /// does not even count).
    var hook: ((IngestProgress) -> Void)? {
        isEnabled ? { [unowned self] in self.update($0) } : nil
    }

    func update(_ progress: IngestProgress) {
        let time = now()
        guard time - started >= Self.delay, time - lastShown >= Self.interval else { return }
        lastShown = time
        write("\r\u{1B}[K" + Self.text(progress, language))
        isShowing = true
    }

    /// Clears the line before text for standard output, when that is the terminal too.
    func clearBeforeStandardOutput() {
        if stdoutIsTerminal { clear() }
    }

    /// Removes the line, if one is shown, so the next text starts at the left margin.
    func clear() {
        guard isShowing else { return }
        write("\r\u{1B}[K")
        isShowing = false
    }

    static func text(_ p: IngestProgress, _ language: ReportLanguage) -> String {
        "annual-review: " + Catalogue.CLI.progress(file: p.file, number: p.fileNumber, of: p.fileCount, rows: grouped(p.rows),
                                                   read: megabytes(p.bytes), size: megabytes(p.size)).text(language)
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ n: Int) -> String {
        var digits = String(n.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (n < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_000_000)
    }
}
