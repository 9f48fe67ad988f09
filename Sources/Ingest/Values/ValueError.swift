import Model

/// Why one field's value could not be read (rules §2 "Values").
///
/// The decoders in `Values/` throw it (typed throws, so no allocation on the error path beyond
/// the payload). It is data: the caller adds the position and renders it once with
/// `message(found:)`, and counts it by `reason`. `.empty` is never thrown by a decoder (they return
/// `nil` for an empty field); the row rules use it when a required column is empty.
public enum ValueError: Error, Hashable, Sendable {
    /// Nothing but whitespace in a required column.
    case empty
    /// Not a number of the expected kind: letters, units (`2学时`), Chinese numerals (`三`),
    /// exponents (`1e3`), a second sign or point.
    case notANumber(expected: NumberKind)
    /// A number below zero where counts or hours are expected.
    case negative(NumberKind)
    /// A non-zero fraction where a whole number is expected (`12.5`; `12.0` is accepted).
    case fractional
    /// Thousands separators not between exact groups of three digits (`1,23`, `12,34`, `1,`).
    case badGrouping
    /// Too many digits for the value's type (above `Int.max`, or more than 19 significant
    /// digits in a decimal).
    case overflow
    /// Not a date in one of the forms of rules §2; the payload says which rule it breaks.
    case badDate(DateProblem)
    /// Not the canonical id or an alias of an enumeration. `allowed` lists the accepted values,
    /// each as `id (alias/alias)`.
    case unknownValue(allowed: [String])
    /// Text that cannot be a value at all (a NUL byte, invalid UTF-8).
    case invalidText(String)

    /// What kind of number a numeric decoder expected; it decides the wording of messages.
    public enum NumberKind: Hashable, Sendable {
        /// A whole number of either sign.
        case integer
        /// A whole number ≥ 0 (students, attendees, participants …).
        case count
        /// A decimal number of either sign.
        case decimal
        /// A decimal number ≥ 0 (hours).
        case nonNegativeDecimal

        var phrase: String {
            switch self {
            case .integer: "a whole number"
            case .count: "a whole number ≥ 0"
            case .decimal: "a number"
            case .nonNegativeDecimal: "a number ≥ 0"
            }
        }
    }

    /// Which date rule of rules §2 a value breaks.
    public enum DateProblem: Hashable, Sendable {
        /// The form is right but the day does not exist (`2017-02-30`, `2017-13-01`, `0000-01-01`).
        case impossible(year: Int, month: Int, day: Int)
        /// `17-3-5`, `17年3月5日`.
        case twoDigitYear
        /// `3/5/2017`, `25/12/2017`: day and month order cannot be told apart.
        case yearLast
        /// `2017-3/5`.
        case mixedSeparators
        /// `42799.5`.
        case fractionalSerial
        /// A five-digit number outside 36526…73050.
        case serialOutOfRange(Int)
        /// Digits only, but neither 8 (yyyymmdd) nor 5 (a serial day): `60`, `123456`.
        case digitString
        /// An ISO 8601 date-time with `T` (`2017-03-05T08:30:00`).
        case isoTime
        /// Something after the date that is not a time `H:MM` or `HH:MM:SS`.
        case badTime
        /// `二〇一七年三月五日`.
        case chineseNumerals
        /// None of the forms: month names (`5-Mar-17`), `#VALUE!`, text.
        case unrecognised
    }

    /// A short, stable category for counting problems (`Diagnostic.reason`).
    public var reason: String {
        switch self {
        case .empty: "empty value"
        case .notANumber: "not a number"
        case .negative(let kind): kind == .count ? "negative count" : "negative number"
        case .fractional: "not a whole number"
        case .badGrouping: "bad thousands separator"
        case .overflow: "number too large"
        case .badDate: "bad date"
        case .unknownValue: "unknown value"
        case .invalidText: "invalid text"
        }
    }

    /// The sentence for the user: what was expected, what was found, and how to write it.
    ///
    /// - Parameter found: the value as read (trimmed), shown between backticks.
    public func message(found: String) -> String {
        let value = "`\(found)`"
        switch self {
        case .empty:
            return "expected a value, found an empty field"
        case .notANumber(let kind):
            return "expected \(kind.phrase) written with digits, found \(value)"
        case .negative(let kind):
            return "expected \(kind.phrase), found \(value), which is negative"
        case .fractional:
            return "expected a whole number, found \(value), which has a fraction"
        case .badGrouping:
            return "expected thousands separators between groups of three digits (1,234), found \(value)"
        case .overflow:
            return "expected a number of at most 19 digits, found \(value)"
        case .badDate(let problem):
            return problem.message(value)
        case .unknownValue(let allowed):
            return "expected one of \(allowed.joined(separator: ", ")); found \(value)"
        case .invalidText(let why):
            return "the value \(why): \(value)"
        }
    }
}

extension ValueError.DateProblem {
    static let forms = "2017-03-05, 2017/3/5, 2017.3.5, 2017年3月5日, 20170305 or an Excel serial day"

    func message(_ value: String) -> String {
        switch self {
        case let .impossible(year, month, day):
            let written = "\(year)-\(month)-\(day)"
            if year == 0 { return "\(value) is not a date: there is no year 0" }
            if !(1...12).contains(month) { return "\(value) is not a date: there is no month \(month)" }
            let days = Day.daysIn(month: month, year: year)
            return "\(value) is not a date: \(written) does not exist, month \(month) of \(year) has \(days) days"
        case .twoDigitYear:
            return "expected a four-digit year first (2017-03-05), found \(value), which has a two-digit year"
        case .yearLast:
            return "ambiguous order; write the year first (2017-03-05), found \(value)"
        case .mixedSeparators:
            return "expected one separator throughout (2017-3-5 or 2017/3/5), found \(value)"
        case .fractionalSerial:
            return "expected an Excel serial day without a fraction (42799), found \(value)"
        case .serialOutOfRange(let serial):
            return "expected an Excel serial day from 36526 (2000-01-01) to 73050 (2099-12-31), found \(serial)"
        case .digitString:
            return "expected a date; a plain number is read only as yyyymmdd (8 digits) or an Excel serial day 36526–73050, found \(value)"
        case .isoTime:
            return "expected a date without a `T` time (2017-03-05 or 2017-03-05 8:30), found \(value)"
        case .badTime:
            return "expected the date alone or followed by a time H:MM or HH:MM:SS, found \(value)"
        case .chineseNumerals:
            return "expected a date written with digits (2017年3月5日), found \(value)"
        case .unrecognised:
            return "expected a date such as \(Self.forms), found \(value)"
        }
    }
}
