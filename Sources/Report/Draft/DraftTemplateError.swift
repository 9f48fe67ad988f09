/// A draft template that cannot be used, with where the problem is. Rendered once, as
/// `file:line:column: error: message`.
public struct DraftTemplateError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The template's path as the user gave it, or `(built-in template)`.
    public var file: String
    /// 1-based line and column (in characters) of the tag.
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file; self.line = line; self.column = column; self.message = message
    }

    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
