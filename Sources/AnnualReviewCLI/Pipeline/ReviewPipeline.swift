import Foundation
import Indicators
import Ingest
import Model
import Report

/// Read → compute: the inputs folder becomes the `ReviewData` every output is written from.
struct ReviewPipeline {
    let common: CommonOptions

    /// The config as loaded, with its bytes for the fingerprint.
    func loadConfig() throws -> (ReviewConfig, InputFile?) {
        let path = common.configPath
        if common.config != nil, !FileManager.default.fileExists(atPath: path) {
            throw Failure.usage("error: the config file \(path) does not exist; check --config")
        }
        do {
            let config = try ConfigLoader.load(path: path)
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
            return (config, bytes.map { InputFile(name: (path as NSString).lastPathComponent, bytes: $0) })
        } catch {
            throw Failure.usage("\(error)")
        }
    }

    /// Ingests and computes. `onDiagnostic` sees every problem as it is found; it prints them on
    /// standard output when `diagnosticsOnStandardOutput`, else on standard error. While
    /// ingesting, progress is shown on standard error when it is a terminal and `--quiet` is not
    /// given.
    func run(
        language: ReportLanguage?, diagnosticsOnStandardOutput: Bool = false, onDiagnostic: ((Diagnostic) -> Void)?
    ) throws -> (ReviewData, IngestResult) {
        let (config, configFile) = try loadConfig()
        let language = language ?? config.language
        // With --as-of the review year is known before reading: the cut is made while reading.
        let asOfDate = try common.asOf.map { try AsOfOption.day($0, language) }
        if let asOfDate {
            try AsOfOption.check(asOfDate, written: common.asOf ?? "", year: common.year, configYear: config.year, language)
        }
        var extra = configFile.map { [$0] } ?? []
        let templateFile = draftTemplate(language)
        extra += templateFile.map { [$0] } ?? []

        let ingested: IngestResult
        let activity: ActivityTally
        let progress = ProgressLine(quiet: common.quiet)
        defer { progress.clear() }
        do {
            (ingested, activity) = try Ingestor.run(
                inputs: common.inputs, config: config, configFile: configFile?.name ?? "review.yml",
                extraInputs: extra, encoding: common.encoding, asOf: asOfDate,
                onDiagnostic: onDiagnostic.map { emit in
                    diagnosticsOnStandardOutput
                        ? { progress.clearBeforeStandardOutput(); emit($0) }
                        : { progress.clear(); emit($0) }
                },
                onProgress: progress.hook, parallelism: common.parallelism,
                makeSink: { ActivityTally(siteCount: $0, partyDay: config.partyDay) })
        } catch let error as IngestError {
            throw Failure.usage("\(error)")
        } catch let error as ConfigError {
            throw Failure.usage("\(error)")
        }

        guard let year = common.year ?? config.year ?? asOfDate?.year ?? ingested.mostActiveYear else {
            throw Failure.usage("error: no meeting row in \(common.inputs) passed the checks, so the review year cannot be chosen; give it with --year YYYY")
        }
        progress.clear()
        guard ingested.hasRows(in: year) else {
            let years = ingested.yearsWithRows
            let found = years.isEmpty ? "no log has an accepted row of any year" : "the logs have rows of \(years.map(String.init).joined(separator: ", "))"
            throw Failure.usage("error: no data for \(year) in \(common.inputs): \(found); give another --year or change the config's year")
        }
        let asOf = asOfDate ?? Day.endOf(month: 12, year: year)
        for note in ingested.annualMeetingNotes(year: year) { onDiagnostic?(note) }
        let quality = ingested.quality(year: year)
        // A log with no file (or none that could be read) feeds no figure: empty, not 0.
        let missing = Set(zip(LogKind.allCases, quality).filter { $0.1.isMissing }.map(\.0))
        let indicators = ReviewIndicators.compute(
            sites: ingested.sites, activity: activity, config: config, year: year, asOf: asOf, missingLogs: missing)
        var data = ReviewData(
            config: config, language: language, indicators: indicators,
            imbalance: ImbalanceAnalysis.compute(indicators, config: config),
            quality: quality, fingerprint: ingested.fingerprint,
            latestDay: ingested.latestDay(in: year) ?? asOf)
        // The same bytes the fingerprint covers.
        data.draftTemplate = try templateFile.map { file in
            let path = draftTemplatePath(language)
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                throw Failure.usage("\(path): error: the report-draft template is not UTF-8; save it as UTF-8")
            }
            return DraftTemplateSource(text: text, file: path)
        }
        return (data, ingested)
    }

    /// Where the draft template of the inputs folder is: `<inputs>/templates/draft.<lang>.md`.
    func draftTemplatePath(_ language: ReportLanguage) -> String {
        (common.inputs as NSString).appendingPathComponent(DefaultDraftTemplate.path(language))
    }

    /// The draft template of the inputs folder, when it has one (rules §2).
    func draftTemplate(_ language: ReportLanguage) -> InputFile? {
        let path = draftTemplatePath(language)
        return FileManager.default.contents(atPath: path).map { InputFile(name: "draft.\(language.rawValue).md", bytes: [UInt8]($0)) }
    }
}
