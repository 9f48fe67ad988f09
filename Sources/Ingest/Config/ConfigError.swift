import Model

/// A problem in `review.yml`: the key and the line it is on, and what is allowed. Always fatal
/// (exit 2).
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    /// The key the problem is about (`weights.training`), or empty for the file as a whole.
    public var key: String
    /// A short, stable English code (`config_out_of_range`), as a diagnostic's.
    public var code: String
    /// What is wrong and what is allowed, in both languages, without the key.
    public var text: Localized

    init(file: String, line: Int?, key: String, code: String, text: Localized) {
        self.file = file; self.line = line; self.key = key; self.code = code; self.text = text
    }

    /// The error as a diagnostic: at `file:line`, its text after the key.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, SourceLocation(file: file, line: line), code: code,
                   text: printable(key.isEmpty ? text : Catalogue.Config.keyed(key, text)))
    }

    /// The message on one line, in both languages: a key or value quoted from the file keeps
    /// no control character.
    private func printable(_ text: Localized) -> Localized {
        Localized(zh: Self.printable(text.zh), en: Self.printable(text.en))
    }

    /// `text` on one line: a control character (a key's line break, a tab) written as its
    /// escape (`\n`, `\u{1}`), so an error is always one line.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `review.yml:12: error: weights: …`, the message in `language`.
    public func rendered(_ language: ReportLanguage) -> String { diagnostic.rendered(language) }

    /// In English.
    public var description: String { rendered(.en) }
}
