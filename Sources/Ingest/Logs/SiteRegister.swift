import Model

/// The register as read so far: the kept sites and their ids, and the ids whose rows were
/// rejected (so a log row naming one can say why it is refused).
///
/// A site_id matches ignoring ASCII case (rules §2: `s02` = `S02`): the maps are keyed by the
/// id trimmed, NFKC-normalised and with its ASCII letters in upper case (`folded`); `Site.id`
/// keeps the register's own spelling, which the outputs show.
struct SiteRegister {
    var sites: [Site] = []
    /// Kept site id, folded → index in `sites`.
    var index = ByteMap<Int32>()
    /// Rejected site id, folded → where its first rejected row is.
    var rejected = ByteMap<RowPlace>()

    /// A row of the register: its file's base name and line.
    struct RowPlace { var file: String; var line: Int }

    enum Lookup { case found(Int), unknown, rejected(RowPlace) }

    /// Looks up a site_id field (trimmed and normalised like every value, ASCII case ignored).
    /// No allocation for an ASCII id.
    func lookup(_ raw: UnsafeRawBufferPointer) -> Lookup {
        if let ascii = FieldText.asciiTrimmed(raw) { return Self.folded(ascii) { lookupFolded($0) } }
        return (try? FieldText.withNormalized(raw) { bytes in Self.folded(bytes) { lookupFolded($0) } }) ?? .unknown
    }

    private func lookupFolded(_ key: UnsafeRawBufferPointer) -> Lookup {
        if let i = index.value(forKey: key) { return .found(Int(i)) }
        if let place = rejected.value(forKey: key) { return .rejected(place) }
        return .unknown
    }

    /// Calls `body` with the normalised id `bytes` with its ASCII lower-case letters in upper
    /// case: `bytes` itself when it has none (codes are mostly written in capitals), else a
    /// copy on the stack. Only ASCII bytes change (every byte of a multi-byte UTF-8 character
    /// is ≥ 0x80), so the key stays UTF-8.
    @inline(__always)
    static func folded<R>(_ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard bytes.contains(where: isLowerASCII) else { return body(bytes) }
        return withUnsafeTemporaryAllocation(byteCount: bytes.count, alignment: 1) { copy in
            for (i, byte) in bytes.enumerated() { copy[i] = isLowerASCII(byte) ? byte &- 0x20 : byte }
            return body(UnsafeRawBufferPointer(copy))
        }
    }

    /// The folded key of an id already trimmed and normalised (`FieldText.text`).
    static func folded<R>(_ id: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        var id = id
        return id.withUTF8 { folded(UnsafeRawBufferPointer($0), body) }
    }

    @inline(__always)
    private static func isLowerASCII(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
}

extension Row {
    /// Rule 4: resolves a site_id column; an unknown or rejected site rejects the row.
    /// `nil` with the row rejected, or when the field is empty and `required` is false.
    /// `sitesFiles` names the register's files, for the message.
    mutating func site(_ column: Int, in register: SiteRegister, sitesFiles: String, required: Bool) -> Int?? {
        let blank = withField(column) { FieldText.isBlank($0) }
        if blank {
            if required { reject(column, .empty); return nil }
            return .some(nil)
        }
        switch withField(column, { register.lookup($0) }) {
        case .found(let i):
            return .some(i)
        case .unknown:
            let id = shown(column)
            reject(column, code: "unknown_site_id",
                   Catalogue.Values.unknownSite(column: columnName(column), value: id, files: sitesFiles), value: id)
        case .rejected(let place):
            let id = shown(column)
            reject(column, code: "rejected_site_id",
                   Catalogue.Values.rejectedSite(column: columnName(column), value: id, file: place.file, line: place.line),
                   value: id)
        }
        return nil
    }
}
