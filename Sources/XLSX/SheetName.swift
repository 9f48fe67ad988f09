/// Excel's rules for worksheet names, checked before libxlsxwriter sees a name.
internal enum SheetName {
    static let maxUTF16 = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// The problem with `name`, or nil when Excel accepts it (uniqueness aside).
    static func problem(with name: String) -> XLSXError.SheetNameProblem? {
        if name.isEmpty { return .empty }
        let units = name.utf16.count
        if units > maxUTF16 { return .tooLong(utf16Count: units) }
        if let bad = name.first(where: { forbidden.contains($0) }) { return .forbiddenCharacter(bad) }
        // Control characters (tab included) have no place in a tab label; XML forbids most of them.
        if let bad = name.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            return .forbiddenCharacter(Character(bad))
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .apostropheAtStartOrEnd }
        if folded(name) == folded("History") { return .reserved }
        return nil
    }

    /// The key two names are compared by: Excel ignores case for letters of every script,
    /// libxlsxwriter only for ASCII.
    static func folded(_ name: String) -> String {
        name.lowercased()
    }
}
