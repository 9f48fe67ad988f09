import Foundation

/// The draft's Markdown as a document (rules §5): blocks of text in styled runs, with no
/// Markdown mark left — headings without `#`, list items without their dash, emphasis without
/// `*` or `_`, code without backticks, links as their text, HTML comments and tags dropped. A
/// fill-in slot (`【请补充原因】`, `[…]`) is a run of its own, to be shown so the office sees it.
struct DraftDocument: Equatable {
    enum Kind: Equatable {
        /// `# …`
        case title
        /// `## …`
        case heading
        /// `### …` and deeper
        case subheading
        case paragraph
        /// A list item (`- `, `* `, `+ `, `1. `), `depth` 0 at the left.
        case item(depth: Int)
        /// `> …`
        case quote
        /// A fenced code block: its lines as written.
        case code
    }

    /// How a run of text is shown.
    struct Emphasis: Hashable {
        var bold = false
        var italic = false
        /// A slot the office fills in: `【请补充原因】`.
        var slot = false
        /// `~~struck through~~`: the marks are dropped, the text shown plain.
        var struck = false
    }

    struct Run: Equatable {
        var text: String
        var emphasis: Emphasis

        init(_ text: String, _ emphasis: Emphasis = Emphasis()) {
            self.text = text
            self.emphasis = emphasis
        }
    }

    struct Block: Equatable {
        var kind: Kind
        /// The text; a line feed is a line break the text asks for.
        var runs: [Run]

        var text: String { runs.map(\.text).joined() }
    }

    var blocks: [Block]

    init(blocks: [Block]) { self.blocks = blocks }

    init(markdown: String) {
        var parser = BlockParser()
        for line in Self.withoutComments(markdown).components(separatedBy: "\n") { parser.add(line) }
        parser.flush()
        blocks = parser.blocks
    }

    /// The text without `<!-- … -->` comments (an unclosed one runs to the end).
    static func withoutComments(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}

/// Reads Markdown line by line into blocks.
private struct BlockParser {
    var blocks: [DraftDocument.Block] = []
    /// The lines of the block being read, and its kind.
    private var lines: [String] = []
    private var kind = DraftDocument.Kind.paragraph
    private var fence: String?

    mutating func add(_ raw: String) {
        let line = raw.replacingOccurrences(of: "\t", with: "    ")
        let indent = line.prefix { $0 == " " }.count
        let content = String(line.dropFirst(indent))
        if let marker = fence {
            if content.hasPrefix(marker) { flush() } else { lines.append(line) }
            return
        }
        if content.isEmpty {
            flush()
            return
        }
        if content.hasPrefix("```") || content.hasPrefix("~~~") {
            flush()
            fence = String(content.prefix(3))
            kind = .code
            return
        }
        if indent < 4, let (level, text) = Self.heading(content) {
            flush()
            add(block: level == 1 ? .title : level == 2 ? .heading : .subheading, text: text)
            return
        }
        // A setext underline turns the paragraph above into a heading.
        if indent < 4, kind == .paragraph, !lines.isEmpty, let level = Self.setextLevel(content) {
            let text = lines.joined(separator: "\n")
            lines = []
            add(block: level == 1 ? .title : .heading, text: text)
            return
        }
        if indent < 4, Self.isThematicBreak(content) || Self.isTableRule(content) {
            flush()
            return
        }
        if let (number, text) = Self.listItem(content) {
            flush()
            kind = .item(depth: min(indent / 2, 3))
            lines = [number.map { "\($0) " + text } ?? text]
            return
        }
        if content.hasPrefix(">") {
            if kind != .quote { flush() }
            kind = .quote
            let text = content.dropFirst()
            lines.append(String(text.hasPrefix(" ") ? text.dropFirst() : text))
            return
        }
        if content.hasPrefix("|"), content.count > 1, content.hasSuffix("|") {
            // A table row: its cells side by side.
            flush()
            let cells = content.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
            add(block: .paragraph, text: cells.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "  "))
            return
        }
        // A quote ends at a line without `>`; a list item takes the lines that follow it. A
        // Chinese sentence that ends its line ends its paragraph too: a template's lines (and
        // its conditional lines left side by side) are paragraphs as its author sees them.
        if kind == .quote || (kind == .paragraph && lines.last.map(Self.endsChineseSentence) == true) { flush() }
        lines.append(content)
    }

    /// Whether `line` ends with a Chinese full stop, question or exclamation mark, semicolon,
    /// colon or ellipsis, maybe inside closing quotes or brackets.
    static func endsChineseSentence(_ line: String) -> Bool {
        let end = line.reversed().drop { "”’）》」』".contains($0) }
        return end.first.map { "。！？；：…".contains($0) } ?? false
    }

    mutating func flush() {
        defer {
            lines = []
            kind = .paragraph
            fence = nil
        }
        guard !lines.isEmpty else { return }
        if kind == .code {
            blocks.append(DraftDocument.Block(kind: .code, runs: [DraftDocument.Run(lines.joined(separator: "\n"))]))
            return
        }
        add(block: kind, text: Self.joined(lines))
    }

    private mutating func add(block kind: DraftDocument.Kind, text: String) {
        let runs = InlineParser.runs(text)
        guard !runs.isEmpty else { return }
        blocks.append(DraftDocument.Block(kind: kind, runs: runs))
    }

    /// The lines of a paragraph as one text: a line ending in `\` (not an escaped backslash,
    /// `\\`) or `<br>` breaks there; other lines join, with a space between words but none next
    /// to a CJK character.
    static func joined(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            if text.isEmpty || text.hasSuffix("\n") {
                text += line
                continue
            }
            if endsWithBreak(text) {
                text.removeLast()
                text += "\n" + line
                continue
            }
            let wide = { (c: Character?) in c.map { String($0).unicodeScalars.first!.value >= 0x2E80 } ?? false }
            text += (wide(text.last) || wide(line.first) ? "" : " ") + line
        }
        if endsWithBreak(text) { text.removeLast() }
        return text
    }

    /// Whether `text` ends in an odd number of backslashes: the last one is a line break.
    static func endsWithBreak(_ text: String) -> Bool {
        text.reversed().prefix { $0 == "\\" }.count % 2 == 1
    }

    /// `## text` → (2, "text"), closing `#`s dropped.
    static func heading(_ line: String) -> (Int, String)? {
        let marks = line.prefix { $0 == "#" }.count
        guard (1...6).contains(marks) else { return nil }
        let rest = line.dropFirst(marks)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        if let closing = text.range(of: #"\s+#+$"#, options: .regularExpression) {
            text.removeSubrange(closing)
        } else if text.allSatisfy({ $0 == "#" }) {
            text = ""
        }
        return (marks, text)
    }

    static func setextLevel(_ line: String) -> Int? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "=" }) { return 1 }
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    static func isThematicBreak(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The line under a table's header: `|---|:--:|`.
    static func isTableRule(_ line: String) -> Bool {
        line.contains("-") && line.contains("|") && line.allSatisfy { "|-: ".contains($0) }
    }

    /// `- text` → (nil, "text"); `1. text` → ("1.", "text").
    static func listItem(_ line: String) -> (String?, String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (nil, String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return (digits + String(mark), String(rest.dropFirst(2)).trimmingCharacters(in: .whitespaces))
    }
}

/// Reads a block's inline Markdown into runs.
private enum InlineParser {
    typealias Run = DraftDocument.Run
    typealias Emphasis = DraftDocument.Emphasis

    static func runs(_ source: String) -> [Run] {
        let c = Array(prepared(source))
        var runs: [Run] = []
        var emphasis = Emphasis()
        var text = ""
        func emit() {
            if !text.isEmpty { runs.append(Run(text, emphasis)) }
            text = ""
        }
        func set(_ change: (inout Emphasis) -> Void) {
            emit()
            change(&emphasis)
        }
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch == "\\", i + 1 < c.count, c[i + 1].isASCII, c[i + 1].isPunctuation || c[i + 1].isSymbol {
                text.append(c[i + 1])
                i += 2
                continue
            }
            if ch == "`" {
                let ticks = run(of: "`", in: c, at: i)
                if let close = closing(ticks, "`", in: c, after: i + ticks) {
                    var code = String(c[(i + ticks)..<close])
                    if code.count > 1, code.hasPrefix(" "), code.hasSuffix(" ") { code = String(code.dropFirst().dropLast()) }
                    text += code
                    i = close + ticks
                } else {
                    text += String(repeating: "`", count: ticks)
                    i += ticks
                }
                continue
            }
            if ch == "*" || ch == "_" || ch == "~" {
                let count = run(of: ch, in: c, at: i)
                let before: Character? = i > 0 ? c[i - 1] : nil
                let after: Character? = i + count < c.count ? c[i + count] : nil
                var canOpen = after.map { !$0.isWhitespace } ?? false
                var canClose = before.map { !$0.isWhitespace } ?? false
                if ch == "_" {
                    // snake_case stays: `_` inside a word neither opens nor closes.
                    canOpen = canOpen && !(before.map { $0.isLetter || $0.isNumber } ?? false)
                    canClose = canClose && !(after.map { $0.isLetter || $0.isNumber } ?? false)
                }
                // `*` and `_`: 1 italic, 2 bold, 3 both; `~~` struck, shown plain.
                var next = emphasis
                var used = false
                func toggle(_ flag: WritableKeyPath<Emphasis, Bool>, width: Int) {
                    if next[keyPath: flag], canClose {
                        next[keyPath: flag] = false
                        used = true
                    } else if !next[keyPath: flag], canOpen, closing(width, ch, in: c, after: i + count) != nil {
                        next[keyPath: flag] = true
                        used = true
                    }
                }
                switch (ch, count) {
                case ("~", 2): toggle(\.struck, width: 2)
                case ("~", _): break
                case (_, 1): toggle(\.italic, width: 1)
                case (_, 2): toggle(\.bold, width: 2)
                case (_, 3):
                    toggle(\.bold, width: 2)
                    toggle(\.italic, width: 1)
                default: break
                }
                if used {
                    set { $0 = next }
                } else {
                    text += String(repeating: ch, count: count)
                }
                i += count
                continue
            }
            if ch == "【" || ch == "[", !emphasis.slot, let end = c[(i + 1)...].firstIndex(of: ch == "【" ? "】" : "]") {
                set { $0.slot = true }
                text += String(c[i...end])
                set { $0.slot = false }
                i = end + 1
                continue
            }
            text.append(ch)
            i += 1
        }
        emit()
        return runs
    }

    /// Links and images as their text, autolinks as their address, `<br>` as a line break,
    /// other HTML tags dropped. A mark escaped with a backslash (`\[`, `\<`: text from the
    /// inputs, `MarkdownText`) opens none of them.
    static func prepared(_ text: String) -> String {
        var text = text
        if text.contains("](") {
            text = text.replacingOccurrences(of: #"(?<!\\)!?(?<!\\)\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        }
        guard text.contains("<") else { return text }
        for (pattern, template) in [(#"(?<!\\)<((?:https?|mailto):[^>\s]+)>"#, "$1"), (#"(?<!\\)<br\s*/?>"#, "\n"),
                                    (#"(?<!\\)</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>"#, "")] {
            text = text.replacingOccurrences(of: pattern, with: template, options: [.regularExpression, .caseInsensitive])
        }
        return text
    }

    /// How many `mark`s stand in a row at `i`.
    static func run(of mark: Character, in c: [Character], at i: Int) -> Int {
        var n = 0
        while i + n < c.count, c[i + n] == mark { n += 1 }
        return n
    }

    /// The offset of the next run of exactly `count` `mark`s after `start` that can close (not
    /// after a space, not escaped), or nil.
    static func closing(_ count: Int, _ mark: Character, in c: [Character], after start: Int) -> Int? {
        var i = start
        while i < c.count {
            guard c[i] == mark else { i += 1; continue }
            if isEscaped(c, i) { i += 1; continue }
            let n = run(of: mark, in: c, at: i)
            if n >= count, i > start, !c[i - 1].isWhitespace { return i }
            i += n
        }
        return nil
    }

    /// Whether the character at `i` follows an odd number of backslashes (`\*`, not `\\*`).
    static func isEscaped(_ c: [Character], _ i: Int) -> Bool {
        var slashes = 0
        while i - slashes > 0, c[i - slashes - 1] == "\\" { slashes += 1 }
        return slashes % 2 == 1
    }
}
