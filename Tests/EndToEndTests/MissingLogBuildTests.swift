import Foundation
import TestSupport
import XCTest

/// `annual-review build` on Tests/Fixtures/small with a log or columns taken away (rules §2,
/// §4.2): the figures they feed are empty — `null` in the JSON, "—" on the sheets, not stated in
/// the draft — and the score leaves out the parts no site with a branch can have.
///
/// The small year, as `BuildSmallFixtureTests` counts it: three sites with a branch — S001
/// (20 members), S002 (10) and S004 (5, founded 2017-05-10: May–Dec and Q2–Q4 in scope);
/// S003 has none.
/// - S001: 主题党日 01-28 (18/20), 02-28 (20/20) → 2/12; 支委会 01-10 (5/5) → 1/12; 支部党员大会
///   03-20 (19/20) → Q1, 1/4; attendance 62/65; a lecture on 02-15 → Q1, 1/4; training T1 2 × 16
///   = 32 h for 20 members = 1.6 → 1.6/8 = 0.2.
/// - S002: 党小组会 01-20 (9/10) → 1/12; 主题党日 2017/2/27 (12 of 10, capped) → 1/12;
///   attendance 19/20; no lecture; training 1 × 16 = 16 h for 10 members → 0.2.
/// - S004: a lecture on 05-20 → Q2, 1/3; nothing else: every other rate 0, no attendance,
///   0 training hours for 5 members → 0.
/// No site holds an org-life meeting or a democratic review.
final class MissingLogBuildTests: XCTestCase {
    var binary: AnnualReviewBinary!

    override func setUpWithError() throws {
        binary = try AnnualReviewBinary()
    }

    override func tearDown() {
        binary?.remove()
    }

    struct Build {
        var result: AnnualReviewBinary.Result
        var json: [String: Any]
        var draft: String
        var xlsx: String
    }

    /// Copies the small fixture, lets `change` edit the copy, builds it.
    func build(_ change: (URL) throws -> Void) throws -> Build {
        let inputs = binary.folder.appendingPathComponent("inputs")
        try FileManager.default.copyItem(at: TestPackage.fixture("small"), to: inputs)
        try change(inputs)
        let xlsx = binary.path("review.xlsx"), jsonPath = binary.path("review.json")
        let result = try binary.run(["build", "--inputs", inputs.path, "--out", xlsx, "--json-file", jsonPath])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: jsonPath))) as? [String: Any])
        let draft = try String(contentsOfFile: binary.path("review.md"), encoding: .utf8)
        return Build(result: result, json: json, draft: draft, xlsx: xlsx)
    }

    func sites(_ json: [String: Any]) throws -> [String: [String: Any]] {
        let list = try XCTUnwrap(json["sites"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["site_id"] as! String, $0) })
    }

    /// Removes the columns named `drop` from a CSV file of the fixture (no field is quoted there).
    func dropColumns(_ drop: Set<String>, of file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let keep = header.indices.filter { !drop.contains(header[$0]) }
        XCTAssertEqual(keep.count, header.count - drop.count, "the fixture lacks a column to drop")
        let kept = lines.map { line -> String in
            guard !line.isEmpty else { return line }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return keep.map { fields[$0] }.joined(separator: ",")
        }
        try Data(kept.joined(separator: "\n").utf8).write(to: file)
    }

    /// The cell of column `column` in the row whose column A reads `label`, on `sheet`.
    func cell(_ sheet: SheetDump, row label: String, column: String = "B") -> DumpValue? {
        guard let a = sheet.cells.first(where: { $0.key.first == "A" && $0.key.dropFirst().allSatisfy(\.isNumber) && $0.value.value == .string(label) })?.key else { return nil }
        return sheet.cells[column + a.dropFirst()]?.value
    }

    func testAYearWithoutLecturesLeavesTheirFiguresEmpty() throws {
        let built = try build { try FileManager.default.removeItem(at: $0.appendingPathComponent("lectures.csv")) }
        let json = built.json
        XCTAssertEqual(json["missing_logs"] as? [String], ["lectures"])
        XCTAssertEqual(json["score_parts_omitted"] as? [String], ["sanhui"])
        // No file: every reconciliation count of the log is 0.
        let files = try XCTUnwrap(json["files"] as? [String: [String: Int]])
        XCTAssertEqual(files["lectures"], ["read": 0, "accepted": 0, "rejected": 0, "out_of_period": 0, "warnings": 0])
        XCTAssertTrue(built.result.stderr.contains("lectures.csv: warning: "), built.result.stderr)

        let totals = try XCTUnwrap(json["totals"] as? [String: Any])
        XCTAssertTrue(totals["lectures"] is NSNull)
        let byRole = try XCTUnwrap(totals["lectures_by_role"] as? [String: Any])
        XCTAssertEqual(byRole.keys.sorted(), ["expert", "leader", "member", "other", "secretary"])
        for (role, value) in byRole { XCTAssertTrue(value is NSNull, role) }
        // The meetings are there: JYJ's two Party committee meetings.
        XCTAssertEqual((totals["bureau_meetings_by_type"] as? [String: Any])?["party_committee"] as? Int, 2)

        let sites = try sites(json)
        for id in ["S001", "S002", "S003", "S004"] {
            let site = try XCTUnwrap(sites[id])
            XCTAssertTrue(site["lectures"] is NSNull, id)
            XCTAssertTrue((site["norm_rates"] as? [String: Any])?["lecture"] is NSNull, id)
            XCTAssertTrue(site["sanhui_rate"] is NSNull, id)
            XCTAssertTrue(site["fully_compliant"] is NSNull, id)
            XCTAssertTrue(site["lectures_per_100_members"] is NSNull, id)
        }
        // 三会一课 is empty for every site with a branch: left out; the other weights
        // party_day 20, attendance 20, training 10, org_life 5, democratic_review 5 sum to 60,
        // each scaled by 100/60.
        // S001: 20 × 2/12 + 20 × 62/65 + 10 × 0.2 + 0 + 0 = 10/3 + 248/13 + 2 = 952/39
        //       → 952/39 × 100/60 = 4760/117 = 40.68
        // S002: 20 × 1/12 + 20 × 19/20 + 10 × 0.2 = 5/3 + 19 + 2 = 68/3 → 68/3 × 100/60 = 340/9 = 37.78
        // S004: 0
        XCTAssertEqual(try XCTUnwrap(sites["S001"]?["score"] as? Double), 4760.0 / 117, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(sites["S002"]?["score"] as? Double), 340.0 / 9, accuracy: 1e-9)
        XCTAssertEqual(sites["S004"]?["score"] as? Double, 0)
        XCTAssertEqual(sites["S001"]?["rank"] as? Int, 1)
        XCTAssertEqual(sites["S002"]?["rank"] as? Int, 2)
        XCTAssertEqual(sites["S004"]?["rank"] as? Int, 3)

        // The draft never says how many lectures were given.
        XCTAssertFalse(built.draft.contains("讲党课"), built.draft)
        XCTAssertTrue(built.draft.contains("\n二是抓实教育培训，提升党员队伍素质。举办专题培训班2期，培训党员干部30余人次、120余人学时。\n"), built.draft)
        XCTAssertTrue(built.draft.contains("\n【说明：没有提供党课记录，由其得出的数字未列入本稿。】\n"), built.draft)

        // The Summary: "—" for the lectures, in this year's and last year's columns (the inputs
        // have a meeting of 2016); the completeness and score lines say why.
        let workbook = try IndependentReader.read(built.xlsx)
        let summary = try XCTUnwrap(workbook.sheet("总览"))
        XCTAssertEqual(cell(summary, row: "党课总数（次）"), .string("—"))
        XCTAssertEqual(cell(summary, row: "书记讲党课（次）"), .string("—"))
        XCTAssertEqual(cell(summary, row: "书记讲党课（次）", column: "E"), .string("—"))
        XCTAssertEqual(cell(summary, row: "召开党委会（次）"), .number(2))
        XCTAssertEqual(cell(summary, row: "数据完整性"), .string("党课记录：缺失（没有可读取的文件）"))
        XCTAssertEqual(cell(summary, row: "综合得分"), .string(
            "未计三会一课（所有建有支部的单位都没有这一项的数据）；其余权重按 100 ÷ 60 放大：主题党日 33.3、参会率 33.3、培训 16.7、组织生活会 8.3、民主评议 8.3"))
        // The Definitions sheet says the same beside the score's formula.
        let definitions = try XCTUnwrap(workbook.sheet("指标说明"))
        XCTAssertEqual(cell(definitions, row: "综合得分", column: "C"), cell(summary, row: "综合得分"))
    }

    func testAYearWithoutAttendeesAndExpectedLeavesAttendanceOut() throws {
        let built = try build { try dropColumns(["实到人数", "应到人数"], of: $0.appendingPathComponent("meetings.csv")) }
        XCTAssertEqual(built.json["missing_logs"] as? [String], [])
        XCTAssertEqual(built.json["score_parts_omitted"] as? [String], ["attendance"])
        let sites = try sites(built.json)
        for id in ["S001", "S002", "S004"] { XCTAssertTrue(sites[id]?["attendance_rate"] is NSNull, id) }
        // Attendance left out: 40 + 20 + 10 + 5 + 5 = 80, each weight × 100/80 = 1.25.
        // S001: sanhui (1/4 + 1/12 + 0 + 1/4)/4 = 7/48; 40 × 7/48 + 20 × 2/12 + 10 × 0.2
        //       = 35/6 + 20/6 + 12/6 = 67/6 → × 1.25 = 335/24 = 13.96
        // S002: sanhui (0 + 0 + 1/12 + 0)/4 = 1/48; 40/48 + 20/12 + 2 = 27/6 → × 1.25 = 5.625
        // S004: sanhui (0 + 0 + 0 + 1/3)/4 = 1/12; 40/12 → × 1.25 = 25/6 = 4.17
        XCTAssertEqual(try XCTUnwrap(sites["S001"]?["score"] as? Double), 335.0 / 24, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(sites["S002"]?["score"] as? Double), 5.625, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(sites["S004"]?["score"] as? Double), 25.0 / 6, accuracy: 1e-9)
        XCTAssertTrue(built.draft.contains("\n【说明：综合得分未计参会率（建有党支部的单位都没有这部分数据，或其考核周期尚未结束），其余各项分值按比例调整为：三会一课50分、主题党日25分、培训12.5分、组织生活会6.3分、民主评议6.3分。】\n"), built.draft)
    }

    func testAYearWithoutTrainingsLeavesTrainingOut() throws {
        let built = try build { try FileManager.default.removeItem(at: $0.appendingPathComponent("trainings.csv")) }
        XCTAssertEqual(built.json["missing_logs"] as? [String], ["trainings"])
        XCTAssertEqual(built.json["score_parts_omitted"] as? [String], ["training"])
        let totals = try XCTUnwrap(built.json["totals"] as? [String: Any])
        for key in ["trainings", "training_participants", "training_person_hours"] { XCTAssertTrue(totals[key] is NSNull, key) }
        let sites = try sites(built.json)
        XCTAssertTrue(sites["S001"]?["training_person_hours"] is NSNull)
        XCTAssertTrue(sites["S001"]?["training_hours_per_member"] is NSNull)
        // Training left out: 40 + 20 + 20 + 5 + 5 = 90, each weight × 100/90.
        // S001: 40 × 7/48 + 20 × 2/12 + 20 × 62/65 = 35/6 + 20/6 + 248/13 = 2203/78
        //       → × 100/90 = 11015/351 = 31.38
        XCTAssertEqual(try XCTUnwrap(sites["S001"]?["score"] as? Double), 11015.0 / 351, accuracy: 1e-9)
        XCTAssertFalse(built.draft.contains("培训班"), built.draft)
        XCTAssertTrue(built.draft.contains("\n二是抓实教育培训，提升党员队伍素质。书记讲党课1次，带动全系统各级党组织讲党课3次。\n"), built.draft)

        let workbook = try IndependentReader.read(built.xlsx)
        let summary = try XCTUnwrap(workbook.sheet("总览"))
        XCTAssertEqual(cell(summary, row: "举办培训班（期）"), .string("—"))
        XCTAssertEqual(cell(summary, row: "培训人学时"), .string("—"))
        XCTAssertEqual(cell(summary, row: "数据完整性"), .string("培训记录：缺失（没有可读取的文件）"))
        let monthly = try XCTUnwrap(workbook.sheet("月度调度"))
        XCTAssertEqual(cell(monthly, row: "培训班（期）"), .string("—"))
        XCTAssertEqual(cell(monthly, row: "培训班（期）", column: "N"), .string("—"))
    }

    func testAYearWithEveryLogLeavesNothingOut() throws {
        let built = try build { _ in }
        XCTAssertEqual(built.json["missing_logs"] as? [String], [])
        XCTAssertEqual(built.json["score_parts_omitted"] as? [String], [])
        // S001 with the config's weights: sanhui 7/48, party day 2/12, attendance 62/65, training
        // 0.2: 40 × 7/48 + 20/6 + 20 × 62/65 + 2 = 35/6 + 20/6 + 248/13 + 2 = 2359/78 = 30.24
        let sites = try sites(built.json)
        XCTAssertEqual(try XCTUnwrap(sites["S001"]?["score"] as? Double), 2359.0 / 78, accuracy: 1e-9)
        XCTAssertFalse(built.draft.contains("【说明："), built.draft)
        let summary = try XCTUnwrap(IndependentReader.read(built.xlsx).sheet("总览"))
        XCTAssertEqual(cell(summary, row: "数据完整性"), .string("完整"))
        XCTAssertNil(cell(summary, row: "综合得分"))
    }
}
