#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    public var description: String {
        switch self {
        case let .cannotOpen(path, code):
            return "\(path): cannot open: \(Self.text(of: code))"
        case let .cannotRead(path, code):
            return "\(path): cannot read: \(Self.text(of: code))"
        case let .noConverter(encoding, code):
            return "cannot convert \(encoding.displayName) to UTF-8 (iconv_open: \(Self.text(of: code))); "
                + "install the system's iconv converters (glibc's gconv modules)"
        }
    }

    private static func text(of code: Int32) -> String {
        guard let message = strerror(code) else { return "errno \(code)" }
        return String(cString: message)
    }
}
