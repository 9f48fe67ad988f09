import Foundation
import Model
import Mustache

/// The draft of the secretary's year-end report (述职要点): a template rendered with the values
/// of `DraftValues`, written as `<workbook>.md` and on the workbook's eighth sheet.
public struct ReportDraft: Sendable, Equatable {
    /// The Markdown text, ending with one newline. Its last line is the provenance as an HTML
    /// comment (`<!-- annual-review 0.1.0 · 输入指纹 … · 数据截至 … -->`), after a blank line.
    public let text: String

    /// Renders the data's template (the inputs folder's `templates/draft.<lang>.md`, else the
    /// built-in one for the language) and ends the text with the provenance comment, which no
    /// template writes: an office's own template gets it too, and the prose never carries it.
    ///
    /// - Throws: `DraftTemplateError` naming the line of an unknown value or a malformed tag.
    public static func make(_ data: ReviewData) throws(DraftTemplateError) -> ReportDraft {
        let template = data.draftTemplate ?? DraftTemplateSource.builtIn(data.language)
        let body = try render(template, values: DraftValues.make(data), language: data.language)
        let comment = "<!-- \(provenance(data)) -->\n"
        return ReportDraft(text: body == "\n" ? comment : body + "\n" + comment)
    }

    /// Where the draft comes from, for its closing comment and the draft sheet's footer: the
    /// tool and its version, the input fingerprint's first 12 digits, the as-of date —
    /// `annual-review 0.1.0 · 输入指纹 30ff3f415d74 · 数据截至 2017-12-31`.
    public static func provenance(_ data: ReviewData) -> String {
        Catalogue.Draft.provenance(version: ToolVersion.current, fingerprint: String(data.fingerprint.prefix(12)),
                                   asOf: data.indicators.asOf.description).text(data.language)
    }

    /// Checks `template` against the documented values, renders it and numbers its points
    /// (`{{ordinal}}`); the text ends with one newline.
    static func render(_ template: DraftTemplateSource, values: [String: Any], language: ReportLanguage) throws(DraftTemplateError) -> String {
        var text = template.text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        try DraftTemplateChecker(file: template.file).check(text)
        let parsed: MustacheTemplate
        do {
            // Plain text, not HTML: a name like "A & B" must not become "A &amp; B".
            // The pragma stands on a line of its own, which Mustache drops: lines shift by one.
            parsed = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw DraftTemplateError(file: template.file, line: max(1, error.context.lineNumber - 1),
                                     column: error.context.columnNumber, text: Catalogue.Draft.unreadable("\(error.error)"))
        } catch {
            throw DraftTemplateError(file: template.file, line: 1, column: 1, text: Catalogue.Draft.unreadable("\(error)"))
        }
        return normalised(DraftOrdinals.numbered(parsed.render(values), words: DraftWords(language: language)))
    }

    /// Trailing spaces removed, at most one blank line in a row, one final newline: a
    /// conditional left empty must not leave holes in the text.
    static func normalised(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A template's text and where it came from (for messages).
public struct DraftTemplateSource: Sendable, Equatable {
    public var text: String
    /// The path shown in messages: the inputs folder's file, or `(built-in draft.zh.md)`.
    public var file: String

    public init(text: String, file: String) { self.text = text; self.file = file }

    public static func builtIn(_ language: ReportLanguage) -> DraftTemplateSource {
        DraftTemplateSource(text: DefaultDraftTemplate.text(language), file: "(built-in draft.\(language.rawValue).md)")
    }
}
