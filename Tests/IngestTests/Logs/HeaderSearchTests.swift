import Foundation
import Model
import XCTest
@testable import Ingest

/// The header search and header matching of rules §2, through `Ingestor.run`.
final class HeaderSearchTests: XCTestCase {
    private func meetingsOnly(_ meetings: String, config: ReviewConfig = ReviewConfig()) throws -> Ingested {
        try ingest(["sites.csv": standardSites, "meetings.csv": meetings], config: config)
    }

    /// Lines above the header (a `sep=,` hint, a title) are info and not read; blank records
    /// (empty, only delimiters, only spaces) are neither reported nor counted.
    func testTitleAndSepLinesAboveTheHeaderAreInfoAndNotCounted() throws {
        let run = try meetingsOnly("sep=,\r\n2017年会议记录,,,\r\n\r\n,,,\r\n   \r\n日期,单位编码,会议类型\r\n2017-03-01,S001,支委会\r\n")
        XCTAssertEqual(run.diagnostics(in: "meetings.csv"), [
            pinned(.info, "meetings.csv", line: 1, "title_skipped", zh: "跳过表头上方的一行：sep=", en: "skipped a line above the header: sep="),
            pinned(.info, "meetings.csv", line: 2, "title_skipped",
                   zh: "跳过表头上方的一行：2017年会议记录", en: "skipped a line above the header: 2017年会议记录"),
        ])
        assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
        XCTAssertEqual(run.sink.meetings, [.meeting(site: 1, day: "2017-03-01", type: .branch_committee, attendees: nil, expected: nil)])
    }

    /// "Within the first 10 non-blank records": blank lines above the header do not use up the
    /// ten. Here the header is the 10th non-blank record on line 12.
    func testHeaderAsTenthNonBlankRecordIsFound() throws {
        var lines = ["标题1", "", ",,,"] + (2...9).map { "标题\($0)" }
        lines += ["日期,单位编码,会议类型", "2017-03-01,S001,支委会"]
        let run = try meetingsOnly(lines.joined(separator: "\n") + "\n")
        let titles = run.diagnostics(in: "meetings.csv")
        XCTAssertEqual(titles.map(\.location.line), [1] + Array(4...11))
        XCTAssertTrue(titles.allSatisfy { $0.severity == .info && $0.code == "title_skipped" })
        assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
    }

    /// No header among the first ten non-blank records: the first record is taken as the header,
    /// the file gets an error naming the missing columns and the columns found, and every later
    /// record (the real header line included) is a rejected row naming the missing columns.
    func testHeaderAfterTenRecordsIsNotFoundAndEveryRowIsRejected() throws {
        let lines = (1...10).map { "标题\($0)" } + ["日期,单位编码,会议类型", "2017-03-01,S001,支委会"]
        let run = try meetingsOnly(lines.joined(separator: "\r\n") + "\r\n")
        var expected = [
            pinned(.error, "meetings.csv", line: 1, "missing_required_column",
                   zh: "缺少必填列“日期”、“单位编码”、“会议类型”，请在表头中添加。第1行表头为：标题1。",
                   en: "the required columns \"日期\" (date), \"单位编码\" (site_id), \"会议类型\" (type) are missing; add them to the header. The header on line 1 has: 标题1"),
        ]
        expected += (2...12).map {
            pinned(.error, "meetings.csv", line: $0, "missing_required_column",
                   zh: "未读入：缺少必填列“日期”、“单位编码”、“会议类型”；见第1行表头。",
                   en: "rejected: the required columns \"日期\" (date), \"单位编码\" (site_id), \"会议类型\" (type) are missing; see the header on line 1")
        }
        XCTAssertEqual(run.diagnostics(in: "meetings.csv"), expected)
        assertCounts(run.counts(.meetings), read: 11, accepted: 0, rejected: 11)
        XCTAssertEqual(run.result.rejectedRows, 11)
        XCTAssertEqual(run.sink.events, [])
    }

    /// A header lacking one required column: every data row is rejected and counted; a repeated
    /// header is skipped with a warning (not a rejected row), blank records are skipped.
    func testMissingRequiredColumnRejectsEveryRowAndSkipsRepeatedHeader() throws {
        let run = try meetingsOnly("日期,单位编码,主题\n2017-03-01,S001,x\n\n,,\n日期,单位编码,主题\n2017-03-02,S001,y\n")
        let row = { (line: Int) in
            pinned(.error, "meetings.csv", line: line, "missing_required_column",
                   zh: "未读入：缺少必填列“会议类型”；见第1行表头。",
                   en: "rejected: the required column \"会议类型\" (type) is missing; see the header on line 1")
        }
        XCTAssertEqual(run.diagnostics(in: "meetings.csv"), [
            pinned(.error, "meetings.csv", line: 1, "missing_required_column",
                   zh: "缺少必填列“会议类型”，请在表头中添加。第1行表头为：日期、单位编码、主题。",
                   en: "the required column \"会议类型\" (type) is missing; add it to the header. The header on line 1 has: 日期, 单位编码, 主题"),
            row(2),
            pinned(.warning, "meetings.csv", line: 5, "repeated_header",
                   zh: "跳过重复的表头行（是否两份导出文件拼在了一起？）", en: "skipped a repeated header line (two exports pasted together?)"),
            row(6),
        ])
        assertCounts(run.counts(.meetings), read: 2, accepted: 0, rejected: 2)
    }

    /// Header names match by canonical id or Chinese alias or a config alias, after NFKC,
    /// ignoring case and all whitespace; an unknown column is info at its header cell.
    func testHeaderAliasesAndUnknownColumn() throws {
        var config = ReviewConfig()
        config.columnAliases = ["topic": ["活动 名称"]]
        let run = try meetingsOnly(
            "日 期 ,SITE_ID,ｔｙｐｅ,活动名称,备注,\u{3000}记录\u{3000}编号\n2017-03-01,S001,支委会,学习,x,R1\n", config: config)
        XCTAssertEqual(run.diagnostics(in: "meetings.csv"), [
            pinned(.info, "meetings.csv", line: 1, column: 5, name: "备注", "unknown_column",
                   zh: "第5列“备注”不是会议记录的列，已忽略。", en: "column 5 \"备注\" is not a column of meetings; ignored"),
        ])
        assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
        XCTAssertEqual(run.sink.meetings, [.meeting(site: 1, day: "2017-03-01", type: .branch_committee, attendees: nil, expected: nil)])
    }

    /// The header's own names are used in row messages: a misspelt value under `SITE_ID`.
    func testRowMessagesUseTheHeaderAsWritten() throws {
        let run = try meetingsOnly("日 期 ,SITE_ID,ｔｙｐｅ\n2017-03-01,S999,支委会\n")
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.error, "meetings.csv", line: 2, column: 2, "SITE_ID", "unknown_site_id",
                   message: "SITE_ID `S999` is not in the register (sites.csv); add the site there or correct the code.",
                   value: "S999"),
        ])
    }

    /// Two header cells naming one column: the first wins, the other is warned about.
    func testTwoHeadersForOneColumnFirstWins() throws {
        let run = try meetingsOnly("日期,单位编码,会议类型,date\n2017-03-01,S001,支委会,2016-01-01\n")
        XCTAssertEqual(run.diagnostics(in: "meetings.csv"), [
            pinned(.warning, "meetings.csv", line: 1, column: 4, name: "date", "duplicate_column",
                   zh: "第4列“date”与第1列“日期”都是“日期”列；使用第1列，忽略此列。",
                   en: "column 4 \"date\" is the same column as column 1 \"日期\" (date); column 1 is used, this one is ignored"),
        ])
        XCTAssertEqual(run.sink.meetings, [.meeting(site: 1, day: "2017-03-01", type: .branch_committee, attendees: nil, expected: nil)])
        assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
    }

    /// Two exports pasted together: the second starts with a stray BOM and repeats the header.
    func testRepeatedHeaderWithStrayBOMIsSkippedWithAWarning() throws {
        let run = try meetingsOnly("\u{FEFF}日期,单位编码,会议类型\r\n2017-03-01,S001,支委会\r\n\u{FEFF}日期,单位编码,会议类型\r\n2017-03-02,S002,支委会\r\n")
        XCTAssertEqual(run.diagnostics(in: "meetings.csv"), [
            pinned(.warning, "meetings.csv", line: 3, "repeated_header",
                   zh: "跳过重复的表头行（是否两份导出文件拼在了一起？）", en: "skipped a repeated header line (two exports pasted together?)"),
        ])
        assertCounts(run.counts(.meetings), read: 2, accepted: 2, rejected: 0)
        XCTAssertEqual(run.sink.meetings.count, 2)
    }

    /// A blank header cell names no column: it is listed as info like an unknown column, so data
    /// under it is never dropped without a word.
    func testBlankHeaderCellIsInfo() throws {
        let run = try meetingsOnly("日期,,单位编码,会议类型\n2017-03-01,x,S001,支委会\n")
        XCTAssertEqual(run.diagnostics(in: "meetings.csv"), [
            pinned(.info, "meetings.csv", line: 1, column: 2, "unnamed_column",
                   zh: "第2列没有表头，其中的值已忽略。", en: "column 2 has no name; its values are ignored"),
        ])
        assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
    }

    /// A tab-delimited file: its header line holds more tabs than commas.
    func testTabDelimitedHeader() throws {
        let run = try meetingsOnly("日期\t单位编码\t会议类型\t主题\n2017-03-01\tS001\t支委会\t学习,讨论\n")
        XCTAssertEqual(run.diagnostics(in: "meetings.csv"), [])
        assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
    }
}

/// A diagnostic pinned whole: its place, severity, code and text in both languages.
func pinned(_ severity: Severity, _ file: String, line: Int? = nil, column: Int? = nil, name columnName: String? = nil,
            _ code: String, zh: String, en: String) -> Diagnostic {
    Diagnostic(severity, SourceLocation(file: file, line: line, column: column, columnName: columnName), code: code,
               text: Localized(zh: zh, en: en))
}

/// The config's aliases are checked before any file is read; an error names the alias's key
/// and, for a config read from review.yml, the alias's line.
final class ColumnAliasConfigTests: XCTestCase {
    /// The config error of ingesting the register with `config`.
    private func aliasError(_ config: ReviewConfig, file: StaticString = #filePath, line: UInt = #line) -> ConfigError? {
        do {
            _ = try ingest(["sites.csv": standardSites], config: config)
            XCTFail("expected a config error", file: file, line: line)
            return nil
        } catch {
            return error as? ConfigError
        }
    }

    /// An alias naming another column of the same log would be ignored or, worse, take the
    /// other column's built-in name: it is a config error naming the key.
    func testAliasNamingAnotherColumnIsAConfigError() throws {
        var config = ReviewConfig()
        config.columnAliases = ["date": ["单 位 编 码"]]
        XCTAssertEqual(aliasError(config), ConfigError(
            file: "review.yml", line: nil, key: "aliases.columns.date", code: "config_alias_taken",
            text: Localized(zh: "“单 位 编 码”已是会议记录“单位编码”列（site_id）的名称；一个表头只能对应一列",
                            en: "`单 位 编 码` already names the column site_id of meetings.csv; one header name can mean one column only")))
        config.columnAliases = ["site_id": ["学校"], "lecturer": ["学校"]]
        XCTAssertEqual(aliasError(config)?.key, "aliases.columns.lecturer")
        config.columnAliases = ["topic": [" "]]
        XCTAssertEqual(aliasError(config), ConfigError(
            file: "review.yml", line: nil, key: "aliases.columns.topic", code: "config_blank_alias",
            text: Localized(zh: "别名不能为空", en: "an alias must not be blank")))
    }

    /// Read from review.yml, the errors are at the alias's own line, whole in both languages.
    func testAliasErrorsNameTheirLine() throws {
        func error(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) throws -> ConfigError? {
            aliasError(try ConfigLoader.parse(yaml, file: "review.yml"), file: file, line: line)
        }
        let column = try error("year: 2017\naliases:\n  columns:\n    date: [活动日期, 单位编码]\n")
        XCTAssertEqual(column?.rendered(.zh), "review.yml:4: error: aliases.columns.date：“单位编码”已是会议记录“单位编码”列（site_id）的名称；一个表头只能对应一列")
        XCTAssertEqual(column?.rendered(.en), "review.yml:4: error: aliases.columns.date: `单位编码` already names the column site_id of meetings.csv; one header name can mean one column only")

        let blank = try error("aliases:\n  columns:\n    topic:\n      - 活动名称\n      - \" \"\n")
        XCTAssertEqual(blank?.rendered(.zh), "review.yml:5: error: aliases.columns.topic：别名不能为空")
        XCTAssertEqual(blank?.rendered(.en), "review.yml:5: error: aliases.columns.topic: an alias must not be blank")

        let taken = try error("aliases:\n  locale:\n    rural: [乡镇, 县城]\n")
        XCTAssertEqual(taken?.code, "config_alias_taken")
        XCTAssertEqual(taken?.rendered(.zh), "review.yml:3: error: aliases.locale.rural：别名“县城”已表示 urban，不能再表示 rural")
        XCTAssertEqual(taken?.rendered(.en), "review.yml:3: error: aliases.locale.rural: the alias `县城` already means `urban`; it cannot also mean `rural`")

        let sanhui = try error("aliases:\n  meeting_type:\n    party_group:\n      - 小组学习\n      - 三会一课\n")
        XCTAssertEqual(sanhui?.code, "config_refused_alias")
        XCTAssertEqual(sanhui?.rendered(.zh), "review.yml:5: error: aliases.meeting_type.party_group：“三会一课”是支部党员大会、支委会、党小组会和党课的统称，不是一种会议类型，不能作 party_group 的别名")
        XCTAssertEqual(sanhui?.rendered(.en), "review.yml:5: error: aliases.meeting_type.party_group: `三会一课` is four kinds of meeting, not one type; it cannot be an alias of `party_group`")

        let blankValue = try error("aliases:\n  lecturer_role:\n    expert: [\"\\u3000\"]\n")
        XCTAssertEqual(blankValue?.code, "config_blank_alias")
        XCTAssertEqual(blankValue?.rendered(.en), "review.yml:3: error: aliases.lecturer_role.expert: an alias must not be blank")
    }

    /// One alias for columns of different logs is fine (`topic` is not a trainings column), as
    /// is an alias shared by `hours` of lectures and trainings.
    func testAliasesAreCheckedPerLog() throws {
        var config = ReviewConfig()
        config.columnAliases = ["topic": ["培训名称"], "hours": ["课时"]]
        let run = try ingest(["sites.csv": standardSites,
                              "lectures.csv": "日期,单位编码,课时,培训名称\n2017-03-01,S001,2,x\n",
                              "trainings.csv": "培训编号,培训名称,开始日期,参训人数,课时\nT1,书记班,2017-04-10,3,1.5\n"],
                             config: config)
        assertCounts(run.counts(.lectures), read: 1, accepted: 1, rejected: 0)
        XCTAssertEqual(run.sink.trainings, [.training(id: 0, start: "2017-04-10", site: nil, participants: 3, hours: Decimal(string: "1.5")!)])
        XCTAssertEqual(run.diagnostics.filter { $0.severity == .error }, [])
    }
}
