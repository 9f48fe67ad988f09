/// A conditional format rule for `Worksheet.addConditionalFormat(_:to:)`.
public enum ConditionalFormat: Hashable, Sendable {
    /// A comparison of a cell's value with constants.
    public enum Comparison: Hashable, Sendable {
        case lessThan(Double)
        case lessThanOrEqual(Double)
        case greaterThan(Double)
        case greaterThanOrEqual(Double)
        case equal(Double)
        case notEqual(Double)
        /// Inclusive: low ≤ value ≤ high.
        case between(Double, Double)
        case notBetween(Double, Double)
    }

    /// Applies `style` (font, fill, border, number format) to cells whose value satisfies `comparison`.
    case cellValue(Comparison, style: CellStyle)
    /// A colour scale from the lowest value's colour to the highest's (`0xRRGGBB`).
    case twoColourScale(min: UInt32, max: UInt32)
    /// A colour scale through the 50th percentile's colour.
    case threeColourScale(min: UInt32, mid: UInt32, max: UInt32)
    /// Applies `style` where `formula` is true; the formula is written for the area's top-left
    /// cell with relative references (e.g. `"=$F2<1"` for an area starting in row 2).
    case formula(String, style: CellStyle)
}
