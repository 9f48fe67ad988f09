internal import CXlsxWriter

/// The one error the `XLSX` target throws.
///
/// It says what was being done (`operation`, e.g. `"write_number"`), where (`sheet` and `cell` in A1
/// notation, when known) and why (`reason`). Errors that come from libxlsxwriter carry its numeric
/// code and the text of `lxw_strerror` in `reason`; errors the wrapper detects before calling C (the
/// library does not check them, see LIBXLSXWRITER-NOTES.md) have their own reasons.
public struct XLSXError: Error, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        /// A libxlsxwriter call returned a non-zero `lxw_error`: its code and `lxw_strerror` text.
        case library(code: Int, text: String)
        /// A worksheet name Excel would refuse (empty, too long, a forbidden character, …).
        case invalidSheetName(String, problem: SheetNameProblem)
        /// A worksheet name equal, ignoring case in every script, to an existing sheet's name.
        case duplicateSheetName(String, existing: String)
        /// NaN or ±infinity: Excel has no such numbers (libxlsxwriter would write an invalid file).
        case nonFiniteNumber(Double)
        /// Text longer than Excel's limit, counted in UTF-16 code units as Excel counts.
        case textTooLong(utf16Count: Int, limit: Int)
        /// A character XML 1.0 cannot carry (NUL, other C0 controls but tab/LF/CR, U+FFFE, U+FFFF,
        /// lone surrogates); `utf16Offset` is its position in the text. Callers sanitise text first.
        case illegalCharacter(scalar: UInt32, utf16Offset: Int)
        /// A row or column outside the sheet: rows 0…1,048,575 and columns 0…16,383 (0-based).
        case cellOutOfBounds(row: Int, column: Int)
        /// An argument outside what Excel or libxlsxwriter accepts; the text names the rule.
        case invalidArgument(String)
        /// A chart range names a sheet the workbook does not have (yet).
        case unknownSheet(String)
        /// The folder that should hold the output file does not exist or is not a folder.
        case outputFolderMissing(String)
        /// A file-system step (rename, remove) failed; the text is the system's message.
        case fileSystem(path: String, message: String)
        /// A worksheet or chart handle was used after its `Workbook.write` scope ended.
        case workbookClosed
        /// Closing the workbook failed on a file operation: libxlsxwriter's code and
        /// `lxw_strerror` text, and the system's reason it printed (`No space left on device`).
        case writeFailed(code: Int, text: String, system: String)
    }

    /// Why a sheet name is refused (Excel's rules, checked before libxlsxwriter is called).
    public enum SheetNameProblem: Equatable, Sendable {
        case empty
        /// More than 31 UTF-16 code units.
        case tooLong(utf16Count: Int)
        /// One of `[ ] : * ? / \`, or a character XML cannot carry.
        case forbiddenCharacter(Character)
        /// A leading or trailing apostrophe.
        case apostropheAtStartOrEnd
        /// `History`, in any case: Excel reserves it.
        case reserved
    }

    /// The operation, named after the libxlsxwriter function or the wrapper step (`"rename"`).
    public let operation: String
    /// The worksheet's name, when the error concerns one.
    public let sheet: String?
    /// The cell or range in A1 notation (e.g. `"B3"`, `"A1:D9"`), when the error concerns one.
    public let cell: String?
    /// What went wrong.
    public let reason: Reason

    /// Creates an error; the wrapper's own code and tests use it.
    public init(operation: String, sheet: String? = nil, cell: String? = nil, reason: Reason) {
        self.operation = operation
        self.sheet = sheet
        self.cell = cell
        self.reason = reason
    }

    /// The libxlsxwriter error code, when the error came from the C library.
    public var libraryCode: Int? {
        switch reason {
        case .library(let code, _), .writeFailed(let code, _, _): return code
        default: return nil
        }
    }

    /// One line: `xlsx: <operation> ['sheet'!cell]: <reason>`.
    public var description: String {
        var place = ""
        switch (sheet, cell) {
        case let (sheet?, cell?): place = " '\(sheet)'!\(cell)"
        case let (sheet?, nil): place = " sheet '\(sheet)'"
        case let (nil, cell?): place = " \(cell)"
        case (nil, nil): break
        }
        return "xlsx: \(operation)\(place): \(reasonText)"
    }

    private var reasonText: String {
        switch reason {
        case let .library(code, text):
            return "libxlsxwriter error \(code): \(text)"
        case let .invalidSheetName(name, problem):
            let why: String
            switch problem {
            case .empty: why = "it is empty"
            case .tooLong(let n): why = "it has \(n) UTF-16 units; Excel allows 31"
            case .forbiddenCharacter(let c):
                why = "it contains \(c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined()); Excel forbids [ ] : * ? / \\ and control characters"
            case .apostropheAtStartOrEnd: why = "it starts or ends with an apostrophe"
            case .reserved: why = "Excel reserves the name History"
            }
            return "sheet name \"\(name)\" is not allowed: \(why)"
        case let .duplicateSheetName(name, existing):
            return "sheet name \"\(name)\" is already used by sheet \"\(existing)\" (Excel ignores case)"
        case .nonFiniteNumber(let value):
            return "\(value) cannot be stored: Excel has no NaN or infinite numbers"
        case let .textTooLong(count, limit):
            return "text of \(count) UTF-16 units is longer than Excel's limit of \(limit)"
        case let .illegalCharacter(scalar, offset):
            return "text contains U+\(String(format4: scalar)) at UTF-16 offset \(offset), which XML cannot carry; sanitise it first"
        case let .cellOutOfBounds(row, column):
            return "row \(row), column \(column) (0-based) is outside the sheet: rows 0...1048575, columns 0...16383"
        case .invalidArgument(let text):
            return text
        case .unknownSheet(let name):
            return "no sheet named \"\(name)\" has been added to the workbook"
        case .outputFolderMissing(let folder):
            return "the output folder \(folder) does not exist; create it first"
        case let .fileSystem(path, message):
            return "\(path): \(message)"
        case .workbookClosed:
            return "the workbook is already closed; handles are valid only inside Workbook.write's body"
        case let .writeFailed(code, text, system):
            return "libxlsxwriter error \(code): \(text) (\(system))"
        }
    }
}

extension String {
    /// At least four upper-case hex digits.
    fileprivate init(format4 value: UInt32) {
        let hex = String(value, radix: 16, uppercase: true)
        self = String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
    }
}

/// Where a C call is made: the context an `XLSXError` reports.
internal struct CallSite {
    var operation: String
    var sheet: String?
    var cell: String?
    /// A single cell, named in A1 notation only when an error needs it (a call site is made
    /// for every cell written).
    var position: (row: Int, column: Int)?

    init(operation: String, sheet: String? = nil, cell: String? = nil, position: (row: Int, column: Int)? = nil) {
        self.operation = operation
        self.sheet = sheet
        self.cell = cell
        self.position = position
    }

    func error(_ reason: XLSXError.Reason) -> XLSXError {
        let name = cell ?? position.map { CellReference.cell(row: $0.row, column: $0.column) }
        return XLSXError(operation: operation, sheet: sheet, cell: name, reason: reason)
    }
}

/// The one door every `lxw_error` goes through: success returns, anything else throws.
internal func check(_ code: lxw_error, _ site: @autoclosure () -> CallSite) throws(XLSXError) {
    guard code != LXW_NO_ERROR else { return }
    let text = lxw_strerror(code).map { String(cString: $0) } ?? "unknown error"
    throw site().error(.library(code: Int(code.rawValue), text: text))
}
