import Foundation

/// Reads an `.xlsx` file with openpyxl — a reader independent of libxlsxwriter — so tests check
/// what another program sees, not what our writer believes it wrote.
///
/// The first use creates a Python virtual environment with openpyxl at
/// `<package root>/.build/openpyxl-venv` (`python3 -m venv`, `pip install openpyxl`; needs PyPI).
/// Concurrent test processes serialise on a lock file; a `.ready` marker says the venv is complete.
public enum IndependentReader {
    /// Dumps `path`: sheets in order with their cells and layout, and the document properties.
    public static func read(_ path: String) throws -> WorkbookDump {
        let output = try runPython(dumpScript, arguments: [path])
        return try JSONDecoder().decode(WorkbookDump.self, from: output)
    }

    /// The names of the zip entries of `path`, in archive order.
    public static func zipEntryNames(_ path: String) throws -> [String] {
        let script = "import sys, json, zipfile\nprint(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))"
        return try JSONDecoder().decode([String].self, from: runPython(script, arguments: [path]))
    }

    /// The text of one zip entry of `path` (e.g. `xl/charts/chart1.xml`; openpyxl drops charts).
    public static func zipEntry(_ path: String, _ entry: String) throws -> String {
        let script = "import sys\nimport zipfile\nsys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"
        let data = try runPython(script, arguments: [path, entry])
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs a Python `script` with openpyxl importable, `arguments` as `sys.argv[1...]`; returns
    /// its standard output (for checks the dump does not cover, and for filling workbooks as a
    /// clerk would).
    public static func runScript(_ script: String, arguments: [String]) throws -> Data {
        try runPython(script, arguments: arguments)
    }

    // MARK: The virtual environment

    private static let venv = TestPackage.root.appendingPathComponent(".build/openpyxl-venv")

    /// The venv's python, created once per process (and once per checkout across processes).
    private static let python: Result<String, ReaderError> = Result { try ensureVenv() }
        .mapError { $0 as? ReaderError ?? ReaderError(message: "\($0)") }

    private static func ensureVenv() throws -> String {
        let fm = FileManager.default
        let python = venv.appendingPathComponent("bin/python").path
        let ready = venv.appendingPathComponent(".ready").path
        if fm.fileExists(atPath: ready) { return python }

        try fm.createDirectory(at: venv.deletingLastPathComponent(), withIntermediateDirectories: true)
        let lockPath = venv.path + ".lock"
        let lock = open(lockPath, O_CREAT | O_RDWR, 0o644)
        guard lock >= 0 else { throw ReaderError(message: "cannot open \(lockPath)") }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { throw ReaderError(message: "cannot lock \(lockPath)") }
        defer { flock(lock, LOCK_UN) }
        if fm.fileExists(atPath: ready) { return python }  // another process made it meanwhile

        if fm.fileExists(atPath: venv.path) { try fm.removeItem(at: venv) }  // a half-made one
        _ = try run("/usr/bin/env", ["python3", "-m", "venv", venv.path])
        _ = try run(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "openpyxl"])
        guard fm.createFile(atPath: ready, contents: Data()) else {
            throw ReaderError(message: "cannot create \(ready)")
        }
        return python
    }

    private static func runPython(_ script: String, arguments: [String]) throws -> Data {
        try run(python.get(), ["-c", script] + arguments)
    }

    /// Runs a program; returns its stdout, throws with its stderr when it fails.
    @discardableResult
    private static func run(_ executable: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdout = Pipe()
        // stderr goes to a file, so a chatty program cannot block on a full pipe while we read stdout.
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("independent-reader-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw ReaderError(message: "cannot create \(errorFile.path)")
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = stdout
        process.standardError = errorHandle
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        guard process.terminationStatus == 0 else {
            let stderr = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            throw ReaderError(message: "\(executable) \(arguments.prefix(1).joined()) … exited with \(process.terminationStatus): \(stderr)")
        }
        return data
    }

    /// The Python side: openpyxl for cells, layout and core properties; app.xml for company/manager.
    private static let dumpScript = #"""
import sys, json, zipfile, calendar, re
import openpyxl
from xml.etree import ElementTree as ET

path = sys.argv[1]
wb = openpyxl.load_workbook(path)

def colour(c):
    if c is None or c.type != "rgb" or not isinstance(c.rgb, str):
        return None
    return c.rgb

sheets = []
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None and not cell.has_style:
                continue
            value = cell.value
            if cell.data_type == "d":
                value = value.isoformat()
            fill = None
            if cell.fill is not None and cell.fill.fill_type == "solid":
                fill = colour(cell.fill.fgColor)
            cells[cell.coordinate] = {
                "type": cell.data_type,
                "value": value,
                "number_format": cell.number_format,
                "bold": bool(cell.font.b),
                "italic": bool(cell.font.i),
                "font_colour": colour(cell.font.color) if cell.font.color is not None else None,
                "fill": fill,
                "horizontal": cell.alignment.horizontal,
                "wrap": bool(cell.alignment.wrap_text),
            }
    tables = [{"name": t.name, "ref": t.ref,
               "columns": [c.name for c in t.tableColumns],
               "style": t.tableStyleInfo.name if t.tableStyleInfo is not None else None}
              for t in ws.tables.values()]
    conditional = []
    for cf in ws.conditional_formatting:
        conditional.append({"range": str(cf.sqref),
                            "types": [r.type for r in cf.rules],
                            "operators": [r.operator for r in cf.rules]})
    ps = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr
    margins = ws.page_margins
    print_options = {
        "orientation": ps.orientation,
        "paper_size": int(ps.paperSize) if ps.paperSize is not None else None,
        "fit_to_page": bool(fit.fitToPage) if fit is not None and fit.fitToPage is not None else False,
        "fit_to_width": int(ps.fitToWidth) if ps.fitToWidth is not None else None,
        "fit_to_height": int(ps.fitToHeight) if ps.fitToHeight is not None else None,
        "scale": int(ps.scale) if ps.scale is not None else None,
        "title_rows": ws.print_title_rows,
        "title_cols": ws.print_title_cols,
        "print_area": ws.print_area,
        "horizontal_centered": bool(ws.print_options.horizontalCentered),
        "gridlines": bool(ws.print_options.gridLines),
        "header_center": ws.oddHeader.center.text,
        "footer_left": ws.oddFooter.left.text,
        "footer_center": ws.oddFooter.center.text,
        "footer_right": ws.oddFooter.right.text,
        "margin_left": margins.left,
        "margin_top": margins.top,
    }
    widths = {k: v.width for k, v in ws.column_dimensions.items() if v.width}
    hidden_columns = [k for k, v in ws.column_dimensions.items() if v.hidden]
    heights = {str(k): v.height for k, v in ws.row_dimensions.items() if v.height}
    sheets.append({
        "name": ws.title,
        "cells": cells,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "freeze_panes": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "tables": tables,
        "conditional_formats": conditional,
        "print": print_options,
        "column_widths": widths,
        "hidden_columns": hidden_columns,
        "row_heights": heights,
        "tab_colour": colour(ws.sheet_properties.tabColor) if ws.sheet_properties.tabColor is not None else None,
        "zoom": ws.sheet_view.zoomScale,
        "show_gridlines": ws.sheet_view.showGridLines is not False,
    })

p = wb.properties
app = {}
with zipfile.ZipFile(path) as z:
    if "docProps/app.xml" in z.namelist():
        root = ET.fromstring(z.read("docProps/app.xml"))
        for el in root:
            app[el.tag.split("}")[-1]] = el.text
properties = {
    "title": p.title, "subject": p.subject, "creator": p.creator, "keywords": p.keywords,
    "description": p.description, "category": p.category,
    "created": p.created.isoformat() if p.created else None,
    "created_epoch": calendar.timegm(p.created.utctimetuple()) if p.created else None,
    "company": app.get("Company"), "manager": app.get("Manager"),
}
json.dump({"sheets": sheets, "properties": properties, "active": wb.active.title if wb.active else None},
          sys.stdout, ensure_ascii=False)
"""#
}

/// A failure of the independent reader (Python missing, pip failing, openpyxl refusing a file).
public struct ReaderError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
