import Model

/// Reads an enumeration column (locale, ownership, level, demo_site, meeting type, lecturer_role,
/// target_group) into its `Vocabulary` case.
///
/// Accepted: the canonical id (`urban`) or any alias (`城区`, `城市`, `县城`, and the config's extra
/// aliases), after trimming and NFKC (`FieldText`), ignoring case: `Urban`, ` URBAN `, `ＵＲＢＡＮ`,
/// `城区\u{3000}` all give `.urban`. Ids with underscores must keep them (`nine_year`).
/// A blank field gives `nil` (the caller applies the column's default). A refused spelling
/// (`三会一课` for a meeting type) throws `.sanhuiIsNotAType`; anything else throws
/// `.unknownValue` with the nearest id or alias within the near-miss distance (`NearMiss`), as
/// the table or the config writes it.
///
/// Speed: a log uses a handful of distinct spellings, so results are cached by the field's raw
/// bytes (before trimming) in a `ByteMap`; the steady state is one `ByteHash` hash and one `memcmp`,
/// no `String`. Only the first sighting of a spelling is normalised and looked up by `String`
/// (and, when it is unknown, compared with every spelling for the nearest; that is remembered too).
/// At most `cacheLimit` spellings are cached (a column of free text would otherwise grow it
/// without bound); later new ones are still matched, just not cached. Being a cache, `match`
/// is `mutating`: use one matcher per column and thread.
package struct VocabularyMatcher<V: Vocabulary>: Sendable {
    /// An extra alias from the config that cannot be added: it already means another case, or
    /// it is a refused spelling (`三会一课`).
    struct AliasConflict: Error, Hashable, Sendable, CustomStringConvertible {
        /// The alias as the config wrote it.
        var alias: String
        /// The canonical id it already stands for (`nil`: a refused spelling), and the one the
        /// config asked for.
        var existing: String?, requested: String

        /// What is wrong, in both languages.
        var text: Localized {
            guard let existing else { return Catalogue.Config.refusedAlias(alias, requested: requested) }
            return Catalogue.Config.valueAliasTaken(alias, existing: existing, requested: requested)
        }

        /// The stable code of the config error it becomes.
        var code: String { existing == nil ? "config_refused_alias" : "config_alias_taken" }

        var description: String { text.en }
    }

    /// The most raw spellings remembered.
    static var cacheLimit: Int { 1024 }

    private let cases: [V]
    /// Folded spelling (NFKC, lowercased) → index in `cases`.
    private let spellings: [String: Int32]
    /// Every spelling, folded and as written, in table order (each case's id and built-in
    /// aliases, then the config's): the candidates of the near-miss search.
    private let folded: [String]
    private let written: [String]
    /// Folded refused spellings.
    private let refused: Set<String>
    /// Raw bytes → index in `cases`, or one of the codes below.
    private var cache = ByteMap<Int32>(minimumCapacity: 16)
    /// Unknown, nothing near.
    private static var unknown: Int32 { -1 }
    private static var blank: Int32 { -2 }
    private static var isRefused: Int32 { -3 }
    /// Unknown, and `written[i]` is the nearest spelling: `-4 - i`.
    private static func near(_ i: Int) -> Int32 { -4 - Int32(i) }

    /// A matcher of the canonical ids and the built-in Chinese aliases.
    package init() {
        // The built-in vocabularies have no conflicts (tested).
        try! self.init(extraAliases: [(alias: String, value: V)]())
    }

    /// A matcher that also accepts `extraAliases` (from the config), in the given order. A blank
    /// alias is ignored (`Vocabularies` refuses one from the config, naming its line).
    /// - Throws: `AliasConflict` when an alias already means a different case or is refused.
    init(extraAliases: [(alias: String, value: V)]) throws(AliasConflict) {
        let cases = Array(V.allCases)
        let refused = Set(V.kind.refusedSpellings.map(Self.fold))
        var spellings: [String: Int32] = [:]
        var folded: [String] = [], written: [String] = []
        func add(_ spelling: String, _ index: Int) throws(AliasConflict) {
            let key = Self.fold(spelling)
            if key.isEmpty { return }
            if refused.contains(key) {
                throw AliasConflict(alias: spelling, existing: nil, requested: cases[index].rawValue)
            }
            if let existing = spellings[key] {
                if existing == Int32(index) { return }
                throw AliasConflict(alias: spelling, existing: cases[Int(existing)].rawValue,
                                    requested: cases[index].rawValue)
            }
            spellings[key] = Int32(index)
            folded.append(key)
            written.append(spelling)
        }
        for (index, value) in cases.enumerated() {
            try add(value.rawValue, index)
            for alias in value.chineseAliases { try add(alias, index) }
        }
        for (alias, value) in extraAliases {
            try add(alias, cases.firstIndex(of: value)!)
        }
        self.cases = cases
        self.spellings = spellings
        self.folded = folded
        self.written = written
        self.refused = refused
    }

    /// A matcher with `extraAliases` added in the order of their aliases' UTF-8 bytes (a
    /// dictionary has no order; this keeps runs reproducible).
    init(extraAliases: [String: V]) throws(AliasConflict) {
        let ordered = extraAliases.sorted { Array($0.key.utf8).lexicographicallyPrecedes($1.key.utf8) }
        try self.init(extraAliases: ordered.map { (alias: $0.key, value: $0.value) })
    }

    /// The case a field's raw bytes name; `nil` when the field is blank.
    /// - Throws: `.unknownValue`, `.sanhuiIsNotAType`, or `.invalidText` (NUL, invalid UTF-8).
    /// - Complexity: a cached spelling costs O(n) hashing and one compare, no allocation.
    @inline(__always)
    mutating func match(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> V? {
        let code: Int32
        if let cached = cache.value(forKey: raw) { code = cached } else { code = try firstSighting(raw) }
        if code >= 0 { return cases[Int(code)] }
        if code == Self.blank { return nil }
        throw error(code)
    }

    /// The case `text` names (trimmed, NFKC, ignoring case); `nil` when blank or unknown. No
    /// cache: for the config and tests.
    package func value(forSpelling text: String) -> V? {
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
            bytes.isEmpty ? Self.blank : classify(bytes)
        }
        if cache.count < Self.cacheLimit { cache.insert(code, forKey: raw) }
        return code
    }

    private func lookUp(_ normalized: UnsafeRawBufferPointer) -> Int32 {
        spellings[String(decoding: normalized, as: UTF8.self).lowercased()] ?? Self.unknown
    }

    /// The case, or for an unknown spelling whether it is refused and which spelling is nearest.
    private func classify(_ normalized: UnsafeRawBufferPointer) -> Int32 {
        let key = String(decoding: normalized, as: UTF8.self).lowercased()
        if let index = spellings[key] { return index }
        if refused.contains(key) { return Self.isRefused }
        guard let nearest = NearMiss.nearest(to: key, among: folded),
              let i = folded.firstIndex(of: nearest) else { return Self.unknown }
        return Self.near(i)
    }

    /// The error of a code that names no case.
    private func error(_ code: Int32) -> ValueError {
        if code == Self.isRefused { return .sanhuiIsNotAType }
        let nearest = code <= Self.near(0) ? written[Int(Self.near(0) - code)] : nil
        return .unknownValue(V.kind, nearest: nearest)
    }

    /// A spelling as it is matched: trimmed, NFKC, lower-case; empty when blank.
    static func fold(_ spelling: String) -> String {
        var spelling = spelling
        return spelling.withUTF8 { utf8 in
            (try? FieldText.text(UnsafeRawBufferPointer(utf8)))??.lowercased() ?? ""
        }
    }
}
