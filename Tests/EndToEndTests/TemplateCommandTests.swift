import Foundation
import XCTest

/// `annual-review template`: what it writes, that the example builds and validates clean in
/// both languages, that the header-only logs are read as headers, and that it never overwrites
/// a file without --force.
final class TemplateCommandTests: XCTestCase {
    private var binary: AnnualReviewBinary!

    override func setUpWithError() throws { binary = try AnnualReviewBinary() }
    override func tearDown() { binary?.remove() }

    private let written = [
        "sites.csv", "meetings.csv", "lectures.csv", "trainings.csv", "review.yml", "templates/draft.zh.md",
        "example/sites.csv", "example/meetings.csv", "example/lectures.csv", "example/trainings.csv", "example/review.yml",
    ]

    func testWritesTheLayoutIntoTheDefaultFolder() throws {
        let result = try binary.run(["template"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        XCTAssertEqual(result.stdoutLines, written.map { "annual-review-templates/\($0)" })
        XCTAssertEqual(result.stderrLines, [
            "annual-review: 已写出 11 个文件。先试试示例：annual-review build --inputs annual-review-templates/example",
            "然后填写 annual-review-templates 中的 CSV 文件（或复制到 Inputs），再运行：annual-review build --inputs annual-review-templates",
        ])
        let sites = try Data(contentsOf: URL(fileURLWithPath: binary.path("annual-review-templates/sites.csv")))
        XCTAssertEqual([UInt8](sites), [0xEF, 0xBB, 0xBF] + Array("单位编码,单位名称,城乡,办学性质,学段,镇街,学生数,教师数,党员数,党支部数,联合党支部,支部成立日期,示范点\r\n".utf8))
    }

    func testEnglishHeadersAreTheCanonicalIDs() throws {
        let result = try binary.run(["template", "--lang", "en", "--out", "t"])
        XCTAssertEqual(result.exitCode, 0)
        XCTAssertEqual(result.stderrLines, [
            "annual-review: wrote 11 files. Try the example: annual-review build --inputs t/example",
            "Then fill in the CSV files in t (or copy them into Inputs) and run: annual-review build --inputs t",
        ])
        let meetings = try Data(contentsOf: URL(fileURLWithPath: binary.path("t/meetings.csv")))
        XCTAssertEqual([UInt8](meetings), [0xEF, 0xBB, 0xBF] + Array("date,site_id,type,attendees,expected,topic,record_id\r\n".utf8))
        let config = try String(contentsOfFile: binary.path("t/review.yml"), encoding: .utf8)
        XCTAssertTrue(config.contains("# day of the month of the monthly Party day (1–31)\nparty_day: 28\n"))
    }

    /// Each example's config names its language, so validate speaks it.
    func testExampleValidatesCleanInBothLanguages() throws {
        let expected = [
            "zh": [
                "sites：读取 5 = 接受 5 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
                "meetings：读取 131 = 接受 131 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
                "lectures：读取 15 = 接受 15 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
                "trainings：读取 7 = 接受 7 + 拒绝 0 + 非本年度 0（2024年度）；0 行有警告",
            ],
            "en": [
                "sites: read 5 = accepted 5 + rejected 0 + out of period 0 (year 2024); 0 with warnings",
                "meetings: read 131 = accepted 131 + rejected 0 + out of period 0 (year 2024); 0 with warnings",
                "lectures: read 15 = accepted 15 + rejected 0 + out of period 0 (year 2024); 0 with warnings",
                "trainings: read 7 = accepted 7 + rejected 0 + out of period 0 (year 2024); 0 with warnings",
            ],
        ]
        for lang in ["zh", "en"] {
            XCTAssertEqual(try binary.run(["template", "--lang", lang, "--out", lang]).exitCode, 0)
            let result = try binary.run(["validate", "--inputs", "\(lang)/example"])
            XCTAssertEqual(result.exitCode, 0, lang)
            XCTAssertEqual(result.stderr, "", lang)
            XCTAssertEqual(result.stdoutLines, expected[lang], lang)
        }
    }

    func testExampleBuildsAsItIs() throws {
        XCTAssertEqual(try binary.run(["template"]).exitCode, 0)
        let result = try binary.run(["build", "--inputs", "annual-review-templates/example", "--strict"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("annual-review: 2024年度：接受 158 行，拒绝 0 行；已写出 Reports/annual-review-2024.xlsx 和 Reports/annual-review-2024.md，用时 "), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: binary.path("Reports/annual-review-2024.xlsx")))
    }

    /// The written draft template is the built-in one: building with it in the inputs folder
    /// gives the same draft text as without it, but for the input fingerprint (the template is
    /// an input).
    func testDraftTemplateBuildsLikeTheBuiltInOne() throws {
        for lang in ["zh", "en"] {
            XCTAssertEqual(try binary.run(["template", "--lang", lang, "--out", lang]).exitCode, 0)
            XCTAssertEqual(try binary.run(["build", "--inputs", "\(lang)/example", "--out", "\(lang)-builtin.xlsx", "--lang", lang]).exitCode, 0)
            try FileManager.default.copyItem(atPath: binary.path("\(lang)/templates"), toPath: binary.path("\(lang)/example/templates"))
            let result = try binary.run(["build", "--inputs", "\(lang)/example", "--out", "\(lang)-written.xlsx", "--lang", lang])
            XCTAssertEqual(result.exitCode, 0, result.stderr)
            func draft(_ name: String) throws -> String {
                try String(contentsOfFile: binary.path(name), encoding: .utf8)
                    .replacingOccurrences(of: "[0-9a-f]{12}", with: "<fingerprint>", options: .regularExpression)
            }
            XCTAssertEqual(try draft("\(lang)-written.md"), try draft("\(lang)-builtin.md"), lang)
        }
    }

    func testHeaderOnlyLogsAreReadAsHeaders() throws {
        XCTAssertEqual(try binary.run(["template"]).exitCode, 0)
        let result = try binary.run(["validate", "--inputs", "annual-review-templates", "--year", "2024", "--lang", "en"])
        // Every file's header is found (no missing column); with no rows there is no data. The
        // register is read first, then the other logs in name order.
        XCTAssertEqual(result.stdoutLines, [
            "sites.csv: info: the file has a header but no data rows",
            "lectures.csv: info: the file has a header but no data rows",
            "meetings.csv: info: the file has a header but no data rows",
            "trainings.csv: info: the file has a header but no data rows",
        ])
        XCTAssertEqual(result.stderrLines, [
            "error: no data for 2024 in annual-review-templates: no log has an accepted row of any year; give another --year or change the config's year",
        ])
        XCTAssertEqual(result.exitCode, 2)
    }

    func testRefusesToOverwriteWithoutForce() throws {
        XCTAssertEqual(try binary.run(["template", "--out", "t"]).exitCode, 0)
        try binary.write("t/meetings.csv", "mine")
        try FileManager.default.removeItem(atPath: binary.path("t/sites.csv"))
        let refused = try binary.run(["template", "--out", "t"])
        XCTAssertEqual(refused.exitCode, 2)
        XCTAssertEqual(refused.stdout, "")
        XCTAssertEqual(refused.stderrLines, ["error: t/meetings.csv 已存在；如要覆盖请加 --force，或用 --out 另选位置"])
        XCTAssertEqual(try binary.run(["template", "--out", "t", "--lang", "en"]).stderrLines,
                       ["error: t/meetings.csv already exists; give --force to overwrite it, or choose another --out"])
        // Nothing was written, not even the missing file.
        XCTAssertEqual(try String(contentsOfFile: binary.path("t/meetings.csv"), encoding: .utf8), "mine")
        XCTAssertFalse(FileManager.default.fileExists(atPath: binary.path("t/sites.csv")))

        let forced = try binary.run(["template", "--out", "t", "--force"])
        XCTAssertEqual(forced.exitCode, 0, forced.stderr)
        XCTAssertNotEqual(try String(contentsOfFile: binary.path("t/meetings.csv"), encoding: .utf8), "mine")
    }

    func testOutThatIsAFile() throws {
        try binary.write("t", "")
        let result = try binary.run(["template", "--out", "t"])
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertEqual(result.stderrLines, ["error: 无法写入 t：它是文件，不是文件夹；请移走它，或用 --out 另选位置"])
        XCTAssertEqual(try binary.run(["template", "--out", "t", "--lang", "en"]).stderrLines,
                       ["error: cannot write into t: it is a file, not a folder; move it away or choose another --out"])
    }
}
