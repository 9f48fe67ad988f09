import Ingest
import Foundation
import Model

/// The value decoders on one field's bytes: dates, counts and whole numbers, hours, every
/// vocabulary, site codes.
///
/// Invariants:
/// - a value is blank exactly when it normalises to nothing (trimmed, NFKC, trimmed again);
/// - spaces around the value (ASCII before, U+3000 after) change no decoder's value or error,
///   nor does the full-width form of a printable ASCII value (NFKC maps it back);
/// - what is accepted lies within its limits, and reads back the same from its own plain
///   forms: a day from each date form of rules §2 (ISO, slashes, dots, 年月日, yyyymmdd, a time
///   after it, an Excel serial in range); a whole number from its digits, with thousands
///   separators, a `+` and a zero fraction; hours from their shortest decimal (no trailing zeros);
/// - counts and hours agree with the whole numbers they share;
/// - a vocabulary gives the same answer cached and uncached, ignoring ASCII case, and its
///   nearest spelling for an unknown value is one it accepts;
/// - a site code finds the register's row written the same, in any ASCII case, padded or full-width.
public enum ValuesTarget: FuzzTarget {
    public static let name = "values"

    public static func check(_ input: [UInt8]) -> [String] {
        var v = Violations()
        let padded = Array(" ".utf8) + input + Array("\u{3000}".utf8)
        let wide = fullWidth(input)

        // What the row rules call blank (rule 1, an empty id or site) is what normalises to nothing.
        if String(validating: input, as: UTF8.self) != nil, !input.contains(0) {
            let blank = FieldValues.isBlank(input)
            let empty = ((try? FieldValues.text(input)) ?? nil) == nil
            v.expect(blank == empty, "blank: \(blank), but normalised it is \(empty ? "" : "not ")empty")
        }

        let day = decode(input, FieldValues.day)
        v.expect(decode(padded, FieldValues.day) == day, "date: padding changes \(day)")
        if let wide { v.expect(decode(wide, FieldValues.day) == day, "date: the full-width form changes \(day)") }
        if case .success(let d?) = day { checkDay(d, input: input, into: &v) }

        let integer = decode(input, FieldValues.integer)
        let count = decode(input, FieldValues.count)
        let hours = decode(input, FieldValues.hours)
        for (name, padding, widening) in [
            ("integer", decode(padded, FieldValues.integer) == integer, wide.map { decode($0, FieldValues.integer) == integer }),
            ("count", decode(padded, FieldValues.count) == count, wide.map { decode($0, FieldValues.count) == count }),
            ("hours", decode(padded, FieldValues.hours) == hours, wide.map { decode($0, FieldValues.hours) == hours }),
        ] {
            v.expect(padding, "\(name): padding changes the result")
            v.expect(widening ?? true, "\(name): the full-width form changes the result")
        }
        if case .success(let n?) = integer { checkInteger(n, count: count, hours: hours, into: &v) }
        if case .success(let n?) = count { v.expect((0...FieldValues.countLimit).contains(n), "count \(n) out of range") }
        if case .success(let h?) = hours { checkHours(h, integer: integer, into: &v) }

        // An unknown spelling costs a near-miss search in each: the padded and case-swapped
        // forms are tried in one vocabulary an input, in turn.
        let turn = input.count % 7
        checkVocabulary(Matchers.locale, input, padded: turn == 0 ? padded : nil, into: &v)
        checkVocabulary(Matchers.ownership, input, padded: turn == 1 ? padded : nil, into: &v)
        checkVocabulary(Matchers.level, input, padded: turn == 2 ? padded : nil, into: &v)
        checkVocabulary(Matchers.demo, input, padded: turn == 3 ? padded : nil, into: &v)
        checkVocabulary(Matchers.meetingType, input, padded: turn == 4 ? padded : nil, into: &v)
        checkVocabulary(Matchers.lecturerRole, input, padded: turn == 5 ? padded : nil, into: &v)
        checkVocabulary(Matchers.targetGroup, input, padded: turn == 6 ? padded : nil, into: &v)
        checkSiteCode(input, padded: padded, wide: wide, into: &v)
        return v.list
    }

    /// A decoder's value or error, comparable.
    static func decode<T>(_ bytes: [UInt8], _ decoder: ([UInt8]) throws(ValueError) -> T?) -> Result<T?, ValueError> {
        Result { () throws(ValueError) -> T? in try decoder(bytes) }
    }

    /// The full-width form (U+FF01…U+FF5E) of a value of printable ASCII other than space, else nil.
    static func fullWidth(_ bytes: [UInt8]) -> [UInt8]? {
        guard !bytes.isEmpty, bytes.allSatisfy({ (0x21...0x7E).contains($0) }) else { return nil }
        return Array(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar(UInt32($0) - 0x21 + 0xFF01)! })).utf8)
    }

    static func checkDay(_ d: Day, input: [UInt8], into v: inout Violations) {
        v.expect(Day(year: d.year, month: d.month, day: d.day) == d && (1...9999).contains(d.year), "date \(d) is no day")
        let y = String(d.year), m = String(d.month), dd = String(d.day)
        let mm = d.month < 10 ? "0\(m)" : m, ddd = d.day < 10 ? "0\(dd)" : dd
        guard y.count == 4 else { return }  // only 4-digit years are written back
        var forms = ["\(y)-\(mm)-\(ddd)", "\(y)/\(m)/\(dd)", "\(y).\(m).\(dd)", "\(y)年\(m)月\(dd)日", "\(y)\(mm)\(ddd)",
                     "\(y)-\(m)-\(dd) 0:00", "\(y)/\(mm)/\(ddd) 23:59:59"]
        let serial = d.daysSinceEpoch + 25_569
        if FieldValues.serialRange.contains(serial) { forms.append(String(serial)) }
        for form in forms {
            v.expect(decode(Array(form.utf8), FieldValues.day) == .success(d), "date \(d) does not read back from \(form)")
        }
        // The value itself with a time after it (a serial takes none).
        guard let value = try? FieldValues.normalized(input) else { return }
        if !value.contains(0x20), !value.contains(0x09), value.count != 5 {
            v.expect(decode(value + Array(" 8:30".utf8), FieldValues.day) == .success(d), "date \(d) with a time after it reads differently")
        }
    }

    static func checkInteger(_ n: Int, count: Result<Int?, ValueError>, hours: Result<ScaledDecimal?, ValueError>, into v: inout Violations) {
        let digits = String(n.magnitude)
        var grouped = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        let sign = n < 0 ? "-" : ""
        for form in ["\(n)", "\(sign)\(grouped)", "\(n < 0 ? "-" : "+")\(digits).0", "\(sign)0\(digits)"] {
            v.expect(decode(Array(form.utf8), FieldValues.integer) == .success(n), "integer \(n) does not read back from \(form)")
        }
        if (0...FieldValues.countLimit).contains(n) {
            v.expect(count == .success(n), "integer \(n) is a count, read as \(count)")
        } else {
            v.expect(count == .failure(n < 0 ? .negative(.count) : .overflow(.count)), "integer \(n) out of the counts' range, read as count \(count)")
        }
        if (0...FieldValues.hoursLimit).contains(n) {
            v.expect(hours == .success(ScaledDecimal(significand: UInt64(n), scale: 0)), "integer \(n) read as hours \(hours)")
        }
    }

    static func checkHours(_ h: ScaledDecimal, integer: Result<Int?, ValueError>, into v: inout Violations) {
        v.expect(h.scale >= 0 && (h.scale == 0 || h.significand % 10 != 0), "hours \(h) keep a trailing zero")
        v.expect(h.decimal <= Decimal(FieldValues.hoursLimit), "hours \(h) above the limit")
        var digits = String(h.significand)
        if h.scale > 0 {
            if digits.count <= h.scale { digits = String(repeating: "0", count: h.scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -h.scale))
        }
        v.expect(decode(Array(digits.utf8), FieldValues.hours) == .success(h), "hours \(h) do not read back from \(digits)")
        if h.scale == 0 {
            v.expect(integer == .success(Int(h.significand)), "hours \(h) with no fraction read as integer \(integer)")
        }
    }

    /// A matcher of each vocabulary with nothing cached: each input starts from a copy.
    enum Matchers {
        static let locale = VocabularyMatcher<SiteLocale>()
        static let ownership = VocabularyMatcher<Ownership>()
        static let level = VocabularyMatcher<SchoolLevel>()
        static let demo = VocabularyMatcher<DemoLevel>()
        static let meetingType = VocabularyMatcher<MeetingType>()
        static let lecturerRole = VocabularyMatcher<LecturerRole>()
        static let targetGroup = VocabularyMatcher<TrainingTarget>()
    }

    /// `padded`: also try the value padded and with its ASCII case swapped.
    static func checkVocabulary<V: Vocabulary>(_ pristine: VocabularyMatcher<V>, _ input: [UInt8], padded: [UInt8]?, into v: inout Violations) {
        var matcher = pristine
        let first = decode(input) { bytes throws(ValueError) in try FieldValues.value(bytes, in: &matcher) }
        let cached = decode(input) { bytes throws(ValueError) in try FieldValues.value(bytes, in: &matcher) }
        let kind = V.kind.rawValue
        v.expect(first == cached, "\(kind): cached \(cached), first \(first)")
        if let padded {
            v.expect(decode(padded) { bytes throws(ValueError) in try FieldValues.value(bytes, in: &matcher) } == first, "\(kind): padding changes \(first)")
            let swapped = input.map { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) ? $0 ^ 0x20 : $0 }
            v.expect(decode(swapped) { bytes throws(ValueError) in try FieldValues.value(bytes, in: &matcher) } == first, "\(kind): ASCII case changes \(first)")
        }
        if let text = String(validating: input, as: UTF8.self), !text.contains("\0") {
            let spelled = matcher.value(forSpelling: text)
            switch first {
            case .success(let value): v.expect(spelled == value, "\(kind): \(value.map(\.rawValue) ?? "blank") by bytes, \(spelled.map(\.rawValue) ?? "nothing") by spelling")
            case .failure: v.expect(spelled == nil, "\(kind): refused by bytes, \(spelled.map(\.rawValue) ?? "") by spelling")
            }
        }
        if case .failure(.unknownValue(_, let nearest?)) = first {
            v.expect(matcher.value(forSpelling: nearest) != nil, "\(kind): the nearest spelling \(nearest) is not accepted")
        }
    }

    /// Codes of the fixtures' registers, among which the value is entered.
    static let registered: [[UInt8]] = ["JYJ", "S001", "lc03", "杭州市第一中学", "吉𠮷"].map { Array($0.utf8) }

    static func checkSiteCode(_ input: [UInt8], padded: [UInt8], wide: [UInt8]?, into v: inout Violations) {
        let readable = ((try? FieldValues.text(input)) ?? nil) != nil
        let own = FieldValues.siteLookup(input, registered: [input])
        v.expect(own == (readable ? 0 : nil), "site code: entered \(readable), found \(String(describing: own))")
        guard readable else { return }
        // Only ASCII case is ignored: a letter that NFKC joins with a mark is no longer ASCII.
        let swapped = input.allSatisfy { $0 < 0x80 } ? input.map { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) ? $0 ^ 0x20 : $0 } : nil
        for (form, bytes) in [("padded", padded), ("ASCII case swapped", swapped), ("full-width", wide)] {
            guard let bytes else { continue }
            v.expect(FieldValues.siteLookup(bytes, registered: [input]) == 0, "site code: not found \(form)")
        }
        // Among others: the first of the codes it matches.
        let all = registered + [input]
        if let found = FieldValues.siteLookup(input, registered: all) {
            let same = registered.firstIndex { code in FieldValues.siteLookup(input, registered: [code]) == 0 }
            v.expect(found == same ?? registered.count, "site code: found at \(found) among the register's, expected \(same ?? registered.count)")
        } else {
            v.expect(false, "site code: not found among the register's")
        }
    }

    public static func seeds(fixtures: URL) throws -> [[UInt8]] {
        // Every distinct field of the fixtures' logs, in order of first appearance.
        var seen = Set<[UInt8]>()
        var seeds: [[UInt8]] = []
        for folder in Fixtures.inputFolders + ["csv-realworld"] {
            for file in try Fixtures.files(folder, in: fixtures) {
                guard let reading = try? CSVTarget.read(file.bytes) else { continue }
                for record in reading.records {
                    for field in record.fields where seen.insert(field).inserted { seeds.append(field) }
                }
            }
        }
        return seeds
    }
}
