import Foundation
import Model

/// How a file's header record maps onto a log's columns (rules §2): by canonical id or alias (the
/// built-in Chinese one and the config's), after NFKC, ignoring case and all whitespace.
struct HeaderMap {
    /// For each schema column (in schema order), the 0-based field index in the file.
    var fieldIndex: [Int?]
    /// The header as written, by field index, for messages (`displayName`).
    var names: [String]
    /// Fields whose header names no column, blank ones included: (field index, name).
    var unknown: [(Int, String)] = []
    /// Later fields naming a column an earlier field already has: (field index, name, column position).
    var duplicates: [(Int, String, Int)] = []
    /// The header fields normalised, to recognise a repeated header record.
    var keys: [String]
    /// Fields whose header names no column but is a near miss of one the header lacks, in
    /// field order: not used (rules §2).
    var nearMisses: [HeaderNearMiss] = []

    /// The key a header name is compared by: NFKC, lower case, no whitespace of any kind
    /// (so `学 校 `, `"活动\n名称"` and `Site_ID` match their column).
    static func key(_ name: String) -> String {
        let folded = name.precomposedStringWithCompatibilityMapping.lowercased()
        return String(folded.unicodeScalars.filter { !isIgnorable($0) }.map(Character.init))
    }

    private static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s.value == 0xFEFF || (0x200B...0x200D).contains(s.value) || s.value == 0x2060
    }

    /// A header cell as messages show it: without the spaces around it (a stray BOM
    /// included), line breaks and tabs inside it as one space (`"活动\n名称"` → `活动 名称`), so a
    /// message stays on one line.
    static func displayName(_ name: String) -> String {
        var scalars = Array(name.unicodeScalars)
        while let first = scalars.first, isIgnorable(first) { scalars.removeFirst() }
        while let last = scalars.last, isIgnorable(last) { scalars.removeLast() }
        var shown = String.UnicodeScalarView()
        var inBreak = false
        for scalar in scalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                if !inBreak { shown.append(" ") }
                inBreak = true
            } else {
                shown.append(scalar)
                inBreak = false
            }
        }
        return Row.visible(String(shown))
    }

    /// The lookup table of one log: key → column position, and each column's names for near
    /// misses. The built-in names (canonical ids and Chinese aliases) come first, so a config
    /// alias can never take one over.
    static func lookup(_ log: LogKind, config: ReviewConfig) -> HeaderLookup {
        let columns = LogSchema.columns(log)
        let builtIn = columns.map { [$0.id, $0.alias] }
        let configured = columns.map { config.columnAliases[$0.id] ?? [] }
        var table: [String: Int] = [:]
        for names in [builtIn, configured] {
            for (i, list) in names.enumerated() {
                for name in list { table[key(name)] = table[key(name)] ?? i }
            }
        }
        return HeaderLookup(table: table, names: zip(builtIn, configured).map { ($0 + $1).map { (written: $0, key: key($0)) } })
    }

    /// Checks the config's column aliases: within each log, an alias must not name another
    /// column (by its id, Chinese alias or another config alias), nor be blank. The error is
    /// at the alias's line when the config was read from a file.
    static func checkAliases(_ config: ReviewConfig, file: String) throws(ConfigError) {
        for log in LogKind.allCases {
            let columns = LogSchema.columns(log)
            var owner: [String: Int] = [:]
            for (c, column) in columns.enumerated() {
                for name in [column.id, column.alias] { owner[key(name)] = owner[key(name)] ?? c }
            }
            for (c, column) in columns.enumerated() {
                let configKey = "aliases.columns.\(column.id)"
                for alias in config.columnAliases[column.id] ?? [] {
                    func error(_ code: String, _ text: Localized) -> ConfigError {
                        ConfigError(file: file, line: config.aliasLines[configKey]?[alias], key: configKey, code: code, text: text)
                    }
                    let k = key(alias)
                    guard !k.isEmpty else { throw error("config_blank_alias", Catalogue.Config.blankAlias) }
                    if let other = owner[k], other != c {
                        throw error("config_alias_taken", Catalogue.Config.columnAliasTaken(alias, other: columns[other], log: log))
                    }
                    owner[k] = c
                }
            }
        }
    }

    init(fields: [String], lookup: HeaderLookup) {
        fieldIndex = Array(repeating: nil, count: lookup.names.count)
        names = fields.map(HeaderMap.displayName)
        keys = fields.map(HeaderMap.key)
        for (f, k) in keys.enumerated() {
            guard let column = lookup.table[k] else {
                unknown.append((f, k.isEmpty ? "" : names[f]))
                continue
            }
            if fieldIndex[column] == nil {
                fieldIndex[column] = f
            } else {
                duplicates.append((f, names[f], column))
            }
        }
        // A near miss is looked for among the columns the whole header lacks (rules §2).
        unknown.removeAll { f, name in
            guard !name.isEmpty, let meant = Self.nearest(to: keys[f], among: lookup.names, lacking: fieldIndex) else { return false }
            nearMisses.append(HeaderNearMiss(field: f, written: name, column: meant.column, meant: meant.name))
            return true
        }
    }

    /// The column, and the name of it, nearest to the header key `k` among the columns with no
    /// field (`fieldIndex` nil), when within the near-miss distance; the first in schema order
    /// (and name order) on a tie.
    private static func nearest(to k: String, among names: [[(written: String, key: String)]], lacking fieldIndex: [Int?])
        -> (column: Int, name: String)? {
        var best: (column: Int, name: String, distance: Int)?
        for (column, columnNames) in names.enumerated() where fieldIndex[column] == nil {
            for name in columnNames where name.key != k {
                let limit = best.map { $0.distance - 1 } ?? NearMiss.allowance(for: k)
                if let d = NearMiss.distance(k, name.key, atMost: limit) { best = (column, name.written, d) }
            }
        }
        return best.map { ($0.column, $0.name) }
    }

    /// The columns a file must have but this header lacks.
    func missingRequired(_ log: LogKind) -> [ColumnSpec] {
        LogSchema.columns(log).enumerated().filter { $0.element.required && fieldIndex[$0.offset] == nil }.map(\.element)
    }

    /// Whether this record is the header for the header search (rules §2): it holds every
    /// required column, a near miss of one counting as present.
    func holdsRequired(_ log: LogKind) -> Bool {
        LogSchema.columns(log).enumerated().allSatisfy { c, column in
            !column.required || fieldIndex[c] != nil || nearMisses.contains { $0.column == c }
        }
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

/// A log's header names: what a header key maps to, and every name of each column (id, Chinese
/// alias, config aliases), as written and as keys, for near misses.
struct HeaderLookup {
    /// Header key → column position.
    var table: [String: Int]
    /// Per column, in schema order.
    var names: [[(written: String, key: String)]]
}

/// A header cell that is a near miss of a column its header lacks.
struct HeaderNearMiss {
    /// The 0-based field index.
    var field: Int
    /// The header as messages show it.
    var written: String
    /// The column's position in the schema.
    var column: Int
    /// The column's name it came nearest to, as the schema or the config writes it.
    var meant: String
}
