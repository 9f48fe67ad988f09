import ArgumentParser
import Foundation
import Ingest
import Model

/// The options every command that reads the inputs shares (rules §6).
struct CommonOptions: ParsableArguments {
    @Option(help: "The folder holding the logs.")
    var inputs: String = "Inputs"

    @Option(help: "The review year (default: the config's, else the year with the most meetings).")
    var year: Int?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Figures as of this date, for a monthly dispatch during the year (YYYY-MM: the month's last day): later rows are out of period, and only the periods ended by then count.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("The config file (default: review.yml in the inputs folder).", valueName: "file"))
    var config: String?

    @Option(help: "Read every CSV in this encoding instead of detecting it: utf8, gb18030 or utf16 (also utf-8, gbk, gb2312, cp936, utf-16).")
    var encoding: ForcedEncoding?

    @Option(help: "The language of the report and the messages: zh or en (default: the config's, else zh).")
    var lang: ReportLanguage?

    @Flag(help: "No progress and no summary on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("Threads that decode a large log beside the one that reads it (default: one per processor and one more, at most 4; one on a single processor). The output is the same whatever the number.", valueName: "n"))
    var threads: Int?

    var parallelism: Parallelism { threads.map { Parallelism(threads: $0) } ?? .automatic }

    var configPath: String { config ?? (inputs as NSString).appendingPathComponent("review.yml") }

    /// Checks the options' values and loads the config, once for the whole run: their problems
    /// are usage and config errors, told in `--lang` or Chinese. The run's language (§6) is
    /// `--lang`, else the config's `language`, else Chinese.
    func settings() throws -> RunSettings {
        let early = lang ?? .zh
        if let threads, !(1...64).contains(threads) {
            throw Failure.usage(Catalogue.CLI.threadsOutOfRange(threads), early)
        }
        if let year, !(1900...9999).contains(year) {
            throw Failure.usage(Catalogue.CLI.notAYear(year), early)
        }
        if config != nil, !FileManager.default.fileExists(atPath: configPath) {
            throw Failure.usage(Catalogue.CLI.configFileMissing(configPath), early)
        }
        do {
            let (config, bytes) = try ConfigLoader.read(path: configPath)
            return RunSettings(config: config, configFile: bytes.map { InputFile(name: (configPath as NSString).lastPathComponent, bytes: $0) },
                               language: lang ?? config.language)
        } catch {
            throw Failure(exitCode: 2, message: error.rendered(early))
        }
    }
}

/// What a run reads before the logs: the config, and the language of its messages and report.
struct RunSettings {
    var config: ReviewConfig
    /// The config file as read, for the fingerprint; nil when there is none.
    var configFile: InputFile?
    var language: ReportLanguage
}

extension ForcedEncoding: ExpressibleByArgument {
    /// Any of ``ForcedEncoding/names``, in any case.
    public init?(argument: String) { self.init(name: argument) }
}

extension ReportLanguage: ExpressibleByArgument {}
