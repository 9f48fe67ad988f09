import Foundation
import TestSupport
import XCTest

/// Messages in the report's language (§6): `--lang`, else the config's `language`, else
/// Chinese; the location and the words error, warning and info stay as they are; `validate
/// --json` carries a stable English code beside the message; `--encoding` takes the names
/// Windows gives GB18030 and UTF-8. The inputs are the example `template` writes (no
/// `language` in its config) with one more meetings file.
final class MessageLanguageTests: XCTestCase {
    private var binary: AnnualReviewBinary!
    private let example = "t/example"

    override func setUpWithError() throws {
        binary = try AnnualReviewBinary.withTemplates()
    }

    override func tearDown() { binary?.remove() }

    /// Row 2 has a quote inside an unquoted field (info); row 3 one field too many (rejected).
    private func addMeetingsWithQuoteAndLongRow() throws {
        try binary.write("\(example)/meetings-x.csv", "日期,单位编码,会议类型,主题\n2024-03-01,S001,支委会,a\"b\n2024-03-02,S001,支委会,x,y\n")
    }

    /// The lines about rows 2 and 3 of `file` (not those about its header).
    private func lines(of result: AnnualReviewBinary.Result, in file: String) -> [String] {
        result.stdoutLines.filter { $0.hasPrefix(file + ":2:") || $0.hasPrefix(file + ":3:") }
    }

    func testLanguageIsLangElseTheConfigsElseChinese() throws {
        try addMeetingsWithQuoteAndLongRow()
        let zh = [
            "meetings-x.csv:2:4: info: 未加引号的字段中有引号，已按普通字符保留",
            "meetings-x.csv:3:5: error: 这一行有5个字段，表头有4个；是否有值含未加引号的逗号？请给该值加上引号，或删去多余的字段",
        ]
        let en = [
            "meetings-x.csv:2:4: info: a quote inside an unquoted field was kept as a character",
            "meetings-x.csv:3:5: error: the row has 5 fields, the header 4; an unquoted comma in a value? Quote the value or remove the extra fields",
        ]
        let byDefault = try binary.run(["validate", "--inputs", example])
        XCTAssertEqual(byDefault.exitCode, 1, byDefault.stderr)
        XCTAssertEqual(lines(of: byDefault, in: "meetings-x.csv"), zh)
        XCTAssertEqual(lines(of: try binary.run(["validate", "--inputs", example, "--lang", "en"]), in: "meetings-x.csv"), en)

        let config = try String(contentsOfFile: binary.path("\(example)/review.yml"), encoding: .utf8)
        try binary.write("\(example)/review.yml", config + "language: en\n")
        XCTAssertEqual(lines(of: try binary.run(["validate", "--inputs", example]), in: "meetings-x.csv"), en)
        XCTAssertEqual(lines(of: try binary.run(["validate", "--inputs", example, "--lang", "zh"]), in: "meetings-x.csv"), zh)

        // build prints its warnings and errors (not info) on standard error, in the same language.
        let built = try binary.run(["build", "--inputs", example, "--out", "r.xlsx", "--lang", "zh"])
        XCTAssertEqual(built.exitCode, 0, built.stderr)
        XCTAssertEqual(built.stderrLines.filter { $0.hasPrefix("meetings-x.csv:2:") || $0.hasPrefix("meetings-x.csv:3:") }, [zh[1]])
    }

    func testValidateJSONCarriesAStableCodeBesideTheMessage() throws {
        try addMeetingsWithQuoteAndLongRow()
        for (lang, messages) in [
            ("zh", ["未加引号的字段中有引号，已按普通字符保留",
                    "这一行有5个字段，表头有4个；是否有值含未加引号的逗号？请给该值加上引号，或删去多余的字段"]),
            ("en", ["a quote inside an unquoted field was kept as a character",
                    "the row has 5 fields, the header 4; an unquoted comma in a value? Quote the value or remove the extra fields"]),
        ] {
            let result = try binary.run(["validate", "--inputs", example, "--json", "--lang", lang])
            XCTAssertEqual(result.exitCode, 1, result.stderr)
            let objects = try result.stdoutLines.map { line in
                try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], line)
            }
            let ours = objects.filter { $0["file"] as? String == "meetings-x.csv" && [2, 3].contains($0["line"] as? Int) }
            XCTAssertEqual(ours.count, 2, result.stdout)
            for object in ours {
                XCTAssertEqual(object.keys.sorted(), ["code", "column", "file", "line", "message", "severity"])
            }
            XCTAssertEqual(ours.map { $0["code"] as? String }, ["literal_quote", "long_row"], lang)
            XCTAssertEqual(ours.map { $0["severity"] as? String }, ["info", "error"], lang)
            XCTAssertEqual(ours.map { $0["line"] as? Int }, [2, 3], lang)
            XCTAssertEqual(ours.map { $0["column"] as? Int }, [4, 5], lang)
            XCTAssertEqual(ours.map { $0["message"] as? String }, messages, lang)
            // Then one object with the counts: meetings read 131 + 2, one of them rejected.
            let files = objects.last?["files"] as? [String: [String: Int]]
            XCTAssertEqual(files?["meetings"]?["read"], 133, lang)
            XCTAssertEqual(files?["meetings"]?["rejected"], 1, lang)
        }
    }

    /// The example saved as GB18030 (as Excel on Chinese Windows saves "GBK"), read with each
    /// name of the encoding: the same rows as the UTF-8 example.
    func testEncodingTakesTheWindowsNamesInAnyCase() throws {
        let gbk = "g"
        try binary.makeFolder(gbk)
        for name in ["sites.csv", "meetings.csv", "lectures.csv", "trainings.csv"] {
            let converted = try runIconv(binary.path("\(example)/\(name)"))
            try converted.write(to: URL(fileURLWithPath: binary.path("\(gbk)/\(name)")))
        }
        let expected = [
            "sites：读取 5 = 接受 5 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
            "meetings：读取 131 = 接受 131 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
            "lectures：读取 15 = 接受 15 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
            "trainings：读取 7 = 接受 7 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
        ]
        for option in [["--encoding", "GBK"], ["--encoding", "gb2312"], ["--encoding=cp936"], ["--encoding", "GB18030"]] {
            let result = try binary.run(["validate", "--inputs", gbk] + option)
            XCTAssertEqual(result.exitCode, 0, "\(option): \(result.stdout)\(result.stderr)")
            XCTAssertEqual(Array(result.stdoutLines.suffix(4)), expected, "\(option)")
            XCTAssertFalse(result.stdout.contains(": error: "), result.stdout)
        }
        let utf8 = try binary.run(["validate", "--inputs", example, "--encoding", "UTF-8"])
        XCTAssertEqual(utf8.exitCode, 0, utf8.stdout + utf8.stderr)
        XCTAssertEqual(Array(utf8.stdoutLines.suffix(4)), expected)
    }

    /// `iconv -f UTF-8 -t GB18030` of a file (the system's converter, not the tool's).
    private func runIconv(_ path: String) throws -> Data {
        let run = try runProgram("/usr/bin/iconv", ["-f", "UTF-8", "-t", "GB18030", path])
        XCTAssertEqual(run.status, 0)
        return Data(run.stdout)
    }
}
