internal import CXlsxWriter

extension Worksheet {
    /// Adds `validation` to the cells of `area` (e.g. a column below its header:
    /// `CellArea(rows: 1...CellReference.rowCount - 1, columns: 2...2)`). A list validation shows
    /// an in-cell drop-down list.
    ///
    /// - Throws: `.cellOutOfBounds`; `.invalidArgument` for an empty list, a list value that is
    ///   empty or holds a comma, a double quote or a control character, values joined with
    ///   commas over `DataValidation.maxListBytes` UTF-8 bytes, a title over 32 characters or
    ///   with a line break, a message over 255 characters or with a carriage return or tab
    ///   (which the file would turn into spaces), a title or message starting with `=` (which
    ///   libxlsxwriter would drop), an `.any` rule without an input title or message (which
    ///   libxlsxwriter would leave out), an area overlapping a validation already added to the
    ///   sheet (Excel keeps one per cell), more than `DataValidation.maxPerWorksheet` on the
    ///   sheet; `.illegalCharacter`; `.library`.
    public func addDataValidation(_ validation: DataValidation, to area: CellArea) throws {
        let site = site("worksheet_data_validation_range", area: area)
        let (r1, c1, r2, c2) = try checkedArea(area, site)
        func refuse(_ text: String) -> XLSXError { site.error(.invalidArgument(text)) }

        for (text, what) in [(validation.inputTitle, "input title"), (validation.errorTitle, "error title")] {
            guard let text else { continue }
            try checkValidationText(text, what: what, limit: DataValidation.maxTitleLength, lineFeeds: false, site)
        }
        for (text, what) in [(validation.inputMessage, "input message"), (validation.errorMessage, "error message")] {
            guard let text else { continue }
            try checkValidationText(text, what: what, limit: DataValidation.maxMessageLength, lineFeeds: true, site)
        }
        let values: [String]
        switch validation.rule {
        case .any:
            guard validation.inputTitle != nil || validation.inputMessage != nil else {
                throw refuse("a validation of any value only shows its input message; give an input title or message")
            }
            values = []
        case .list(let list):
            guard !list.isEmpty else { throw refuse("the list has no value") }
            for value in list {
                guard !value.isEmpty else { throw refuse("a list value is empty") }
                if let bad = value.unicodeScalars.first(where: { $0 == "," || $0 == "\"" || $0.value < 0x20 || $0.value == 0x7F }) {
                    throw refuse("list value \"\(value)\" holds U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(4)); Excel keeps a list as one quoted text of comma-separated values, so a value may hold no comma, double quote or control character")
                }
                try TextRules.checkXMLText(value, site)
            }
            let bytes = list.joined(separator: ",").utf8.count
            guard bytes <= DataValidation.maxListBytes else {
                throw refuse("the list's values joined with commas take \(bytes) UTF-8 bytes; at most \(DataValidation.maxListBytes) fit (Excel allows 255 characters, and libxlsxwriter 1.1.4 keeps 255 bytes)")
            }
            values = list
        }
        if let taken = validatedAreas.first(where: { $0.overlaps(area) }) {
            throw refuse("\(area.a1) overlaps the validation of \(taken.a1) on this sheet; Excel keeps one validation per cell")
        }
        guard validatedAreas.count < DataValidation.maxPerWorksheet else {
            throw refuse("the sheet already has \(DataValidation.maxPerWorksheet) data validations, the most libxlsxwriter writes")
        }

        let sheet = try handle(site)
        let texts = [validation.inputTitle, validation.inputMessage, validation.errorTitle, validation.errorMessage]
        try withCStrings(texts + values.map { Optional($0) }) { strings in
            var c = lxw_data_validation()
            c.validate = UInt8((values.isEmpty ? LXW_VALIDATION_TYPE_ANY : LXW_VALIDATION_TYPE_LIST).rawValue)
            c.ignore_blank = UInt8((validation.ignoreBlank ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
            switch validation.errorStyle {
            case .stop: c.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
            case .warning: c.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
            case .information: c.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_INFORMATION.rawValue)
            }
            c.input_title = strings[0]
            c.input_message = strings[1]
            c.error_title = strings[2]
            c.error_message = strings[3]
            // libxlsxwriter wants the list as a NULL-terminated array of strings.
            var list = Array(strings.dropFirst(texts.count)) + [nil]
            try list.withUnsafeMutableBufferPointer { buffer in
                if !values.isEmpty { c.value_list = buffer.baseAddress }
                try check(worksheet_data_validation_range(sheet, r1, c1, r2, c2, &c), site)
            }
        }
        validatedAreas.append(area)
    }

    /// Refuses a title or message Excel or libxlsxwriter would not keep as given.
    private func checkValidationText(_ text: String, what: String, limit: Int, lineFeeds: Bool,
                                     _ site: CallSite) throws(XLSXError) {
        let count = text.utf16.count
        guard count <= limit else {
            throw site.error(.invalidArgument("the \(what) has \(count) UTF-16 units; Excel allows \(limit)"))
        }
        guard !text.hasPrefix("=") else {
            throw site.error(.invalidArgument("the \(what) starts with =, which libxlsxwriter would drop"))
        }
        if let bad = text.unicodeScalars.first(where: { $0 == "\r" || $0 == "\t" || (!lineFeeds && $0 == "\n") }) {
            let allowed = lineFeeds ? "break lines with \\n" : "a title is one line"
            throw site.error(.invalidArgument("the \(what) holds U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(4)), which the file would keep as a space; \(allowed)"))
        }
        try TextRules.checkXMLText(text, site)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
