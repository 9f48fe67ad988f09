import Model

/// Whole numbers: the `int` columns of rules §2 (students, teachers, party_members, branches,
/// attendees, expected, audience, participants).
///
/// Accepted, after trimming and NFKC (`FieldText`): ASCII or full-width digits; thousands
/// separators between exact groups of three (`1,234`, `12,345,678`, `"１，２３４"`); a zero
/// fraction (`12.0`, `12.00`, `.0`); leading zeros (`007`); a leading `+`.
/// Rejected: units and words (`2学时`, `三`, `半天`), exponents (`1e3`), `12.` (`notANumber`);
/// `12.5` (`fractional`); `1,23`, `12,34` (`badGrouping`); more than `Int.max`, or a count above
/// 1,000,000,000 (`overflow`: a typo or a hostile file, not a school's activity, rules §2;
/// so every sum of counts fits in 64 bits).
/// `-0` and `-0.0` are zero, not negative.
///
/// ASCII path: O(n), no allocation (≈ 10 ns for a short field, see the report's measurements).
enum IntegerField {
    /// A whole number of either sign; `nil` when the field is blank.
    @inline(__always)
    static func integer(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> Int? {
        try FieldText.withNormalized(raw) { bytes throws(ValueError) in
            bytes.isEmpty ? nil : try wholeNumber(bytes, kind: .integer)
        }
    }

    /// A count: a whole number ≥ 0; `nil` when the field is blank.
    /// - Throws: `.negative(.count)` for `-1`, `.overflow(.count)` above `countLimit`, and every
    ///   rejection of `integer(_:)`.
    @inline(__always)
    static func count(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> Int? {
        try FieldText.withNormalized(raw) { bytes throws(ValueError) in
            if bytes.isEmpty { return nil }
            let value = try wholeNumber(bytes, kind: .count)
            if value < 0 { throw .negative(.count) }
            if value > countLimit { throw .overflow(.count) }
            return value
        }
    }

    /// The largest count accepted.
    static var countLimit: Int { Catalogue.Values.countLimit }

    @inline(__always)
    static func wholeNumber(_ bytes: UnsafeRawBufferPointer, kind: ValueError.NumberKind) throws(ValueError) -> Int {
        let number = try NumberScanner.scan(bytes, kind: kind)
        if number.scale > 0 { throw .fractional }
        guard number.significand <= UInt64(Int.max) else { throw .overflow(kind) }
        let magnitude = Int(number.significand)
        return number.isNegative ? -magnitude : magnitude
    }
}
