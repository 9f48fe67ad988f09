import Foundation
import TestSupport
import XCTest

/// Builds Tests/Fixtures/small-county — 青岚县教育局 and nine schools, seven with a branch (3 urban
/// and 4 rural, 5 public and 2 private), two covered by joint branches; 2017 and a 2016 that covers
/// it (make.py there writes it from plans) — in both languages and reads the workbook back with
/// openpyxl. Every expected figure is worked out by hand from make.py's plans.
///
/// The scores (rules §4.2: 40·三会一课 + 20·主题党日 + 20·参会率 + 10·min(1, 培训学时/8) + 5·组织生活会
/// + 5·民主评议). 三会一课 is the mean of the 支部党员大会 quarters, 支委会 months, 党小组会 months and
/// 党课 quarters held; 参会率 = Σ 实到 ÷ Σ 应到 over the rows with both (talks and 其他 have none):
///
/// | site | 三会一课 | 主题党日 | 参会率 | 培训学时 ÷ 党员 | 组织生活会, 民主评议 | score |
/// |---|---|---|---|---|---|---|
/// | S01 | 1 | 12/12 | 1158/1260 | 112/40 | yes, yes | 91.88 |
/// | S02 | 1 | 12/12 | 888/960 | 80/30 | yes, yes | 91.83 |
/// | S03 | (4/4 + 10/12 + 10/12 + 3/4)/4 | 11/12 | 283/300 | 48/10 | yes, yes | 87.37 |
/// | S04 | (4/4 + 11/12 + 12/12 + 4/4)/4 | 12/12 | 595/655 | 56/20 | yes, yes | 90.83 |
/// | S05 | (3/4 + 12/12 + 12/12 + 4/4)/4 | 12/12 | 454/471 | 56/15 | yes (January), yes | 91.44 |
/// | S06 | (2/4 + 6/12 + 5/12 + 2/4)/4 | 7/12 | 177/228 | 0 | no, no | 46.36 |
/// | S07 | (3/4 + 9/12 + 8/12 + 3/4)/4 | 9/12 | 195/237 | 40/10 | yes, no | 70.62 |
///
/// The mean is 81.48; S07 and S06 are below it, but the 末位 list holds at most ⌈10 % × 7⌉ = 1
/// site (rules §4.2): S06 柳溪乡中心学校.
final class SmallCountyTests: XCTestCase {
    struct Built: Sendable {
        let dump: WorkbookDump
        let draft: String
    }

    private static let binary: Result<AnnualReviewBinary, any Error> = Result { try AnnualReviewBinary() }
    private static let zh: Result<Built, any Error> = Result { try build(lang: "zh") }
    private static let en: Result<Built, any Error> = Result { try build(lang: "en") }

    static let fixture = TestPackage.root.appendingPathComponent("Tests/Fixtures/small-county").path

    private static func build(lang: String) throws -> Built {
        let binary = try binary.get()
        let path = binary.path("county-\(lang).xlsx")
        try binary.build(fixture, to: path, lang: lang)
        let draft = try String(contentsOfFile: binary.path("county-\(lang).md"), encoding: .utf8)
        return Built(dump: try IndependentReader.read(path), draft: draft)
    }

    override class func tearDown() {
        if case .success(let binary) = binary { binary.remove() }
        super.tearDown()
    }

    // MARK: reading the sheets

    /// A cell's row number and column letters.
    static func split(_ ref: String) -> (column: String, row: Int) {
        let letters = ref.prefix { $0.isLetter }
        return (String(letters), Int(ref.dropFirst(letters.count)) ?? 0)
    }

    static func text(_ value: DumpValue?) -> String? {
        if case .string(let s)? = value { return s }
        return nil
    }

    static func number(_ value: DumpValue?) -> Double? {
        if case .number(let n)? = value { return n }
        return nil
    }

    /// The sheet's rows: row number → column letters → value.
    static func rows(_ sheet: SheetDump) -> [Int: [String: DumpValue]] {
        var rows: [Int: [String: DumpValue]] = [:]
        for (ref, cell) in sheet.cells {
            let (column, row) = split(ref)
            rows[row, default: [:]][column] = cell.value
        }
        return rows
    }

    /// The column whose cell in `row` reads `title`.
    static func column(_ title: String, in row: [String: DumpValue]) -> String? {
        row.first { text($0.value) == title }?.key
    }

    /// Every text on a sheet.
    static func texts(_ sheet: SheetDump) -> [String] {
        sheet.cells.values.compactMap { text($0.value) }
    }

    // MARK: 排名 and the 末位 list

    /// The ranked sites in rank order with their scores, and those marked 末位 (`mark`).
    func ranking(_ built: Built, sheet name: String, id: String, score: String, mark: String) throws -> (ids: [String], scores: [Double], marked: [String]) {
        let sheet = try XCTUnwrap(built.dump.sheet(name))
        let rows = Self.rows(sheet)
        let (headerRow, header) = try XCTUnwrap(rows.first { Self.column(id, in: $0.value) != nil && Self.column(score, in: $0.value) != nil })
        let idColumn = Self.column(id, in: header)!, scoreColumn = Self.column(score, in: header)!
        var ids: [String] = [], scores: [Double] = [], marked: [String] = []
        for r in rows.keys.sorted() where r > headerRow {
            guard let site = Self.text(rows[r]![idColumn]) else { continue }
            ids.append(site)
            scores.append(Self.number(rows[r]![scoreColumn]) ?? .nan)
            if rows[r]!.values.contains(where: { Self.text($0) == mark }) { marked.append(site) }
        }
        return (ids, scores, marked)
    }

    func testRanksAndScoresAsWorkedOutByHand() throws {
        let r = try ranking(try Self.zh.get(), sheet: "排名", id: "单位编码", score: "得分", mark: "末位")
        XCTAssertEqual(r.ids, ["S01", "S02", "S05", "S04", "S03", "S07", "S06"])
        let expected: [Double] = [
            40 + 20 + 20 * 1158 / 1260 + 10 * 2.8 / 8 + 10,                                          // S01
            40 + 20 + 20 * 888 / 960 + 10 * (80.0 / 30) / 8 + 10,                                      // S02
            40 * (3.0 / 4 + 1 + 1 + 1) / 4 + 20 + 20 * 454 / 471 + 10 * (56.0 / 15) / 8 + 10,          // S05
            40 * (1 + 11.0 / 12 + 1 + 1) / 4 + 20 + 20 * 595 / 655 + 10 * 2.8 / 8 + 10,                // S04
            40 * (1 + 10.0 / 12 + 10.0 / 12 + 3.0 / 4) / 4 + 20 * 11 / 12 + 20 * 283 / 300 + 10 * 4.8 / 8 + 10, // S03
            40 * (3.0 / 4 + 9.0 / 12 + 8.0 / 12 + 3.0 / 4) / 4 + 20 * 9 / 12 + 20 * 195 / 237 + 10 * 4 / 8 + 5, // S07
            40 * (2.0 / 4 + 6.0 / 12 + 5.0 / 12 + 2.0 / 4) / 4 + 20 * 7 / 12 + 20 * 177 / 228,         // S06
        ]
        XCTAssertEqual(r.scores.count, expected.count)
        for (got, want) in zip(r.scores, expected) { XCTAssertEqual(got, want, accuracy: 1e-9) }
    }

    /// Rules §4.2: only sites below the mean (81.48: S07 and S06), at most ⌈10 % × 7⌉ = 1 of them,
    /// worst first — S06 alone, though the default bottom_n is 10.
    func testOnlyTheWorstSiteIsMarkedBottom() throws {
        let zh = try ranking(try Self.zh.get(), sheet: "排名", id: "单位编码", score: "得分", mark: "末位")
        XCTAssertEqual(zh.marked, ["S06"])
        let en = try ranking(try Self.en.get(), sheet: "Ranking", id: "Site id", score: "Score", mark: "bottom")
        XCTAssertEqual(en.marked, ["S06"])
    }

    // MARK: 均衡分析

    /// 7 branch sites split 3 urban / 4 rural and 5 public / 2 private; the indicators of every
    /// site add S08 (rural, public) and S09 (urban, private): 4 / 5 and 6 / 3. In every row of
    /// both comparisons a group has fewer than 5 sites, so each of the 6 indicators says so
    /// instead of giving a p-value (rules §4.4).
    func testImbalanceSaysTooFewSitesForBothComparisons() throws {
        let cases: [(Built, String, [String], String)] = [
            (try Self.zh.get(), "均衡分析", ["三会一课完成率", "主题党日完成率", "参会率", "党员人均培训学时", "每百名党员党课数", "综合得分"], "样本过少"),
            (try Self.en.get(), "Imbalance", ["Sanhui-yike rate", "Party-day rate", "Attendance rate", "Training hours per member",
                                              "Lectures per 100 members", "Score"], "too few sites"),
        ]
        for (built, name, indicators, tooFew) in cases {
            let sheet = try XCTUnwrap(built.dump.sheet(name))
            let rows = Self.rows(sheet).values.filter { row in Self.text(row["A"]).map(indicators.contains) ?? false }
            let flagged = rows.filter { $0.values.contains { Self.text($0)?.contains(tooFew) ?? false } }
            // Two comparisons × 6 indicators; the overall spread's rows below them have no groups.
            XCTAssertEqual(flagged.count, 12, "\(name): \(flagged.count) indicator rows say \(tooFew)")
        }
    }

    // MARK: 总览: last year

    /// The 2016 rows cover 2016 (rules §4.5: meetings in 12 months from 8 of the 9 sites with
    /// meetings in 2017, lectures in 4 quarters, two trainings), so the Summary compares with it.
    /// make.py: the bureau's 党委会 8 (2016: 6), 专题会 4 (3), 调研 14 (10), its secretary's 党课 2 (1);
    /// 党课 29 = JYJ 4 + S01 5 + S02 4 + S03 3 + S04 4 + S05 4 + S06 2 + S07 3 (2016: 2 + 4 + 4 + 3
    /// + 3 + 4 + 1 + 2 = 23); trainings 3 (2), participants 7 + 14 + 12 = 33 (7 + 7 = 14),
    /// person-hours 7×24 + 14×16 + 12×8 = 488 (7×24 + 7×8 = 224).
    func testSummaryComparesWithTwoThousandSixteen() throws {
        let summary = try XCTUnwrap(try Self.zh.get().dump.sheet("总览"))
        let rows = Self.rows(summary)
        let header = try XCTUnwrap(rows.values.first { Self.column("上年", in: $0) != nil && Self.column("本年", in: $0) != nil })
        let thisYear = Self.column("本年", in: header)!, lastYear = Self.column("上年", in: header)!
        let expected: [(String, Double, Double)] = [
            ("召开党委会", 8, 6), ("召开专题会", 4, 3), ("调研指导", 14, 10), ("书记讲党课", 2, 1), ("党课总数", 29, 23),
            ("举办培训班", 3, 2), ("参训人次", 33, 14), ("培训人学时", 488, 224),
        ]
        for (label, now, before) in expected {
            let row = try XCTUnwrap(rows.values.first { Self.text($0["A"])?.hasPrefix(label) ?? false }, label)
            XCTAssertEqual(Self.number(row[thisYear]), now, label)
            XCTAssertEqual(Self.number(row[lastYear]), before, label)
        }
    }

    // MARK: the draft

    /// What issue 17 found in a draft a secretary would sign: no statistics in the prose, no
    /// share of a mean, no sentence of a zero count (`0个`, not `10个`), and the 末位 school
    /// counted, not named.
    static func problems(in text: String) -> [String] {
        var found = ["p=", "p <", "p<", "相当于全系统平均", "柳溪乡中心学校"].filter(text.contains)
        let scalars = Array(text.unicodeScalars)
        for i in scalars.indices.dropLast() where scalars[i] == "0" && scalars[i + 1] == "个" {
            if i == 0 || !("0"..."9").contains(scalars[i - 1]) { found.append("0个") }
        }
        return found
    }

    func testTheDraftHasNoStatisticsZeroCountsOrBottomNames() throws {
        let zh = try Self.zh.get()
        XCTAssertEqual(Self.problems(in: zh.draft), [], zh.draft)
        let sheet = try XCTUnwrap(zh.dump.sheet("述职要点"))
        let text = Self.texts(sheet).joined(separator: "\n")
        XCTAssertEqual(Self.problems(in: text), [], text)
        let en = try Self.en.get()
        XCTAssertEqual(["p=", "p <", "p<"].filter(en.draft.contains), [], en.draft)
    }

    /// The 述职要点 sheet shows the draft as a document: no Markdown, and no line of it starts with
    /// closing punctuation.
    func testTheDraftSheetHasNoMarkdownAndNoLineStartsWithClosingPunctuation() throws {
        let sheet = try XCTUnwrap(try Self.zh.get().dump.sheet("述职要点"))
        let lines = Self.texts(sheet).flatMap { $0.split(separator: "\n").map(String.init) }
        XCTAssertFalse(lines.isEmpty)
        for line in lines {
            XCTAssertFalse(line.contains("**"), line)
            XCTAssertFalse(line.hasPrefix("- "), line)
            XCTAssertFalse(line.hasPrefix("#"), line)
            XCTAssertFalse(line.first.map { "。，、；：”）".contains($0) } ?? false, line)
        }
    }
}
