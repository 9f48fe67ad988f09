import Foundation
import Model

/// How a file's header record maps onto a log's columns (§2): by canonical id or alias (the
/// built-in Chinese one and the config's), after NFKC, ignoring case and all whitespace.
struct HeaderMap {
    /// For each schema column (in schema order), the 0-based field index in the file.
    var fieldIndex: [Int?]
    /// The header as written, by field index (trimmed).
    var names: [String]
    /// Fields whose header names no column: (field index, name).
    var unknown: [(Int, String)] = []
    /// Later fields naming a column an earlier field already has: (field index, name, column id).
    var duplicates: [(Int, String, String)] = []
    /// The header fields normalised, to recognise a repeated header record.
    var keys: [String]

    /// The key a header name is compared by: NFKC, lower case, no whitespace of any kind
    /// (so `学 校 `, `"活动\n名称"` and `Site_ID` match their column).
    static func key(_ name: String) -> String {
        let folded = name.precomposedStringWithCompatibilityMapping.lowercased()
        return String(folded.unicodeScalars.filter { !isIgnorable($0) }.map(Character.init))
    }

    private static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s.value == 0xFEFF || (0x200B...0x200D).contains(s.value) || s.value == 0x2060
    }

    /// The lookup table of one log: key → column position.
    static func lookup(_ log: LogKind, config: ReviewConfig) -> [String: Int] {
        var table: [String: Int] = [:]
        for (i, column) in LogSchema.columns(log).enumerated() {
            for name in [column.id, column.alias] + (config.columnAliases[column.id] ?? []) {
                table[key(name)] = table[key(name)] ?? i
            }
        }
        return table
    }

    init(fields: [String], lookup: [String: Int], columnCount: Int, columnIDs: [String]) {
        fieldIndex = Array(repeating: nil, count: columnCount)
        names = fields
        keys = fields.map(HeaderMap.key)
        for (f, k) in keys.enumerated() where !k.isEmpty {
            guard let column = lookup[k] else {
                unknown.append((f, fields[f]))
                continue
            }
            if fieldIndex[column] == nil {
                fieldIndex[column] = f
            } else {
                duplicates.append((f, fields[f], columnIDs[column]))
            }
        }
    }

    /// The columns a file must have but this header lacks.
    func missingRequired(_ log: LogKind) -> [ColumnSpec] {
        LogSchema.columns(log).enumerated().filter { $0.element.required && fieldIndex[$0.offset] == nil }.map(\.element)
    }

    /// Whether `fields` repeat this header (two exports pasted together).
    func isRepeat(of fields: [String]) -> Bool {
        var other = fields.map(HeaderMap.key)
        while other.last?.isEmpty == true { other.removeLast() }
        var mine = keys
        while mine.last?.isEmpty == true { mine.removeLast() }
        return !mine.isEmpty && other == mine
    }
}
