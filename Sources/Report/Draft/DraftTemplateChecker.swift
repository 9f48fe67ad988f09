import Foundation
import Model

/// Checks a template's tags against the documented values before it is rendered: Mustache
/// itself renders an unknown name as nothing, which would leave a silent blank in the report.
///
/// Reads the tags the way Mustache does with the default `{{ }}` delimiters: `{{name}}`,
/// `{{{name}}}`, `{{&name}}`, sections `{{#name}}` / `{{^name}}` closed by `{{/name}}`, comments
/// `{{! … }}` and pragmas `{{% … }}`. Inside a list's section, the names of its items are
/// known too (and the outer names stay known, as Mustache looks them up). Partials, parents,
/// blocks and changed delimiters are refused: a report draft does not need them, and a tag
/// the checker cannot follow could hide an unknown name.
struct DraftTemplateChecker {
    let file: String
    /// Top-level names and, per list, its items' names.
    let names: [String: DraftValueName.Kind]

    init(file: String, catalog: [DraftValueName] = DraftValues.catalog) {
        self.file = file
        self.names = Dictionary(catalog.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    private struct Open {
        var name: String
        var line: Int
        var column: Int
        /// The item names a list section brings into scope.
        var items: [String: DraftValueName.Kind]
    }

    func check(_ text: String) throws(DraftTemplateError) {
        var stack: [Open] = []
        var line = 1, column = 1
        var chars = Array(text)
        var i = 0
        func fail(_ text: Localized, _ l: Int, _ c: Int) -> DraftTemplateError {
            DraftTemplateError(file: file, line: l, column: c, text: text)
        }
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        while i < chars.count {
            if chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" {
                let tagLine = line, tagColumn = column
                let triple = i + 2 < chars.count && chars[i + 2] == "{"
                let close = triple ? "}}}" : "}}"
                let start = i + (triple ? 3 : 2)
                guard let end = find(close, in: chars, from: start) else {
                    throw fail(Catalogue.Draft.tagNotClosed(String(chars[i..<min(chars.count, i + 20)]), close: close), tagLine, tagColumn)
                }
                let body = String(chars[start..<end])
                // Advance over the whole tag, counting lines (a comment may span lines).
                for c in chars[i..<(end + close.count)] { if c.isNewline { line += 1; column = 1 } else { column += 1 } }
                i = end + close.count
                try checkTag(body, triple: triple, line: tagLine, column: tagColumn, stack: &stack)
                continue
            }
            if chars[i].isNewline { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        if let open = stack.last {
            throw fail(Catalogue.Draft.sectionNotClosed(open.name), open.line, open.column)
        }
    }

    private func checkTag(_ body: String, triple: Bool, line: Int, column: Int, stack: inout [Open]) throws(DraftTemplateError) {
        func fail(_ text: Localized) -> DraftTemplateError {
            DraftTemplateError(file: file, line: line, column: column, text: text)
        }
        let trimmed = body.trimmingCharacters(in: .whitespaces)
        guard let sigil = trimmed.first else { throw fail(Catalogue.Draft.emptyTag) }
        if triple { try use(trimmed, line: line, column: column, stack: stack, section: false); return }
        let rest = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
        switch sigil {
        case "!", "%":
            return
        case "&":
            try use(rest, line: line, column: column, stack: stack, section: false)
        case "#", "^":
            let kind = try use(rest, line: line, column: column, stack: stack, section: true)
            var items: [String: DraftValueName.Kind] = [:]
            if sigil == "#", case .list(let listItems)? = kind {
                items = Dictionary(listItems.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
            }
            stack.append(Open(name: rest, line: line, column: column, items: items))
        case "/":
            guard let open = stack.popLast() else {
                throw fail(Catalogue.Draft.closesUnopened(rest))
            }
            guard open.name == rest else {
                throw fail(Catalogue.Draft.closesAnother(rest, open: open.name, line: open.line))
            }
        case ">", "<", "$":
            throw fail(Catalogue.Draft.partialsNotSupported(sigil))
        case "=":
            throw fail(Catalogue.Draft.delimitersNotSupported)
        default:
            try use(trimmed, line: line, column: column, stack: stack, section: false)
        }
    }

    /// Checks one name and returns its kind.
    @discardableResult
    private func use(_ raw: String, line: Int, column: Int, stack: [Open], section: Bool) throws(DraftTemplateError) -> DraftValueName.Kind? {
        func fail(_ text: Localized) -> DraftTemplateError {
            DraftTemplateError(file: file, line: line, column: column, text: text)
        }
        let inList = stack.contains { !$0.items.isEmpty }
        if raw == "." {
            guard inList else { throw fail(Catalogue.Draft.dotOutsideList) }
            return .text
        }
        guard !raw.contains("("), !raw.contains(" ") else {
            throw fail(Catalogue.Draft.notAValueName(raw))
        }
        let name = raw.hasPrefix(".") ? String(raw.dropFirst()) : raw
        for open in stack.reversed() {
            if let kind = open.items[name] { return kind }
        }
        if let kind = names[name] {
            if case .list = kind, !section {
                throw fail(Catalogue.Draft.listNotSection(name))
            }
            return kind
        }
        if let retired = DraftValues.retired.first(where: { $0.name == name }) {
            throw fail(Catalogue.Draft.valueRetired(name, reason: retired.reason, use: retired.use))
        }
        if let list = listHolding(name) {
            throw fail(Catalogue.Draft.itemOutsideList(name, list: list))
        }
        throw fail(Catalogue.Draft.unknownValue(name, nearest: nearest(to: name)))
    }

    private func listHolding(_ name: String) -> String? {
        for value in DraftValues.catalog {
            if case .list(let items) = value.kind, items.contains(where: { $0.name == name }) { return value.name }
        }
        return nil
    }

    /// The known name closest to a misspelt one, when it is close (edit distance ≤ 2, or a
    /// prefix/suffix match).
    private func nearest(to name: String) -> String? {
        let candidates = names.keys.sorted()
        let scored = candidates.map { ($0, editDistance(Array($0), Array(name))) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 { return best.0 }
        return nil
    }

    private func find(_ needle: String, in chars: [Character], from start: Int) -> Int? {
        let n = Array(needle)
        guard chars.count >= n.count else { return nil }
        var j = start
        while j + n.count <= chars.count {
            if Array(chars[j..<(j + n.count)]) == n { return j }
            j += 1
        }
        return nil
    }
}

/// Levenshtein distance, for "did you mean".
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1] + Array(repeating: 0, count: b.count)
        for (j, y) in b.enumerated() {
            current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
