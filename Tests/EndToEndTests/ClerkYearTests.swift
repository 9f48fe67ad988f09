import Foundation
import TestSupport
import XCTest

/// A county's year as a clerk hands it in (Tests/Fixtures/clerk-year, see its README): GB18030
/// and UTF-16 files, title lines, the header `应道人数` typed for `应到人数`, everyday spellings, a
/// lower-case site code, and a lectures log that is an Excel workbook saved as .csv (read as a
/// workbook, with a warning). Nothing may
/// come out silently 0 or silently low: every figure below is counted by hand from the files.
final class ClerkYearTests: XCTestCase {
    var workspace: Workspace!
    var run: ReviewBinary.Outcome!
    var json: [String: Any]!

    override func setUpWithError() throws {
        workspace = try Workspace(copying: "clerk-year")
        run = try ReviewBinary.run(["build", "--json", "--out", "review.xlsx"], in: workspace.path)
        XCTAssertEqual(run.status, 0, run.stderr)
        json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    }

    override func tearDown() {
        workspace?.remove()
    }

    private func object(_ path: String) throws -> [String: Any] {
        var current: Any? = json
        for key in path.split(separator: ".") { current = (current as? [String: Any])?[String(key)] }
        return try XCTUnwrap(current as? [String: Any], path)
    }

    private func site(_ id: String) throws -> [String: Any] {
        let sites = try XCTUnwrap(json["sites"] as? [[String: Any]])
        return try XCTUnwrap(sites.first { $0["site_id"] as? String == id }, id)
    }

    /// `value` is JSON null.
    private func assertNull(_ value: Any?, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(value is NSNull, "\(what) should be null, is \(String(describing: value))", file: file, line: line)
    }

    private func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

    func testTheLecturesWorkbookUnderACSVNameIsRead() throws {
        // 党课记录.csv is a workbook (it starts with PK), made by LibreOffice: read as one. Its two
        // rows: JYJ 2017-03-01 党委书记 and LC01 2017-05-20 支部书记, dates as date-formatted numbers.
        XCTAssertEqual(json["missing_logs"] as? [String], [])
        let totals = try object("totals")
        XCTAssertEqual(number(totals["lectures"]), 2)
        XCTAssertEqual(try object("totals.lectures_by_role").mapValues { number($0) },
                       ["secretary": 2, "leader": 0, "member": 0, "expert": 0, "other": 0])
        XCTAssertEqual(try object("totals.bureau_lectures_by_role").mapValues { number($0) },
                       ["secretary": 1, "leader": 0, "member": 0, "expert": 0, "other": 0])
        XCTAssertEqual(try object("files.lectures").mapValues { number($0) }, ["read": 2, "accepted": 2, "rejected": 0, "out_of_period": 0, "warnings": 0])
        let lc01 = try site("LC01")
        XCTAssertEqual(number(lc01["lectures"]), 1)
        XCTAssertEqual(number((lc01["norm_rates"] as? [String: Any])?["lecture"]), 0.25)  // Q2 of four quarters
        // 支部大会 every quarter (1), 支委会议 every month (1), 党小组会议 Jan–Jun (0.5), lectures 0.25.
        XCTAssertEqual(try XCTUnwrap(number(lc01["sanhui_rate"])), 2.75 / 4, accuracy: 1e-12)
        XCTAssertEqual(lc01["fully_compliant"] as? Bool, false)
        XCTAssertEqual(try XCTUnwrap(number(lc01["lectures_per_100_members"])), 100.0 / 60, accuracy: 1e-12)
        let lectures = try XCTUnwrap(json["monthly"] as? [[String: Any]]).map { number($0["lectures"]) }
        XCTAssertEqual(lectures, [0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0])
    }

    func testTheSummarySaysWhatIsIncomplete() throws {
        let workbook = try IndependentReader.read(workspace.file("review.xlsx"))
        let summary = try XCTUnwrap(workbook.sheet("总览"))
        func value(nextTo label: String) -> DumpValue? {
            guard let a = summary.cells.first(where: { $0.key.first == "A" && $0.value.value == .string(label) })?.key else { return nil }
            return summary.cells["B" + a.dropFirst()]?.value
        }
        // One meetings file lacks 应到人数, typed 应道人数; the lectures workbook was read.
        XCTAssertEqual(value(nextTo: "数据完整性"), .string("会议记录：1个文件缺少“应到人数”列（近似表头“应道人数”）"))
        XCTAssertEqual(value(nextTo: "党课总数（次）"), .number(2))
        XCTAssertEqual(value(nextTo: "书记讲党课（次）"), .number(1))
    }

    func testEverydaySpellingsAreCounted() throws {
        // 72 rows under the title and the header; 三会一课 (LC02, 04-12) and the unknown LC09 are rejected.
        XCTAssertEqual(try object("files.meetings").mapValues { number($0) }, ["read": 72, "accepted": 70, "rejected": 2, "out_of_period": 0, "warnings": 0])
        XCTAssertEqual(try object("files.sites").mapValues { number($0) }, ["read": 7, "accepted": 7, "rejected": 0, "out_of_period": 0, "warnings": 0])
        XCTAssertEqual(try object("files.trainings").mapValues { number($0) }, ["read": 4, "accepted": 4, "rejected": 0, "out_of_period": 0, "warnings": 0])
        // 党委会 ×2 + 党委会议 + 党委（扩大）会议 = 4; 专题会议 + 专题会 = 2; 理论学习中心组学习 = 1;
        // 支部大会 ×4 (LC01) + 党员大会 ×2 (LC02) = 6; 支委会议 ×12 (LC01) + 支委会 ×6 (LC02) +
        // 支部委员会会议 (LC03) = 19; 党小组会议 ×6; 主题党日活动 ×12 + 固定党日 ×6 + 主题党日 ×6 = 24;
        // 组织生活会 + 专题组织生活会 = 2; 民主评议 + 民主评议党员 = 2; 谈心 = 1; 调研指导 ×2 + 调研 = 3.
        let expected: [String: Double] = [
            "party_committee": 4, "special_meeting": 2, "study_session": 1, "branch_general": 6, "branch_committee": 19,
            "party_group": 6, "party_day": 24, "org_life": 2, "democratic_review": 2, "talk": 1, "visit": 3, "other": 0,
        ]
        XCTAssertEqual(try object("totals.meetings_by_type").mapValues { number($0) }, expected)
        // 培训记录.txt: T2017-01 (LC01 60×4, lc03 6×4), T2017-02 (LC02 24×8), T2017-03 (bureau-wide 12×2.5).
        let totals = try object("totals")
        XCTAssertEqual(number(totals["trainings"]), 3)
        XCTAssertEqual(number(totals["training_participants"]), 102)
        XCTAssertEqual(number(totals["training_person_hours"]), 486)  // 240 + 24 + 192 + 30
        XCTAssertEqual(number(totals["visits"]), 3)
    }

    func testTheRegisterReadsItsEverydaySpellings() throws {
        let sites = try object("totals.sites")
        XCTAssertEqual(number(sites["total"]), 6)
        // 市区, 城镇, 市区, 城区 are urban; 村, 乡村 rural. 公立 and 公办 public; 私立, 民营 private.
        XCTAssertEqual(try object("totals.sites.by_locale").mapValues { number($0) }, ["urban": 4, "rural": 2])
        XCTAssertEqual(try object("totals.sites.by_ownership").mapValues { number($0) }, ["public": 4, "private": 2])
        // 完全中学 senior, 中职 vocational, 小学 primary, 九年制 nine_year, 学前 kindergarten, 培训机构 training.
        XCTAssertEqual(try object("totals.sites.by_level").mapValues { number($0) }, [
            "kindergarten": 1, "primary": 1, "junior": 0, "nine_year": 1, "senior": 1, "vocational": 1,
            "special": 0, "training": 1, "other": 0,
        ])
        XCTAssertEqual(number(sites["with_branch"]), 4)  // LC01, LC02, lc03, LC04
        XCTAssertEqual(number(sites["covered"]), 6)      // and LC05, LC06 through their joint branches
        XCTAssertEqual(try object("totals.sites.founded_in_year").mapValues { number($0) }, ["public": 0, "private": 1])
        XCTAssertEqual(try object("totals.sites.demo").mapValues { number($0) }, ["county": 1, "city": 1, "province": 0])
        // The register's own spelling of the code is kept; the meetings log wrote it `LC03`.
        let ids = try XCTUnwrap(json["sites"] as? [[String: Any]]).compactMap { $0["site_id"] as? String }
        XCTAssertEqual(ids, ["LC01", "LC02", "LC04", "LC05", "LC06", "lc03"])  // by UTF-8 bytes
    }

    func testScoresLeaveOutThePartNoSiteCanHave() throws {
        // Attendance needs 应到人数. Left: 三会一课 40, party day 20, training 10, organisational
        // life 5, democratic review 5 = 80 points, scaled by 100 ÷ 80 = 1.25.
        XCTAssertEqual(json["score_parts_omitted"] as? [String], ["attendance"])
        // LC01: 三会一课 (1 + 1 + 0.5 + 0.25) ÷ 4 = 0.6875, Party day every month (1), 60×4 h over
        //   60 members = 4 h of 8 (0.5), 组织生活会 and 民主评议: 27.5 + 20 + 5 + 5 + 5 = 62.5 → 78.125, 3 stars.
        // LC02: 三会一课 (党员大会 Q1, Q2: 0.5; 支委会 Jan–Jun: 0.5; no 党小组会, no lecture) = 0.25,
        //   固定党日 Jan–Jun (0.5), 24×8 h over 24 members = 8 h (1), 专题组织生活会, no review:
        //   10 + 10 + 10 + 5 = 35 → 43.75, 1 star.
        // lc03: 三会一课 (支部委员会会议 in March: 1/12) ÷ 4 = 1/48, 主题党日 in Feb, May, Oct (3 of 12),
        //   6×4 h over 12 members = 2 h (0.25), 民主评议党员: 40/48 + 5 + 2.5 + 5 = 13.33… → 16.67, 1 star.
        // LC04, founded 2017-07-01: nothing of 三会一课 in Q3, Q4 (0), Party days Jul–Sep of the 6
        //   months Jul–Dec (0.5), no training: 10 → 12.5, 1 star.
        let expected: [(String, Double, Int, Int, Double, Double)] = [
            ("LC01", 78.125, 3, 1, 1, 4), ("LC02", 43.75, 1, 2, 0.5, 8), ("lc03", (40.0 / 48 + 12.5) * 1.25, 1, 3, 0.25, 2),
            ("LC04", 12.5, 1, 4, 0.5, 0),
        ]
        for (id, score, stars, rank, partyDay, hours) in expected {
            let site = try site(id)
            XCTAssertEqual(try XCTUnwrap(number(site["score"]), id), score, accuracy: 1e-9, id)
            XCTAssertEqual(number(site["stars"]), Double(stars), id)
            XCTAssertEqual(number(site["rank"]), Double(rank), id)
            XCTAssertEqual(try XCTUnwrap(number(site["party_day_rate"]), id), partyDay, accuracy: 1e-12, id)
            XCTAssertEqual(try XCTUnwrap(number(site["training_hours_per_member"]), id), hours, accuracy: 1e-12, id)
            assertNull(site["attendance_rate"], "\(id) attendance")
        }
        // lc03 held two of its three Party days on the 28th (02-28, 10-28; not 05-27).
        XCTAssertEqual(try XCTUnwrap(number(try site("lc03")["party_day_on_day_share"])), 2.0 / 3, accuracy: 1e-12)
        // LC04's quarters in scope are Q3 and Q4, its months Jul–Dec: nothing but Party days held.
        let lc04 = try XCTUnwrap(try site("LC04")["norm_rates"] as? [String: Any])
        for norm in ["branch_general", "branch_committee", "party_group", "org_life", "democratic_review"] {
            XCTAssertEqual(number(lc04[norm]), 0, norm)
        }
        // Without a branch of their own: no score.
        for id in ["LC05", "LC06"] { assertNull(try site(id)["score"], "\(id) score") }
    }

    func testBuildTellsTheClerkInChineseWhatIsAmiss() throws {
        let stderr = run.stderr
        // Each problem on one line, in Chinese, with the file (and line) it is in.
        XCTAssertTrue(stderr.contains("会议记录.csv:2:5: warning: "), stderr)
        XCTAssertTrue(stderr.contains("“应道人数”") && stderr.contains("“应到人数”"), stderr)
        XCTAssertTrue(stderr.contains("党课记录.csv: warning: 这是一个 Excel 工作簿，只是文件名以 .csv 结尾，已按工作簿读取。请把文件名改为以 .xlsx 结尾。\n"), stderr)
        XCTAssertTrue(stderr.contains("三会一课"), stderr)
        XCTAssertFalse(stderr.contains("expected one of"), stderr)
        for line in stderr.split(separator: "\n") {
            XCTAssertFalse(line.contains("PK\u{3}\u{4}"), "binary bytes in a message: \(line)")
        }
    }
}
