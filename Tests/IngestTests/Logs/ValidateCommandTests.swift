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
        XCTAssertEqual(lines.count, 5, lines.joined(separator: "\n"))
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
        check(objects[0], "lectures.csv", nil, nil, "warning", "missing log",
              message: "no lectures.csv in \(inputs.path); the log counts as empty")
        check(objects[1], "trainings.csv", nil, nil, "warning", "missing log",
              message: "no trainings.csv in \(inputs.path); the log counts as empty")
        check(objects[2], "meetings.csv", 3, 2, "error", "unknown site_id",
              message: "单位编码 (site_id): `S009` is not in the register (sites.csv); add the site there or correct the code")
        check(objects[3], "meetings.csv", 4, 4, "warning", "attendees > expected",
              message: "实到人数 (attendees): 6 attended but 5 were expected; attendance counts at most 5")
        XCTAssertTrue(objects[0]["line"] is NSNull)

        // The last object: the counts of each log for the review year (2017, the year of most meetings).
        let files = objects[4]["files"] as? [String: [String: Int]]
        XCTAssertEqual(objects[4].keys.sorted(), ["files"])
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
        XCTAssertTrue(text.contains("meetings.csv:3:2: error: 单位编码 (site_id): `S009` is not in the register"), text)
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
        let run = try runProgram(try binary(), ["validate", "--inputs", inputs.path, "--year", "2017"])
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let problems = lines.filter { $0.hasPrefix("meetings.csv") }
        XCTAssertEqual(problems.count, 2, lines.joined(separator: "\n"))
        XCTAssertEqual(problems.first.map(String.init)?.hasPrefix("meetings.csv:3:3: error: 会议 类型 (type): expected one of"), true)
        XCTAssertTrue(problems.first?.hasSuffix("found `支委\\n会`") == true, String(problems.first ?? ""))
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(problems.last?.hasPrefix("meetings.csv:5:3: error: ") == true, String(problems.last ?? ""))
        XCTAssertTrue(problems.last?.hasSuffix("`支委会\\0`") == true, String(problems.last ?? ""))
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
