import Foundation
import Model

/// Numbers as a Chinese (or English) year-end report writes them. Every value of the draft goes
/// through here, so the text never shows NaN, "nil" or binary noise like 0.30000000000000004.
///
/// Rounding is half away from zero on the decimal value, as Excel shows a number format, so a
/// rate the workbook shows as 85.3% reads 85.3% in the draft too.
public enum DraftNumber {
    /// A count as an integer: `7`.
    public static func count(_ n: Int) -> String { String(n) }

    /// A count held as a `Double` (a headline figure) as an integer: `7`. A value that is no
    /// whole number of 64 bits, which checked inputs and config never give, is written with
    /// `hours`' one decimal rather than trapping.
    public static func count(_ x: Double) -> String {
        whole(x).map { String($0) } ?? hours(x)
    }

    /// `about` of a count held as a `Double`, rounded down first; a value beyond 64 bits is
    /// written with `hours`' one decimal.
    public static func about(_ x: Double, language: ReportLanguage) -> String {
        whole(x.rounded(.down)).map { about($0, language: language) } ?? hours(x)
    }

    /// `x` as an `Int` when it is a whole number within 64 bits, else nil: the checked
    /// conversion every number of the draft goes through (`Int(x)` would trap).
    static func whole(_ x: Double) -> Int? {
        x.isFinite ? Int(exactly: x) : nil
    }

    /// The "about" form of a count: rounded down, with 余 (`+` in English) when something was
    /// cut. Below 10 the number itself; 10–999 down to tens; from 1000 down to hundreds, as
    /// reports write "1100余人次" rather than "1110余人次".
    ///
    /// `43 → 40余`, `40 → 40`, `9 → 9`, `120 → 120`, `129 → 120余`, `1113 → 1100余`, `1100 → 1100`.
    public static func about(_ n: Int, language: ReportLanguage) -> String {
        guard n >= 10 else { return String(n) }
        let step = n >= 1000 ? 100 : 10
        let floored = n / step * step
        guard floored != n else { return String(n) }
        return String(floored) + (language == .zh ? "余" : "+")
    }

    /// A fraction (0–1) as a percentage with one decimal: `0.8534 → 85.3%`.
    public static func percent(_ fraction: Double) -> String {
        oneDecimal(fraction * 100, keepZero: true) + "%"
    }

    /// A difference of two fractions in percentage points, one decimal: `0.0762 → 7.6`.
    public static func points(_ fraction: Double) -> String {
        oneDecimal(fraction * 100, keepZero: true)
    }

    /// At most one decimal: `16932 → 16932`, `7.25 → 7.3`, `7.0 → 7`.
    public static func hours(_ x: Double) -> String { oneDecimal(x, keepZero: false) }

    /// Exactly one decimal: `87.0238 → 87.0`.
    public static func fixedOne(_ x: Double) -> String { oneDecimal(x, keepZero: true) }

    /// A fraction as the tenths of a percent that `percent` shows: `0.8996 → 900` (90.0%), so
    /// a rate is compared with a threshold as the reader sees it.
    /// Beyond 64 bits (never a rate) it is the largest or smallest `Int64`, so the comparison
    /// still holds.
    public static func tenthsOfPercent(_ fraction: Double) -> Int64 {
        let tenths = cleaned(fraction * 1000).rounded(.toNearestOrAwayFromZero)
        return Int64(exactly: tenths) ?? (tenths > 0 ? .max : .min)
    }

    /// `x` rounded to one decimal, half away from zero; `.0` dropped unless `keepZero`. A value
    /// whose tenths do not fit 64 bits (from about 9 × 10^17, which checked inputs and config
    /// never give) is written as Swift writes it (`1e+19`), and a value that is not finite as
    /// "—": never a trap.
    static func oneDecimal(_ x: Double, keepZero: Bool) -> String {
        guard x.isFinite else { return "—" }
        guard let tenths = Int64(exactly: cleaned(x * 10).rounded(.toNearestOrAwayFromZero)) else { return String(x) }
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let whole = magnitude / 10, tenth = magnitude % 10
        if !keepZero, tenth == 0 { return sign + String(whole) }
        return sign + "\(whole).\(tenth)"
    }

    /// Removes binary noise before rounding (`8.5 * 10` may be 84.99999999999999): the value
    /// rounded to 9 decimals, far below anything shown.
    static func cleaned(_ x: Double) -> Double {
        abs(x) < 1e6 ? (x * 1e9).rounded() / 1e9 : x
    }
}
