import Model

/// The register as read so far: the kept sites and their ids, and the ids whose rows were
/// rejected (so a log row naming one can say why it is refused).
struct SiteRegister {
    var sites: [Site] = []
    /// Kept site id (trimmed, NFKC UTF-8) → index in `sites`.
    var index = ByteMap<Int32>()
    /// Rejected site id → where its first rejected row is.
    var rejected = ByteMap<RowPlace>()

    /// A row of the register: its file's base name and line.
    struct RowPlace { var file: String; var line: Int }

    enum Lookup { case found(Int), unknown, rejected(RowPlace) }

    /// Looks up a site_id field (trimmed and normalised like every value).
    func lookup(_ raw: UnsafeRawBufferPointer) -> Lookup {
        if let ascii = FieldText.asciiTrimmed(raw) { return lookupNormalized(ascii) }
        return (try? FieldText.withNormalized(raw) { bytes in lookupNormalized(bytes) }) ?? .unknown
    }

    private func lookupNormalized(_ bytes: UnsafeRawBufferPointer) -> Lookup {
        if let i = index.value(forKey: bytes) { return .found(Int(i)) }
        if let place = rejected.value(forKey: bytes) { return .rejected(place) }
        return .unknown
    }
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
            reject(column, reason: "unknown site_id", "\(columnLabel(column)): `\(id)` is not in the register (\(sitesFiles)); add the site there or correct the code", value: id)
        case .rejected(let place):
            let id = shown(column)
            reject(column, reason: "rejected site_id", "\(columnLabel(column)): the register's row for `\(id)` (\(place.file) line \(place.line)) was rejected; fix that row first", value: id)
        }
        return nil
    }
}
