import Model

/// Reads an enumeration column (locale, ownership, level, demo_site, meeting type, lecturer_role,
/// target_group) into its `Vocabulary` case.
///
/// Accepted: the canonical id (`urban`) or any alias (`城区`, `城市`, `县城`, and the config's extra
/// aliases), after trimming and NFKC (`FieldText`), ignoring case: `Urban`, ` URBAN `, `ＵＲＢＡＮ`,
/// `城区\u{3000}` all give `.urban`. Ids with underscores must keep them (`nine_year`).
/// A blank field gives `nil` (the caller applies the column's default); anything else throws
/// `.unknownValue(allowed:)` listing every accepted spelling.
///
/// Speed: a log uses a handful of distinct spellings, so results are cached by the field's raw
/// bytes (before trimming) in a `ByteMap`; the steady state is one `ByteHash` hash and one `memcmp`,
/// no `String`. Only the first sighting of a spelling is normalised and looked up by `String`.
/// At most `cacheLimit` spellings are cached (a column of free text would otherwise grow it
/// without bound); later new ones are still matched, just not cached. Being a cache, `match`
/// is `mutating`: use one matcher per column and thread.
public struct VocabularyMatcher<V: Vocabulary>: Sendable {
    /// An extra alias from the config that already means another case.
    public struct AliasConflict: Error, Hashable, Sendable, CustomStringConvertible {
        /// The alias as the config wrote it.
        public var alias: String
        /// The canonical id it already stands for, and the one the config asked for.
        public var existing: String, requested: String

        public var description: String {
            "the alias `\(alias)` already means `\(existing)`; it cannot also mean `\(requested)`"
        }
    }

    /// The most raw spellings remembered.
    public static var cacheLimit: Int { 1024 }

    /// Every accepted spelling, one entry per case in `allCases` order: `urban (城区/城市/县城)`.
    public let allowed: [String]
    private let cases: [V]
    /// Folded spelling (NFKC, lowercased) → index in `cases`.
    private let spellings: [String: Int32]
    /// Raw bytes → index in `cases`, or `Self.unknown`, or `Self.blank`.
    private var cache = ByteMap<Int32>(minimumCapacity: 16)
    private static var unknown: Int32 { -1 }
    private static var blank: Int32 { -2 }

    /// A matcher of the canonical ids and the built-in Chinese aliases.
    public init() {
        // The built-in vocabularies have no conflicts (tested).
        try! self.init(extraAliases: [(alias: String, value: V)]())
    }

    /// A matcher that also accepts `extraAliases` (from the config), in the given order. A blank
    /// alias is ignored (the config loader should reject it with its line).
    /// - Throws: `AliasConflict` when an alias already means a different case.
    public init(extraAliases: [(alias: String, value: V)]) throws(AliasConflict) {
        let cases = Array(V.allCases)
        var spellings: [String: Int32] = [:]
        var extraByCase = [[String]](repeating: [], count: cases.count)
        func add(_ spelling: String, _ index: Int, isExtra: Bool) throws(AliasConflict) {
            let key = Self.fold(spelling)
            if key.isEmpty { return }
            if let existing = spellings[key] {
                if existing == Int32(index) { return }
                throw AliasConflict(alias: spelling, existing: cases[Int(existing)].rawValue,
                                    requested: cases[index].rawValue)
            }
            spellings[key] = Int32(index)
            if isExtra { extraByCase[index].append(spelling) }
        }
        for (index, value) in cases.enumerated() {
            try add(value.rawValue, index, isExtra: false)
            for alias in value.chineseAliases { try add(alias, index, isExtra: false) }
        }
        for (alias, value) in extraAliases {
            try add(alias, cases.firstIndex(of: value)!, isExtra: true)
        }
        self.cases = cases
        self.spellings = spellings
        self.allowed = cases.enumerated().map { index, value in
            "\(value.rawValue) (\((value.chineseAliases + extraByCase[index]).joined(separator: "/")))"
        }
    }

    /// A matcher with `extraAliases` added in the order of their aliases' UTF-8 bytes (a
    /// dictionary has no order; this keeps runs reproducible).
    public init(extraAliases: [String: V]) throws(AliasConflict) {
        let ordered = extraAliases.sorted { Array($0.key.utf8).lexicographicallyPrecedes($1.key.utf8) }
        try self.init(extraAliases: ordered.map { (alias: $0.key, value: $0.value) })
    }

    /// The case a field's raw bytes name; `nil` when the field is blank.
    /// - Throws: `.unknownValue(allowed:)`, or `.invalidText` (NUL, invalid UTF-8).
    /// - Complexity: a cached spelling costs O(n) hashing and one compare, no allocation.
    @inline(__always)
    public mutating func match(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> V? {
        let code: Int32
        if let cached = cache.value(forKey: raw) { code = cached } else { code = try firstSighting(raw) }
        if code >= 0 { return cases[Int(code)] }
        if code == Self.blank { return nil }
        throw .unknownValue(allowed: allowed)
    }

    /// The case `text` names (trimmed, NFKC, ignoring case); `nil` when blank or unknown. No
    /// cache: for the config and tests.
    public func value(forSpelling text: String) -> V? {
        var text = text
        let code = text.withUTF8 { utf8 in try? FieldText.withNormalized(UnsafeRawBufferPointer(utf8)) { bytes throws(ValueError) in
            bytes.isEmpty ? Self.blank : lookUp(bytes)
        } }
        guard let code, code >= 0 else { return nil }
        return cases[Int(code)]
    }

    // MARK: - Internals

    @inline(never)
    private mutating func firstSighting(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> Int32 {
        let code = try FieldText.withNormalized(raw) { bytes throws(ValueError) in
            bytes.isEmpty ? Self.blank : lookUp(bytes)
        }
        if cache.count < Self.cacheLimit { cache.insert(code, forKey: raw) }
        return code
    }

    private func lookUp(_ normalized: UnsafeRawBufferPointer) -> Int32 {
        spellings[String(decoding: normalized, as: UTF8.self).lowercased()] ?? Self.unknown
    }

    private static func fold(_ spelling: String) -> String {
        var spelling = spelling
        return spelling.withUTF8 { utf8 in
            (try? FieldText.text(UnsafeRawBufferPointer(utf8)))??.lowercased() ?? ""
        }
    }
}
