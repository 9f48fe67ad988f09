import Foundation
import TestSupport
import XCTest

/// Builds the sample year (Inputs/) in both languages and reads the workbooks back with openpyxl:
/// sheet names, tables, frozen panes, print setup, conditional formats, properties, charts and a
/// few figures checked by hand against the sample generator's figures for 2017.
final class WorkbookSampleTests: XCTestCase {
    struct Built: Sendable {
        let path: String
        let dump: WorkbookDump
    }

    /// One build per language for the whole class (the sample takes a few seconds).
    private static let binary: Result<AnnualReviewBinary, any Error> = Result { try AnnualReviewBinary() }
    private static let zh: Result<Built, any Error> = Result { try build(lang: "zh") }
    private static let en: Result<Built, any Error> = Result { try build(lang: "en") }

    private static func build(lang: String) throws -> Built {
        let binary = try binary.get()
        let path = binary.path("sample-\(lang).xlsx")
        try binary.build(AnnualReviewBinary.sampleInputs, to: path, lang: lang)
        return Built(path: path, dump: try IndependentReader.read(path))
    }

    override class func tearDown() {
        if case .success(let binary) = binary { binary.remove() }
        super.tearDown()
    }

    static let zhSheets = ["总览", "月度调度", "单位明细", "均衡分析", "排名", "数据质量", "指标说明"]
    static let enSheets = ["Summary", "Monthly", "Sites", "Imbalance", "Ranking", "Data quality", "Definitions"]

    /// The number in `column` of the row whose `labelColumn` cell reads `label`.
    func value(_ sheet: SheetDump, label: String, labelColumn: String = "A", column: String = "B") -> DumpValue? {
        guard let cell = sheet.cells.first(where: {
            $0.value.value == .string(label) && $0.key.hasPrefix(labelColumn) && $0.key.dropFirst(labelColumn.count).allSatisfy(\.isNumber)
        }) else { return nil }
        return sheet.cells[column + cell.key.dropFirst(labelColumn.count)]?.value
    }

    func testSheetNamesInBothLanguages() throws {
        // A sheet added after these (the report draft) does not break the test.
        XCTAssertEqual(Array(try Self.zh.get().dump.sheets.map(\.name).prefix(7)), Self.zhSheets)
        XCTAssertEqual(Array(try Self.en.get().dump.sheets.map(\.name).prefix(7)), Self.enSheets)
        XCTAssertEqual(try Self.zh.get().dump.active, "总览")
    }

    /// The generator's exact figures for 2017: the bureau held 7 Party committee meetings, 11
    /// special meetings, 43 research visits, its secretary gave 6 lectures, 3 trainings ran;
    /// 300 sites, 248 of them with a branch of their own.
    func testSummaryHeadlineFiguresInBothLanguages() throws {
        let zh = try XCTUnwrap(try Self.zh.get().dump.sheet("总览"))
        XCTAssertEqual(value(zh, label: "召开党委会（次）"), .number(7))
        XCTAssertEqual(value(zh, label: "召开专题会（次）"), .number(11))
        XCTAssertEqual(value(zh, label: "调研指导（次）"), .number(43))
        XCTAssertEqual(value(zh, label: "书记讲党课（次）"), .number(6))
        XCTAssertEqual(value(zh, label: "举办培训班（期）"), .number(3))
        XCTAssertEqual(value(zh, label: "建有独立党支部的单位（个）"), .number(248))
        XCTAssertEqual(value(zh, label: "单位总数", labelColumn: "I", column: "J"), .number(300))
        XCTAssertEqual(value(zh, label: "建有独立党支部", labelColumn: "I", column: "J"), .number(248))
        // Target 6, so completion 7 ÷ 6, as a percentage.
        XCTAssertEqual(value(zh, label: "召开党委会（次）", column: "C"), .number(6))
        let completion = try XCTUnwrap(value(zh, label: "召开党委会（次）", column: "D"))
        guard case .number(let rate) = completion else { return XCTFail("completion is \(completion)") }
        XCTAssertEqual(rate, 7.0 / 6.0, accuracy: 1e-9)

        let en = try XCTUnwrap(try Self.en.get().dump.sheet("Summary"))
        XCTAssertEqual(value(en, label: "Party committee meetings"), .number(7))
        XCTAssertEqual(value(en, label: "Special meetings"), .number(11))
        XCTAssertEqual(value(en, label: "Research visits"), .number(43))
        XCTAssertEqual(value(en, label: "Lectures by the secretary"), .number(6))
        XCTAssertEqual(value(en, label: "Trainings held"), .number(3))
        XCTAssertEqual(value(en, label: "Sites with a branch of their own"), .number(248))
        XCTAssertEqual(value(en, label: "All sites", labelColumn: "I", column: "J"), .number(300))
    }

    func testSummaryFormatsAndCompletionColours() throws {
        let zh = try XCTUnwrap(try Self.zh.get().dump.sheet("总览"))
        let row = try XCTUnwrap(zh.cells.first { $0.value.value == .string("召开党委会（次）") }?.key.dropFirst())
        XCTAssertEqual(zh.cells["B\(row)"]?.numberFormat, "#,##0")
        XCTAssertEqual(zh.cells["D\(row)"]?.numberFormat, "0.0%")
        let hours = try XCTUnwrap(zh.cells.first { $0.value.value == .string("培训人学时") }?.key.dropFirst())
        // Person-hours with their unit, one decimal only when not whole.
        guard case .number(let personHours)? = zh.cells["B\(hours)"]?.value else { return XCTFail("no person-hours") }
        XCTAssertEqual(zh.cells["B\(hours)"]?.numberFormat, personHours == personHours.rounded() ? #"#,##0"人学时""# : #"#,##0.0"人学时""#)
        // Green, amber and red rules on the completion column, each guarded by ISNUMBER so an
        // empty completion (no target) stays plain.
        let rules = zh.conditionalFormats.filter { $0.range.hasPrefix("D") }
        XCTAssertEqual(rules.flatMap(\.types), ["expression", "expression", "expression"])
    }

    func testSitesTableCoversEverySiteWithFiltersFrozenHeaderAndRules() throws {
        for (built, name) in [(try Self.zh.get(), "单位明细"), (try Self.en.get(), "Sites")] {
            let sites = try XCTUnwrap(built.dump.sheet(name))
            let table = try XCTUnwrap(sites.tables.first)
            // A line naming the count columns no school has: the bureau's own 党委会, 专题会,
            // 专题学习研讨 and 调研. Then the header + the 300 non-bureau sites; 35 columns
            // (A…AI): 25 before the counts, 8 meeting types, lectures, person-hours.
            XCTAssertEqual(table.ref, "A2:AI302")
            XCTAssertEqual(table.columns.count, 35)
            XCTAssertEqual(sites.freezePanes, "C3")
            XCTAssertEqual(sites.print.titleRows, "$2:$2")
            XCTAssertEqual(sites.print.titleCols, "$A:$B")
            XCTAssertEqual(sites.print.fitToWidth, 2)
            XCTAssertEqual(sites.print.fitToHeight, 0)
            // The bureau is not a row; the ids are the register's S0001…S0300.
            XCTAssertEqual(sites.cells["A3"]?.value, .string("S0001"))
            XCTAssertEqual(sites.cells["A302"]?.value, .string("S0300"))
            // A colour scale on the score; non-compliance as ISNUMBER-guarded expressions.
            let types = sites.conditionalFormats.flatMap(\.types)
            XCTAssertTrue(types.contains("colorScale"), "\(types)")
            XCTAssertTrue(types.contains("expression"), "\(types)")
        }
        let sites = try XCTUnwrap(try Self.zh.get().dump.sheet("单位明细"))
        let table = try XCTUnwrap(sites.tables.first)
        XCTAssertEqual(Array(table.columns.prefix(12)),
                       ["单位编码", "单位名称", "城乡", "办学性质", "学段", "镇街", "党员数", "独立党支部", "得分", "星级", "★", "排名"])
        // Stars: a number and ★ text beside it, for every site with a branch.
        XCTAssertEqual(table.columns.suffix(10), ["支部党员大会", "支委会", "党小组会", "主题党日", "组织生活会", "民主评议党员", "谈心谈话", "其他", "党课", "培训人学时"])
        guard case .string(let note)? = sites.cells.first(where: { $0.key.hasSuffix("1") && $0.key.dropLast().allSatisfy(\.isLetter) })?.value.value else {
            return XCTFail("no line over the counts")
        }
        XCTAssertEqual(note.replacingOccurrences(of: "\n", with: ""), "各学校全年均为 0、未列出的列：党委会、专题会、专题学习研讨、调研。")
        for row in 3...302 {
            guard case .number(let stars)? = sites.cells["J\(row)"]?.value else { continue }
            XCTAssertEqual(sites.cells["K\(row)"]?.value, .string(String(repeating: "★", count: Int(stars)) + String(repeating: "☆", count: 5 - Int(stars))))
        }
        XCTAssertEqual((3...302).filter { if case .number? = sites.cells["J\($0)"]?.value { return true } else { return false } }.count, 248)
    }

    /// The draft sheet is a document: one line per row, no Markdown mark, no line starting with
    /// closing punctuation or ending with an opening mark, none of punctuation alone.
    func testTheDraftSheetReadsAsADocument() throws {
        let closing = Set("。，、；：？！”’）》」』】,.;:?!)"), opening = Set("“‘（《「『【(")
        for (built, name) in [(try Self.zh.get(), "述职要点"), (try Self.en.get(), "Report draft")] {
            let sheet = try XCTUnwrap(built.dump.sheet(name))
            XCTAssertGreaterThan(sheet.cells.count, 20, name)
            for (ref, cell) in sheet.cells {
                XCTAssertEqual(ref.first, "A", name)
                XCTAssertFalse(cell.wrap, ref)
                guard case .string(let text) = cell.value else { XCTFail("\(name)!\(ref) is not text"); continue }
                let trimmed = text.drop { $0 == " " || $0 == "\u{3000}" }
                XCTAssertFalse(trimmed.hasPrefix("#") || trimmed.hasPrefix("- ") || trimmed.hasPrefix("* "), "\(ref): \(text)")
                XCTAssertFalse(text.contains("**") || text.contains("<!--"), "\(ref): \(text)")
                XCTAssertFalse(trimmed.first.map(closing.contains) ?? false, "\(ref): \(text)")
                XCTAssertFalse(trimmed.last.map(opening.contains) ?? false, "\(ref): \(text)")
                XCTAssertTrue(trimmed.contains { !$0.isPunctuation }, "\(ref): \(text)")
            }
        }
    }

    func testNumbersAreNumberCellsAndNothingIsAFormula() throws {
        for built in [try Self.zh.get(), try Self.en.get()] {
            for sheet in built.dump.sheets {
                for (ref, cell) in sheet.cells {
                    XCTAssertNotEqual(cell.type, "f", "\(sheet.name)!\(ref) is a formula")
                    if case .number = cell.value {
                        XCTAssertNotEqual(cell.numberFormat, "General", "\(sheet.name)!\(ref) has no number format")
                    }
                    if case .string(let text) = cell.value, sheet.name != "数据质量", sheet.name != "Data quality" {
                        // A figure written as text would read as a number here.
                        XCTAssertNil(Double(text.replacingOccurrences(of: ",", with: "")), "\(sheet.name)!\(ref) holds the number \(text) as text")
                    }
                }
            }
        }
    }

    func testEverySheetPrintsLandscapeA4WithPageNumbers() throws {
        for built in [try Self.zh.get(), try Self.en.get()] {
            for sheet in built.dump.sheets.prefix(7) {
                XCTAssertEqual(sheet.print.orientation, "landscape", sheet.name)
                XCTAssertEqual(sheet.print.paperSize, 9, sheet.name)
                XCTAssertTrue(sheet.print.footerRight?.contains("&P") ?? false, "\(sheet.name): \(sheet.print.footerRight ?? "no footer")")
                XCTAssertTrue(sheet.print.footerLeft?.contains("2017") ?? false, "\(sheet.name): the footer names the report")
                // Either a fit (narrow sheets one page wide, the Sites' two pages wide) or the
                // Ranking's 82 %, where a page holds 40 rows and more.
                if sheet.name == "排名" || sheet.name == "Ranking" {
                    XCTAssertFalse(sheet.print.fitToPage, sheet.name)
                    XCTAssertEqual(sheet.print.scale, 82, sheet.name)
                } else {
                    XCTAssertTrue(sheet.print.fitToPage, sheet.name)
                }
            }
        }
        let zh = try Self.zh.get().dump
        XCTAssertEqual(zh.sheet("排名")?.print.titleRows, "$2:$2")
        XCTAssertEqual(zh.sheet("排名")?.print.marginTop, 0.4)
        // Excel's default for an absent fitToWidth/fitToHeight is 1 (libxlsxwriter omits it).
        XCTAssertEqual(zh.sheet("总览")?.print.fitToHeight ?? 1, 1)
        XCTAssertEqual(zh.sheet("月度调度")?.freezePanes, "B6")
        XCTAssertEqual(zh.sheet("排名")?.freezePanes, "A3")
        XCTAssertEqual(zh.sheet("数据质量")?.print.titleCols, "$A:$C")
    }

    func testMonthlyRunsTheMonthsAcross() throws {
        let monthly = try XCTUnwrap(try Self.zh.get().dump.sheet("月度调度"))
        XCTAssertEqual(monthly.cells["B5"]?.value, .string("1月"))
        XCTAssertEqual(monthly.cells["M5"]?.value, .string("12月"))
        XCTAssertEqual(monthly.cells["N5"]?.value, .string("全年"))
        // The year column of the Party committee row is the bureau's and sites' total: the
        // same as the Summary's meetings-by-type figure.
        let row = try XCTUnwrap(monthly.cells.first { $0.key.hasPrefix("A") && $0.value.value == .string("党委会") }?.key.dropFirst())
        let summary = try XCTUnwrap(try Self.zh.get().dump.sheet("总览"))
        XCTAssertEqual(monthly.cells["N\(row)"]?.value, value(summary, label: "党委会"))
        let months = (1...12).compactMap { c -> Double? in
            if case .number(let n)? = monthly.cells["\(String(UnicodeScalar(UInt8(65 + c))))\(row)"]?.value { return n }
            return nil
        }
        XCTAssertEqual(months.count, 12)
        XCTAssertEqual(.number(months.reduce(0, +)), monthly.cells["N\(row)"]?.value)
    }

    func testQualityListsTheSampleProblemsInATable() throws {
        let quality = try XCTUnwrap(try Self.zh.get().dump.sheet("数据质量"))
        let table = try XCTUnwrap(quality.tables.first)
        XCTAssertEqual(table.columns.count, 9)
        // 8 rejected rows and 4 warnings in the sample (see `annual-review validate`).
        let rows = Int(table.ref.split(separator: ":")[1].drop { $0.isLetter })! - Int(table.ref.split(separator: ":")[0].drop { $0.isLetter })!
        XCTAssertGreaterThanOrEqual(rows, 8)
        XCTAssertTrue(quality.cells.values.contains { $0.value == .string("meetings.csv") })
    }

    func testDocumentProperties() throws {
        let zh = try Self.zh.get().dump.properties
        XCTAssertEqual(zh.title, "澜江市教育局2017年度基层党建工作年终评估")
        XCTAssertEqual(zh.company, "澜江市教育局")
        XCTAssertEqual(zh.subject, "2017年度基层党建工作年终评估")
        // Midnight UTC of the latest date among the year's accepted rows.
        XCTAssertEqual(zh.createdEpoch.map { $0 % 86_400 }, 0)
        XCTAssertTrue(zh.created?.hasPrefix("2017-12") ?? false, zh.created ?? "no created time")
        let en = try Self.en.get().dump.properties
        XCTAssertEqual(en.subject, "Year-end review of Party-building work, 2017")
        XCTAssertEqual(en.company, "澜江市教育局")
    }

    func testChartsHaveTitlesAxesAndLegendsInTheReportLanguage() throws {
        for (built, words) in [(try Self.zh.get(), ["组织生活规范累计完成进度", "月份", "城区与农村对比", "公办与民办对比"]),
                               (try Self.en.get(), ["Cumulative completion of the norms", "Month", "Urban vs rural", "Public vs private"])] {
            let charts = try IndependentReader.zipEntryNames(built.path).filter { $0.hasPrefix("xl/charts/chart") }
            XCTAssertEqual(charts.count, 3)
            let xml = try charts.map { try IndependentReader.zipEntry(built.path, $0) }.joined()
            for word in words { XCTAssertTrue(xml.contains(word), "no \(word) in the charts") }
            XCTAssertEqual(xml.components(separatedBy: "<c:legend>").count - 1, 3)
        }
    }
}
