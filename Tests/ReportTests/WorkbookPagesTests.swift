import Foundation
import Indicators
import Model
import Report
import TestSupport
import XCTest
import XLSXRead

/// The Summary, Sites and Imbalance pages of the workbook (rules §5) for the hand-counted
/// review of `DraftFixture`, read back with openpyxl.
final class WorkbookPagesTests: XCTestCase {
    func write(_ data: ReviewData) throws -> (dump: WorkbookDump, package: WorkbookPackage) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("review.xlsx").path
        try ReportFiles.write(data, workbook: path)
        return (try IndependentReader.read(path), try WorkbookPackage(contentsOf: path))
    }

    /// The row (1-based) whose column A holds `label`.
    func row(of label: String, in sheet: SheetDump) throws -> Int {
        let key = try XCTUnwrap(sheet.cells.first { $0.key.hasPrefix("A") && $0.value.value == .string(label) }?.key, label)
        return Int(key.dropFirst())!
    }

    /// 44.5 person-hours (3 × 1.5 + 20 × 2) with their unit and one decimal; a whole target
    /// without one. The fingerprint and the tool's version are no longer in the head: a small
    /// line at the foot, and the document's properties, carry them.
    func testSummaryPersonHoursAndProvenance() throws {
        var data = DraftFixture.data()
        data.config.targets[.training_person_hours] = 50
        let (dump, package) = try write(data)
        let summary = try XCTUnwrap(dump.sheet("总览"))
        let hours = try row(of: "培训人学时", in: summary)
        XCTAssertEqual(summary.cells["B\(hours)"]?.value, .number(44.5))
        XCTAssertEqual(summary.cells["B\(hours)"]?.numberFormat, #"#,##0.0"人学时""#)
        XCTAssertEqual(summary.cells["C\(hours)"]?.value, .number(50))
        XCTAssertEqual(summary.cells["C\(hours)"]?.numberFormat, #"#,##0"人学时""#)
        // The head: organisation, year, as-of date, nothing else before the notes.
        XCTAssertEqual((3...5).map { summary.cells["A\($0)"]?.value }, [.string("单位"), .string("评估年度"), .string("统计截至")])
        let foot = "本表由 annual-review \(ToolVersion.current) 根据输入数据生成，输入指纹 0123456789ab。"
        let footRow = try row(of: foot, in: summary)
        let lastRow = summary.cells.keys.compactMap { Int($0.drop { $0.isLetter }) }.max()
        XCTAssertEqual(footRow, lastRow)
        XCTAssertEqual(summary.cells.values.filter { if case .string(let s) = $0.value { s.contains("0123456789ab") } else { false } }.count, 1)

        let custom = String(decoding: try XCTUnwrap(package.parts["docProps/custom.xml"]), as: UTF8.self)
        XCTAssertTrue(custom.contains(#"name="输入指纹"><vt:lpwstr>\#(data.fingerprint)</vt:lpwstr>"#), custom)
        XCTAssertTrue(custom.contains(#"name="工具版本"><vt:lpwstr>annual-review \#(ToolVersion.current)</vt:lpwstr>"#), custom)
        XCTAssertEqual(dump.properties.description, "fingerprint \(data.fingerprint)")

        let english = try XCTUnwrap(write(DraftFixture.data(language: .en)).dump.sheet("Summary"))
        let englishHours = try row(of: "Training person-hours", in: english)
        XCTAssertEqual(english.cells["B\(englishHours)"]?.numberFormat, #"#,##0.0" person-hours""#)
        XCTAssertNoThrow(try row(of: "Made by annual-review \(ToolVersion.current) from the inputs with fingerprint 0123456789ab.", in: english))
    }

    /// The sites held Party days (S1 12, S2 6, S4 7) and S1 had 4.5 person-hours of training;
    /// every other count is 0 at every school (the bureau's meetings and lectures are not on
    /// this sheet): those columns are left out and named above the counts.
    func testSitesLeavesOutTheCountsNoSchoolHas() throws {
        let sites = try XCTUnwrap(write(DraftFixture.data()).dump.sheet("单位明细"))
        let table = try XCTUnwrap(sites.tables.first)
        // 8 attributes, score, stars, ★, rank, sanhui rate, fully compliant, 7 norm rates, 4
        // values = 25 columns (A…Y), then 主题党日 (Z) and 培训人学时 (AA); the header in row 2.
        XCTAssertEqual(table.ref, "A2:AA6")
        XCTAssertEqual(Array(table.columns.suffix(3)), ["每百名党员党课", "主题党日", "培训人学时"])
        XCTAssertEqual(sites.freezePanes, "C3")
        XCTAssertEqual(sites.print.titleRows, "$2:$2")
        // The two count columns are narrower than 40: the note takes the four before them too.
        XCTAssertEqual(sites.merged, ["V1:AA1"])
        guard case .string(let note)? = sites.cells["V1"]?.value else { return XCTFail("no note over the counts") }
        XCTAssertEqual(note.replacingOccurrences(of: "\n", with: ""),
                       "各学校全年均为 0、未列出的列：党委会、专题会、专题学习研讨、支部党员大会、支委会、党小组会、组织生活会、民主评议党员、谈心谈话、调研、其他、党课。")
        XCTAssertEqual((3...6).map { sites.cells["Z\($0)"]?.value }, [.number(12), .number(6), .number(0), .number(7)])
        // Person-hours without ".0" when whole.
        XCTAssertEqual(sites.cells["AA3"]?.value, .number(4.5))
        XCTAssertEqual(sites.cells["AA3"]?.numberFormat, "#,##0.0")
        XCTAssertEqual(sites.cells["AA4"]?.value, .number(0))
        XCTAssertEqual(sites.cells["AA4"]?.numberFormat, "#,##0")
        // The red rates and the colour scale stay where they were.
        XCTAssertEqual(Set(sites.conditionalFormats.map(\.range)), ["I3:I6", "M3:U6", "N3:N6"])

        let english = try XCTUnwrap(write(DraftFixture.data(language: .en)).dump.sheet("Sites"))
        // The English columns are wider: the note takes fewer of them.
        let englishMerge = try XCTUnwrap(english.merged.first { $0.hasSuffix(":AA1") })
        guard case .string(let englishNote)? = english.cells[String(englishMerge.prefix { $0 != ":" })]?.value else {
            return XCTFail("no English note")
        }
        XCTAssertEqual(englishNote.replacingOccurrences(of: "\n", with: " "),
                       "Not shown, as no school had any: party committee, special meeting, study session, branch general, branch committee, party group, org life, democratic review, talk, visit, other, lectures.")
    }

    /// Without a meetings log its counts are empty, not 0: their columns stay, "—" in every row.
    func testSitesKeepsTheCountsOfAMissingLog() throws {
        let sites = try XCTUnwrap(write(DraftFixture.data(missing: [.meetings])).dump.sheet("单位明细"))
        let table = try XCTUnwrap(sites.tables.first)
        // 25 + 12 meeting types + 培训人学时 = 38 columns (A…AL); the lectures are left out.
        XCTAssertEqual(table.ref, "A2:AL6")
        XCTAssertEqual(table.columns[25], "党委会")
        XCTAssertEqual(sites.cells["Z3"]?.value, .string("—"))
        guard case .string(let note)? = sites.cells["Z1"]?.value else { return XCTFail("no note over the counts") }
        XCTAssertEqual(note, "各学校全年均为 0、未列出的列：党课。")
    }

    /// Urban S1, S3 and rural S2, S4: every comparison has a group of fewer than 5 sites, so the
    /// sheet says "too few sites" for its gap, ratio and p-value, with the note; n and the means
    /// stay. A comparison of 5 and 6 sites shows its figures.
    func testImbalanceSaysTooFewSites() throws {
        var data = DraftFixture.data()
        let i = ImbalanceIndicator.allCases.firstIndex(of: .attendance_rate)!
        DraftFixture.setGap(&data, .attendance_rate, .ownership, first: 0.9, second: 0.8, p: 0.01, overall: 0.85)
        data.imbalance.splits[i][1].groups[0].n = 5
        data.imbalance.splits[i][1].groups[1].n = 6
        let sheet = try XCTUnwrap(write(data).dump.sheet("均衡分析"))
        // Rows: title, note, blank, 按城乡, header, six indicators (6–11), the note (12), blank,
        // 按办学性质 (14), header, six indicators (16–21), the note (22).
        XCTAssertEqual(sheet.cells["A4"]?.value, .string("按城乡"))
        // Three-meetings-one-lecture covers the branches: S1 urban; S2, S4 rural.
        XCTAssertEqual(sheet.cells["B6"]?.value, .number(1))
        XCTAssertEqual(sheet.cells["D6"]?.value, .number(2))
        for row in 6...11 {
            XCTAssertEqual(sheet.cells["F\(row)"]?.value, .string("样本过少"), "row \(row)")
            XCTAssertTrue(sheet.merged.contains("F\(row):I\(row)"), "row \(row)")
        }
        let note = "样本过少：一组不足 5 个单位时不作比较，只列各组单位数和均值，不列差距、比值和 p 值。"
        XCTAssertEqual(sheet.cells["A12"]?.value, .string(note))
        XCTAssertEqual(sheet.cells["A14"]?.value, .string("按办学性质"))
        // Attendance by ownership (row 16 + 2): 5 and 6 sites, compared.
        XCTAssertEqual(sheet.cells["A18"]?.value, .string("参会率"))
        XCTAssertEqual(sheet.cells["F18"]?.value.number ?? 0, 0.1, accuracy: 1e-12)
        XCTAssertEqual(sheet.cells["H18"]?.value, .number(0.01))
        XCTAssertEqual(sheet.cells["I18"]?.value, .string("是"))
        XCTAssertFalse(sheet.merged.contains("F18:I18"))
        XCTAssertEqual(sheet.cells["F17"]?.value, .string("样本过少"))
        XCTAssertEqual(sheet.cells["A22"]?.value, .string(note))

        let english = try XCTUnwrap(write(DraftFixture.data(language: .en)).dump.sheet("Imbalance"))
        XCTAssertEqual(english.cells["F6"]?.value, .string("too few sites"))
        XCTAssertEqual(english.cells["A12"]?.value,
                       .string("Too few sites: a group with fewer than 5 sites is not compared; only each group's n and mean are shown, no gap, ratio or p-value."))
    }
}

extension DumpValue {
    var number: Double? { if case .number(let n) = self { n } else { nil } }
}
