import ArgumentParser
import Foundation
import Ingest
import Model
import Report

/// `annual-review build` (the default): the workbook, and on request the JSON summary.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the year-end workbook (the default command).",
        discussion: """
            Reads the logs, computes the indicators and writes Reports/annual-review-<year>.xlsx \
            and beside it the report draft, Reports/annual-review-<year>.md (from the inputs \
            folder's templates/draft.<lang>.md when there is one). \
            Problems in the logs are reported on standard error and listed in the workbook's \
            Data quality sheet; the build goes on unless --strict is given. Messages are in the \
            report's language (--lang, else the config's, else Chinese).

            Examples:
              annual-review build
              annual-review build --inputs logs --year 2017 --lang en --out out/review.xlsx
              annual-review build --json > summary.json
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("The workbook to write (default: Reports/annual-review-<year>.xlsx); the draft goes beside it as .md.", valueName: "path"))
    var out: String?

    @Flag(help: "Fail (exit 1) when any row is rejected, after listing them all.")
    var strict = false

    @Flag(help: "Print the JSON summary on standard output (and nothing else there).")
    var json = false

    @Option(name: .customLong("json-file"), help: ArgumentHelp("Also write the JSON summary to this file.", valueName: "path"))
    var jsonFile: String?

    func run() throws {
        let started = Date()
        let settings = try common.settings()
        let language = settings.language
        try checkOutputs(language)
        // Every problem of a whole file (a log not read, a column missing or misspelt: few, and
        // each empties figures); every rejected row under --strict; otherwise the first row
        // problems, pointing to the rest.
        var errors = 0, warnings = 0
        let limit = 50
        let pipeline = ReviewPipeline(common: common, settings: settings)
        let (data, ingested) = try pipeline.run { diagnostic, scope in
            switch (diagnostic.severity, scope) {
            case (.info, _):
                break
            case (_, .file):
                printError(diagnostic.rendered(language))
            case (.error, .row):
                errors += 1
                if strict || errors <= limit { printError(diagnostic.rendered(language)) }
            case (.warning, .row):
                warnings += 1
                if warnings <= limit { printError(diagnostic.rendered(language)) }
            }
        }
        let unlisted = max(0, warnings - limit) + (strict ? 0 : max(0, errors - limit))
        if unlisted > 0 {
            printError(Catalogue.CLI.moreProblems(unlisted, listed: LogQuality.listCap).text(language))
        }
        if strict, ingested.rejectedRows > 0 {
            throw Failure(exitCode: 1, message: "error: " + Catalogue.CLI.strictRejected(ingested.rejectedRows).text(language))
        }

        let workbook = out ?? Self.defaultWorkbook(year: data.year)
        // Nothing is written when an output would replace an input or another output.
        try OutputClash.check(outputs(workbook: workbook), reading: pipeline.inputsRead(data), language)
        let document = jsonFile != nil || json ? ReviewJSON.make(data).serialized(indent: 2) : nil
        let jsonOutput = jsonFile.flatMap { path in document.map { (path: path, text: $0 + "\n") } }
        try writeReports(data, workbook: workbook, json: jsonOutput, language)
        if json, let document {
            print(document)
        }
        if !common.quiet {
            let accepted = data.quality.reduce(0) { $0 + $1.counts.accepted }
            let rejected = data.quality.reduce(0) { $0 + $1.counts.rejected }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            printError("annual-review: " + Catalogue.CLI.built(
                year: data.year, accepted: accepted, rejected: rejected, workbook: workbook,
                draft: ReportFiles.draftPath(forWorkbook: workbook), seconds: seconds).text(language))
        }
    }

    /// Fails fast, before a long ingest, when the workbook or the JSON file cannot be written
    /// where they are asked for: a folder given as the file, a missing folder, a file in the way
    /// of a folder, a read-only folder.
    private func checkOutputs(_ language: ReportLanguage) throws {
        for (option, path) in [("--out", out), ("--json-file", jsonFile)] {
            guard let path else { continue }
            if Self.isFolder(path) {
                let example = option == "--out" ? "review.xlsx" : "summary.json"
                throw Failure.usage(Catalogue.CLI.optionIsAFolder(option, path: path, example: OutputPath.join(path, example)), language)
            }
            try OutputPath.checkFolder(OutputPath.parent(of: path), forOption: option, mustExist: true, language)
        }
        if out == nil {
            try OutputPath.checkFolder(Self.defaultFolder, forOption: "--out", language)
        }
    }

    static let defaultFolder = "Reports"

    /// `Reports/annual-review-<year>.xlsx`, where `build` writes and `check` looks by default.
    static func defaultWorkbook(year: Int) -> String {
        OutputPath.join(defaultFolder, "annual-review-\(year).xlsx")
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// What this run writes, each with the option that chooses its path.
    private func outputs(workbook: String) -> [OutputClash.Output] {
        var outputs = [OutputClash.Output(path: workbook, role: Catalogue.CLI.OutputRole.workbook, option: "--out"),
                       OutputClash.Output(path: ReportFiles.draftPath(forWorkbook: workbook), role: Catalogue.CLI.OutputRole.draft, option: "--out")]
        if let jsonFile { outputs.append(OutputClash.Output(path: jsonFile, role: Catalogue.CLI.OutputRole.json, option: "--json-file")) }
        return outputs
    }

    private func writeReports(_ data: ReviewData, workbook: String, json: (path: String, text: String)?, _ language: ReportLanguage) throws {
        if Self.isFolder(workbook) {
            throw Failure.usage(Catalogue.CLI.workbookIsAFolder(workbook), language)
        }
        let folder = OutputPath.parent(of: workbook)
        if out == nil, !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw Failure.usage(Catalogue.CLI.cannotCreateFolder(folder, reason: OutputPath.reason(error)), language)
            }
        }
        do {
            try ReportFiles.write(data, workbook: workbook, json: json)
        } catch {
            throw Failure(exitCode: 2, message: error.message(language))
        }
    }
}
