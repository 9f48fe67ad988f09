internal import CXlsxWriter

extension Worksheet {
    /// Applies `setup`: orientation, paper, fit or scale, repeated rows and columns, print area,
    /// centring, margins, header, footer, printed gridlines. Call it once per sheet; screen
    /// gridlines follow the last `setScreenGridlines(_:)` call (shown by default).
    ///
    /// - Throws: `.invalidArgument` for a paper code outside 0…41, fit pages outside 0…32767,
    ///   a scale outside 10…400, negative or non-finite margins; `.cellOutOfBounds`;
    ///   `.illegalCharacter`; `.library` (e.g. a header over 255 characters).
    public func setPageSetup(_ setup: PageSetup) throws {
        let site = CallSite(operation: "page_setup", sheet: name)
        func refuse(_ text: String) -> XLSXError { site.error(.invalidArgument(text)) }
        let sheet = try handle(site)

        if setup.orientation == .landscape { worksheet_set_landscape(sheet) } else { worksheet_set_portrait(sheet) }
        if let paper = setup.paperSize {
            guard (0...41).contains(paper) else { throw refuse("paper code \(paper) is outside 0...41") }
            worksheet_set_paper(sheet, UInt8(paper))
        }
        if let fit = setup.fitToPages {
            guard (0...32_767).contains(fit.wide), (0...32_767).contains(fit.tall) else {
                throw refuse("fit to \(fit.wide)×\(fit.tall) pages is outside 0...32767")
            }
            worksheet_fit_to_pages(sheet, UInt16(fit.wide), UInt16(fit.tall))
        }
        if let scale = setup.scale {
            guard (10...400).contains(scale) else { throw refuse("print scale \(scale) is outside 10...400") }
            worksheet_set_print_scale(sheet, UInt16(scale))
        }
        if let rows = setup.repeatRows {
            let rowSite = CallSite(operation: "worksheet_repeat_rows", sheet: name,
                                   cell: "\(rows.lowerBound + 1):\(rows.upperBound + 1)")
            let first = try checkedRow(rows.lowerBound, rowSite)
            let last = try checkedRow(rows.upperBound, rowSite)
            try check(worksheet_repeat_rows(sheet, first, last), rowSite)
        }
        if let columns = setup.repeatColumns {
            let columnSite = CallSite(operation: "worksheet_repeat_columns", sheet: name,
                                      cell: CellReference.columnName(columns.lowerBound) + ":"
                                        + CellReference.columnName(columns.upperBound))
            let first = try checkedColumn(columns.lowerBound, columnSite)
            let last = try checkedColumn(columns.upperBound, columnSite)
            try check(worksheet_repeat_columns(sheet, first, last), columnSite)
        }
        if let area = setup.printArea {
            let areaSite = self.site("worksheet_print_area", area: area)
            let (r1, c1, r2, c2) = try checkedArea(area, areaSite)
            try check(worksheet_print_area(sheet, r1, c1, r2, c2), areaSite)
        }
        if setup.centerHorizontally { worksheet_center_horizontally(sheet) }
        if let m = setup.margins {
            for value in [m.left, m.right, m.top, m.bottom] where !(value.isFinite && value >= 0) {
                throw refuse("margin \(value) is not a non-negative number of inches")
            }
            worksheet_set_margins(sheet, m.left, m.right, m.top, m.bottom)
        }
        if let header = setup.header {
            let headerSite = CallSite(operation: "worksheet_set_header", sheet: name)
            try TextRules.checkXMLText(header, headerSite)
            try check(worksheet_set_header(sheet, header), headerSite)
        }
        if let footer = setup.footer {
            let footerSite = CallSite(operation: "worksheet_set_footer", sheet: name)
            try TextRules.checkXMLText(footer, footerSite)
            try check(worksheet_set_footer(sheet, footer), footerSite)
        }
        printGridlines = setup.printGridlines
        applyGridlines(sheet)
    }

    /// Shows (default) or hides the gridlines on screen.
    public func setScreenGridlines(_ visible: Bool) throws {
        let sheet = try handle(CallSite(operation: "worksheet_gridlines", sheet: name))
        screenGridlines = visible
        applyGridlines(sheet)
    }

    private func applyGridlines(_ sheet: UnsafeMutablePointer<lxw_worksheet>) {
        let option: lxw_gridlines
        switch (screenGridlines, printGridlines) {
        case (true, true): option = LXW_SHOW_ALL_GRIDLINES
        case (true, false): option = LXW_SHOW_SCREEN_GRIDLINES
        case (false, true): option = LXW_SHOW_PRINT_GRIDLINES
        case (false, false): option = LXW_HIDE_ALL_GRIDLINES
        }
        worksheet_gridlines(sheet, UInt8(option.rawValue))
    }

    /// Colours the sheet's tab, `0xRRGGBB`.
    public func setTabColour(_ colour: UInt32) throws {
        let site = CallSite(operation: "worksheet_set_tab_color", sheet: name)
        try Workbook.checkColour(colour, site)
        worksheet_set_tab_color(try handle(site), Workbook.lxwColour(colour))
    }

    /// Makes this the sheet shown when the workbook opens (by default the first sheet).
    public func activate() throws {
        worksheet_activate(try handle(CallSite(operation: "worksheet_activate", sheet: name)))
    }

    /// Makes this the first tab visible in the tab bar (for workbooks with many sheets).
    public func setFirstSheet() throws {
        worksheet_set_first_sheet(try handle(CallSite(operation: "worksheet_set_first_sheet", sheet: name)))
    }

    /// Sets the screen zoom in percent, 10…400 (default 100).
    public func setZoom(_ percent: Int) throws {
        let site = CallSite(operation: "worksheet_set_zoom", sheet: name)
        guard (10...400).contains(percent) else {
            throw site.error(.invalidArgument("zoom \(percent) is outside 10...400"))
        }
        worksheet_set_zoom(try handle(site), UInt16(percent))
    }
}
