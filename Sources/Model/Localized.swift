/// A text in both languages of the reports (rules §6): every message and every word an output
/// shows is written once in Chinese and once in English, side by side, and each output picks
/// the report's language.
public struct Localized: Hashable, Sendable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh; self.en = en
    }

    /// The text in `language`.
    public func text(_ language: ReportLanguage) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    /// Two texts one after the other, in each language: a message and the fix shared by several.
    public static func + (lhs: Localized, rhs: Localized) -> Localized {
        Localized(zh: lhs.zh + rhs.zh, en: lhs.en + rhs.en)
    }
}
