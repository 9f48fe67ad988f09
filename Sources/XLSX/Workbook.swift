import Foundation
internal import CXlsxWriter

/// An Excel workbook being written; it owns the libxlsxwriter workbook and every worksheet, chart
/// and format made from it.
///
/// A workbook exists only inside `Workbook.write(to:properties:_:)`: the body adds sheets and
/// content; when it returns, the file is closed and moved into place. Handles (`Worksheet`,
/// `Chart`) kept past the body refuse every call with `XLSXError.Reason.workbookClosed`.
/// Not thread-safe and not `Sendable`: use a workbook from one thread.
public final class Workbook {
    internal private(set) var handle: UnsafeMutablePointer<lxw_workbook>?
    /// libxlsxwriter formats by style; formats are created in first-use order, so the output does
    /// not depend on the dictionary's iteration order.
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The last eight styles looked up, replaced in turn: a sheet's cells cycle through a few
    /// styles, and comparing with these costs less than hashing a style for every cell.
    private var recentFormats: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>)] = []
    private var nextRecent = 0
    /// Folded name → name as added, for Excel's case-insensitive uniqueness.
    private var sheetsByFoldedName: [String: String] = [:]
    /// Folded names of the tables added so far (table names are unique per workbook).
    internal var tableNames: Set<String> = []

    /// The names of the worksheets added so far, in order.
    public private(set) var sheetNames: [String] = []

    private init(handle: UnsafeMutablePointer<lxw_workbook>) {
        self.handle = handle
    }

    deinit {
        // `write` always closes or frees; this only guards against a future change of that flow.
        if let handle { lxw_workbook_free(handle) }
    }

    /// Writes an `.xlsx` file at `path`: runs `body` to fill a new workbook, then closes it and
    /// renames it over `path` atomically.
    ///
    /// The workbook is built in a temporary file in the same folder
    /// (`.<name>.tmp-<pid>-<random>.xlsx`, see `create(at:properties:_:)`), then renamed: a failed
    /// write never leaves a partial file at `path` nor a temporary file, and an existing file at
    /// `path` is untouched.
    ///
    /// - Throws: `XLSXError` with `.outputFolderMissing` when the folder of `path` does not exist
    ///   (checked first: libxlsxwriter would only notice at close), `.invalidArgument` for
    ///   `properties.created <= 0`, `.library` or `.writeFailed` when libxlsxwriter fails,
    ///   `.fileSystem` when the rename fails; and whatever `body` throws.
    public static func write(to path: String, properties: DocumentProperties,
                             _ body: (Workbook) throws -> Void) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent().path
        let open = CallSite(operation: "workbook_new", sheet: nil, cell: nil)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
            throw open.error(.fileSystem(path: target.path, message: "is a folder, not a file"))
        }
        let temporary = folder + "/." + target.lastPathComponent
            + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-"
            + String(UInt64.random(in: 0...UInt64.max), radix: 16) + ".xlsx"
        try create(at: temporary, properties: properties, body)
        guard rename(temporary, target.path) == 0 else {
            let message = String(cString: strerror(errno))
            removeIfPresent(temporary)
            throw XLSXError(operation: "rename", reason: .fileSystem(path: target.path, message: message))
        }
    }

    /// Writes an `.xlsx` file at `path` itself: runs `body` to fill a new workbook, then closes it.
    /// For a caller that names its own temporary file and moves it into place (a set of files
    /// renamed together); `write(to:properties:_:)` does both for one file.
    ///
    /// If `body` throws or closing fails, the C workbook is discarded, whatever was written at
    /// `path` removed and the error rethrown. libxlsxwriter's own `[ERROR]` lines, which it prints
    /// on standard error when closing fails (a full disk), are kept off it: the error carries the
    /// system's reason instead (`.writeFailed`).
    ///
    /// - Throws: `XLSXError` with `.outputFolderMissing` when the folder of `path` does not exist,
    ///   `.invalidArgument` for `properties.created <= 0`, `.library` or `.writeFailed` when
    ///   libxlsxwriter fails; and whatever `body` throws.
    public static func create(at path: String, properties: DocumentProperties,
                              _ body: (Workbook) throws -> Void) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let open = CallSite(operation: "workbook_new", sheet: nil, cell: nil)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw open.error(.outputFolderMissing(folder))
        }
        guard let handle = workbook_new(path) else {
            throw open.error(.invalidArgument("libxlsxwriter could not create a workbook for \(path)"))
        }
        let workbook = Workbook(handle: handle)
        do {
            try workbook.setProperties(properties)
            try body(workbook)
        } catch {
            workbook.discard()
            removeIfPresent(path)
            throw error
        }
        do {
            try workbook.close()
        } catch {
            removeIfPresent(path)
            throw error
        }
    }

    private static func removeIfPresent(_ path: String) {
        // Best effort: the file exists only if libxlsxwriter got as far as writing it.
        if FileManager.default.fileExists(atPath: path) {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Frees the C workbook without writing anything.
    private func discard() {
        if let handle { lxw_workbook_free(handle) }
        handle = nil
    }

    /// Writes the file. libxlsxwriter frees the workbook whether or not closing succeeds. It
    /// reports a failed file operation on standard error itself (`[ERROR] workbook_close(): …
    /// System error = No space left on device`): those lines are captured, and the system's reason
    /// goes into the error instead.
    private func close() throws {
        guard let handle else { throw XLSXError(operation: "workbook_close", reason: .workbookClosed) }
        self.handle = nil
        let (code, printed) = LibraryMessages.capturing { workbook_close(handle) }
        let site = CallSite(operation: "workbook_close")
        if code != LXW_NO_ERROR, let system = LibraryMessages.systemError(in: printed) {
            let text = lxw_strerror(code).map { String(cString: $0) } ?? "unknown error"
            throw site.error(.writeFailed(code: Int(code.rawValue), text: text, system: system))
        }
        try check(code, site)
    }

    /// The open C workbook, or `.workbookClosed` once the write scope has ended.
    internal func openHandle(_ site: CallSite) throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw site.error(.workbookClosed) }
        return handle
    }

    private func setProperties(_ properties: DocumentProperties) throws {
        let site = CallSite(operation: "workbook_set_properties")
        guard properties.created > 0 else {
            throw site.error(.invalidArgument("created must be > 0 seconds since 1970 (libxlsxwriter reads 0 as \"now\")"))
        }
        let texts = [properties.title, properties.subject, properties.author, properties.manager,
                     properties.company, properties.category, properties.keywords, properties.comments]
        for text in texts.compactMap({ $0 }) { try TextRules.checkXMLText(text, site) }
        let handle = try openHandle(site)
        try withCStrings(texts) { p in
            var c = lxw_doc_properties()
            c.title = p[0]; c.subject = p[1]; c.author = p[2]; c.manager = p[3]
            c.company = p[4]; c.category = p[5]; c.keywords = p[6]; c.comments = p[7]
            c.created = time_t(properties.created)
            try check(workbook_set_properties(handle, &c), site)
        }
        try setCustomProperties(properties.custom, handle)
    }

    /// Excel keeps a custom property's name and value to 255 characters; libxlsxwriter refuses
    /// longer ones and an empty name.
    private func setCustomProperties(_ properties: [CustomProperty], _ handle: UnsafeMutablePointer<lxw_workbook>) throws {
        let site = CallSite(operation: "workbook_set_custom_property_string")
        var names: Set<String> = []
        for property in properties {
            guard !property.name.isEmpty else { throw site.error(.invalidArgument("a custom property's name is empty")) }
            guard names.insert(property.name).inserted else {
                throw site.error(.invalidArgument("the custom property \"\(property.name)\" is set twice"))
            }
            for text in [property.name, property.value] {
                guard text.utf16.count <= 255 else {
                    throw site.error(.invalidArgument("the custom property \"\(property.name)\" has a text of \(text.utf16.count) characters; Excel keeps 255"))
                }
                try TextRules.checkXMLText(text, site)
            }
            try check(workbook_set_custom_property_string(handle, property.name, property.value), site)
        }
    }

    /// Adds a worksheet named `name` after the existing ones.
    ///
    /// - Throws: `.invalidSheetName` for a name Excel refuses: empty, over 31 UTF-16 units, any of
    ///   `[ ] : * ? / \` or a control character, a leading or trailing `'`, `History` (any case);
    ///   `.duplicateSheetName` when a sheet of the same name ignoring case (in every script:
    ///   `Sheet1`/`SHEET1`, `Ärger`/`ärger`) exists. Chinese names are fine.
    public func addWorksheet(_ name: String) throws -> Worksheet {
        let site = CallSite(operation: "workbook_add_worksheet", sheet: name)
        if let problem = SheetName.problem(with: name) {
            throw site.error(.invalidSheetName(name, problem: problem))
        }
        let folded = SheetName.folded(name)
        if let existing = sheetsByFoldedName[folded] {
            throw site.error(.duplicateSheetName(name, existing: existing))
        }
        let handle = try openHandle(site)
        let sheet = try name.withCString { cName -> UnsafeMutablePointer<lxw_worksheet> in
            try check(workbook_validate_sheet_name(handle, cName), site)
            guard let sheet = workbook_add_worksheet(handle, cName) else {
                throw site.error(.invalidArgument("libxlsxwriter refused the worksheet"))
            }
            return sheet
        }
        sheetsByFoldedName[folded] = name
        sheetNames.append(name)
        return Worksheet(workbook: self, handle: sheet, name: name)
    }

    /// Whether a worksheet named exactly `name` has been added.
    internal func hasSheet(named name: String) -> Bool {
        sheetsByFoldedName[SheetName.folded(name)] == name
    }

    /// Adds a chart of `kind`; fill it with series, then insert it into a worksheet with
    /// `Worksheet.insertChart(_:row:column:xScale:yScale:)`.
    public func addChart(_ kind: Chart.Kind) throws -> Chart {
        let site = CallSite(operation: "workbook_add_chart")
        let handle = try openHandle(site)
        guard let chart = workbook_add_chart(handle, kind.lxwType) else {
            throw site.error(.invalidArgument("libxlsxwriter could not create the chart"))
        }
        return Chart(workbook: self, handle: chart, kind: kind)
    }

    /// The libxlsxwriter format for `style` (nil for nil), created on first use and cached.
    internal func format(for style: CellStyle?, _ site: CallSite) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        if let recent = recentFormats.first(where: { $0.style == style }) { return recent.format }
        if let format = formats[style] {
            remember(style, format)
            return format
        }
        try validate(style, site)
        guard let format = workbook_add_format(try openHandle(site)) else {
            throw site.error(.invalidArgument("libxlsxwriter could not create a format"))
        }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if let name = style.fontName { format_set_font_name(format, name) }
        if let colour = style.fontColour { format_set_font_color(format, Workbook.lxwColour(colour)) }
        if let colour = style.backgroundColour {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, Workbook.lxwColour(colour))
        }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        switch style.horizontalAlignment {
        case .left?: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center?: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right?: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
        switch style.verticalAlignment {
        case .top?: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .center?: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .bottom?: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue))
        case nil: break
        }
        if style.wrapText { format_set_text_wrap(format) }
        if style.thinBorder {
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            if let colour = style.borderColour { format_set_border_color(format, Workbook.lxwColour(colour)) }
        }
        if style.indent > 0 { format_set_indent(format, UInt8(style.indent)) }
        formats[style] = format
        remember(style, format)
        return format
    }

    private func remember(_ style: CellStyle, _ format: UnsafeMutablePointer<lxw_format>) {
        if recentFormats.count < 8 {
            recentFormats.append((style, format))
        } else {
            recentFormats[nextRecent] = (style, format)
            nextRecent = (nextRecent + 1) % 8
        }
    }

    private func validate(_ style: CellStyle, _ site: CallSite) throws(XLSXError) {
        if let size = style.fontSize, !(size.isFinite && size >= 1 && size <= 409) {
            throw site.error(.invalidArgument("font size \(size) is outside 1...409 points"))
        }
        if let name = style.fontName {
            guard !name.isEmpty else { throw site.error(.invalidArgument("font name is empty")) }
            try TextRules.checkFieldLength(name, what: "font name", site)
        }
        if let numberFormat = style.numberFormat {
            guard !numberFormat.isEmpty else { throw site.error(.invalidArgument("number format is empty")) }
            try TextRules.checkFieldLength(numberFormat, what: "number format", site)
        }
        for colour in [style.fontColour, style.backgroundColour, style.borderColour].compactMap({ $0 }) {
            try Workbook.checkColour(colour, site)
        }
        guard (0...15).contains(style.indent) else {
            throw site.error(.invalidArgument("indent \(style.indent) is outside 0...15"))
        }
    }

    /// Refuses colours above `0xFFFFFF`.
    internal static func checkColour(_ colour: UInt32, _ site: CallSite) throws(XLSXError) {
        guard colour <= 0xFF_FFFF else {
            throw site.error(.invalidArgument("colour 0x\(String(colour, radix: 16)) is not 0xRRGGBB"))
        }
    }

    /// `0xRRGGBB` as libxlsxwriter wants it: it reads 0 as "unset", so black is `LXW_COLOR_BLACK`.
    internal static func lxwColour(_ colour: UInt32) -> lxw_color_t {
        colour == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(colour)
    }
}
