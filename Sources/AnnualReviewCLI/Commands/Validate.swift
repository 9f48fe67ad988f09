import ArgumentParser
import Foundation
import Ingest
import Model
import Report

/// `annual-review validate`: ingest and check the config only, listing every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the logs and the config; list every problem.",
        discussion: """
            Prints one line per problem as `file:line:column: error|warning|info: message`, then \
            how every log's rows add up (read = accepted + rejected + out of period). Messages \
            are in the report's language (--lang, else the config's, else Chinese); the location \
            and the words error, warning and info stay as they are, for scripts. With --json, one \
            JSON object per problem with file, line, column, severity, a stable English code \
            (unknown_value, short_row …) and the message. Exits 1 when any row is rejected, 2 \
            when the inputs or the config cannot be read.

            Examples:
              annual-review validate --inputs Inputs --year 2017
              annual-review validate --json --lang en
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "One JSON object per problem (JSON lines) instead of text, then one with the counts.")
    var json = false

    func run() throws {
        let settings = try common.settings()
        let language = settings.language
        let (data, ingested) = try ReviewPipeline(common: common, settings: settings).run(diagnosticsOnStandardOutput: true) { diagnostic, _ in
            print(json ? DiagnosticJSON.line(diagnostic, language) : diagnostic.rendered(language))
        }
        if json {
            print(JSONValue.object([("files", ReviewJSON.make(data).member("files") ?? .null)]).serialized())
        } else {
            for (log, quality) in zip(LogKind.allCases, data.quality) {
                let c = quality.counts
                print(Catalogue.CLI.reconciliation(log: log.rawValue, read: c.read, accepted: c.accepted, rejected: c.rejected,
                                                   outOfPeriod: c.outOfPeriod, year: data.year, warnings: c.warnings).text(language))
            }
        }
        if ingested.rejectedRows > 0 {
            throw Failure(exitCode: 1, message: "")
        }
    }
}

/// A diagnostic as one JSON line (§6): `file`, `line`, `column`, `severity`, the stable English
/// `code` and the `message` in `language`, in this order; a line or column it lacks is null.
enum DiagnosticJSON {
    static func line(_ d: Diagnostic, _ language: ReportLanguage) -> String {
        JSONValue.object([
            ("file", .string(d.location.file)),
            ("line", .optional(d.location.line)),
            ("column", .optional(d.location.column)),
            ("severity", .string(d.severity.rawValue)),
            ("code", .string(d.code)),
            ("message", .string(d.message(language))),
        ]).serialized()
    }
}
