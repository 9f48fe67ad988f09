import ArgumentParser
import Foundation
import Ingest
import Model
import Report
import XLSX

/// `annual-review template`: empty logs to fill, a filled example that builds, and a config with
/// every key; with `--xlsx`, the logs and the example also as workbooks made for typing (rules §6).
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
            With --xlsx, also the logs as Excel workbooks made for typing:
              - xlsx/单位名册.xlsx 会议记录.xlsx 党课记录.xlsx 培训记录.xlsx: the logs
              - xlsx/example/: the example year as workbooks, with its review.yml
            In them the header row is frozen, dates, codes and counts are formatted (codes \
            as text, so 007 keeps its zeros), every column of fixed values (城乡, 会议类型, \
            培训对象 …) has a drop-down list and every cell a hint. A value not in a list \
            gets a warning that lets it stay, for the aliases the tool reads. The workbooks \
            are named in Chinese in both languages and the CSV files by id, so the two never \
            share a name (a .csv and a .xlsx of one name in one inputs folder stop a run); \
            fill in each log in one form only.
            Headers, values and comments are in Chinese with --lang zh (the default), in \
            English with the canonical column ids with --lang en. The CSV files are UTF-8 with \
            a byte-order mark and CRLF line ends, so Excel and WPS on Windows open them \
            correctly. Existing files are never overwritten unless --force is given (exit 2, \
            naming the file). The written paths are listed on standard output.

            Examples:
              annual-review template
              annual-review build --inputs annual-review-templates/example
              annual-review template --out logs --lang en
              annual-review template --xlsx
            """
    )

    static let defaultFolder = "annual-review-templates"

    @Option(help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var out: String = Template.defaultFolder

    @Option(help: "The language of the headers, values, comments and messages: zh or en.")
    var lang: ReportLanguage = .zh

    @Flag(help: "Also write the logs as Excel workbooks made for typing, with drop-down lists, into xlsx/ (and the example into xlsx/example/).")
    var xlsx = false

    @Flag(help: "Overwrite files that already exist.")
    var force = false

    /// One file to write: bytes, or a workbook.
    private enum Output {
        case file(TemplateFile)
        case workbook(WorkbookTemplate)

        var path: String {
            switch self {
            case .file(let file): file.path
            case .workbook(let workbook): workbook.path
            }
        }
    }

    func run() throws {
        var files = InputTemplates.files(language: lang)
        files.insert(Self.defaultDraftTemplate(lang), at: files.firstIndex { $0.path.hasPrefix("\(InputTemplates.exampleFolder)/") } ?? files.endIndex)
        var outputs = files.map(Output.file)
        if xlsx {
            outputs += InputTemplates.workbooks(language: lang).map(Output.workbook)
            outputs.append(.file(InputTemplates.workbookExampleConfig(language: lang)))
        }
        let paths = outputs.map { OutputPath.join(out, $0.path) }

        try OutputPath.checkFolder(out, forOption: "--out", lang)
        // Refuse before writing anything, so a refused run leaves the folder as it was.
        if !force, let existing = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw Failure.usage(Catalogue.CLI.templateFileExists(existing), lang)
        }
        for (output, path) in zip(outputs, paths) {
            let folder = OutputPath.parent(of: path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw Failure.usage(Catalogue.CLI.templatePathIsAFolder(path), lang)
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                switch output {
                case .file(let file): try Data(file.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
                case .workbook(let workbook): try TemplateWorkbookWriter.write(workbook, to: path)
                }
            } catch let error as XLSXError {
                throw Failure.usage(Catalogue.CLI.templateCannotWrite(path, reason: error.description), lang)
            } catch {
                throw Failure.usage(Catalogue.CLI.templateCannotWrite(path, reason: OutputPath.reason(error)), lang)
            }
            print(path)
        }
        printError("annual-review: " + Catalogue.CLI.templateWritten(
            outputs.count, folder: out, example: OutputPath.join(out, InputTemplates.exampleFolder)).text(lang))
        if xlsx {
            printError(Catalogue.CLI.templateWrittenWorkbooks(
                folder: OutputPath.join(out, InputTemplates.workbookFolder),
                example: OutputPath.join(out, "\(InputTemplates.workbookFolder)/\(InputTemplates.exampleFolder)")).text(lang))
        }
    }

    /// The built-in report-draft template (rules §2), written to `templates/draft.<lang>.md`, the
    /// place `build` looks for an office's own.
    static func defaultDraftTemplate(_ language: ReportLanguage) -> TemplateFile {
        TemplateFile(path: DefaultDraftTemplate.path(language), bytes: Array(DefaultDraftTemplate.text(language).utf8))
    }
}
