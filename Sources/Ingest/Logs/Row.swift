import Model

/// One data row while it is decoded: access to its fields by schema column and the problems
/// found so far. The row rules (rules §2) run in `LogFileReader` (rules 1–2) and in the log's decoder
/// (rules 3–6).
///
/// A row lives only inside ``decoding(_:columns:_:)``, called in its record's closure: it cannot
/// be copied, and decoders get it `inout`, so it ends with its record and with the call that
/// holds its header.
struct Row: ~Copyable {
    private let record: CSVRecord
    /// What every row of the file shares, held once (a row is made for every record). Not
    /// retained: the caller of `decoding` holds it for as long as the row lives, and lanes on two
    /// cores retaining one object for every row fight over its counter.
    private unowned(unsafe) let columns: RowColumns
    /// `columns.fields`, copied out: a plain pointer is read without retaining anything.
    private let fields: UnsafePointer<Int>
    /// nil rather than empty, so a clean row holds no array to retain and release.
    private var errorList: [Diagnostic]?
    private var warningList: [Diagnostic]?

    var errors: [Diagnostic] { errorList ?? [] }
    /// The row's warnings, nil when it has none.
    var warnings: [Diagnostic]? { warningList }

    private init(_ record: borrowing CSVRecord, columns: RowColumns) {
        self.record = CSVRecord(viewing: record)
        self.columns = columns
        fields = columns.fields
    }

    /// Calls `body` with the row of `record`, in a file whose header is `columns`.
    @inline(__always)
    static func decoding<T>(_ record: borrowing CSVRecord, columns: RowColumns, _ body: (inout Row) throws -> T) rethrows -> T {
        var row = Row(record, columns: columns)
        return try body(&row)
    }

    /// Field index per schema column.
    var fieldIndex: [Int?] { columns.fieldIndex }
    var headerNames: [String] { columns.headerNames }
    var columnIDs: [String] { columns.columnIDs }
    var file: String { columns.file }

    var line: Int { record.line }
    var isRejected: Bool { errorList != nil }

    /// Calls `body` with the bytes of `column`'s field; empty when the file lacks the column or
    /// the row is short (a padded field).
    @inline(__always)
    func withField<R, E: Error>(_ column: Int, _ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        let f = fields[column]
        guard f >= 0, f < record.fieldCount else {
            return try body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        return try record.withFieldBytes(f, body)
    }

    /// The field's text as read, trimmed, for messages and the diagnostic's value: control
    /// characters are shown escaped (`\n`, `\0`), so a message stays one printable line and a
    /// NUL never reaches a terminal or the workbook's XML.
    func shown(_ column: Int) -> String {
        withField(column) { raw in Row.visible(String(decoding: FieldText.trimmed(raw), as: UTF8.self)) }
    }

    /// `text` with C0 control characters and DEL escaped.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\0": shown += "\\0"
            case "\t": shown += "\\t"
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case _ where isControl(scalar): shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x20 || scalar.value == 0x7F }

    func location(_ column: Int?) -> SourceLocation {
        guard let column, let f = fieldIndex[column] else { return SourceLocation(file: file, line: line) }
        return location(field: f)
    }

    /// The location of the 0-based field `f` (beyond the header: no column name).
    func location(field f: Int, line: Int? = nil) -> SourceLocation {
        let name = f < headerNames.count && !headerNames[f].isEmpty ? headerNames[f] : nil
        return SourceLocation(file: file, line: line ?? self.line, column: f + 1, columnName: name)
    }

    /// The column's header as written in the file (its id when the file lacks it): how value
    /// messages name the column.
    func columnName(_ column: Int) -> String {
        guard let f = fieldIndex[column], !headerNames[f].isEmpty else { return columnIDs[column] }
        return headerNames[f]
    }

    /// Rule 3: an empty or invalid value in a required column rejects the row.
    mutating func reject(_ column: Int, _ error: ValueError) {
        let found = shown(column)
        errorList.append(Diagnostic(.error, location(column), code: error.code,
                                    text: error.text(column: columnName(column), found: found), value: found))
    }

    /// Rule 3: an invalid value in an optional column is a warning; the value counts as empty.
    mutating func warn(_ column: Int, _ error: ValueError) {
        let found = shown(column)
        let text = Catalogue.Values.takenAsEmpty(error.text(column: columnName(column), found: found))
        warningList.append(Diagnostic(.warning, location(column), code: error.code, text: text, value: found))
    }

    /// Rejects the row for a problem of `column` that is not a `ValueError` (rule 4, a training
    /// that ends before it starts …).
    mutating func reject(_ column: Int, code: String, _ text: Localized, value: String? = nil) {
        errorList.append(Diagnostic(.error, location(column), code: code, text: text, value: value))
    }

    mutating func warn(_ column: Int, code: String, _ text: Localized, value: String? = nil) {
        warningList.append(Diagnostic(.warning, location(column), code: code, text: text, value: value))
    }

    /// A warning about the whole record (its shape), made by the row rules.
    mutating func warn(_ diagnostic: Diagnostic) {
        warningList.append(diagnostic)
    }

    // MARK: Typed columns

    /// A required value: `nil` (and the row rejected) when empty or invalid.
    mutating func required<T>(_ column: Int, _ decode: (UnsafeRawBufferPointer) throws(ValueError) -> T?) -> T? {
        do {
            if let value = try withField(column, decode) { return value }
            reject(column, .empty)
        } catch {
            reject(column, error)
        }
        return nil
    }

    /// An optional value: `nil` when empty, or (with a warning) when invalid.
    mutating func optional<T>(_ column: Int, _ decode: (UnsafeRawBufferPointer) throws(ValueError) -> T?) -> T? {
        do {
            return try withField(column, decode)
        } catch {
            warn(column, error)
            return nil
        }
    }
}

/// The header of one file as its rows see it.
final class RowColumns: @unchecked Sendable {
    /// Field index per schema column.
    let fieldIndex: [Int?]
    /// The same, -1 for a column the file lacks, in memory that is never written after `init`
    /// (so sharing it across threads is safe).
    let fields: UnsafePointer<Int>
    let headerNames: [String]
    let columnIDs: [String]
    let file: String

    init(fieldIndex: [Int?], headerNames: [String], columnIDs: [String], file: String) {
        self.fieldIndex = fieldIndex
        let fields = UnsafeMutablePointer<Int>.allocate(capacity: max(1, fieldIndex.count))
        fields.initialize(from: fieldIndex.map { $0 ?? -1 }, count: fieldIndex.count)
        self.fields = UnsafePointer(fields)
        self.headerNames = headerNames
        self.columnIDs = columnIDs
        self.file = file
    }

    deinit { fields.deallocate() }
}

extension Optional where Wrapped == [Diagnostic] {
    /// Appends to the list, making it on the first problem.
    mutating func append(_ diagnostic: Diagnostic) {
        if case .some = self { self!.append(diagnostic) } else { self = [diagnostic] }
    }
}
