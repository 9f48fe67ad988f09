import Foundation
import TestSupport
import XCTest

/// `annual-review build` and `validate` on a small year written here, with a 2016 that covers or
/// does not cover its year (rules §4.5). Every figure worked out by hand.
///
/// The register: the bureau J0 and two schools S1, S2. 2017: J0's 党委会 on 03-01 and 06-01, S1's
/// 主题党日 on 03-28, S2's on 04-28 (three sites with meetings, so 2 are needed in 2016); J0's
/// secretary lectured on 2017-04-02; training T1 on 2017-05-01 (20 × 2 h).
/// 2016: J0's 党委会 on the 5th of each of `bureauMonths`, S1's 主题党日 on 2016-05-28; J0's
/// secretary on 2016-02-02 and 05-02 (Q1 and Q2 only); training T0 on 2016-09-01 (15 × 2 h).
/// 2016 may hold more meeting rows than 2017: every run names the year.
final class PreviousYearBuildTests: XCTestCase {
    var binary: AnnualReviewBinary!

    override func setUpWithError() throws {
        binary = try AnnualReviewBinary()
    }

    override func tearDown() {
        binary?.remove()
    }

    func write(bureauMonths: ClosedRange<Int>) throws {
        try binary.write("inputs/sites.csv", """
            site_id,name,locale,ownership,level,party_members,branches
            J0,教育局,城区,公办,机关,30,1
            S1,第一小学,城区,公办,小学,10,1
            S2,河口小学,农村,公办,小学,8,1

            """)
        var meetings = """
            date,site_id,type,attendees,expected
            2017-03-01,J0,党委会,,
            2017-06-01,J0,党委会,,
            2017-03-28,S1,主题党日,9,10
            2017-04-28,S2,主题党日,8,8
            2016-05-28,S1,主题党日,,

            """
        for month in bureauMonths { meetings += String(format: "2016-%02d-05,J0,党委会,,\n", month) }
        try binary.write("inputs/meetings.csv", meetings)
        try binary.write("inputs/lectures.csv", """
            date,site_id,lecturer_role
            2017-04-02,J0,书记
            2016-02-02,J0,书记
            2016-05-02,J0,书记

            """)
        try binary.write("inputs/trainings.csv", """
            training_id,start_date,site_id,participants,hours
            T1,2017-05-01,,20,2
            T0,2016-09-01,,15,2

            """)
    }

    func build(_ options: [String] = []) throws -> (previous: [String: Any], xlsx: String) {
        let xlsx = binary.path("review.xlsx"), jsonPath = binary.path("review.json")
        let result = try binary.run(["build", "--inputs", binary.path("inputs"), "--year", "2017", "--out", xlsx, "--json-file", jsonPath, "--quiet"] + options)
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: jsonPath))) as? [String: Any])
        return (try XCTUnwrap(json["previous"] as? [String: Any]), xlsx)
    }

    func notes(_ options: [String]) throws -> [String] {
        let validated = try binary.run(["validate", "--inputs", binary.path("inputs"), "--year", "2017"] + options)
        XCTAssertEqual(validated.exitCode, 0, validated.stderr)
        return validated.stdoutLines.filter { $0.contains(": info: ") && ($0.contains("2016") || $0.contains("上年")) }
    }

    func testTenMonthsFromTwoOfTheThreeSitesCoverTheMeetingsAndTheTrainings() throws {
        // 2016: J0 January–October (10 months) and S1 in May: 2 of the 3 sites. The lectures hold
        // 2 quarters of the 3 needed: their figures alone are empty.
        try write(bureauMonths: 1...10)
        let (previous, xlsx) = try build()
        XCTAssertEqual((previous["bureau_meetings_by_type"] as? [String: Any])?["party_committee"] as? Int, 10)
        XCTAssertEqual((previous["meetings_by_type"] as? [String: Any])?["party_day"] as? Int, 1)
        XCTAssertEqual(previous["visits"] as? Int, 0)
        XCTAssertEqual(previous["trainings"] as? Int, 1)
        XCTAssertEqual(previous["training_participants"] as? Int, 15)
        XCTAssertEqual((previous["training_person_hours"] as? NSNumber)?.doubleValue, 30)  // 15 × 2
        XCTAssertTrue(previous["lectures"] is NSNull)
        for (role, count) in try XCTUnwrap(previous["lectures_by_role"] as? [String: Any]) {
            XCTAssertTrue(count is NSNull, role)
        }
        XCTAssertEqual(try notes(["--lang", "en"]), [
            "lectures.csv: info: lectures: the 2016 rows cover 2 quarters, fewer than the 3 needed; no comparison with 2016",
        ])
        XCTAssertEqual(try notes([]), ["lectures.csv: info: 党课记录：2016年的记录只涉及2个季度（至少需要3个季度），不与2016年比较"])
        // The Data quality sheet lists it among the file notes.
        let quality = try XCTUnwrap(IndependentReader.read(xlsx).sheet("数据质量"))
        XCTAssertTrue(quality.cells.values.contains { $0.value == .string("党课记录：2016年的记录只涉及2个季度（至少需要3个季度），不与2016年比较") })
    }

    func testTwoMonthsOfMeetingsCoverNeitherTheMeetingsNorTheTrainings() throws {
        // J0 in January and February, S1 in May: 3 months of the 10 needed.
        try write(bureauMonths: 1...2)
        let (previous, xlsx) = try build()
        for key in ["meetings_by_type", "bureau_meetings_by_type"] {
            for (type, count) in try XCTUnwrap(previous[key] as? [String: Any]) { XCTAssertTrue(count is NSNull, "\(key).\(type)") }
        }
        for key in ["visits", "lectures", "trainings", "training_participants", "training_person_hours"] {
            XCTAssertTrue(previous[key] is NSNull, key)
        }
        // On the Summary, last year's counts by meeting type and by lecturer are blank (not "—",
        // which marks a missing log).
        let summary = try XCTUnwrap(IndependentReader.read(xlsx).sheet("总览"))
        func lastYear(_ label: String, in column: String, at lastYearColumn: String) throws -> DumpValue {
            let row = try XCTUnwrap(summary.cells.first { $0.key.hasPrefix(column) && $0.key.dropFirst().allSatisfy(\.isNumber)
                && $0.value.value == .string(label) }?.key.dropFirst(), label)
            return summary.cells["\(lastYearColumn)\(row)"]?.value ?? .null
        }
        XCTAssertEqual(try lastYear("主题党日", in: "A", at: "D"), .null)
        XCTAssertEqual(try lastYear("书记", in: "I", at: "L"), .null)
        XCTAssertEqual(try notes(["--lang", "en"]), [
            "meetings.csv: info: meetings: the 2016 rows cover 3 months, fewer than the 10 needed; no comparison with 2016",
            "lectures.csv: info: lectures: the 2016 rows cover 2 quarters, fewer than the 3 needed; no comparison with 2016",
            "trainings.csv: info: trainings: the meetings log does not cover 2016; no comparison with 2016",
        ])
    }

    func testAnAsOfRunComparesTheSameMonthsOfTheYearBefore() throws {
        // As of 2017-06-30 (5 months and 2 quarters needed), 2016 is cut at 06-30: J0 January–June
        // and S1 in May (6 months, 2 of the 3 sites); lectures in Q1 and Q2. T0 (09-01) is later:
        // no training of 2016 up to then.
        try write(bureauMonths: 1...10)
        let (previous, _) = try build(["--as-of", "2017-06-30"])
        XCTAssertEqual((previous["bureau_meetings_by_type"] as? [String: Any])?["party_committee"] as? Int, 6)
        XCTAssertEqual(previous["lectures"] as? Int, 2)
        XCTAssertTrue(previous["trainings"] is NSNull)
        XCTAssertEqual(try notes(["--as-of", "2017-06-30", "--lang", "en"]), [
            "trainings.csv: info: trainings: no training starting in 2016 up to 2016-06-30; no comparison with 2016",
        ])
    }
}
