import Model

/// The encodings a log file may be read in (rules §2). Everything downstream of ``UTF8Source``
/// sees UTF-8 only.
package enum TextEncoding: String, Sendable, CaseIterable {
    case utf8
    case gb18030
    case utf16le
    case utf16be

    /// The name shown to the user, and the name glibc iconv knows the encoding by.
    var displayName: String {
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

    /// Every name `--encoding` takes (rules §6), in the order a message lists them: each
    /// encoding's own name, then the names Windows and other tools give it. GBK, GB2312 and
    /// CP936 are subsets of GB18030, so a file saved as any of them reads as GB18030.
    public static let names: [(name: String, encoding: ForcedEncoding)] = [
        ("utf8", .utf8), ("utf-8", .utf8),
        ("gb18030", .gb18030), ("gbk", .gb18030), ("gb2312", .gb18030), ("cp936", .gb18030),
        ("utf16", .utf16), ("utf-16", .utf16),
    ]

    /// The encoding called `name`, ignoring case (`GBK`, `UTF-8`), or nil.
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let match = Self.names.first(where: { $0.name == lowered }) else { return nil }
        self = match.encoding
    }
}

/// How a file's bytes are to be read, and why (for the `info` message that names the encoding).
package struct EncodingDecision: Hashable, Sendable {
    /// The encoding the file is read in.
    package var encoding: TextEncoding
    /// Bytes of byte-order mark at the start of the file, stripped before decoding (0, 2, 3 or 4).
    package var bomLength: Int
    /// A short sentence for the user, in both languages, e.g.
    /// `read as GB18030: 12 of 12 non-ASCII lines are valid GB18030, 0 valid UTF-8`.
    var text: Localized
    /// True when `--encoding` decided rather than the bytes.
    var isForced: Bool

    init(encoding: TextEncoding, bomLength: Int, text: Localized, isForced: Bool = false) {
        self.encoding = encoding; self.bomLength = bomLength; self.text = text; self.isForced = isForced
    }
}
