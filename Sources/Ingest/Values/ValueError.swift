import Model

/// Why one field's value could not be read (rules §2 "Values").
///
/// The decoders in `Values/` throw it (typed throws, so no allocation on the error path beyond
/// the payload). It is data: the caller adds the position and renders it once with
/// `text(column:found:)`, and counts it by `code`. `.empty` is never thrown by a decoder (they
/// return `nil` for an empty field); the row rules use it when a required column is empty.
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
    /// Too large: a count above 1,000,000,000, hours above 10,000 (rules §2, or more digits
    /// than the type holds (above `Int.max`, more than 19 significant digits in a decimal).
    case overflow(NumberKind)
    /// Not a date of one of the forms of rules §2; the payload says which rule it breaks.
    case badDate(DateProblem)
    /// Not the canonical id or an alias of `vocabulary`; `nearest` is the id or alias within the
    /// near-miss distance (rules §2), as the table or the config writes it.
    case unknownValue(VocabularyKind, nearest: String?)
    /// `三会一课` (or `三会一课会议`) as a meeting type: four kinds of meeting, not one.
    case sanhuiIsNotAType
    /// Text that cannot be a value at all.
    case invalidText(TextProblem)

    /// What kind of number a numeric decoder expected; it decides the wording of messages.
    public typealias NumberKind = Catalogue.Values.NumberKind

    /// Why a text cannot be a value.
    public enum TextProblem: Hashable, Sendable {
        /// A NUL byte: it cuts C strings and is illegal in the workbook's XML.
        case nul
        /// Bytes that are not UTF-8 (the CSV layer hands over UTF-8, so this is a guard).
        case notUTF8
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

    /// The diagnostic's stable English code: what `validate --json` shows and what problems
    /// beyond the workbook's cap are counted by.
    public var code: String {
        switch self {
        case .empty: "empty_value"
        case .notANumber: "not_a_number"
        case .negative: "negative_number"
        case .fractional: "not_a_whole_number"
        case .badGrouping: "bad_thousands_separator"
        case .overflow: "number_too_large"
        case .badDate: "bad_date"
        case .unknownValue: "unknown_value"
        case .sanhuiIsNotAType: "sanhui_not_a_type"
        case .invalidText: "invalid_text"
        }
    }

    /// The message in both languages: the column by its header as written, the value as read
    /// (trimmed), what is wrong and how to write it.
    public func text(column: String, found value: String) -> Localized {
        typealias V = Catalogue.Values
        switch self {
        case .empty: return V.empty(column: column)
        case .notANumber(let kind): return V.notANumber(column: column, value: value, kind: kind)
        case .negative: return V.negative(column: column, value: value)
        case .fractional: return V.fractional(column: column, value: value)
        case .badGrouping: return V.badGrouping(column: column, value: value)
        case .overflow(let kind): return V.tooLarge(column: column, value: value, kind: kind)
        case .badDate(let problem): return problem.text(column: column, value: value)
        case let .unknownValue(vocabulary, nearest):
            return V.unknownValue(column: column, value: value, vocabulary: vocabulary, nearest: nearest)
        case .sanhuiIsNotAType: return V.sanhuiIsNotAType(column: column, value: value)
        case .invalidText(.nul): return V.nul(column: column, value: value)
        case .invalidText(.notUTF8): return V.notUTF8(column: column, value: value)
        }
    }
}

extension ValueError.DateProblem {
    func text(column: String, value: String) -> Localized {
        typealias V = Catalogue.Values
        switch self {
        case let .impossible(year, month, _):
            if year == 0 { return V.noYearZero(column: column, value: value) }
            if !(1...12).contains(month) { return V.noSuchMonth(column: column, value: value, month: month) }
            return V.noSuchDay(column: column, value: value, year: year, month: month, days: Day.daysIn(month: month, year: year))
        case .twoDigitYear: return V.twoDigitYear(column: column, value: value)
        case .yearLast: return V.yearLast(column: column, value: value)
        case .mixedSeparators: return V.mixedSeparators(column: column, value: value)
        case .fractionalSerial: return V.fractionalSerial(column: column, value: value)
        case .serialOutOfRange: return V.serialOutOfRange(column: column, value: value)
        case .digitString: return V.digitString(column: column, value: value)
        case .isoTime: return V.isoTime(column: column, value: value)
        case .badTime: return V.badTime(column: column, value: value)
        case .chineseNumerals: return V.chineseNumerals(column: column, value: value)
        case .unrecognised: return V.notADate(column: column, value: value)
        }
    }
}
