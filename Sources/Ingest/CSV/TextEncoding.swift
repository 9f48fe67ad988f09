/// The encodings a log file may be read in (rules §2). Everything downstream of ``UTF8Source``
/// sees UTF-8 only.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8
    case gb18030
    case utf16le
    case utf16be

    /// The name shown to the user, and the name glibc iconv knows the encoding by.
    public var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .gb18030: return "GB18030"
        case .utf16le: return "UTF-16LE"
        case .utf16be: return "UTF-16BE"
        }
    }
}

/// The encoding named by `--encoding`. `utf16` means little-endian unless the file starts with a
/// big-endian BOM (FE FF).
public enum ForcedEncoding: String, Sendable, CaseIterable {
    case utf8
    case gb18030
    case utf16
}

/// How a file's bytes are to be read, and why (for the `info` message that names the encoding).
public struct EncodingDecision: Hashable, Sendable {
    /// The encoding the file is read in.
    public var encoding: TextEncoding
    /// Bytes of byte-order mark at the start of the file, stripped before decoding (0, 2, 3 or 4).
    public var bomLength: Int
    /// A short sentence for the user, e.g.
    /// `read as GB18030: 12 of 12 non-ASCII lines are valid GB18030, 0 valid UTF-8`.
    public var reason: String
    /// True when `--encoding` decided rather than the bytes.
    public var isForced: Bool

    public init(encoding: TextEncoding, bomLength: Int, reason: String, isForced: Bool = false) {
        self.encoding = encoding; self.bomLength = bomLength; self.reason = reason; self.isForced = isForced
    }
}
