import Foundation
import TestSupport
import XCTest

/// `annual-review template --xlsx`: the workbooks made for typing, checked as a user's program
/// sees them (openpyxl), and filled in as a clerk would, then read back by `build`.
final class TemplateWorkbookTests: XCTestCase {
    private var binary: AnnualReviewBinary!

    override func setUpWithError() throws { binary = try AnnualReviewBinary() }
    override func tearDown() { binary?.remove() }

    private let workbooks = ["单位名册", "会议记录", "党课记录", "培训记录"]

    func testWritesTheWorkbooksAfterTheCSVFiles() throws {
        let result = try binary.run(["template", "--xlsx"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        let csv = [
            "sites.csv", "meetings.csv", "lectures.csv", "trainings.csv", "review.yml", "templates/draft.zh.md",
            "example/sites.csv", "example/meetings.csv", "example/lectures.csv", "example/trainings.csv", "example/review.yml",
        ]
        let xlsx = workbooks.map { "xlsx/\($0).xlsx" } + workbooks.map { "xlsx/example/\($0).xlsx" } + ["xlsx/example/review.yml"]
        XCTAssertEqual(result.stdoutLines, (csv + xlsx).map { "annual-review-templates/\($0)" })
        XCTAssertEqual(result.stderrLines, [
            "annual-review: 已写出 20 个文件。先试试示例：annual-review build --inputs annual-review-templates/example",
            "然后填写 annual-review-templates 中的 CSV 文件（或复制到 Inputs），再运行：annual-review build --inputs annual-review-templates",
            "带下拉列表的 Excel 工作簿在 annual-review-templates/xlsx 中（示例在 annual-review-templates/xlsx/example），填好后运行：annual-review build --inputs annual-review-templates/xlsx；同一种记录不要既填 CSV 文件又填工作簿。",
        ])
        let english = try binary.run(["template", "--xlsx", "--lang", "en", "--out", "t"])
        XCTAssertEqual(english.stderrLines, [
            "annual-review: wrote 20 files. Try the example: annual-review build --inputs t/example",
            "Then fill in the CSV files in t (or copy them into Inputs) and run: annual-review build --inputs t",
            "Excel workbooks with drop-down lists are in t/xlsx (the example in t/xlsx/example); fill them in and run: annual-review build --inputs t/xlsx. Do not fill in a log in both forms.",
        ])
        // The CSV example is what it was: the workbooks are in a folder of their own.
        let built = try binary.run(["build", "--inputs", "annual-review-templates/example", "--strict", "--quiet"])
        XCTAssertEqual(built.exitCode, 0, built.stderr)
    }

    /// The register's workbook: the header styled and frozen, each column formatted for what it
    /// holds and sized for its header, its list or its usual content.
    func testTheRegisterWorkbook() throws {
        XCTAssertEqual(try binary.run(["template", "--xlsx", "--out", "t"]).exitCode, 0)
        let path = binary.path("t/xlsx/单位名册.xlsx")
        let dump = try IndependentReader.read(path)
        XCTAssertEqual(dump.sheets.map(\.name), ["单位名册"])
        let sheet = try XCTUnwrap(dump.sheet("单位名册"))
        XCTAssertEqual(sheet.freezePanes, "A2")
        let headers = ["单位编码", "单位名称", "城乡", "办学性质", "学段", "镇街", "学生数", "教师数", "党员数", "党支部数", "联合党支部", "支部成立日期", "示范点"]
        let letters = (0..<13).map { String(UnicodeScalar(UInt8(65 + $0))) }
        for (letter, header) in zip(letters, headers) {
            let cell = try XCTUnwrap(sheet.cells["\(letter)1"], letter)
            XCTAssertEqual(cell.value, .string(header))
            XCTAssertTrue(cell.bold, letter)
            XCTAssertEqual(cell.fill, "FFDDEBF7", letter)
            // The five required columns in red.
            XCTAssertEqual(cell.fontColour, ["A", "B", "C", "D", "E"].contains(letter) ? "FFC00000" : nil, letter)
        }
        XCTAssertNil(sheet.cells["A2"], "the template has no data row")
        // Widths: codes and dates 12, text 24, counts 10, a list its longest value + 4, a long
        // header its width + 4 (a CJK character counts 2). Excel stores 0.7109375 more.
        let widths: [Double] = [12, 24, 8, 12, 14, 24, 10, 10, 10, 12, 24, 16, 10]
        XCTAssertEqual(letters.map { (sheet.columnWidths[$0] ?? 0) - 0.7109375 }, widths)
        XCTAssertEqual(try columnFormats(path), [
            "A": "@", "B": "@", "C": "@", "D": "@", "E": "@", "F": "@", "G": "0", "H": "0", "I": "0", "J": "0", "K": "@",
            "L": "yyyy-mm-dd", "M": "@",
        ])
        XCTAssertEqual(sheet.print.orientation, "landscape")
        XCTAssertEqual(sheet.print.titleRows, "$1:$1")
        XCTAssertTrue(sheet.print.fitToPage)
        XCTAssertEqual(sheet.print.fitToHeight, 0, "one page wide, as many tall as needed")
    }

    /// Every column below the header has its hint, and every vocabulary column its list with a
    /// warning that lets an alias stay.
    func testValidationsOfTheMeetingsWorkbook() throws {
        XCTAssertEqual(try binary.run(["template", "--xlsx", "--out", "t"]).exitCode, 0)
        let validations = try XCTUnwrap(try IndependentReader.dataValidations(binary.path("t/xlsx/会议记录.xlsx"))["会议记录"])
        XCTAssertEqual(validations.map(\.sqref), ["A2:A1048576", "B2:B1048576", "C2:C1048576", "D2:D1048576", "E2:E1048576",
                                                  "F2:F1048576", "G2:G1048576"])
        XCTAssertEqual(validations.map(\.promptTitle), ["日期（必填）", "单位编码（必填）", "会议类型（必填）", "实到人数（选填）",
                                                        "应到人数（选填）", "主题（选填）", "记录编号（选填）"])
        XCTAssertEqual(validations[2], ValidationDump(
            sqref: "C2:C1048576", type: "list",
            formula1: "\"党委会,专题会,专题学习研讨,支部党员大会,支委会,党小组会,主题党日,组织生活会,民主评议党员,谈心谈话,调研,其他\"",
            errorStyle: "warning", allowBlank: true, hidesDropDown: false, showInputMessage: true, showErrorMessage: true,
            promptTitle: "会议类型（必填）",
            prompt: "会议类型。从下拉列表中选择；内置别名和 review.yml 中 aliases.meeting_type 下添加的写法也能读取。",
            errorTitle: "不在下拉列表中",
            error: "这不是下拉列表中的写法。如是内置别名（见模板 review.yml 中的说明），或已在 review.yml 的 aliases.meeting_type 下添加，可以保留；否则请从列表中选择。"))
        XCTAssertEqual(validations[0].type, nil)
        XCTAssertEqual(validations[0].prompt, "会议日期。填日期，如 2024-03-05。")
        XCTAssertEqual(validations[3].prompt, "实到人数。填 0 或正整数。")
    }

    /// The lists of all four workbooks, in English: the canonical ids.
    func testEnglishListsAreTheIDs() throws {
        XCTAssertEqual(try binary.run(["template", "--xlsx", "--lang", "en", "--out", "t"]).exitCode, 0)
        var lists: [String: String] = [:]
        for name in workbooks {
            for (_, validations) in try IndependentReader.dataValidations(binary.path("t/xlsx/\(name).xlsx")) {
                for validation in validations where validation.type == "list" {
                    lists["\(name)!\(validation.sqref.prefix(1))"] = validation.formula1
                }
            }
        }
        XCTAssertEqual(lists, [
            "单位名册!C": "\"urban,rural\"",
            "单位名册!D": "\"public,private\"",
            "单位名册!E": "\"bureau,kindergarten,primary,junior,nine_year,senior,vocational,special,training,other\"",
            "单位名册!M": "\"none,county,city,province\"",
            "会议记录!C": "\"party_committee,special_meeting,study_session,branch_general,branch_committee,party_group,party_day,org_life,democratic_review,talk,visit,other\"",
            "党课记录!D": "\"secretary,leader,member,expert,other\"",
            "培训记录!H": "\"secretary,party_worker,member,teacher\"",
        ])
        let dump = try IndependentReader.read(binary.path("t/xlsx/会议记录.xlsx"))
        XCTAssertEqual(dump.sheets.map(\.name), ["meetings"])
        XCTAssertEqual(dump.sheet("meetings")?.cells["C1"]?.value, .string("type"))
    }

    /// The example's cells are typed: dates are date cells, counts numbers, codes text.
    func testExampleCellsAreTyped() throws {
        XCTAssertEqual(try binary.run(["template", "--xlsx", "--out", "t"]).exitCode, 0)
        let sheet = try XCTUnwrap(try IndependentReader.read(binary.path("t/xlsx/example/会议记录.xlsx")).sheet("会议记录"))
        // The first meeting: S001's branch committee on 8 January, five of five present.
        let date = try XCTUnwrap(sheet.cells["A2"])
        XCTAssertEqual(date.type, "d")
        XCTAssertEqual(date.value, .string("2024-01-08T00:00:00"))
        XCTAssertEqual(date.numberFormat, "yyyy-mm-dd")
        XCTAssertEqual(sheet.cells["B2"]?.value, .string("S001"))
        XCTAssertEqual(sheet.cells["B2"]?.numberFormat, "@")
        XCTAssertEqual(sheet.cells["C2"]?.value, .string("支委会"))
        XCTAssertEqual(sheet.cells["D2"]?.type, "n")
        XCTAssertEqual(sheet.cells["D2"]?.value, .number(5))
        XCTAssertEqual(sheet.cells["D2"]?.numberFormat, "0")
        XCTAssertEqual(sheet.cells["G2"]?.value, .string("M2024-0001"))
        // 131 meetings below the header.
        XCTAssertNotNil(sheet.cells["A132"])
        XCTAssertNil(sheet.cells["A133"])
        let sites = try XCTUnwrap(try IndependentReader.read(binary.path("t/xlsx/example/单位名册.xlsx")).sheet("单位名册"))
        XCTAssertEqual(sites.cells["L6"]?.value, .string("2024-03-15T00:00:00"))
        XCTAssertNil(sites.cells["G2"], "the bureau has no student count")
    }

    func testTheSameVersionWritesTheSameBytes() throws {
        XCTAssertEqual(try binary.run(["template", "--xlsx", "--out", "a"]).exitCode, 0)
        XCTAssertEqual(try binary.run(["template", "--xlsx", "--out", "b"]).exitCode, 0)
        for name in workbooks.map({ "xlsx/\($0).xlsx" }) + workbooks.map({ "xlsx/example/\($0).xlsx" }) {
            let a = try Data(contentsOf: URL(fileURLWithPath: binary.path("a/\(name)")))
            let b = try Data(contentsOf: URL(fileURLWithPath: binary.path("b/\(name)")))
            XCTAssertEqual(a, b, name)
        }
    }

    func testRefusesToOverwriteAWorkbookWithoutForce() throws {
        XCTAssertEqual(try binary.run(["template", "--out", "t"]).exitCode, 0)
        // Without --xlsx the workbooks were not written, so the CSV files are the ones in the way.
        XCTAssertFalse(FileManager.default.fileExists(atPath: binary.path("t/xlsx")))
        try FileManager.default.removeItem(atPath: binary.path("t/sites.csv"))
        for name in ["meetings.csv", "lectures.csv", "trainings.csv", "review.yml", "templates", "example"] {
            try FileManager.default.removeItem(atPath: binary.path("t/\(name)"))
        }
        try binary.write("t/xlsx/example/培训记录.xlsx", "mine")
        let refused = try binary.run(["template", "--xlsx", "--out", "t"])
        XCTAssertEqual(refused.exitCode, 2)
        XCTAssertEqual(refused.stderrLines, ["error: t/xlsx/example/培训记录.xlsx 已存在；如要覆盖请加 --force，或用 --out 另选位置"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: binary.path("t/sites.csv")), "nothing is written")
        XCTAssertEqual(try binary.run(["template", "--xlsx", "--out", "t", "--force"]).exitCode, 0)
        XCTAssertNotNil(try IndependentReader.read(binary.path("t/xlsx/example/培训记录.xlsx")).sheet("培训记录"))
    }

    /// What a spreadsheet program sees in the example workbooks: LibreOffice saves each as CSV
    /// (dates in their yyyy-mm-dd format, codes as typed), and those CSV files build the report
    /// the CSV example builds. Fails, saying why, where LibreOffice is not installed
    /// (`scripts/setup.sh --render` installs it).
    func testTheWorkbookExampleSavedAsCSVByLibreOfficeBuildsLikeTheCSVExample() throws {
        guard (try? runProgram("/usr/bin/env", ["which", "soffice"], in: binary.folder))?.status == 0 else {
            XCTFail("soffice is not installed: scripts/setup.sh --render installs it")
            return
        }
        XCTAssertEqual(try binary.run(["template", "--xlsx", "--out", "t"]).exitCode, 0)
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
        let converted = try runProgram("/usr/bin/env", [
            "soffice", "-env:UserInstallation=file://\(binary.path("office-profile"))", "--headless", "--convert-to", filter,
            "--outdir", binary.path("converted"),
        ] + workbooks.map { binary.path("t/xlsx/example/\($0).xlsx") }, in: binary.folder)
        XCTAssertEqual(converted.status, 0, String(decoding: converted.stderr, as: UTF8.self))
        // LibreOffice names each file NAME-SHEET.csv: 会议记录-会议记录.csv, still a meetings log.
        let names = try FileManager.default.contentsOfDirectory(atPath: binary.path("converted")).sorted()
        XCTAssertEqual(names, ["会议记录-会议记录.csv", "党课记录-党课记录.csv", "单位名册-单位名册.csv", "培训记录-培训记录.csv"])
        let meetings = try String(contentsOfFile: binary.path("converted/会议记录-会议记录.csv"), encoding: .utf8)
        XCTAssertTrue(meetings.hasPrefix("日期,单位编码,会议类型,实到人数,应到人数,主题,记录编号\n2024-01-08,S001,支委会,5,5,支委会,M2024-0001\n"), meetings)
        try FileManager.default.copyItem(atPath: binary.path("t/xlsx/example/review.yml"), toPath: binary.path("converted/review.yml"))
        XCTAssertEqual(try json(inputs: "converted"), try json(inputs: "t/example"))
    }

    // MARK: Read back by the .xlsx log reader

    // These two tests need the reader of .xlsx logs (rules §2); until it is in, `build` names each
    // workbook and refuses it, so they fail.

    /// The example year as workbooks builds the same report as the example year as CSV.
    func testTheWorkbookExampleBuildsLikeTheCSVExample() throws {
        XCTAssertEqual(try binary.run(["template", "--xlsx", "--out", "t"]).exitCode, 0)
        XCTAssertEqual(try json(inputs: "t/xlsx/example"), try json(inputs: "t/example"))
    }

    /// A clerk fills the empty workbooks with the example year, picking every vocabulary value
    /// from its drop-down list and typing dates, counts and codes into their formatted columns,
    /// and saves them (openpyxl, not this tool, writes the files): the year reads back without a
    /// rejected row or a warning, and builds the report the CSV example builds.
    func testWorkbooksFilledByAClerkReadBack() throws {
        XCTAssertEqual(try binary.run(["template", "--xlsx", "--out", "t"]).exitCode, 0)
        try binary.makeFolder("filled")
        _ = try IndependentReader.runScript(Self.clerk, arguments: [binary.path("t/xlsx"), binary.path("t/example"), binary.path("filled")])
        try FileManager.default.copyItem(atPath: binary.path("t/example/review.yml"), toPath: binary.path("filled/review.yml"))

        let validated = try binary.run(["validate", "--inputs", "filled"])
        XCTAssertEqual(validated.exitCode, 0, validated.stdout + validated.stderr)
        let problems = validated.stdoutLines.filter { $0.contains(": error: ") || $0.contains(": warning: ") }
        XCTAssertEqual(problems, [])
        XCTAssertEqual(validated.stdoutLines.filter { !$0.contains(": info: ") }, [
            "sites：读取 5 = 接受 5 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
            "meetings：读取 131 = 接受 131 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
            "lectures：读取 15 = 接受 15 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
            "trainings：读取 7 = 接受 7 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
        ])
        XCTAssertEqual(try json(inputs: "filled"), try json(inputs: "t/example"))
    }

    /// Types each example CSV row into the empty workbook of its log, the way Excel stores what
    /// a clerk types: a value of a listed column is picked from the list the workbook itself
    /// holds (it must be there); a date in a date column becomes a date, a number in a number
    /// column a number, anything in a text column text; the cell takes its column's format.
    private static let clerk = #"""
import sys, csv, datetime, openpyxl
from openpyxl.utils import get_column_letter
templates, example, out = sys.argv[1:4]
for log, name in [("sites", "单位名册"), ("meetings", "会议记录"), ("lectures", "党课记录"), ("trainings", "培训记录")]:
    wb = openpyxl.load_workbook(f"{templates}/{name}.xlsx")
    ws = wb.worksheets[0]
    lists = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type == "list":
            lists[str(dv.sqref).split(":")[0].rstrip("0123456789")] = dv.formula1.strip('"').split(",")
    formats = {letter: dim.number_format for letter, dim in ws.column_dimensions.items()}
    with open(f"{example}/{log}.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [c.value for c in ws[1]], (name, rows[0])
    for r, row in enumerate(rows[1:], start=2):
        for c, text in enumerate(row, start=1):
            if text == "":
                continue
            letter = get_column_letter(c)
            fmt = formats.get(letter, "General")
            if letter in lists:
                assert text in lists[letter], (name, letter, text)
                value = lists[letter][lists[letter].index(text)]
            elif fmt == "yyyy-mm-dd":
                value = datetime.datetime.strptime(text, "%Y-%m-%d")
            elif fmt == "0":
                value = int(text)
            elif fmt == "@":
                value = text
            else:
                value = float(text) if "." in text else int(text)
            cell = ws.cell(row=r, column=c, value=value)
            cell.number_format = fmt
    wb.save(f"{out}/{name}.xlsx")
"""#

    /// `build --json` of `inputs` without the input fingerprint (the files differ), keys sorted.
    private func json(inputs: String) throws -> String {
        let result = try binary.run(["build", "--inputs", inputs, "--json", "--quiet", "--out", "\(inputs.replacingOccurrences(of: "/", with: "-")).xlsx"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertNotNil(object.removeValue(forKey: "fingerprint"))
        XCTAssertNotNil(object["totals"])
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The number format of each column of the first sheet (its default for typed cells).
    private func columnFormats(_ path: String) throws -> [String: String] {
        let script = """
            import sys, json, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
            json.dump({k: v.number_format for k, v in ws.column_dimensions.items()}, sys.stdout)
            """
        return try JSONDecoder().decode([String: String].self, from: IndependentReader.runScript(script, arguments: [path]))
    }
}
