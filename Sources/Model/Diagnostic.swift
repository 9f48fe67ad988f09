/// Where something was found in the inputs. Lines and columns are 1-based; a problem of a whole
/// file has neither.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's base name, as the user sees it in the inputs folder.
    public var file: String
    /// The physical line where the record starts.
    public var line: Int?
    /// The 1-based field number.
    public var column: Int?
    /// The header's name of that field, as written in the file.
    public var columnName: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, columnName: String? = nil) {
        self.file = file; self.line = line; self.column = column; self.columnName = columnName
    }

    /// `file:line:column` (or `file:line`, or `file`).
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }
}

/// Whether a problem concerns a whole file (its name, encoding, header, columns) or one row.
public enum DiagnosticScope: Sendable {
    case file, row
}

public enum Severity: String, Sendable, Comparable, CaseIterable {
    case error, warning, info
    private var order: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.order < b.order }
}

/// One problem found in the inputs or the config: a rejected row (error), a kept row with a
/// warning, or something worth telling (info). Rendered once, as
/// `file:line:column: severity: message`, in the report's language.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var location: SourceLocation
    /// A short, stable English code (`unknown_value`, `bad_date`): what scripts read from
    /// `validate --json`, and what problems beyond the workbook's cap are counted by.
    public var code: String
    /// The full sentence, naming the value and what to do, in both languages.
    public var text: Localized
    /// The offending value as read, when there is one.
    public var value: String?

    public init(_ severity: Severity, _ location: SourceLocation, code: String, text: Localized, value: String? = nil) {
        self.severity = severity; self.location = location; self.code = code
        self.text = text; self.value = value
    }

    /// The message in `language`.
    public func message(_ language: ReportLanguage) -> String { text.text(language) }

    /// `file:line:column: severity: message`; the location and the severity word stay as they
    /// are in every language, so scripts can read them.
    public func rendered(_ language: ReportLanguage) -> String {
        "\(location): \(severity.rawValue): \(message(language))"
    }
}

extension Diagnostic: CustomStringConvertible {
    public var description: String { rendered(.en) }
}
