import Indicators
import Model

/// The sheets' words in the report's language. The words live in the Catalogue
/// (`Catalogue.Sheets` and the subjects it draws on); this picks the language, and names the
/// indicators and groupings of the Indicators target, which the Catalogue knows by their ids.
struct Labels {
    let language: ReportLanguage

    /// A catalogue text in the report's language.
    func text(_ localized: Localized) -> String { localized.text(language) }

    /// A value of a vocabulary: `支部党员大会`, `branch general`.
    func name<V: Vocabulary>(_ value: V) -> String { text(Catalogue.Schema.valueName(value)) }

    func indicator(_ i: ImbalanceIndicator) -> String { text(Catalogue.Sheets.indicator(i.rawValue)) }

    func dimension(_ d: ImbalanceDimension) -> String { text(dimensionName(d)) }

    func dimensionName(_ d: ImbalanceDimension) -> Localized { Catalogue.Sheets.dimension(d.key) }

    /// A group of a grouping (`urban`, a district), as the sheets name it.
    func group(_ label: String, of dimension: ImbalanceDimension) -> String { text(groupName(label, of: dimension)) }

    func groupName(_ label: String, of dimension: ImbalanceDimension) -> Localized {
        switch dimension {
        case .locale: SiteLocale(rawValue: label).map(Catalogue.Schema.valueName) ?? Localized(zh: label, en: label)
        case .ownership: Ownership(rawValue: label).map(Catalogue.Schema.valueName) ?? Localized(zh: label, en: label)
        case .level: SchoolLevel(rawValue: label).map(Catalogue.Schema.valueName) ?? Localized(zh: label, en: label)
        case .district: label == ImbalanceDimension.noDistrict ? Catalogue.Sheets.noDistrict : Localized(zh: label, en: label)
        }
    }

    var yes: String { text(Catalogue.Sheets.yes) }
    var no: String { text(Catalogue.Sheets.no) }

    /// Filled and empty stars, five in all.
    func stars(_ n: Int) -> String { String(repeating: "★", count: n) + String(repeating: "☆", count: max(0, 5 - n)) }

    /// The omitted score parts and the weights applied instead, or `nil` when every part counts
    /// (rules §4.2): weights with at most one decimal, as the Definitions sheet writes them.
    func scoreWeightsNote(_ weights: ScoreWeights, config: ReviewConfig) -> String? {
        guard !weights.omitted.isEmpty else { return nil }
        guard weights.isScored else { return text(Catalogue.Figures.nothingScored(weights.omitted)) }
        let kept = ScorePart.allCases.filter { !weights.omitted.contains($0) && config.weight($0) > 0 }
        let sum = kept.reduce(0) { $0 + config.weight($1) }
        return text(Catalogue.Figures.partsOmitted(
            weights.omitted, keptSum: DraftNumber.hours(sum),
            weights: kept.map { ($0, DraftNumber.hours(weights.weight($0))) }))
    }
}
