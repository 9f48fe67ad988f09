import Model

/// One log as an Excel workbook made for typing (`template --xlsx`, rules §6), described without
/// Excel: the command writes it with the XLSX wrapper.
///
/// One worksheet, named for the log; the header row in the template's language; per column what
/// it holds (the schema's `ValueType`, which decides the cells' number format), whether it is
/// required, the input message Excel shows when a cell is selected, and for a vocabulary column
/// the values of its drop-down list — the vocabulary's display names (`zh`) or canonical ids
/// (`en`), from the same table the reader matches (`Enumerations.swift`), so every listed value
/// is read back as itself. The rows are the example year's (``ExampleYear``), typed: dates as
/// days, counts and hours as numbers, the rest as text; none for the template to fill.
public struct WorkbookTemplate: Sendable, Equatable {
    /// One column of the sheet.
    public struct Column: Sendable, Equatable {
        /// The header cell: the Chinese header (`zh`) or the canonical id (`en`).
        public var header: String
        public var type: ValueType
        public var required: Bool
        /// The drop-down list, in the vocabulary's order; empty for a column that is not a vocabulary's.
        public var choices: [String]
        /// Shown when a cell of the column is selected.
        public var inputTitle: String
        public var inputMessage: String
        /// For a drop-down list: the alert when a typed value is not in it, which lets the
        /// value stay (an alias the reader knows may be typed).
        public var alertTitle: String?
        public var alertMessage: String?
    }

    /// A cell of an example row.
    public enum Value: Sendable, Equatable {
        case empty
        case text(String)
        case number(Double)
        case date(Day)
    }

    /// Relative path with `/` separators: `xlsx/会议记录.xlsx`.
    public var path: String
    public var log: LogKind
    /// The worksheet's name: the log's Chinese name (`zh`) or id (`en`).
    public var sheetName: String
    public var columns: [Column]
    /// One value per column; empty for a template to fill.
    public var rows: [[Value]]

    /// The workbook of `log` in `language` at `path`, with the example year's rows when `example`.
    init(log: LogKind, language: ReportLanguage, path: String, example: Bool) {
        self.path = path
        self.log = log
        sheetName = Catalogue.Schema.logName(log).text(language)
        let specs = LogSchema.columns(log)
        columns = specs.map { spec in
            var choices: [String] = []
            var alert: Localized?
            if case .enumeration(let kind) = spec.type {
                choices = kind.entries.map { language == .zh ? $0.aliases[0] : $0.id }
                alert = Catalogue.Schema.workbookListAlert(kind)
            }
            return Column(header: language == .zh ? spec.alias : spec.id, type: spec.type, required: spec.required,
                          choices: choices,
                          inputTitle: Catalogue.Schema.workbookInputTitle(spec).text(language),
                          inputMessage: Catalogue.Schema.workbookInputMessage(spec).text(language),
                          alertTitle: alert.map { _ in Catalogue.Schema.workbookListAlertTitle.text(language) },
                          alertMessage: alert?.text(language))
        }
        rows = example ? ExampleYear(language: language).rows(log).map { row in
            zip(specs, row).map { spec, text in Self.value(text, type: spec.type) }
        } : []
    }

    /// An example field as the cell a clerk would type: the example writes dates as
    /// `YYYY-MM-DD` and numbers in plain digits.
    private static func value(_ text: String, type: ValueType) -> Value {
        if text.isEmpty { return .empty }
        switch type {
        case .date:
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, let day = Day(year: parts[0], month: parts[1], day: parts[2]) else {
                preconditionFailure("the example's date \(text) is not YYYY-MM-DD")
            }
            return .date(day)
        case .count, .decimal:
            guard let number = Double(text) else { preconditionFailure("the example's number \(text) is not a number") }
            return .number(number)
        case .text, .id, .enumeration:
            return .text(text)
        }
    }
}
