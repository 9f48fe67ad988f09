/// How a number cell reads, by its number format (rules §2 *Excel workbooks*).
enum NumberDisplay: Equatable, Sendable {
    /// The shortest round-trip decimal.
    case number
    /// A date, `YYYY-MM-DD` (the time part ignored).
    case date
    /// A time only, `H:MM` or `H:MM:SS`.
    case time(seconds: Bool)
    /// A whole number with leading zeros to this width (a custom format of only zeros, `000`).
    case zeros(Int)

    /// Built-in formats that show a date (some with a time), and those that show a time only;
    /// 27–36 and 50–58 are the East Asian ones.
    static let builtInDates: Set<Int> = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]
    static let builtInTimesWithSeconds: Set<Int> = [19, 21, 33, 35, 45, 46, 47, 56]
    static let builtInTimes: Set<Int> = [18, 20, 32, 34, 55]

    /// A built-in format's display (ids below 164 without a format code of their own).
    init(builtIn id: Int) {
        if Self.builtInDates.contains(id) {
            self = .date
        } else if Self.builtInTimesWithSeconds.contains(id) {
            self = .time(seconds: true)
        } else if Self.builtInTimes.contains(id) {
            self = .time(seconds: false)
        } else {
            self = .number
        }
    }

    /// A format code's display: a date when it has y or d, or an m that is not minutes (an m
    /// right after an h or right before an s); a time when it has only h, m or s (or `[h]`,
    /// `[mm]`, `[ss]`); leading zeros for a code of only zeros. Text in quotes, bracketed
    /// colours and locales, escaped (`\x`), spacing (`_x`) and fill (`*x`) characters, and
    /// `AM/PM`, `A/P` count for nothing.
    init(code: String) {
        let scalars = Array(code.unicodeScalars)
        if !scalars.isEmpty, scalars.allSatisfy({ $0 == "0" }) {
            self = .zeros(scalars.count)
            return
        }
        var letters: [Character] = []  // y, m, d, h, s in order, lower case; n for elapsed minutes
        var i = 0
        func lower(_ s: Unicode.Scalar) -> Character { Character(String(s).lowercased()) }
        while i < scalars.count {
            let s = scalars[i]
            switch s {
            case "\"":
                i += 1
                while i < scalars.count && scalars[i] != "\"" { i += 1 }
            case "\\", "_", "*":
                i += 1
            case "[":
                var j = i + 1
                var inside: [Character] = []
                while j < scalars.count && scalars[j] != "]" { inside.append(lower(scalars[j])); j += 1 }
                // Elapsed time: [h], [hh], [m], [mm], [s], [ss] (an elapsed m is minutes: `n`).
                if let first = inside.first, "hms".contains(first), inside.allSatisfy({ $0 == first }) {
                    letters.append(first == "m" ? "n" : first)
                }
                i = j
            default:
                let rest = String(String.UnicodeScalarView(scalars[i...].prefix(5))).lowercased()
                if rest.hasPrefix("am/pm") { i += 5; continue }
                if rest.hasPrefix("a/p") { i += 3; continue }
                let c = lower(s)
                if "ymdhs".contains(c), letters.last != c || !(i > 0 && lower(scalars[i - 1]) == c) { letters.append(c) }
            }
            i += 1
        }
        var isDate = false, isTime = false, seconds = false
        for (k, c) in letters.enumerated() {
            switch c {
            case "y", "d": isDate = true
            case "h", "n": isTime = true
            case "s": isTime = true; seconds = true
            case "m":
                let minutes = (k > 0 && letters[k - 1] == "h") || (k + 1 < letters.count && letters[k + 1] == "s")
                if minutes { isTime = true } else { isDate = true }
            default: break
            }
        }
        self = isDate ? .date : isTime ? .time(seconds: seconds) : .number
    }
}

/// The number display of each cell format (`cellXfs` of `xl/styles.xml`), by the cells' `s`
/// index; format 0 (General) for an index it does not have.
package struct CellStyles: Sendable {
    private var displays: [NumberDisplay] = []

    init() {}

    /// Displays by style index (for tests).
    init(displays: [NumberDisplay]) {
        self.displays = displays
    }

    init(parsing bytes: [UInt8], part: String) throws(WorkbookReadError) {
        var codes: [Int: String] = [:]
        var formats: [Int] = []
        for element in try XMLElementList.elements(of: bytes, part: part) {
            if element.name == "numFmt", element.parent == "numFmts",
               let id = element["numFmtId"].flatMap({ Int($0) }), let code = element["formatCode"] {
                codes[id] = code
            } else if element.name == "xf", element.parent == "cellXfs" {
                formats.append(element["numFmtId"].flatMap { Int($0) } ?? 0)
            }
        }
        var byFormat: [Int: NumberDisplay] = [:]
        displays = formats.map { id in
            if let known = byFormat[id] { return known }
            let display = codes[id].map(NumberDisplay.init(code:)) ?? NumberDisplay(builtIn: id)
            byFormat[id] = display
            return display
        }
    }

    /// The display of style index `s`.
    @inline(__always)
    func display(_ s: Int) -> NumberDisplay {
        s >= 0 && s < displays.count ? displays[s] : .number
    }
}
