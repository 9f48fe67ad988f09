/// The `ordinal` value: the template writes `{{ordinal}}` where a point of a part begins, and
/// the rendered text numbers them in order — 一是、二是 … (First, Second …) — from each heading
/// (`#`, `##` …) on. Numbering the rendered text, not the template, means a paragraph its flags
/// left out takes no number: the points that remain are never 一是、三是.
enum DraftOrdinals {
    /// What `{{ordinal}}` renders before numbering: a private-use character, which no value the
    /// draft prints can hold (`removingMarks`).
    static let mark = "\u{E000}"

    /// `text` without the mark, for values that come from the inputs (the organisation, the title).
    static func removingMarks(_ text: String) -> String {
        text.replacingOccurrences(of: mark, with: "")
    }

    /// Every mark replaced by its point's ordinal, counted from 1 after each heading line.
    static func numbered(_ text: String, words: DraftWords) -> String {
        guard text.contains(mark) else { return text }
        var point = 0
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { point = 0 }
            var numbered = ""
            var rest = line[...]
            while let range = rest.range(of: mark) {
                point += 1
                numbered += rest[..<range.lowerBound] + words.ordinal(point)
                rest = rest[range.upperBound...]
            }
            lines.append(numbered + rest)
        }
        return lines.joined(separator: "\n")
    }
}
