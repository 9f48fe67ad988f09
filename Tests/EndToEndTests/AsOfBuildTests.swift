import Foundation
import TestSupport
import XCTest

/// `annual-review build --as-of` and `annual_meetings_until` on a small year written here
/// (rules §2 row rule 6, §4.2, §4.3, §4.5): every figure worked out by hand.
///
/// The year 2017: the bureau JYJ and three schools with a branch — S01 (10 members), S02 (5,
/// founded 2017-05-10) and S03 (4, founded 2017-07-01).
/// - JYJ's 党委会: 2016-03-10, 06-20, 06-30, 09-01; 2017-03-15, 06-20, 06-30, 07-05, 11-11.
/// - S01: 支委会 on the 10th of January…June (01-10 with 9 of 10 present); 党小组会 on the 12th
///   of January…March; 主题党日 on the 28th of January…June; 支部党员大会 03-20 and 08-20;
///   组织生活会 12-20; 民主评议党员 2018-01-15 (the year's, held in January); lectures 02-15,
///   05-15, 09-01; training T1 on 04-10 (10 people × 2 h), T2 on 09-10 (5 × 2 h).
/// - S02: 支委会 05-15, 06-05; 主题党日 05-28. S03: 支委会 07-10.
/// - JYJ's secretary lectured on 2016-04-01 and 2017-04-01.
/// 32 meeting rows, 5 lectures, 2 trainings, 4 register rows; none rejected.
final class AsOfBuildTests: XCTestCase {
    var binary: AnnualReviewBinary!

    override func setUpWithError() throws {
        binary = try AnnualReviewBinary()
        try binary.write("inputs/sites.csv", """
            site_id,name,locale,ownership,level,party_members,branches,branch_founded
            JYJ,教育局,城区,公办,机关,30,1,
            S01,第一小学,城区,公办,小学,10,1,
            S02,河口小学,农村,公办,小学,5,1,2017-05-10
            S03,新城中学,城区,民办,初中,4,1,2017-07-01

            """)
        var meetings = "date,site_id,type,attendees,expected\n"
        for date in ["2016-03-10", "2016-06-20", "2016-06-30", "2016-09-01",
                     "2017-03-15", "2017-06-20", "2017-06-30", "2017-07-05", "2017-11-11"] {
            meetings += "\(date),JYJ,党委会,,\n"
        }
        meetings += "2017-01-10,S01,支委会,9,10\n"
        for month in 2...6 { meetings += "2017-0\(month)-10,S01,支委会,,\n" }
        for month in 1...3 { meetings += "2017-0\(month)-12,S01,党小组会,,\n" }
        for month in 1...6 { meetings += "2017-0\(month)-28,S01,主题党日,,\n" }
        meetings += """
            2017-03-20,S01,支部党员大会,,
            2017-08-20,S01,支部党员大会,,
            2017-12-20,S01,组织生活会,,
            2018-01-15,S01,民主评议党员,,
            2017-05-15,S02,支委会,,
            2017-06-05,S02,支委会,,
            2017-05-28,S02,主题党日,,
            2017-07-10,S03,支委会,,

            """
        try binary.write("inputs/meetings.csv", meetings)
        try binary.write("inputs/lectures.csv", """
            date,site_id,lecturer_role
            2017-02-15,S01,书记
            2017-05-15,S01,书记
            2017-04-01,JYJ,书记
            2017-09-01,S01,书记
            2016-04-01,JYJ,书记

            """)
        try binary.write("inputs/trainings.csv", """
            training_id,start_date,site_id,participants,hours
            T1,2017-04-10,S01,10,2
            T2,2017-09-10,S01,5,2

            """)
    }

    override func tearDown() {
        binary?.remove()
    }

    struct Built {
        var result: AnnualReviewBinary.Result
        var jsonText: String
        var json: [String: Any]
        var xlsx: String
    }

    func build(_ options: [String], name: String = "review") throws -> Built {
        let xlsx = binary.path("\(name).xlsx"), jsonPath = binary.path("\(name).json")
        let result = try binary.run(["build", "--inputs", binary.path("inputs"), "--out", xlsx, "--json-file", jsonPath] + options)
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        let text = try String(contentsOfFile: jsonPath, encoding: .utf8)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return Built(result: result, jsonText: text, json: json, xlsx: xlsx)
    }

    func files(_ json: [String: Any]) throws -> [String: [String: Int]] {
        try XCTUnwrap(json["files"] as? [String: [String: Int]])
    }

    func sites(_ json: [String: Any]) throws -> [String: [String: Any]] {
        let list = try XCTUnwrap(json["sites"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["site_id"] as! String, $0) })
    }

    func monthly(_ json: [String: Any]) throws -> [[String: Any]] {
        try XCTUnwrap(json["monthly"] as? [[String: Any]])
    }

    func partyCommittees(_ totals: Any?) -> Int? {
        ((totals as? [String: Any])?["bureau_meetings_by_type"] as? [String: Any])?["party_committee"] as? Int
    }

    func testAsOfJuneCountsTheRowsUpToJune30() throws {
        let built = try build(["--as-of", "2017-06"])
        let json = built.json
        XCTAssertEqual(json["as_of"] as? String, "2017-06-30")
        // Meetings: accepted the 2017 rows up to 06-30 — JYJ 03-15, 06-20, 06-30 (3); S01's six
        // 支委会, three 党小组会, six 主题党日 and 03-20 (16); S02's three → 22. Out of period:
        // the four 2016 rows, JYJ 07-05 and 11-11, S01 08-20, 12-20 and 2018-01-15, S03 07-10 → 10.
        let files = try files(json)
        XCTAssertEqual(files["meetings"], ["read": 32, "accepted": 22, "rejected": 0, "out_of_period": 10, "warnings": 0])
        XCTAssertEqual(files["lectures"], ["read": 5, "accepted": 3, "rejected": 0, "out_of_period": 2, "warnings": 0])
        XCTAssertEqual(files["trainings"], ["read": 2, "accepted": 1, "rejected": 0, "out_of_period": 1, "warnings": 0])
        XCTAssertEqual(files["sites"], ["read": 4, "accepted": 4, "rejected": 0, "out_of_period": 0, "warnings": 0])
        // The bureau's 党委会 as of 06-30: 3.
        let totals = try XCTUnwrap(json["totals"] as? [String: Any])
        XCTAssertEqual(partyCommittees(totals), 3)
        XCTAssertEqual(totals["lectures"] as? Int, 3)
        XCTAssertEqual(totals["trainings"] as? Int, 1)
        XCTAssertEqual((totals["lectures_by_role"] as? [String: Any])?["secretary"] as? Int, 3)
        // The previous year like for like, up to 2016-06-30 (2016-09-01 left out): 党委会 in
        // March and June, 2 months of the ⌈10 × 6 ÷ 12⌉ = 5 needed; the lecture of 04-01, one
        // quarter of the 2 ended; no training. Nothing is compared (rules §4.5).
        let previous = try XCTUnwrap(json["previous"] as? [String: Any])
        XCTAssertTrue((previous["bureau_meetings_by_type"] as? [String: Any])?["party_committee"] is NSNull)
        XCTAssertTrue(previous["lectures"] is NSNull)
        XCTAssertTrue(previous["trainings"] is NSNull)
        let validated = try binary.run(["validate", "--inputs", binary.path("inputs"), "--as-of", "2017-06", "--lang", "en"])
        XCTAssertEqual(validated.stdoutLines.filter { $0.contains("no comparison with 2016") }, [
            "meetings.csv: info: meetings: the 2016 rows up to 2016-06-30 cover 2 months, fewer than the 5 needed; no comparison with 2016",
            "lectures.csv: info: lectures: the 2016 rows up to 2016-06-30 cover 1 quarter, fewer than the 2 needed; no comparison with 2016",
            "trainings.csv: info: trainings: no training starting in 2016 up to 2016-06-30; no comparison with 2016",
        ])

        // Months: July…December empty; June (ended on the as-of date) complete.
        let months = try monthly(json)
        XCTAssertEqual(months.count, 12)
        for m in months[6...] {
            XCTAssertTrue(m["lectures"] is NSNull)
            XCTAssertTrue(m["trainings"] is NSNull)
            XCTAssertTrue(m["inactive_sites"] is NSNull)
            for (type, n) in try XCTUnwrap(m["meetings_by_type"] as? [String: Any]) { XCTAssertTrue(n is NSNull, type) }
            for (norm, c) in try XCTUnwrap(m["completion"] as? [String: Any]) { XCTAssertTrue(c is NSNull, norm) }
        }
        XCTAssertEqual(months.map { $0["month"] as? Int }, Array(1...12))
        let june = months[5]
        let juneMeetings = try XCTUnwrap(june["meetings_by_type"] as? [String: Any])
        // June: JYJ 06-20, 06-30; 支委会 S01 06-10, S02 06-05; 主题党日 S01 06-28.
        XCTAssertEqual(juneMeetings["party_committee"] as? Int, 2)
        XCTAssertEqual(juneMeetings["branch_committee"] as? Int, 2)
        XCTAssertEqual(juneMeetings["party_day"] as? Int, 1)
        // Inactive in June: S01 and S02 (S03's branch is founded 07-01) both met → 0.
        XCTAssertEqual(june["inactive_sites"] as? Int, 0)

        // S01: months January…June and Q1, Q2 in scope, no year. 支部党员大会 Q1 met, Q2 not
        // (08-20 is after) → 1/2; 支委会 6/6; 党小组会 3/6; lectures Q1, Q2 → 1; 主题党日 6/6.
        // 三会一课 (0.5 + 1 + 0.5 + 1)/4 = 0.75.
        // S02 (founded 05-10): May, June and Q2. 支部党员大会 0/1; 支委会 2/2; 党小组会 0/2;
        // lecture 0/1 → 三会一课 0.25; 主题党日 May → 1/2.
        // S03 (founded 07-01): no period in scope → no score, stars or rank.
        // The yearly parts have no period before 31 December: left out; the kept weights
        // 40 + 20 + 20 + 10 = 90 scale by 100/90.
        XCTAssertEqual(json["score_parts_omitted"] as? [String], ["org_life", "democratic_review"])
        let sites = try sites(json)
        // S01: 40 × 0.75 + 20 × 1 + 20 × 9/10 + 10 × (20 h ÷ 10 members ÷ 8) = 70.5 → × 100/90 = 235/3
        XCTAssertEqual(try XCTUnwrap(sites["S01"]?["score"] as? Double), 235.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(sites["S01"]?["stars"] as? Int, 3)
        XCTAssertEqual(sites["S01"]?["rank"] as? Int, 1)
        XCTAssertEqual(try XCTUnwrap(sites["S01"]?["sanhui_rate"] as? Double), 0.75, accuracy: 1e-12)
        XCTAssertTrue((sites["S01"]?["norm_rates"] as? [String: Any])?["org_life"] is NSNull)
        // S02: 40 × 0.25 + 20 × 0.5 + 0 (no attendance) + 10 × 0 = 20 → × 100/90 = 200/9
        XCTAssertEqual(try XCTUnwrap(sites["S02"]?["score"] as? Double), 200.0 / 9, accuracy: 1e-9)
        XCTAssertEqual(sites["S02"]?["rank"] as? Int, 2)
        XCTAssertEqual(sites["S03"]?["has_branch"] as? Bool, true)
        XCTAssertTrue(sites["S03"]?["score"] is NSNull)
        XCTAssertTrue(sites["S03"]?["stars"] is NSNull)
        XCTAssertTrue(sites["S03"]?["rank"] is NSNull)
        // Two ranked: at most ⌈0.1 × 2⌉ = 1; S02 (200/9) is below the mean (235/3 + 200/9)/2.
        XCTAssertEqual(json["bottom"] as? [String], ["S02"])

        // --as-of 2017-06 is 2017-06-30: the same JSON, byte for byte.
        XCTAssertEqual(try build(["--as-of", "2017-06-30"], name: "june30").jsonText, built.jsonText)
    }

    func testBeforeTheFirstQuarterEndsSanhuiAndTheYearlyPartsAreLeftOut() throws {
        let built = try build(["--as-of", "2017-03-15"])
        let json = built.json
        XCTAssertEqual(json["as_of"] as? String, "2017-03-15")
        // Accepted: JYJ 03-15; S01 支委会 01-10, 02-10, 03-10, 党小组会 01-12, 02-12, 03-12,
        // 主题党日 01-28, 02-28 → 9; out of period 23. Lectures: 02-15 only. Trainings: none.
        let files = try files(json)
        XCTAssertEqual(files["meetings"], ["read": 32, "accepted": 9, "rejected": 0, "out_of_period": 23, "warnings": 0])
        XCTAssertEqual(files["lectures"], ["read": 5, "accepted": 1, "rejected": 0, "out_of_period": 4, "warnings": 0])
        XCTAssertEqual(files["trainings"], ["read": 2, "accepted": 0, "rejected": 0, "out_of_period": 2, "warnings": 0])
        // No quarter has ended: 支部党员大会 and lecture have no period, 三会一课 is empty; the year
        // has not ended: org_life and democratic_review are left out too.
        XCTAssertEqual(json["score_parts_omitted"] as? [String], ["sanhui", "org_life", "democratic_review"])
        let sites = try sites(json)
        // S01 (the only site with a period in scope: January, February): 主题党日 2/2;
        // attendance 9/10; training 0 h (T1 starts 04-10) → 0. Kept 20 + 20 + 10 = 50, × 2:
        // (20 + 18 + 0) × 2 = 76.
        XCTAssertTrue(sites["S01"]?["sanhui_rate"] is NSNull)
        XCTAssertEqual(try XCTUnwrap(sites["S01"]?["score"] as? Double), 76, accuracy: 1e-9)
        XCTAssertEqual(sites["S01"]?["rank"] as? Int, 1)
        // S02 (founded 05-10) and S03 (07-01) have no period in scope yet.
        XCTAssertTrue(sites["S02"]?["score"] is NSNull)
        XCTAssertTrue(sites["S02"]?["rank"] is NSNull)
        XCTAssertTrue(sites["S03"]?["score"] is NSNull)
        // March is counted up to the 15th, and has no inactive sites yet; April on is empty.
        let months = try monthly(json)
        let march = try XCTUnwrap(months[2]["meetings_by_type"] as? [String: Any])
        XCTAssertEqual(march["party_committee"] as? Int, 1)
        XCTAssertEqual(march["branch_committee"] as? Int, 1)
        XCTAssertEqual(march["party_group"] as? Int, 1)
        XCTAssertEqual(march["party_day"] as? Int, 0)  // 03-28 is after the as-of date
        XCTAssertEqual(march["branch_general"] as? Int, 0)  // 03-20 too
        XCTAssertTrue(months[2]["inactive_sites"] is NSNull)
        XCTAssertEqual(months[1]["inactive_sites"] as? Int, 0)
        XCTAssertTrue(months[3]["lectures"] is NSNull)
        // The previous year up to 2016-03-15: one 党委会 (03-10), one month of the ⌈10 × 2 ÷ 12⌉
        // = 2 needed; no lecture (04-01 is later): nothing compared.
        XCTAssertTrue((json["previous"] as? [String: Any])?["lectures"] is NSNull)
        XCTAssertNil(partyCommittees(json["previous"]))
        let validated = try binary.run(["validate", "--inputs", binary.path("inputs"), "--as-of", "2017-03-15"])
        XCTAssertEqual(validated.stdoutLines.filter { $0.contains("不与2016年比较") }, [
            "meetings.csv: info: 会议记录：2016年截至3月15日的记录只涉及1个月（至少需要2个月），不与2016年比较",
            "lectures.csv: info: 党课记录：没有2016年截至3月15日的记录，不与2016年比较",
            "trainings.csv: info: 培训记录：没有2016年截至3月15日开始的培训，不与2016年比较",
        ])

        // The Monthly sheet: March marked as counted to the 15th, April…December "—", the
        // completion blank (no point on the chart).
        let monthly = try XCTUnwrap(IndependentReader.read(built.xlsx).sheet("月度调度"))
        XCTAssertEqual(monthly.cells["B5"]?.value, .string("1月"))
        XCTAssertEqual(monthly.cells["D5"]?.value, .string("3月（至15日）"))
        XCTAssertEqual(monthly.cells["E5"]?.value, .string("4月"))
        let row = try XCTUnwrap(monthly.cells.first { $0.key.hasPrefix("A") && $0.value.value == .string("党委会") }?.key.dropFirst())
        XCTAssertEqual(monthly.cells["D\(row)"]?.value, .number(1))
        for column in ["E", "F", "G", "H", "I", "J", "K", "L", "M"] {
            XCTAssertEqual(monthly.cells["\(column)\(row)"]?.value, .string("—"), column)
        }
        XCTAssertEqual(monthly.cells["N\(row)"]?.value, .number(1))  // the year column: as of 03-15
        // 支委会 labels a count row, then its norm's completion row further down.
        let completion = try XCTUnwrap(monthly.cells.filter { $0.key.hasPrefix("A") && $0.value.value == .string("支委会") }
            .compactMap { Int($0.key.dropFirst()) }.max())
        XCTAssertEqual(monthly.cells["C\(completion)"]?.value, .number(1))  // 2 of 2 months met
        XCTAssertEqual(monthly.cells["E\(completion)"]?.value ?? .null, .null)
        XCTAssertEqual(monthly.cells["N\(completion)"]?.value, .number(1))
    }

    func testAYearEndRunIsUnchangedAndTellsOfTheJanuaryReview() throws {
        let whole = try build([])
        let json = whole.json
        XCTAssertEqual(json["as_of"] as? String, "2017-12-31")
        // Every 2017 row: 27 meetings (the 2018-01-15 review and the four 2016 rows out).
        XCTAssertEqual(try files(json)["meetings"], ["read": 32, "accepted": 27, "rejected": 0, "out_of_period": 5, "warnings": 0])
        XCTAssertEqual(json["score_parts_omitted"] as? [String], [])
        XCTAssertEqual(partyCommittees(json["totals"]), 5)
        // 2016: 党委会 in March, June and September, 3 of the 10 months needed: not compared.
        XCTAssertNil(partyCommittees(json["previous"]))
        for m in try monthly(json) { XCTAssertTrue(m["inactive_sites"] is Int) }
        // S01's 民主评议党员 of 2018-01-15 is not 2017's: its rate is 0.
        let s01 = try XCTUnwrap(sites(json)["S01"])
        XCTAssertEqual((s01["norm_rates"] as? [String: Any])?["democratic_review"] as? Double, 0)
        // --as-of 2017-12-31 is the same run.
        XCTAssertEqual(try build(["--as-of", "2017-12-31"], name: "dec31").jsonText, whole.jsonText)
        // validate tells of the January meeting, naming the key.
        let validate = try binary.run(["validate", "--inputs", binary.path("inputs")])
        XCTAssertEqual(validate.exitCode, 0, validate.stderr)
        XCTAssertTrue(validate.stdoutLines.contains(
            "meetings.csv: info: 有1次组织生活会、民主评议党员的日期在2018年1—2月，不计入2017年度；如果是2017年度的会议，请在 review.yml 中设置 annual_meetings_until（如 annual_meetings_until: 02-28），使其计入2017年度"),
            validate.stdout)
    }

    func testUnderAnnualMeetingsUntilTheJanuaryReviewCountsFor2017() throws {
        try binary.write("inputs/review.yml", "annual_meetings_until: 01-31\n")
        let built = try build([])
        let json = built.json
        // The 2018-01-15 review counts as held on 2017-12-31: 28 accepted, 4 out of period.
        XCTAssertEqual(try files(json)["meetings"], ["read": 32, "accepted": 28, "rejected": 0, "out_of_period": 4, "warnings": 0])
        let s01 = try XCTUnwrap(sites(json)["S01"])
        XCTAssertEqual((s01["norm_rates"] as? [String: Any])?["democratic_review"] as? Double, 1)
        let december = try XCTUnwrap(monthly(json)[11]["meetings_by_type"] as? [String: Any])
        XCTAssertEqual(december["democratic_review"] as? Int, 1)
        // The Data quality sheet says so, among the file notes (IngestTests pin the text).
        let quality = try XCTUnwrap(IndependentReader.read(built.xlsx).sheet("数据质量"))
        XCTAssertTrue(quality.cells.values.contains {
            if case .string(let text) = $0.value { text.contains("annual_meetings_until: 01-31") } else { false }
        })
        // validate prints it too.
        let validate = try binary.run(["validate", "--inputs", binary.path("inputs")])
        XCTAssertTrue(validate.stdoutLines.contains(
            "meetings.csv: info: 2018年1月1日至1月31日召开的组织生活会、民主评议党员共1次，按 review.yml 中的 annual_meetings_until: 01-31 计入2017年度（按2017年12月31日计）"),
            validate.stdout)
        // 2018 has no row left: the meeting counts for 2017 alone.
        let review2018 = try binary.run(["build", "--inputs", binary.path("inputs"), "--year", "2018", "--out", binary.path("r2018.xlsx")])
        XCTAssertEqual(review2018.exitCode, 2)
    }

    func testAnAsOfDateOutsideTheReviewYearIsAUsageError() throws {
        let wrongYear = try binary.run(["build", "--inputs", binary.path("inputs"), "--year", "2017", "--as-of", "2018-03-01"])
        XCTAssertEqual(wrongYear.exitCode, 2)
        XCTAssertEqual(wrongYear.stderrLines, ["error: --as-of 2018-03-01 不在评估年度2017年内（评估年度由 --year 2017 指定）；请写 2017-01-01 至 2017-12-31 之间的日期"])
        try binary.write("inputs/review.yml", "year: 2017\n")
        let configYear = try binary.run(["build", "--inputs", binary.path("inputs"), "--as-of", "2016-12", "--lang", "en"])
        XCTAssertEqual(configYear.exitCode, 2)
        XCTAssertEqual(configYear.stderrLines, ["error: --as-of 2016-12 is not a date of the review year 2017 (set by year: 2017 in review.yml); give a date from 2017-01-01 to 2017-12-31"])
        let noMonth = try binary.run(["build", "--inputs", binary.path("inputs"), "--as-of", "2017-13", "--lang", "en"])
        XCTAssertEqual(noMonth.exitCode, 2)
        XCTAssertEqual(noMonth.stderrLines, ["error: --as-of `2017-13` is not a date: there is no month 13."])
        // A year before 1900 is no review year (as for --year): not read as YYYY-MM, not a date.
        let ancient = try binary.run(["build", "--inputs", binary.path("inputs"), "--as-of", "0005-03", "--lang", "en"])
        XCTAssertEqual(ancient.exitCode, 2)
        XCTAssertEqual(ancient.stderrLines, ["error: --as-of `0005-03` is not a date; write it as 2017-03-05, 2017/3/5 or 2017年3月5日."])
    }

    /// 15 January: no month or quarter has ended, so no norm period was checked. The overdue
    /// list is empty but must not read "all done", and the ranking says why nothing is ranked.
    func testBeforeAnyPeriodEndsNothingIsCheckedOrRanked() throws {
        let xlsx = binary.path("early.xlsx")
        let run = try binary.run(["build", "--inputs", binary.path("inputs"), "--as-of", "2017-01-15", "--out", xlsx, "--quiet"])
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let workbook = try IndependentReader.read(xlsx)
        XCTAssertEqual(try XCTUnwrap(workbook.sheet("督办清单")).cells["A1"]?.value,
                       .string("督办清单（截至2017年1月15日）：尚无可检查的周期（截至此日没有已结束的规范周期，或缺少会议记录和党课记录）"))
        let ranking = try XCTUnwrap(workbook.sheet("排名"))
        XCTAssertTrue(ranking.cells.values.contains { $0.value == .string("截至统计日期，各支部都还没有已结束的规范周期，暂不计排名。") })
    }
}
