import Model

/// A draft template that cannot be used, with where the problem is. Rendered once, as
/// `file:line:column: error: message`, the message in the report's language.
public struct DraftTemplateError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The template's path as the user gave it, or `(built-in draft.<lang>.md)`.
    public var file: String
    /// 1-based line and column (in characters) of the tag.
    public var line: Int
    public var column: Int
    /// What is wrong, in both languages (`Catalogue.Draft`).
    public var text: Localized

    public init(file: String, line: Int, column: Int, text: Localized) {
        self.file = file; self.line = line; self.column = column; self.text = text
    }

    /// `file:line:column: error: message`; the place and the word `error` stay as they are in
    /// every language.
    public func rendered(_ language: ReportLanguage) -> String {
        "\(file):\(line):\(column): error: \(text.text(language))"
    }

    /// In English.
    public var description: String { rendered(.en) }
}
