/// What openpyxl read from a workbook (see `IndependentReader`).
public struct WorkbookDump: Decodable, Sendable {
    public let sheets: [SheetDump]
    public let properties: PropertiesDump
    /// The title of the sheet shown when the workbook opens.
    public let active: String?

    /// The sheet named `name`, or nil.
    public func sheet(_ name: String) -> SheetDump? { sheets.first { $0.name == name } }
}

/// One worksheet as openpyxl read it.
public struct SheetDump: Decodable, Sendable {
    public let name: String
    /// Cells by A1 reference (`"B3"`): written cells and styled empty cells.
    public let cells: [String: CellDump]
    /// Merged ranges in A1 notation, sorted.
    public let merged: [String]
    public let freezePanes: String?
    public let autofilter: String?
    public let tables: [TableDump]
    public let conditionalFormats: [ConditionalFormatDump]
    public let print: PrintDump
    /// Column widths by letter range key as openpyxl groups them (e.g. `"A"`).
    public let columnWidths: [String: Double]
    public let hiddenColumns: [String]
    public let rowHeights: [String: Double]
    public let tabColour: String?
    public let zoom: Int?
    public let showGridlines: Bool

    enum CodingKeys: String, CodingKey {
        case name, cells, merged, autofilter, tables, print, zoom
        case freezePanes = "freeze_panes", conditionalFormats = "conditional_formats"
        case columnWidths = "column_widths", hiddenColumns = "hidden_columns", rowHeights = "row_heights"
        case tabColour = "tab_colour", showGridlines = "show_gridlines"
    }
}

/// One cell: openpyxl's data type (`n` number, `s` string, `b` boolean, `f` formula, `d` date,
/// `e` error) and value; a formula's value is its text (`=SUM(A1:A3)`).
public struct CellDump: Decodable, Sendable {
    public let type: String
    public let value: DumpValue
    public let numberFormat: String
    public let bold: Bool
    public let italic: Bool
    /// `AARRGGBB`, e.g. `FFC00000`.
    public let fontColour: String?
    /// The solid fill's colour `AARRGGBB`, or nil.
    public let fill: String?
    public let horizontal: String?
    public let wrap: Bool

    enum CodingKeys: String, CodingKey {
        case type, value, bold, italic, fill, horizontal, wrap
        case numberFormat = "number_format", fontColour = "font_colour"
    }
}

/// A JSON scalar.
public enum DumpValue: Decodable, Equatable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else { self = .string(try container.decode(String.self)) }
    }
}

public struct TableDump: Decodable, Sendable {
    public let name: String
    public let ref: String
    public let columns: [String]
    public let style: String?
}

public struct ConditionalFormatDump: Decodable, Sendable {
    public let range: String
    /// Rule types: `cellIs`, `colorScale`, `expression`, …
    public let types: [String]
    public let operators: [String?]
}

public struct PrintDump: Decodable, Sendable {
    public let orientation: String?
    public let paperSize: Int?
    public let fitToPage: Bool
    public let fitToWidth: Int?
    public let fitToHeight: Int?
    public let scale: Int?
    /// E.g. `"1:1"` or `"$1:$1"` as openpyxl reports.
    public let titleRows: String?
    public let titleCols: String?
    public let printArea: String?
    public let horizontalCentered: Bool
    public let gridlines: Bool
    public let headerCenter: String?
    public let footerLeft: String?
    public let footerCenter: String?
    public let footerRight: String?
    public let marginLeft: Double?
    public let marginTop: Double?

    enum CodingKeys: String, CodingKey {
        case orientation, scale, gridlines
        case paperSize = "paper_size", fitToPage = "fit_to_page", fitToWidth = "fit_to_width"
        case fitToHeight = "fit_to_height", titleRows = "title_rows", titleCols = "title_cols"
        case printArea = "print_area", horizontalCentered = "horizontal_centered"
        case headerCenter = "header_center", footerLeft = "footer_left", footerCenter = "footer_center"
        case footerRight = "footer_right", marginLeft = "margin_left", marginTop = "margin_top"
    }
}

public struct PropertiesDump: Decodable, Sendable {
    public let title: String?
    public let subject: String?
    public let creator: String?
    public let keywords: String?
    public let description: String?
    public let category: String?
    /// ISO 8601 as openpyxl gives it (naive UTC), e.g. `2024-12-31T00:00:00`.
    public let created: String?
    /// Seconds since 1970 UTC.
    public let createdEpoch: Int64?
    public let company: String?
    public let manager: String?

    enum CodingKeys: String, CodingKey {
        case title, subject, creator, keywords, description, category, created, company, manager
        case createdEpoch = "created_epoch"
    }
}
