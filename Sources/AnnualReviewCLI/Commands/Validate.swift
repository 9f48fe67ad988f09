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
            how every log's rows add up (read = accepted + rejected + out of period). Exits 1 \
            when any row is rejected, 2 when the inputs or the config cannot be read.

            Example:
              annual-review validate --inputs Inputs --year 2017
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "One JSON object per problem (JSON lines) instead of text, then one with the counts.")
    var json = false

    func run() throws {
        let (data, ingested) = try ReviewPipeline(common: common).run(language: nil, diagnosticsOnStandardOutput: true) { diagnostic in
            print(json ? DiagnosticJSON.line(diagnostic) : diagnostic.description)
        }
        if json {
            print(JSONValue.object([("files", ReviewJSON.make(data).member("files") ?? .null)]).serialized())
        } else {
            for (log, quality) in zip(LogKind.allCases, data.quality) {
                let c = quality.counts
                print("\(log.rawValue): read \(c.read) = accepted \(c.accepted) + rejected \(c.rejected) + out of period \(c.outOfPeriod) (year \(data.year)); \(c.warnings) with warnings")
            }
        }
        if ingested.rejectedRows > 0 {
            throw Failure(exitCode: 1, message: "")
        }
    }
}

/// A diagnostic as one JSON line.
enum DiagnosticJSON {
    static func line(_ d: Diagnostic) -> String {
        JSONValue.object([
            ("file", .string(d.location.file)),
            ("line", .optional(d.location.line)),
            ("column", .optional(d.location.column)),
            ("column_name", d.location.columnName.map { .string($0) } ?? .null),
            ("severity", .string(d.severity.rawValue)),
            ("reason", .string(d.reason)),
            ("message", .string(d.message)),
            ("value", d.value.map { .string($0) } ?? .null),
        ]).serialized()
    }
}
