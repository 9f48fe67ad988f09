/// A data validation for `Worksheet.addDataValidation(_:to:)`: what the cells accept, the message
/// Excel shows when one is selected, and the alert it shows when a typed value breaks the rule.
///
/// Excel's limits, checked by the wrapper before libxlsxwriter sees them (it would print a
/// warning of its own, and 1.1.4 overflows a buffer on a long non-ASCII list): titles at most
/// 32 characters on one line, messages at most 255 with line feeds allowed, a list's values
/// joined with commas at most 255 UTF-8 bytes. Characters are counted in UTF-16 units, as Excel
/// counts them.
public struct DataValidation: Hashable, Sendable {
    /// What a cell accepts.
    public enum Rule: Hashable, Sendable {
        /// Anything: the validation only shows its input message (so it needs an input title or
        /// message).
        case any
        /// One of `values`, offered in the cell's drop-down list, in this order. A value is not
        /// empty and holds no comma, no double quote and no control character (Excel keeps the
        /// list as one quoted, comma-separated text).
        case list([String])
    }

    /// What Excel does when a typed value breaks the rule.
    public enum ErrorStyle: Hashable, Sendable {
        /// Refuses the value (Excel's default): it must be retyped.
        case stop
        /// Asks whether to keep it; the value stays when the user says yes.
        case warning
        /// Says so; the value stays unless the user cancels.
        case information
    }

    public var rule: Rule
    /// Shown in bold above the input message when a cell is selected; at most 32 characters.
    public var inputTitle: String?
    /// Shown when a cell is selected; at most 255 characters, `\n` breaks a line.
    public var inputMessage: String?
    /// The alert's title; at most 32 characters (nil: Excel's own, "Microsoft Excel").
    public var errorTitle: String?
    /// The alert's text; at most 255 characters (nil: Excel's own).
    public var errorMessage: String?
    public var errorStyle: ErrorStyle
    /// Whether an empty cell passes (Excel's default: it does).
    public var ignoreBlank: Bool

    /// A validation; by default an empty cell passes and a wrong value is refused (`.stop`).
    public init(_ rule: Rule, inputTitle: String? = nil, inputMessage: String? = nil,
                errorTitle: String? = nil, errorMessage: String? = nil,
                errorStyle: ErrorStyle = .stop, ignoreBlank: Bool = true) {
        self.rule = rule
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
        self.ignoreBlank = ignoreBlank
    }

    /// Excel's limit on a title, in UTF-16 units.
    public static let maxTitleLength = 32
    /// Excel's limit on a message, in UTF-16 units.
    public static let maxMessageLength = 255
    /// The limit on a list's values joined with commas, in UTF-8 bytes: Excel allows 255
    /// characters, and libxlsxwriter 1.1.4 copies the list into a buffer of 255 bytes (plus
    /// quotes) although it counts characters, so longer non-ASCII lists would overflow it.
    public static let maxListBytes = 255
    /// The most validations one worksheet holds: libxlsxwriter 1.1.4 counts them in a byte, and
    /// at 256 it would write none.
    public static let maxPerWorksheet = 255
}
