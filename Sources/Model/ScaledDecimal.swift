import Foundation

/// An exact non-negative decimal: `significand × 10^-scale` (`2.5` is 25 and 1, `3` is 3 and 0). Training hours travel from the reader to the tally in this form, so
/// person-hours can be summed exactly in integer arithmetic (`DecimalSum`) rather than with
/// `Decimal`, whose arithmetic costs about a microsecond per operation.
public struct ScaledDecimal: Hashable, Sendable {
    public var significand: UInt64
    public var scale: Int

    public init(significand: UInt64, scale: Int) {
        precondition(scale >= 0, "a negative scale")
        self.significand = significand
        self.scale = scale
    }

    /// The same value as a `Decimal`.
    public var decimal: Decimal {
        Decimal(sign: .plus, exponent: -scale, significand: Decimal(significand))
    }
}

/// An exact running sum of `count × value` products (rules §5: person-hours are summed exactly, as
/// decimals). A product with at most six decimals that fits is added as whole millionths in an
/// `Int64` (up to 9·10¹² hours); any other product is added as a `Decimal`. Two sums are equal
/// when their values are.
public struct DecimalSum: Sendable, Equatable {
    private var millionths: Int64 = 0
    private var rest = Decimal(0)

    public init() {}

    private static let powers: [Int64] = [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1]

    public mutating func add(_ value: ScaledDecimal, times count: Int) {
        if value.scale <= 6, count >= 0, value.significand <= UInt64(Int64.max),
           case let (scaled, o1) = Int64(value.significand).multipliedReportingOverflow(by: Self.powers[value.scale]), !o1,
           case let (product, o2) = scaled.multipliedReportingOverflow(by: Int64(count)), !o2,
           case let (sum, o3) = millionths.addingReportingOverflow(product), !o3 {
            millionths = sum
        } else {
            rest += Decimal(count) * value.decimal
        }
    }

    public mutating func add(_ other: DecimalSum) {
        if case let (sum, overflow) = millionths.addingReportingOverflow(other.millionths), !overflow {
            millionths = sum
        } else {
            rest += Self.decimal(millionths: other.millionths)
        }
        rest += other.rest
    }

    /// The sum.
    public var value: Decimal { Self.decimal(millionths: millionths) + rest }

    private static func decimal(millionths: Int64) -> Decimal {
        Decimal(sign: millionths < 0 ? .minus : .plus, exponent: -6, significand: Decimal(millionths.magnitude))
    }

    public static func == (a: DecimalSum, b: DecimalSum) -> Bool { a.value == b.value }
}
