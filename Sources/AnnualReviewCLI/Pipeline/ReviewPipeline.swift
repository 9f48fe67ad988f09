import Foundation
import Indicators
import Ingest
import Model
import Report

/// Read → compute: the inputs folder becomes the `ReviewData` every output is written from.
struct ReviewPipeline {
    let common: CommonOptions
    /// The config and the language, loaded once by the command (`CommonOptions.settings()`).
    let settings: RunSettings

    var language: ReportLanguage { settings.language }

    /// Ingests and computes. `onDiagnostic` sees every problem as it is found; it prints them on
    /// standard output when `diagnosticsOnStandardOutput`, else on standard error. While
    /// ingesting, progress is shown on standard error when it is a terminal and `--quiet` is not
    /// given. Problems that stop the run are `Failure`s told in the run's language.
    func run(
        diagnosticsOnStandardOutput: Bool = false, onDiagnostic: ((Diagnostic, DiagnosticScope) -> Void)?
    ) throws -> (ReviewData, IngestResult) {
        let config = settings.config
        // With --as-of the review year is known before reading: the cut is made while reading.
        let asOfDate = try common.asOf.map { try AsOfOption.day($0, language) }
        if let asOfDate {
            try AsOfOption.check(asOfDate, written: common.asOf ?? "", year: common.year, configYear: config.year, language)
        }
        var extra = settings.configFile.map { [$0] } ?? []
        let templateFile = try draftTemplate(language)
        extra += templateFile.map { [$0] } ?? []

        let ingested: IngestResult
        let activity: ActivityTally
        let progress = ProgressLine(quiet: common.quiet, language: language)
        defer { progress.clear() }
        do {
            (ingested, activity) = try Ingestor.run(
                inputs: common.inputs, config: config, configFile: settings.configFile?.name ?? "review.yml",
                extraInputs: extra, encoding: common.encoding, asOf: asOfDate,
                onDiagnostic: onDiagnostic.map { emit in
                    diagnosticsOnStandardOutput
                        ? { progress.clearBeforeStandardOutput(); emit($0, $1) }
                        : { progress.clear(); emit($0, $1) }
                },
                onProgress: progress.hook, parallelism: common.parallelism,
                makeSink: { ActivityTally(siteCount: $0, partyDay: config.partyDay) })
        } catch let error as IngestError {
            throw Failure(exitCode: 2, message: error.message(language))
        } catch let error as ConfigError {
            throw Failure(exitCode: 2, message: error.rendered(language))
        }

        guard let year = common.year ?? config.year ?? asOfDate?.year ?? ingested.mostActiveYear else {
            throw Failure.usage(Catalogue.CLI.noReviewYear(inputs: common.inputs), language)
        }
        progress.clear()
        guard ingested.hasRows(in: year) else {
            throw Failure.usage(Catalogue.CLI.noDataForYear(year, inputs: common.inputs, years: ingested.yearsWithRows), language)
        }
        let asOf = asOfDate ?? Day.endOf(month: 12, year: year)
        for note in ingested.annualMeetingNotes(year: year) { onDiagnostic?(note, .file) }
        var quality = ingested.quality(year: year)
        // A log with no file (or none that could be read) feeds no figure: empty, not 0.
        let missing = Set(zip(LogKind.allCases, quality).filter { $0.1.isMissing }.map(\.0))
        let indicators = ReviewIndicators.compute(
            sites: ingested.sites, activity: activity, config: config, year: year, asOf: asOf, missingLogs: missing)
        // The logs whose rows of last year are too few to compare (rules §4.5): an info line each.
        for (log, note) in indicators.previousCoverage.notes(year: year, asOf: asOf, files: quality.map(\.files)) {
            onDiagnostic?(note, .file)
            quality[LogKind.allCases.firstIndex(of: log)!].fileProblems.append(note)
        }
        var data = ReviewData(
            config: config, language: language, indicators: indicators,
            imbalance: ImbalanceAnalysis.compute(indicators, config: config),
            quality: quality, fingerprint: ingested.fingerprint,
            latestDay: ingested.latestDay(in: year) ?? asOf)
        // The same bytes the fingerprint covers.
        data.draftTemplate = try templateFile.map { file in
            let path = draftTemplatePath(language)
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                throw Failure(exitCode: 2, message: "\(path): error: " + Catalogue.CLI.draftTemplateNotUTF8.text(language))
            }
            return DraftTemplateSource(text: text, file: path)
        }
        return (data, ingested)
    }

    /// The paths of the files the run read: the logs' files, the config and the draft template
    /// when there are any (outputs must not replace them, rules §6).
    func inputsRead(_ data: ReviewData) -> [String] {
        var paths = data.quality.flatMap { $0.files.map { OutputPath.join(common.inputs, $0) } }
        if settings.configFile != nil { paths.append(common.configPath) }
        if data.draftTemplate != nil { paths.append(draftTemplatePath(language)) }
        return paths
    }

    /// Where the draft template of the inputs folder is: `<inputs>/templates/draft.<lang>.md`.
    func draftTemplatePath(_ language: ReportLanguage) -> String {
        (common.inputs as NSString).appendingPathComponent(DefaultDraftTemplate.path(language))
    }

    /// The draft template of the inputs folder, when it has one (rules §2). One that is there but
    /// cannot be read (no permission, a folder, a pipe, a broken link) stops the run: the built-in
    /// template never stands in for it unnoticed.
    func draftTemplate(_ language: ReportLanguage) throws -> InputFile? {
        let path = draftTemplatePath(language)
        var status = stat()
        // Nothing there, not even a broken link: the built-in template.
        guard lstat(path, &status) == 0 else { return nil }
        func failure(_ text: Localized) -> Failure {
            Failure(exitCode: 2, message: "\(path): error: " + text.text(language))
        }
        guard stat(path, &status) == 0 else {
            throw failure(Catalogue.CLI.draftTemplateUnreadable(reason: String(cString: strerror(errno))))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw failure(Catalogue.CLI.draftTemplateNotAFile) }
        switch Self.contents(of: path) {
        case .success(let bytes): return InputFile(name: "draft.\(language.rawValue).md", bytes: bytes)
        case .failure(let reason): throw failure(Catalogue.CLI.draftTemplateUnreadable(reason: reason.description))
        }
    }

    /// The bytes of the file at `path`, or the system's reason (`Permission denied`) when it
    /// cannot be read.
    static func contents(of path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(errno)) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return .success(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(errno))
            }
            bytes += buffer.prefix(count)
        }
    }

    /// The system's reason a read failed.
    struct ReadFailure: Error, CustomStringConvertible {
        let description: String
        init(_ code: Int32) { description = String(cString: strerror(code)) }
    }
}
