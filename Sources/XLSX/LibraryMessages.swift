import Foundation

/// libxlsxwriter prints its own lines on standard error when a file operation fails
/// (`[ERROR] workbook_close(): … System error = No space left on device`), which would reach the
/// user beside the tool's own message. While it writes the file, standard error (descriptor 2)
/// points into a pipe instead, and the system's reason is read from what it printed.
///
/// Descriptor 2 belongs to the process: nothing else may write to standard error meanwhile (the
/// workbook is written on one thread, after every other thread's work is done).
enum LibraryMessages {
    /// The most kept of what is printed meanwhile; the rest is dropped (the pipe never blocks).
    static let kept = 4096

    /// Runs `body` with standard error captured; returns its result and what was printed. When
    /// the pipe cannot be made, `body` runs with standard error as it is.
    static func capturing<T>(_ body: () throws -> T) rethrows -> (T, String) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return (try body(), "") }
        let (reading, writing) = (ends[0], ends[1])
        _ = fcntl(reading, F_SETFD, FD_CLOEXEC)
        _ = fcntl(reading, F_SETFL, fcntl(reading, F_GETFL) | O_NONBLOCK)
        // A full pipe must not block the library: what does not fit is lost.
        _ = fcntl(writing, F_SETFL, fcntl(writing, F_GETFL) | O_NONBLOCK)
        fflush(nil)
        let saved = fcntl(2, F_DUPFD_CLOEXEC, 0)
        guard saved >= 0, dup2(writing, 2) >= 0 else {
            if saved >= 0 { close(saved) }
            close(reading)
            close(writing)
            return (try body(), "")
        }
        close(writing)
        defer { close(reading) }
        func restore() {
            fflush(nil)
            _ = dup2(saved, 2)
            close(saved)
        }
        let result: T
        do {
            result = try body()
        } catch {
            restore()
            throw error
        }
        restore()
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while bytes.count < kept {
            let count = buffer.withUnsafeMutableBytes { read(reading, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += buffer.prefix(count)
        }
        return (result, String(decoding: bytes.prefix(kept), as: UTF8.self))
    }

    /// The system's reason in libxlsxwriter's lines (`… System error = File too large`): the text
    /// after the last `System error = ` up to the end of its line, or nil.
    static func systemError(in printed: String) -> String? {
        guard let marker = printed.range(of: "System error = ", options: .backwards) else { return nil }
        let reason = printed[marker.upperBound...].prefix { $0 != "\n" && $0 != "\r" }
            .trimmingCharacters(in: .whitespaces)
        return reason.isEmpty ? nil : reason
    }
}
