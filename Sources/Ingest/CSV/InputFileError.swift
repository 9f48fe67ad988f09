#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// A failure of the operating system or of iconv while reading a log file. One case per C call,
/// carrying the `errno` it set. A problem *in* the bytes is never an error here: it travels with the
/// record (see ``CSVRecord``).
enum InputFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `open(2)` failed.
    case cannotOpen(path: String, errno: Int32)
    /// `read(2)` failed.
    case cannotRead(path: String, errno: Int32)
    /// `iconv_open(3)` does not know the conversion to UTF-8.
    case noConverter(encoding: TextEncoding, errno: Int32)

    /// What failed, in both languages; the system's own words (`strerror`) stay as it gives them.
    var text: Localized {
        switch self {
        case let .cannotOpen(path, code):
            Catalogue.Files.cannotOpen(path: path, reason: Self.text(of: code))
        case let .cannotRead(path, code):
            Catalogue.Files.readFailed(path: path, reason: Self.text(of: code))
        case let .noConverter(encoding, code):
            Catalogue.Files.noConverter(encoding: encoding.displayName, reason: Self.text(of: code))
        }
    }

    var description: String { text.en }

    private static func text(of code: Int32) -> String {
        guard let message = strerror(code) else { return "errno \(code)" }
        return String(cString: message)
    }
}
