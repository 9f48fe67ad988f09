import Model

/// One file `annual-review template` writes, by its path relative to the output folder.
public struct TemplateFile: Sendable, Equatable {
    /// Relative path with `/` separators, e.g. `example/sites.csv`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) { self.path = path; self.bytes = bytes }
}

/// What `annual-review template` writes (rules §6), as bytes, so the command only has to put them
/// on disk:
///
/// - the four logs with their header only (`sites.csv`, `meetings.csv`, `lectures.csv`,
///   `trainings.csv`): Chinese aliases for `zh`, canonical ids for `en`;
/// - `review.yml`: every key of ``ConfigKeys/all`` with its default and a one-line comment;
/// - `example/`: a small year (``ExampleYear``) that builds as it is, with its own `review.yml`.
///
/// Every CSV is UTF-8 with a BOM and CRLF line ends, so Excel on Windows opens it as UTF-8.
public enum InputTemplates {
    /// The folder of the filled example, relative to the output folder.
    public static let exampleFolder = "example"

    public static func files(language: ReportLanguage) -> [TemplateFile] {
        var files = LogKind.allCases.map { log in
            TemplateFile(path: "\(log.fileStem).csv", bytes: CSVTemplate.file(header: header(log, language: language), rows: []))
        }
        files.append(TemplateFile(path: "review.yml", bytes: Array(ConfigTemplate.yaml(language: language).utf8)))
        let example = ExampleYear(language: language)
        for log in LogKind.allCases {
            files.append(TemplateFile(path: "\(exampleFolder)/\(log.fileStem).csv",
                                      bytes: CSVTemplate.file(header: header(log, language: language), rows: example.rows(log))))
        }
        files.append(TemplateFile(path: "\(exampleFolder)/review.yml", bytes: Array(example.configYAML.utf8)))
        return files
    }

    /// The folder of the workbooks `template --xlsx` writes, relative to the output folder; the
    /// example year as workbooks is in its `example/`.
    public static let workbookFolder = "xlsx"

    /// What `template --xlsx` adds: the four logs as workbooks made for typing in `xlsx/`, then
    /// the example year as workbooks in `xlsx/example/` (its review.yml is
    /// ``workbookExampleConfig(language:)``). A workbook is named by the log's Chinese name in
    /// both languages (`xlsx/单位名册.xlsx`), the CSV templates by its id, so a workbook and a CSV
    /// file copied into one inputs folder never share a stem (which stops a run).
    public static func workbooks(language: ReportLanguage) -> [WorkbookTemplate] {
        [(workbookFolder, false), ("\(workbookFolder)/\(exampleFolder)", true)].flatMap { folder, example in
            LogKind.allCases.map { log in
                WorkbookTemplate(log: log, language: language, path: "\(folder)/\(log.chineseName).xlsx", example: example)
            }
        }
    }

    /// The example's config beside its workbooks: `xlsx/example/review.yml`, the same as
    /// `example/review.yml`.
    public static func workbookExampleConfig(language: ReportLanguage) -> TemplateFile {
        TemplateFile(path: "\(workbookFolder)/\(exampleFolder)/review.yml",
                     bytes: Array(ExampleYear(language: language).configYAML.utf8))
    }

    /// The header of a log in the template's language: the Chinese aliases or the canonical ids,
    /// in the order of the tables of rules §2.
    static func header(_ log: LogKind, language: ReportLanguage) -> [String] {
        LogSchema.columns(log).map { language == .zh ? $0.alias : $0.id }
    }
}
