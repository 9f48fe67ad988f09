import Foundation

/// Decimal numbers: the `hours` (学时) columns of SPEC §2.
///
/// Accepted, after trimming and NFKC (`FieldText`): `1.5`, `.5`, `12`, `12.0`, full-width digits
/// and point (`１．５`), thousands separators between exact groups of three (`12,345.50`), a
/// leading `+`. Rejected: units (`1.5小时`, `2学时`), words and Chinese numerals (`半天`, `三`),
/// exponents (`1e3`), `1.` (`notANumber`); `1,23` (`badGrouping`); more than 19 significant
/// digits (`overflow`).
///
/// The result is an exact Foundation `Decimal` built from the digits (significand and a
/// power-of-ten exponent, never through `Double`), so person-hours (participants × hours) sum
/// exactly. ASCII path: O(n), no allocation.
public enum DecimalField {
    /// A decimal of either sign; `nil` when the field is blank.
    @inline(__always)
    public static func decimal(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> Decimal? {
        try FieldText.withNormalized(raw) { bytes throws(ValueError) in
            bytes.isEmpty ? nil : makeDecimal(try NumberScanner.scan(bytes, kind: .decimal))
        }
    }

    /// A decimal ≥ 0 (hours); `nil` when the field is blank.
    /// - Throws: `.negative(.nonNegativeDecimal)` for `-1.5`, and every rejection of
    ///   `decimal(_:)`.
    @inline(__always)
    public static func nonNegative(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> Decimal? {
        try FieldText.withNormalized(raw) { bytes throws(ValueError) in
            if bytes.isEmpty { return nil }
            let number = try NumberScanner.scan(bytes, kind: .nonNegativeDecimal)
            if number.isNegative && number.significand != 0 { throw .negative(.nonNegativeDecimal) }
            return makeDecimal(number)
        }
    }

    @inline(__always)
    static func makeDecimal(_ number: ScannedNumber) -> Decimal {
        let negative = number.isNegative && number.significand != 0
        return Decimal(sign: negative ? .minus : .plus, exponent: -number.scale,
                       significand: Decimal(number.significand))
    }
}
