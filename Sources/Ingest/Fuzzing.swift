import Model

/// What the fuzz targets (Fuzz/) reach that the public API does not: the register's site_id
/// matching, which only whole files exercise otherwise.
@_spi(Fuzzing)
public enum FuzzingEntryPoints {
    /// Enters each of `registered` (a site_id field's bytes) as `SiteDecoder` enters a kept
    /// row's id, then looks `field` up as a log row's site_id is looked up (rule 4). Returns the
    /// position in `registered` of the id found (of ids that match each other, the first), or
    /// nil when none matches; a blank or unreadable id is not entered.
    public static func siteLookup(_ field: UnsafeRawBufferPointer, registered: [[UInt8]]) -> Int? {
        var register = SiteRegister()
        for (position, raw) in registered.enumerated() {
            guard let id = raw.withUnsafeBytes({ try? FieldText.text($0) }) ?? nil else { continue }
            _ = SiteRegister.folded(id) { register.index.insert(Int32(position), forKey: $0) }
        }
        guard case .found(let position) = register.lookup(field) else { return nil }
        return position
    }
}
