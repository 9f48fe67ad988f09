internal import CXlsxWriter

extension Worksheet {
    /// Adds an Excel table over `area`: its first row is the header, written from `columns`
    /// (one name per column of the area), the rows below are the data (write them with the cell
    /// methods, before or after). Filter buttons are on, the total row off.
    ///
    /// - Throws: `.invalidArgument` when `name` is not a valid table name (a letter, `_` or `\`
    ///   first, then letters, digits, `_`, `.`; not like a cell reference; at most 255) or is used
    ///   by another table of the workbook (ignoring case), when `columns` does not match the
    ///   area's width, has an empty or duplicate (ignoring case) name, or the area has no data
    ///   row; a style number out of range; `.cellOutOfBounds`; `.library`.
    public func addTable(_ area: CellArea, name tableName: String, columns: [String],
                         style: TableStyle = .medium(2)) throws {
        let site = site("worksheet_add_table", area: area)
        let (r1, c1, r2, c2) = try checkedArea(area, site)
        guard area.lastRow > area.firstRow else {
            throw site.error(.invalidArgument("a table needs a header row and at least one data row"))
        }
        try checkTableName(tableName, site)
        let width = area.lastColumn - area.firstColumn + 1
        guard columns.count == width else {
            throw site.error(.invalidArgument("the table has \(width) columns but \(columns.count) column names"))
        }
        var seen: Set<String> = []
        for column in columns {
            guard !column.isEmpty else { throw site.error(.invalidArgument("a table column name is empty")) }
            guard column.utf16.count <= 255 else {
                throw site.error(.invalidArgument("table column name \"\(column)\" is longer than 255"))
            }
            try TextRules.checkXMLText(column, site)
            guard seen.insert(column.lowercased()).inserted else {
                throw site.error(.invalidArgument("table column name \"\(column)\" appears twice (Excel ignores case)"))
            }
        }
        let (styleType, styleNumber) = try lxwStyle(style, site)
        let sheet = try handle(site)

        try withCStrings([tableName] + columns) { strings in
            var cColumns = strings.dropFirst().map { header -> lxw_table_column in
                var column = lxw_table_column()
                column.header = header
                return column
            }
            try cColumns.withUnsafeMutableBufferPointer { buffer in
                // libxlsxwriter wants a NULL-terminated array of pointers to the columns.
                var pointers: [UnsafeMutablePointer<lxw_table_column>?] =
                    (0..<buffer.count).map { buffer.baseAddress! + $0 }
                pointers.append(nil)
                try pointers.withUnsafeMutableBufferPointer { list in
                    var options = lxw_table_options()
                    options.name = strings[0]
                    options.style_type = styleType
                    options.style_type_number = styleNumber
                    options.total_row = 0
                    options.columns = list.baseAddress
                    try check(worksheet_add_table(sheet, r1, c1, r2, c2, &options), site)
                }
            }
        }
        workbook.tableNames.insert(tableName.lowercased())
    }

    private func checkTableName(_ tableName: String, _ site: CallSite) throws(XLSXError) {
        func refuse(_ why: String) -> XLSXError {
            site.error(.invalidArgument("table name \"\(tableName)\" \(why)"))
        }
        guard let first = tableName.unicodeScalars.first else { throw refuse("is empty") }
        guard tableName.utf16.count <= 255 else { throw refuse("is longer than 255") }
        guard first.properties.isAlphabetic || first == "_" || first == "\\" else {
            throw refuse("must start with a letter, _ or \\")
        }
        guard tableName.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil
            || $0 == "_" || $0 == "." || $0 == "\\" }) else {
            throw refuse("may contain only letters, digits, _, . and \\")
        }
        if Worksheet.looksLikeCellReference(tableName) { throw refuse("looks like a cell reference") }
        guard !workbook.tableNames.contains(tableName.lowercased()) else {
            throw refuse("is already used by another table (Excel ignores case)")
        }
    }

    /// `A1`, `xfd1048576`, `R1C1`, `R`, `C`: names Excel would read as references.
    private static func looksLikeCellReference(_ text: String) -> Bool {
        let upper = text.uppercased()
        if upper == "R" || upper == "C" { return true }
        let letters = upper.prefix { $0.isASCII && $0.isLetter }
        let digits = upper.dropFirst(letters.count)
        if (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return true
        }
        if upper.hasPrefix("R"), upper.contains("C") {
            let parts = upper.dropFirst().split(separator: "C", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) { return true }
        }
        return false
    }

    private func lxwStyle(_ style: TableStyle, _ site: CallSite) throws(XLSXError) -> (UInt8, UInt8) {
        func number(_ n: Int, _ range: ClosedRange<Int>, _ type: lxw_table_style_type) throws(XLSXError) -> (UInt8, UInt8) {
            guard range.contains(n) else {
                throw site.error(.invalidArgument("table style number \(n) is outside \(range.lowerBound)...\(range.upperBound)"))
            }
            return (UInt8(type.rawValue), UInt8(n))
        }
        switch style {
        case .none: return (UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue), 0)
        case .light(let n): return try number(n, 1...21, LXW_TABLE_STYLE_TYPE_LIGHT)
        case .medium(let n): return try number(n, 1...28, LXW_TABLE_STYLE_TYPE_MEDIUM)
        case .dark(let n): return try number(n, 1...11, LXW_TABLE_STYLE_TYPE_DARK)
        }
    }

    /// Adds a conditional format rule to the cells of `area`. Rules added to overlapping areas are
    /// evaluated in the order added.
    ///
    /// - Throws: `.nonFiniteNumber` for NaN/∞ bounds; `.invalidArgument` for `between` with
    ///   low > high, an empty formula, a colour above `0xFFFFFF`; `.cellOutOfBounds`; `.library`.
    public func addConditionalFormat(_ rule: ConditionalFormat, to area: CellArea) throws {
        let site = site("worksheet_conditional_format_range", area: area)
        let (r1, c1, r2, c2) = try checkedArea(area, site)
        var format = lxw_conditional_format()
        var formulaText: String?
        switch rule {
        case let .cellValue(comparison, style):
            format.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            format.format = try workbook.format(for: style, site)
            let criteria: lxw_conditional_criteria
            switch comparison {
            case .lessThan(let v): criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN; format.value = try checkedNumber(v, site)
            case .lessThanOrEqual(let v): criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO; format.value = try checkedNumber(v, site)
            case .greaterThan(let v): criteria = LXW_CONDITIONAL_CRITERIA_GREATER_THAN; format.value = try checkedNumber(v, site)
            case .greaterThanOrEqual(let v): criteria = LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO; format.value = try checkedNumber(v, site)
            case .equal(let v): criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO; format.value = try checkedNumber(v, site)
            case .notEqual(let v): criteria = LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO; format.value = try checkedNumber(v, site)
            case let .between(low, high), let .notBetween(low, high):
                if case .between = comparison { criteria = LXW_CONDITIONAL_CRITERIA_BETWEEN } else { criteria = LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN }
                format.min_value = try checkedNumber(low, site)
                format.max_value = try checkedNumber(high, site)
                guard low <= high else { throw site.error(.invalidArgument("between \(low) and \(high): low is above high")) }
            }
            format.criteria = UInt8(criteria.rawValue)
        case let .twoColourScale(min, max):
            try Workbook.checkColour(min, site); try Workbook.checkColour(max, site)
            format.type = UInt8(LXW_CONDITIONAL_2_COLOR_SCALE.rawValue)
            format.min_color = Workbook.lxwColour(min)
            format.max_color = Workbook.lxwColour(max)
        case let .threeColourScale(min, mid, max):
            for colour in [min, mid, max] { try Workbook.checkColour(colour, site) }
            format.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            format.min_color = Workbook.lxwColour(min)
            format.mid_color = Workbook.lxwColour(mid)
            format.max_color = Workbook.lxwColour(max)
        case let .formula(formula, style):
            guard formula.count > (formula.hasPrefix("=") ? 1 : 0) else {
                throw site.error(.invalidArgument("the conditional format formula is empty"))
            }
            try TextRules.checkXMLText(formula, site)
            format.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            format.format = try workbook.format(for: style, site)
            formulaText = formula
        }
        let sheet = try handle(site)
        try withCStrings([formulaText]) { strings in
            format.value_string = strings[0]
            try check(worksheet_conditional_format_range(sheet, r1, c1, r2, c2, &format), site)
        }
    }
}
