import Model
import Indicators

/// Everything the outputs show: computed once, then written as the workbook, the draft and the
/// JSON, so the three never disagree.
public struct ReviewData: Sendable {
    public var config: ReviewConfig
    public var language: ReportLanguage
    public var indicators: ReviewIndicators
    public var imbalance: ImbalanceAnalysis
    /// Per log, in `LogKind.allCases` order.
    public var quality: [LogQuality]
    /// SHA-256 of the inputs (rules §5), 64 lower-case hex digits.
    public var fingerprint: String
    /// The latest date among the review year's accepted rows: the workbook's creation time.
    public var latestDay: Day
    /// The inputs folder's report-draft template (`templates/draft.<lang>.md`), or `nil` for
    /// the built-in one.
    public var draftTemplate: DraftTemplateSource?

    public init(
        config: ReviewConfig, language: ReportLanguage, indicators: ReviewIndicators,
        imbalance: ImbalanceAnalysis, quality: [LogQuality], fingerprint: String, latestDay: Day
    ) {
        self.config = config; self.language = language; self.indicators = indicators
        self.imbalance = imbalance
        self.quality = quality; self.fingerprint = fingerprint; self.latestDay = latestDay
    }

    public var year: Int { indicators.year }
    public func quality(_ log: LogKind) -> LogQuality { quality[LogKind.allCases.firstIndex(of: log)!] }

    /// The as-of date of a run during the year (`--as-of` before the year's last day), else `nil`.
    var asOfDuringYear: Day? {
        let asOf = indicators.asOf
        return asOf < Day.endOf(month: 12, year: asOf.year) ? asOf : nil
    }

    /// A sheet's title line, and the title in its printed footer: `title`, which says the as-of
    /// date on a run during the year (`…（截至2017年6月30日）`, rules §5).
    func sheetTitle(_ title: String) -> String {
        asOfDuringYear.map { Catalogue.Sheets.titleAsOf(title, asOf: $0).text(language) } ?? title
    }

    /// The report title: the config's, or one made from the organisation and the year.
    public var title: String {
        if let title = config.title, !title.isEmpty { return title }
        return Catalogue.Sheets.title(organisation: config.organisation, year: year).text(language)
    }
}
