#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// A failure of the operating system or of iconv while reading a log file. One case per C call,
/// carrying the `errno` it set. A problem *in* the bytes is never an error here: it travels with the
/// record (see ``CSVRecord``).
public enum InputFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `open(2)` failed.
    case cannotOpen(path: String, errno: Int32)
    /// `read(2)` failed.
    case cannotRead(path: String, errno: Int32)
    /// `iconv_open(3)` does not know the conversion to UTF-8.
    case noConverter(encoding: TextEncoding, errno: Int32)

    /// What failed, in both languages (the operating system's reason as it gives it).
    public var text: Localized {
        switch self {
        case let .cannotOpen(path, code): Catalogue.CSV.cannotOpen(path, reason: Self.text(of: code))
        case let .cannotRead(path, code): Catalogue.CSV.cannotRead(path, reason: Self.text(of: code))
        case let .noConverter(encoding, code): Catalogue.CSV.noConverter(encoding.displayName, reason: Self.text(of: code))
        }
    }

    /// The English text, which `IngestError.unreadable` still carries (issue 15, phase 2).
    public var description: String { text.en }

    private static func text(of code: Int32) -> String {
        guard let message = strerror(code) else { return "errno \(code)" }
        return String(cString: message)
    }
}
