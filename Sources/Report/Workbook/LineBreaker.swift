import XLSX

/// Wraps text into lines of a display width (a CJK character counts 2, any other character 1,
/// as `Worksheet.displayWidth` measures), by the Chinese rules of line breaking (禁则, rules §5):
/// no line starts with closing punctuation (`。，、；：？！”’）》」』】` and their ASCII
/// `,.;:?!)`), no line ends with an opening mark (`“‘（《「『【`), and no line holds only
/// punctuation. Where the last character that fits may not end the line, or the next may not
/// start one, the character before goes down with them. CJK text breaks between any two
/// characters; other text only at spaces (a word is not cut unless it is longer than a line).
enum LineBreaker {
    /// Characters no line may start with.
    static let noStart: Set<Character> = [
        "。", "，", "、", "；", "：", "？", "！", "”", "’", "）", "》", "」", "』", "】", "〕", "〗", "〉", "］", "｝",
        "．", "·", "・", "…", "％", "‰", "℃", "々", "～",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]

    /// Characters no line may end with.
    static let noEnd: Set<Character> = ["“", "‘", "（", "《", "「", "『", "【", "〔", "〖", "〈", "［", "｛", "(", "[", "{"]

    /// The lines of `text` at `width`; the first line at `firstWidth` (an indented first line).
    /// A line feed in `text` ends a line; spaces where a line is broken are dropped.
    static func lines(_ text: String, width: Double, firstWidth: Double? = nil) -> [String] {
        let characters = Array(text)
        return wrap(characters, width: width, firstWidth: firstWidth).map { String(characters[$0]) }
    }

    /// The lines of `characters` as ranges of their offsets (line feeds and dropped spaces
    /// outside every range).
    static func wrap(_ characters: [Character], width: Double, firstWidth: Double? = nil) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        // Each part between line feeds is wrapped on its own; an empty part is an empty line.
        while start <= characters.count {
            let end = characters[start...].firstIndex(of: "\n") ?? characters.count
            wrapPart(characters, start..<end, lines: &lines, width: width, firstWidth: firstWidth ?? width)
            start = end + 1
        }
        return lines
    }

    private static func wrapPart(_ c: [Character], _ part: Range<Int>, lines: inout [Range<Int>], width: Double, firstWidth: Double) {
        var start = part.lowerBound
        if part.isEmpty {
            lines.append(start..<start)
            return
        }
        while start < part.upperBound {
            let limit = lines.isEmpty ? firstWidth : width
            // The characters that fit.
            var used = 0.0
            var fits = start
            while fits < part.upperBound {
                let w = Double(Worksheet.displayWidth(of: c[fits]))
                if used + w > limit && !c[fits].isWhitespace { break }
                used += w
                fits += 1
            }
            if fits == part.upperBound {
                lines.append(start..<trimmed(c, start, fits))
                return
            }
            // The latest break at or before the first character that does not fit.
            var cut = fits
            while cut > start && !canBreak(c, start, cut, words: true) { cut -= 1 }
            // A word longer than the line: cut it where the marks allow, else where it ends.
            if cut == start {
                cut = fits
                while cut > start && !canBreak(c, start, cut, words: false) { cut -= 1 }
                if cut == start { cut = max(fits, start + 1) }
            }
            lines.append(start..<trimmed(c, start, cut))
            start = cut
            while start < part.upperBound, c[start] == " " { start += 1 }
        }
    }

    /// Whether a line may end before `c[at]`, the line starting at `start`.
    private static func canBreak(_ c: [Character], _ start: Int, _ at: Int, words: Bool) -> Bool {
        let before = c[at - 1], after = c[at]
        if after == " " || before == " " {
            return trimmed(c, start, at) > start
        }
        if words && !isWide(before) && !isWide(after) { return false }
        if noStart.contains(after) || noEnd.contains(before) { return false }
        // Not a line of punctuation alone.
        return c[start..<at].contains { !$0.isPunctuation && !$0.isWhitespace }
    }

    /// The end of a line that would end at `end`, its trailing spaces dropped.
    private static func trimmed(_ c: [Character], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, c[end - 1] == " " { end -= 1 }
        return end
    }

    private static func isWide(_ character: Character) -> Bool {
        Worksheet.displayWidth(of: character) == 2
    }
}
