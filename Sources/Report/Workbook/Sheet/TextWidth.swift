import XLSX

/// How wide text looks in a cell, in Excel's character units (the width of a digit): a CJK
/// character counts two.
enum TextWidth {
    /// How much wider bold Latin text is than the digit width the units count.
    static let bold = 1.1

    static func of(_ text: String) -> Double { Worksheet.displayWidth(of: text) }

    /// Units of `text`: one per CJK character (breakable anywhere), one per run of other
    /// characters (a word, with the space that follows it).
    private static func units(_ text: String, latin: Double) -> [(width: Double, space: Bool)] {
        var units: [(Double, Bool)] = []
        var word = 0
        func flush(space: Bool) {
            if word > 0 { units.append((Double(word) * latin, space)) }
            word = 0
        }
        func add(_ width: Int, isSpace: Bool) {
            if isSpace {
                flush(space: true)
            } else if width >= 2 {
                flush(space: false)
                units.append((2, false))
            } else {
                word += width
            }
        }
        var standalone = true
        for scalar in text.unicodeScalars {
            guard let width = Worksheet.scalarWidth(scalar) else { standalone = false; break }
            add(width, isSpace: scalar == " ")
        }
        if !standalone {
            units = []
            word = 0
            for character in text { add(Worksheet.displayWidth(of: character), isSpace: character == " ") }
        }
        flush(space: false)
        return units
    }

    /// The lines `text` takes when wrapped at `width` (words kept whole, CJK broken anywhere,
    /// line breaks kept).
    static func lines(_ text: String, width: Double, latin: Double = 1) -> Int {
        // Split on the byte, not by `Character`, which must find cluster boundaries.
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).reduce(0) { total, paragraph in
            var lines = 1
            var used = 0.0
            for unit in units(String(Substring(paragraph)), latin: latin) {
                if used > 0 && used + unit.width > width {
                    lines += 1
                    used = 0
                }
                used += unit.width
                // A word longer than the line wraps by characters.
                while used > width {
                    lines += 1
                    used -= width
                }
                if unit.space { used += 1 }
            }
            return total + lines
        }
    }

    /// The narrowest width at which `text` wraps into at most `lines` lines without breaking a
    /// word (`latin` scales the width of non-CJK text, e.g. `bold`).
    static func wrapped(_ text: String, lines maximum: Int, latin: Double = 1) -> Double {
        // Text with its own line breaks is as wide as its widest line.
        if text.utf8.contains(0x0A) {
            return text.split(separator: "\n").map { wrapped(String($0), lines: 1, latin: latin) }.max() ?? 0
        }
        let parts = units(text, latin: latin)
        let full = parts.reduce(0) { $0 + $1.width + ($1.space ? 1 : 0) }
        guard maximum > 1, full > 6 else { return full }
        // Never narrower than the longest word: words are not broken.
        let longest = parts.map(\.width).max() ?? 0
        var width = max(4, longest.rounded(.up), (full / Double(maximum)).rounded(.up))
        while width < full && lines(text, width: width, latin: latin) > maximum { width += 1 }
        return width
    }
}

/// How a number format shows a number, for its width: read once per format, then applied to
/// every cell without making strings.
struct NumberShape {
    let decimals: Int
    let percent: Bool
    let grouped: Bool
    let general: Bool
    /// The width of the quoted text of a one-section format (a unit: `#,##0"人学时"`).
    let literal: Double

    init(format: String) {
        general = format == "General"
        percent = format.hasSuffix("%")
        grouped = format.contains(",")
        // Quoted text is shown as written: its dots and zeros are not the number's.
        let parts = format.split(separator: "\"", omittingEmptySubsequences: false)
        let unquoted = parts.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        decimals = unquoted.split(separator: ".").dropFirst().first.map { $0.filter { $0 == "0" }.count } ?? 0
        literal = format.contains(";") ? 0
            : parts.enumerated().filter { $0.offset % 2 == 1 }.reduce(0) { $0 + TextWidth.of(String($1.element)) }
    }

    /// The width of `value` as the format shows it (`#,##0`, `0.0`, `0.0%` …), in digits.
    func width(of value: Double) -> Double {
        if general { return Double(String(value).count) }
        let scaled = percent ? value * 100 : value
        var digits = 1
        var integer = abs(scaled).rounded(.down)
        while integer >= 10 { integer = (integer / 10).rounded(.down); digits += 1 }
        var width = Double(digits + (grouped ? (digits - 1) / 3 : 0) + (decimals > 0 ? decimals + 1 : 0))
        if scaled < 0 { width += 1 }
        if percent { width += 1 }
        return width + literal
    }
}
