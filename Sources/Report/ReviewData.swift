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

    /// The report title: the config's, or one made from the organisation and the year.
    public var title: String {
        if let title = config.title, !title.isEmpty { return title }
        return Catalogue.Sheets.title(organisation: config.organisation, year: year).text(language)
    }
}
