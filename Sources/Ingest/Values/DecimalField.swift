import Foundation
import Model

/// Decimal numbers: the `hours` (学时) columns of rules §2.
///
/// Accepted, after trimming and NFKC (`FieldText`): `1.5`, `.5`, `12`, `12.0`, full-width digits
/// and point (`１．５`), thousands separators between exact groups of three (`12,345.50`), a
/// leading `+`. Rejected: units (`1.5小时`, `2学时`), words and Chinese numerals (`半天`, `三`),
/// exponents (`1e3`), `1.` (`notANumber`); `1,23` (`badGrouping`); more than 19 significant
/// digits, or more than 10,000 hours (`overflow`: a typo or a hostile file, rules §2.
///
/// The result is exact: the digits as an integer and a power-of-ten scale (`ScaledDecimal`),
/// never through `Double`, so person-hours (participants × hours) sum exactly (`DecimalSum`).
/// ASCII path: O(n), no allocation.
enum DecimalField {
    /// A decimal ≥ 0 (hours), exact (`2.50` is 25 × 10⁻¹); `nil` when the field is blank.
    /// - Throws: `.negative(.nonNegativeDecimal)` for `-1.5` (`-0.0` is 0),
    ///   `.overflow(.nonNegativeDecimal)` above `hoursLimit`, and every rejection of the grammar
    ///   (`NumberScanner`).
    @inline(__always)
    static func nonNegative(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> ScaledDecimal? {
        try FieldText.withNormalized(raw) { bytes throws(ValueError) in
            if bytes.isEmpty { return nil }
            let number = try NumberScanner.scan(bytes, kind: .nonNegativeDecimal)
            if number.isNegative && number.significand != 0 { throw .negative(.nonNegativeDecimal) }
            if exceedsHoursLimit(number) { throw .overflow(.nonNegativeDecimal) }
            return ScaledDecimal(significand: number.significand, scale: number.scale)
        }
    }

    /// The most hours accepted.
    static var hoursLimit: Int { Catalogue.Values.hoursLimit }

    /// Whether `significand × 10^-scale` > `hoursLimit`: compared as `significand` >
    /// `hoursLimit × 10^scale`, which fits in 64 bits up to scale 15; from scale 16 on that
    /// bound passes `UInt64.max`, so no significand exceeds it.
    @inline(__always)
    private static func exceedsHoursLimit(_ number: ScannedNumber) -> Bool {
        guard number.scale <= 15 else { return false }
        var bound = UInt64(hoursLimit)
        for _ in 0..<number.scale { bound &*= 10 }
        return number.significand > bound
    }
}
