import Foundation
import XCTest

/// The errors a person meets first, each a single line on standard error that says what to do,
/// with exit code 2 and no stack trace, in Chinese by default and in English with --lang en.
/// Inputs are the clean example `template` writes, so the error is the only line.
final class ErrorMessageTests: XCTestCase {
    private var binary: AnnualReviewBinary!
    private let example = "t/example"

    override func setUpWithError() throws {
        binary = try AnnualReviewBinary.withTemplates()
    }

    override func tearDown() { binary?.remove() }

    private func assertFails(_ arguments: [String], with line: String, file: StaticString = #filePath, lineNumber: UInt = #line) throws {
        let result = try binary.run(arguments)
        XCTAssertEqual(result.stderrLines, [line], file: file, line: lineNumber)
        XCTAssertEqual(result.exitCode, 2, file: file, line: lineNumber)
        XCTAssertEqual(result.stdout, "", file: file, line: lineNumber)
    }

    /// The error in Chinese (the default) and, with `--lang en` added, in English.
    private func assertFails(_ arguments: [String], zh: String, en: String, file: StaticString = #filePath, lineNumber: UInt = #line) throws {
        try assertFails(arguments, with: zh, file: file, lineNumber: lineNumber)
        try assertFails(arguments + ["--lang", "en"], with: en, file: file, lineNumber: lineNumber)
    }

    func testMissingInputsFolder() throws {
        try assertFails(["build", "--inputs", "logs"],
            zh: "error: 输入文件夹 logs 不存在；请用 --inputs DIR 指定存放日志的文件夹，或运行“annual-review template”新建一个。",
            en: "error: the inputs folder logs does not exist; give the folder holding the logs with --inputs DIR, or run `annual-review template` to start one")
    }

    func testNoArgumentsWithoutInputs() throws {
        try assertFails([],
            zh: "error: 输入文件夹 Inputs 不存在；请用 --inputs DIR 指定存放日志的文件夹，或运行“annual-review template”新建一个。",
            en: "error: the inputs folder Inputs does not exist; give the folder holding the logs with --inputs DIR, or run `annual-review template` to start one")
    }

    func testMissingSitesLog() throws {
        try FileManager.default.removeItem(atPath: binary.path("\(example)/sites.csv"))
        try assertFails(["validate", "--inputs", example],
            zh: "error: \(example) 中没有可读取的 单位名册.csv 或 sites.csv；单位名册是必需的（运行“annual-review template”可得到它的各列）。",
            en: "error: \(example) has no sites.csv or 单位名册.csv that can be read; the register of sites is required (run `annual-review template` for its columns)")
    }

    func testReportsIsAFile() throws {
        try binary.write("Reports", "")
        try assertFails(["build", "--inputs", example],
            zh: "error: 无法写入 Reports：它是文件，不是文件夹；请移走它，或用 --out 另选位置",
            en: "error: cannot write into Reports: it is a file, not a folder; move it away or choose another --out")
    }

    /// "Unwritable": a read-only folder is still writable for root (CI runs as root), so the
    /// folder is made impossible to create instead: its parent is a regular file.
    func testOutputFolderUnderAFile() throws {
        try binary.write("notes.txt", "")
        try assertFails(["build", "--inputs", example, "--out", "notes.txt/review.xlsx"],
            zh: "error: 无法写入 notes.txt：它是文件，不是文件夹；请移走它，或用 --out 另选位置",
            en: "error: cannot write into notes.txt: it is a file, not a folder; move it away or choose another --out")
        try assertFails(["build", "--inputs", example, "--out", "notes.txt/2024/review.xlsx"],
            zh: "error: 无法写入 notes.txt/2024：notes.txt 是文件，不是文件夹；请移走它，或用 --out 另选位置",
            en: "error: cannot write into notes.txt/2024: notes.txt is a file, not a folder; move it away or choose another --out")
    }

    func testOutputFolderMissing() throws {
        try assertFails(["build", "--inputs", example, "--out", "out/review.xlsx"],
            zh: "error: 文件夹 out 不存在；请先建立，或用 --out 另选位置",
            en: "error: the folder out does not exist; create it or choose another --out")
    }

    func testOutputPathIsAFolder() throws {
        // A one-letter folder name once crashed Foundation's path handling.
        try binary.makeFolder("d")
        try assertFails(["build", "--inputs", example, "--out", "d"],
            zh: "error: --out d 是文件夹；请给出文件名，如 --out d/review.xlsx",
            en: "error: --out d is a folder; give a file name, e.g. --out d/review.xlsx")
    }

    func testDefaultWorkbookPathIsAFolder() throws {
        try binary.makeFolder("Reports/annual-review-2024.xlsx")
        try assertFails(["build", "--inputs", example],
            zh: "error: Reports/annual-review-2024.xlsx 是文件夹；请移走它，或用 --out 给出工作簿的文件名",
            en: "error: Reports/annual-review-2024.xlsx is a folder; move it away or give the workbook's file name with --out")
    }

    func testJSONFileIsAFolder() throws {
        try assertFails(["build", "--inputs", example, "--json-file", "t"],
            zh: "error: --json-file t 是文件夹；请给出文件名，如 --json-file t/summary.json",
            en: "error: --json-file t is a folder; give a file name, e.g. --json-file t/summary.json")
    }

    func testReviewYearWithoutData() throws {
        try assertFails(["build", "--inputs", example, "--year", "2030"],
            zh: "error: \(example) 中没有 2030 年度的数据：记录表中有 2024 年度的行；请用 --year 另选年度，或修改配置中的 year",
            en: "error: no data for 2030 in \(example): the logs have rows of 2024; give another --year or change the config's year")
    }

    /// Without a year in the config or on the command line, the meetings choose it: a meetings
    /// log of a header alone cannot. (The missing logs' warnings come first.)
    func testNoMeetingRowToChooseTheYear() throws {
        let inputs = binary.path("header-only")
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: binary.path("\(example)/sites.csv"), toPath: inputs + "/sites.csv")
        try binary.write("header-only/meetings.csv", "日期,单位编码,会议类型\n")
        for (language, line) in [("zh", "error: header-only 中没有通过检查的会议记录行，无法确定评估年度；请用 --year 指定，如 --year 2017"),
                                 ("en", "error: no meeting row in header-only passed the checks, so the review year cannot be chosen; give it with --year YYYY")] {
            let result = try binary.run(["build", "--inputs", "header-only", "--lang", language])
            XCTAssertEqual(result.stderrLines.last, line, language)
            XCTAssertEqual(result.exitCode, 2, language)
        }
    }

    func testAsOfNotADateOrNotOfTheYear() throws {
        try assertFails(["build", "--inputs", example, "--as-of", "2024-13-01"],
            zh: "error: --as-of“2024-13-01”不是有效日期：没有 13 月。",
            en: "error: --as-of `2024-13-01` is not a date: there is no month 13.")
        try assertFails(["build", "--inputs", example, "--as-of", "2023-05-01"],
            zh: "error: --as-of 2023-05-01 不在评估年度2024年内（评估年度由 review.yml 中的 year: 2024 指定）；请写 2024-01-01 至 2024-12-31 之间的日期",
            en: "error: --as-of 2023-05-01 is not a date of the review year 2024 (set by year: 2024 in review.yml); give a date from 2024-01-01 to 2024-12-31")
    }

    func testDraftTemplateNotUTF8() throws {
        try binary.write("\(example)/templates/draft.zh.md", bytes: Data([0xFF, 0xFE, 0x41]))
        try assertFails(["build", "--inputs", example],
            with: "\(example)/templates/draft.zh.md: error: 述职要点模板不是 UTF-8 文本；请另存为 UTF-8")
        try binary.write("\(example)/templates/draft.en.md", bytes: Data([0xFF, 0xFE, 0x41]))
        try assertFails(["build", "--inputs", example, "--lang", "en"],
            with: "\(example)/templates/draft.en.md: error: the report-draft template is not UTF-8; save it as UTF-8")
    }

    /// A value the draft template does not know: at its tag, in the report's language.
    func testUnknownValueInTheDraftTemplate() throws {
        try binary.write("\(example)/templates/draft.zh.md", "标题\n全年 {{visitz}} 次\n")
        try binary.write("\(example)/templates/draft.en.md", "{{visitz}}\n")
        try assertFails(["build", "--inputs", example, "--quiet"],
            zh: "\(example)/templates/draft.zh.md:2:4: error: 述职要点模板中的值“visitz”不存在（是否应为“visits”？）；可用的值见 docs/draft-template.md",
            en: "\(example)/templates/draft.en.md:1:1: error: unknown value `visitz` in the draft template (did you mean `visits`?); the values a template may use are listed in docs/draft-template.md")
    }

    /// An alias that already means another value, at its line of the config.
    func testConflictingAliasInTheConfig() throws {
        try binary.write("aliases.yml", "year: 2024\naliases:\n  locale:\n    rural: [县城]\n")
        try assertFails(["validate", "--inputs", example, "--config", "aliases.yml"],
            zh: "aliases.yml:4: error: aliases.locale.rural：别名“县城”已表示 urban，不能再表示 rural",
            en: "aliases.yml:4: error: aliases.locale.rural: the alias `县城` already means `urban`; it cannot also mean `rural`")
    }

    func testMissingConfigFile() throws {
        try assertFails(["validate", "--inputs", example, "--config", "nope.yml"],
            zh: "error: 配置文件 nope.yml 不存在；请检查 --config",
            en: "error: the config file nope.yml does not exist; check --config")
    }

    /// A config error is told in --lang or Chinese: the config's own `language` is not read
    /// from a config that cannot be read.
    func testBadConfigValue() throws {
        try binary.write("bad.yml", "language: en\nyear: 2024\nparty_day: 32\n")
        try assertFails(["validate", "--inputs", example, "--config", "bad.yml"],
            zh: "bad.yml:3: error: party_day：应为 1 到 31，现为 32",
            en: "bad.yml:3: error: party_day: must be from 1 to 31, found 32")
    }

    /// YAML's several lines for a key given twice become one, naming the key and both lines.
    func testDuplicateConfigKey() throws {
        try binary.write("twice.yml", "year: 2024\nparty_day: 28\nyear: 2023\n")
        try assertFails(["build", "--inputs", example, "--config", "twice.yml"],
            zh: "twice.yml:3: error: year：这个配置项写了两次（第一次在第1行）；请只保留一个",
            en: "twice.yml:3: error: year: the key is given twice (first on line 1); keep one of them")
    }

    // MARK: Usage errors: one line, in --lang or Chinese, exit 2

    func testMistypedCommandGetsTheNearest() throws {
        try assertFails(["buidl"],
            zh: "error: 未知命令“buidl”；是否应为 build？",
            en: "error: unknown command \"buidl\"; did you mean build?")
        try assertFails(["valdate", "--inputs", example],
            zh: "error: 未知命令“valdate”；是否应为 validate？",
            en: "error: unknown command \"valdate\"; did you mean validate?")
        try assertFails(["report"],
            zh: "error: 未知命令“report”；可用的命令：build、validate、check、template、help",
            en: "error: unknown command \"report\"; the commands are build, validate, check, template, help")
    }

    /// Also without the command word: options alone are build's.
    func testMistypedOptionGetsTheNearest() throws {
        try assertFails(["build", "--inputs", example, "--ouput", "x.xlsx"],
            zh: "error: 未知选项“--ouput”；是否应为 --out？",
            en: "error: unknown option \"--ouput\"; did you mean --out?")
        try assertFails(["--input", example],
            zh: "error: 未知选项“--input”；是否应为 --inputs？",
            en: "error: unknown option \"--input\"; did you mean --inputs?")
        try assertFails(["validate", "--strict"],
            zh: "error: validate 命令没有选项“--strict”；可用的选项见 annual-review validate --help",
            en: "error: unknown option \"--strict\" for validate; see annual-review validate --help")
    }

    func testOptionValues() throws {
        try assertFails(["build", "--year", "abc"],
            zh: "error: --year 的值“abc”无效；用法见 annual-review build --help",
            en: "error: --year does not take \"abc\"; see annual-review build --help")
        try assertFails(["build", "--year", "17"],
            zh: "error: --year 17 不是年份；请写四位数字，如 --year 2017",
            en: "error: --year 17 is not a year; give four digits, e.g. --year 2017")
        try assertFails(["validate", "--encoding", "latin1"],
            zh: "error: --encoding 的值“latin1”不可用；可用：utf8、utf-8、gb18030、gbk、gb2312、cp936、utf16、utf-16",
            en: "error: --encoding does not take \"latin1\"; use one of utf8, utf-8, gb18030, gbk, gb2312, cp936, utf16, utf-16")
        try assertFails(["build", "--inputs", example, "--threads", "0"],
            zh: "error: --threads 0：线程数应为 1 到 64",
            en: "error: --threads 0: give a number of threads from 1 to 64")
        try assertFails(["build", "stray"],
            zh: "error: 多余的参数“stray”；build 命令只接受选项（见 annual-review build --help）",
            en: "error: unexpected argument \"stray\"; build takes only options (see annual-review build --help)")
        // The missing value is the last word, so English is asked for before it.
        try assertFails(["check", "--report"], with: "error: --report 后面缺少取值；用法见 annual-review check --help")
        try assertFails(["check", "--lang", "en", "--report"], with: "error: --report needs a value; see annual-review check --help")
        // A language that cannot be read cannot choose the language of its own error.
        try assertFails(["build", "--lang", "fr"], with: "error: --lang 的值“fr”不可用；可用：zh、en")
    }

    func testNoReportIsLeftBehindOnFailure() throws {
        try binary.write("Reports", "")
        _ = try binary.run(["build", "--inputs", example, "--year", "2030", "--out", "r.xlsx"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: binary.path("r.xlsx")))
    }
}
