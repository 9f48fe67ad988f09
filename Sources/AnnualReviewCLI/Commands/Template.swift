import ArgumentParser
import Foundation
import Ingest
import Model
import Report

/// `annual-review template`: empty logs to fill, a filled example that builds, and a config with
/// every key (rules §6).
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write empty logs to fill in, a filled example and a review.yml with every key.",
        discussion: """
            Writes into the output folder (default: annual-review-templates; created when \
            missing) everything needed to start a year:
              - sites.csv meetings.csv lectures.csv trainings.csv: the logs, header only
              - review.yml: every config key with its default and a comment
              - templates/draft.<lang>.md: the built-in report draft, to adapt
              - example/: a small filled year that builds as it is
            Headers, values and comments are in Chinese with --lang zh (the default), in \
            English with the canonical column ids with --lang en. The CSV files are UTF-8 with \
            a byte-order mark and CRLF line ends, so Excel and WPS on Windows open them \
            correctly. Existing files are never overwritten unless --force is given (exit 2, \
            naming the file). The written paths are listed on standard output.

            Examples:
              annual-review template
              annual-review build --inputs annual-review-templates/example
              annual-review template --out logs --lang en
            """
    )

    static let defaultFolder = "annual-review-templates"

    @Option(help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var out: String = Template.defaultFolder

    @Option(help: "The language of the headers, values, comments and messages: zh or en.")
    var lang: ReportLanguage = .zh

    @Flag(help: "Overwrite files that already exist.")
    var force = false

    func run() throws {
        var files = InputTemplates.files(language: lang)
        files.insert(Self.defaultDraftTemplate(lang), at: files.firstIndex { $0.path.hasPrefix("\(InputTemplates.exampleFolder)/") } ?? files.endIndex)
        let paths = files.map { OutputPath.join(out, $0.path) }

        try OutputPath.checkFolder(out, forOption: "--out", lang)
        // Refuse before writing anything, so a refused run leaves the folder as it was.
        if !force, let existing = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw Failure.usage(Catalogue.CLI.templateFileExists(existing), lang)
        }
        for (file, path) in zip(files, paths) {
            let folder = OutputPath.parent(of: path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw Failure.usage(Catalogue.CLI.templatePathIsAFolder(path), lang)
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Data(file.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw Failure.usage(Catalogue.CLI.templateCannotWrite(path, reason: OutputPath.reason(error)), lang)
            }
            print(path)
        }
        printError("annual-review: " + Catalogue.CLI.templateWritten(
            files.count, folder: out, example: OutputPath.join(out, InputTemplates.exampleFolder)).text(lang))
    }

    /// The built-in report-draft template (rules §2), written to `templates/draft.<lang>.md`, the
    /// place `build` looks for an office's own.
    static func defaultDraftTemplate(_ language: ReportLanguage) -> TemplateFile {
        TemplateFile(path: DefaultDraftTemplate.path(language), bytes: Array(DefaultDraftTemplate.text(language).utf8))
    }
}
