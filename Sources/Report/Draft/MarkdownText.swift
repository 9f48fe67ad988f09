/// Text from the inputs — the organisation, the title — as it goes into the draft's Markdown
/// (rules §5): one line, and every Markdown or HTML mark in it escaped with a backslash, so it
/// reads as the text it is, never as a heading, a list, a link, an image, emphasis or a tag.
/// Only values from the inputs go through here; the template's own text is Markdown as its
/// author wrote it. The draft sheet reads the escapes back (`DraftDocument`): no backslash
/// shows there.
enum MarkdownText {
    /// Escaped wherever they stand: the backslash itself, code, emphasis, links and images, HTML
    /// tags, table cells, strike-through.
    static let marks: Set<Character> = ["\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "|", "!", "~"]

    /// `text` on one line — line breaks, tabs and other control characters each a space, runs of
    /// spaces one space, none at either end — with `marks` escaped, and what would start a block
    /// at the start of a line escaped there too: `#` (a heading), `-`, `+` (a list item), `=` (a
    /// heading's underline), `1.` or `1)` (a numbered item).
    static func escaped(_ text: String) -> String {
        var line = ""
        var pendingSpace = false
        for character in text {
            if character == " " || character.isNewline || character.unicodeScalars.contains(where: isControl) {
                pendingSpace = !line.isEmpty
                continue
            }
            if pendingSpace {
                line.append(" ")
                pendingSpace = false
            }
            if marks.contains(character) { line.append("\\") }
            line.append(character)
        }
        if let first = line.first, "#-+=".contains(first) {
            line.insert("\\", at: line.startIndex)
        } else {
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let mark = line.dropFirst(digits.count).first, mark == "." || mark == ")" {
                line.insert("\\", at: line.index(line.startIndex, offsetBy: digits.count))
            }
        }
        return line
    }

    /// A control character (a tab, NUL, DEL, C1), or the Unicode line or paragraph separator.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
