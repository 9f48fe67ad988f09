import Foundation
import Model
import TestSupport
import XCTest

/// `annual-review validate` and `build --json`, run as the real binary (built beside the tests).
final class ValidateCommandTests: XCTestCase {
    private func binary() throws -> String { try TestPackage.product("annual-review") }

    /// One rejected row, one warned row, one row of the previous year; no lectures or trainings.
    private func folder(rejecting: Bool = true) throws -> TempInputs {
        try TempInputs(utf8Files([
            "sites.csv": standardSites,
            "meetings.csv": """
                日期,单位编码,会议类型,实到人数,应到人数
                2017-03-01,S001,支委会,5,5
                2017-03-02,\(rejecting ? "S009" : "S002"),支委会,5,5
                2017-03-03,S001,支委会,6,5
                2016-12-01,S001,支委会,5,5

                """,
        ]), testCase: self)
    }

    private func jsonObject(_ line: Substring) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        guard let dictionary = object as? [String: Any] else {
            XCTFail("not a JSON object: \(line)")
            throw CocoaError(.propertyListReadCorrupt)
        }
        return dictionary
    }

    func testValidateJSONLinesThenCountsAndExitOne() throws {
        let inputs = try folder()
        let run = try runProgram(try binary(), ["validate", "--inputs", inputs.path, "--json", "--lang", "en"])
        XCTAssertEqual(run.status, 1, "a rejected row makes validate exit 1; stderr: \(String(decoding: run.stderr, as: UTF8.self))")
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 10, lines.joined(separator: "\n"))
        let objects = try lines.map(jsonObject)
        // Exactly the keys of §6, in this order.
        for (line, object) in zip(lines, objects).dropLast() {
            XCTAssertEqual(object.keys.sorted(), ["code", "column", "file", "line", "message", "severity"])
            XCTAssertTrue(line.hasPrefix("{\"file\":") && line.contains(",\"severity\":") && line.contains(",\"code\":"), String(line))
            XCTAssertLessThan(line.range(of: "\"severity\"")!.lowerBound, line.range(of: "\"code\"")!.lowerBound)
            XCTAssertLessThan(line.range(of: "\"code\"")!.lowerBound, line.range(of: "\"message\"")!.lowerBound)
        }

        func check(_ object: [String: Any], _ file: String, _ line: Int?, _ column: Int?,
                   _ severity: String, _ code: String, message: String, _ at: UInt = #line) {
            XCTAssertEqual(object["file"] as? String, file, line: at)
            XCTAssertEqual(object["line"] as? Int, line, line: at)
            XCTAssertEqual(object["column"] as? Int, column, line: at)
            XCTAssertEqual(object["severity"] as? String, severity, line: at)
            XCTAssertEqual(object["code"] as? String, code, line: at)
            XCTAssertEqual(object["message"] as? String, message, line: at)
            for key in ["line", "column"] where object[key] == nil {
                XCTFail("\(key) is missing, not null", line: at)
            }
        }
        check(objects[0], "lectures.csv", nil, nil, "warning", "missing_log",
              message: "no lectures log: \(inputs.path) holds no lectures.csv or 党课记录.csv that can be read. The figures it feeds (the lectures, the lectures by role, the lecture norm and their score parts) stay empty, not 0. To add it, name the file lectures.csv or 党课记录.csv")
        check(objects[1], "trainings.csv", nil, nil, "warning", "missing_log",
              message: "no trainings log: \(inputs.path) holds no trainings.csv or 培训记录.csv that can be read. The figures it feeds (the trainings, their participants and person-hours, and their score parts) stay empty, not 0. To add it, name the file trainings.csv or 培训记录.csv")
        // The columns a file lacks are told after its rows (here the register's first).
        check(objects[2], "sites.csv", nil, nil, "warning", "missing_columns",
              message: "no columns \"联合党支部\" (joint_branch), \"支部成立日期\" (branch_founded), \"示范点\" (demo_site): "
                + "no site of this file counts as covered by a joint branch; branches founded during the year cannot be pro-rated: "
                + "each counts for the whole year; no site of this file counts as a demonstration site. "
                + "Add them or, if one is there under another name, add that name under aliases.columns in review.yml.")
        check(objects[3], "sites.csv", nil, nil, "info", "missing_optional_columns",
              message: "optional columns not in the file, left empty: \"镇街\" (district), \"学生数\" (students), \"教师数\" (teachers)")
        check(objects[4], "meetings.csv", 3, 2, "error", "unknown_site_id",
              message: "单位编码 `S009` is not in the register (sites.csv); add the site there or correct the code.")
        check(objects[5], "meetings.csv", 4, 4, "warning", "attendees_over_expected",
              message: "实到人数 6 is more than the 5 expected; attendance counts at most 5.")
        check(objects[6], "meetings.csv", nil, nil, "warning", "missing_columns",
              message: "no column \"记录编号\" (record_id): repeated meetings in this file cannot be found. "
                + "Add the column or, if it is there under another name, add that name under aliases.columns.record_id in review.yml.")
        check(objects[7], "meetings.csv", nil, nil, "info", "missing_optional_columns",
              message: "optional columns not in the file, left empty: \"主题\" (topic)")
        // Told once the figures are computed: the one row of 2016 is too few to compare (the
        // missing lectures and trainings logs are not judged).
        check(objects[8], "meetings.csv", nil, nil, "info", "previous_year_not_covered",
              message: "meetings: the 2016 rows cover 1 month, fewer than the 10 needed; no comparison with 2016")
        XCTAssertTrue(objects[0]["line"] is NSNull)

        // The last object: the counts of each log for the review year (2017, the year of most meetings).
        let files = objects[9]["files"] as? [String: [String: Int]]
        XCTAssertEqual(objects[9].keys.sorted(), ["files"])
        let zero = ["read": 0, "accepted": 0, "rejected": 0, "out_of_period": 0, "warnings": 0]
        XCTAssertEqual(files, [
            "sites": ["read": 3, "accepted": 3, "rejected": 0, "out_of_period": 0, "warnings": 0],
            "meetings": ["read": 4, "accepted": 2, "rejected": 1, "out_of_period": 1, "warnings": 1],
            "lectures": zero,
            "trainings": zero,
        ])
    }

    func testValidateTextExitsOneOnRejectedRowsAndZeroWithoutThem() throws {
        let rejecting = try runProgram(try binary(), ["validate", "--inputs", try folder().path, "--lang", "en"])
        XCTAssertEqual(rejecting.status, 1)
        let text = String(decoding: rejecting.stdout, as: UTF8.self)
        XCTAssertTrue(text.contains("meetings.csv:3:2: error: 单位编码 `S009` is not in the register"), text)
        XCTAssertTrue(text.contains("meetings: read 4 = accepted 2 + rejected 1 + out of period 1 (year 2017); 1 with warnings"), text)

        let clean = try runProgram(try binary(), ["validate", "--inputs", try folder(rejecting: false).path, "--lang", "en"])
        XCTAssertEqual(clean.status, 0, String(decoding: clean.stdout + clean.stderr, as: UTF8.self))
        XCTAssertTrue(String(decoding: clean.stdout, as: UTF8.self)
            .contains("meetings: read 4 = accepted 3 + rejected 0 + out of period 1 (year 2017); 1 with warnings"))
    }

    /// Every diagnostic is one line, even when a value holds a line break or a NUL.
    func testValidateTextIsOneLinePerProblem() throws {
        let inputs = try TempInputs(["sites.csv": Array(standardSites.utf8),
                                     "meetings.csv": Array("日期,单位编码,\"会议\n类型\"\n2017-03-01,S001,\"支委\n会\"\n2017-03-02,S001,支委会\u{0}\n2017-03-03,S001,支委会\n".utf8)],
                                    testCase: self)
        let run = try runProgram(try binary(), ["validate", "--inputs", inputs.path, "--year", "2017", "--lang", "en"])
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let problems = lines.filter { $0.hasPrefix("meetings.csv:") }
        XCTAssertEqual(problems.count, 4, lines.joined(separator: "\n"))
        XCTAssertEqual(problems.first.map(String.init),
                       "meetings.csv:3:3: error: 会议 类型 `支委\\n会` is not a known meeting type; did you mean `支委会`? Add an alias under aliases.meeting_type in review.yml.")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(problems[1].hasPrefix("meetings.csv:5:3: error: "), String(problems[1]))
        XCTAssertTrue(problems[1].hasSuffix("`支委会\\0` holds a NUL character; delete it and save again."), String(problems[1]))
        XCTAssertTrue(problems[2].hasPrefix("meetings.csv: warning: no columns \"实到人数\" (attendees)"), String(problems[2]))
        XCTAssertTrue(problems[3].hasPrefix("meetings.csv: info: optional columns not in the file"), String(problems[3]))
        XCTAssertFalse(run.stdout.contains(0))
    }

    /// The UTF-8 and GB18030 twins of one folder give the same JSON summary but the fingerprint.
    func testBuildJSONIsTheSameForTheGB18030Twin() throws {
        let utf8 = try TempInputs(testCase: self)
        try GB18030TwinTests.makeUTF8Twin(in: utf8)
        let gb = try TempInputs(testCase: self)
        for name in try FileManager.default.contentsOfDirectory(atPath: utf8.path) {
            let run = try runProgram("/usr/bin/iconv", ["-f", "UTF-8", "-t", "GB18030", "\(utf8.path)/\(name)"])
            try gb.write(name, run.stdout)
        }
        func summary(_ inputs: TempInputs) throws -> [String: Any] {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("twin-\(UUID().uuidString).xlsx").path
            defer { try? FileManager.default.removeItem(atPath: out); try? FileManager.default.removeItem(atPath: out.replacingOccurrences(of: ".xlsx", with: ".md")) }
            let run = try runProgram(try binary(), ["build", "--inputs", inputs.path, "--json", "--out", out, "--quiet"])
            XCTAssertEqual(run.status, 0, String(decoding: run.stderr, as: UTF8.self))
            return try jsonObject(Substring(String(decoding: run.stdout, as: UTF8.self)))
        }
        var a = try summary(utf8), b = try summary(gb)
        XCTAssertEqual((a["fingerprint"] as? String)?.count, 64)
        XCTAssertNotEqual(a["fingerprint"] as? String, b["fingerprint"] as? String)
        a["fingerprint"] = nil
        b["fingerprint"] = nil
        XCTAssertEqual(NSDictionary(dictionary: a), NSDictionary(dictionary: b))
        XCTAssertEqual(a["year"] as? Int, 2017)
    }
}
