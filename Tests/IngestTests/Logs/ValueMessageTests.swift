import Foundation
import Model
import XCTest
@testable import Ingest

/// rules §2 through `Ingestor.run`: everyday spellings read, 三会一课 refused with its own
/// message, unknown values named with their nearest spelling, site ids matched ignoring ASCII
/// case. Whole messages pinned in both languages. Site indices: JYJ 0, S001 1, S002 2.
final class ValueMessageTests: XCTestCase {
    /// The row errors and warnings of `file` (file-level notes, such as a column the file lacks, left out).
    private func rowProblems(_ run: Ingested, _ file: String) -> [Diagnostic] {
        run.diagnostics(in: file).filter { $0.location.line != nil && $0.severity != .info }
    }

    private func assertText(_ d: Diagnostic?, zh: String, en: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(d?.text.zh, zh, file: file, line: line)
        XCTAssertEqual(d?.text.en, en, file: file, line: line)
    }

    // MARK: Vocabularies

    func testEverydaySpellingsAreRead() throws {
        let run = try ingest(["sites.csv": """
            单位编码,单位名称,城乡,办学性质,学段,示范点
            JYJ,教育局,市区,公立,教育局,否
            S001,一中,城镇,私立,完全中学,区级示范点
            S002,职中,村,民营,职高,省级示范点

            """, "meetings.csv": """
            日期,单位编码,会议类型
            2017-03-01,S001,支部大会
            2017-03-02,S001,党员大会
            2017-03-03,S001,支委会议
            2017-03-04,S001,党委（扩大）会议
            2017-03-05,S001,主题党日活动

            """, "lectures.csv": """
            日期,单位编码,主讲人身份
            2017-03-01,S001,支部书记
            2017-03-02,S001,

            """, "trainings.csv": """
            培训编号,开始日期,单位编码,参训人数,学时,培训对象
            T1,2017-04-01,S001,20,2,全体党员

            """])
        for file in ["sites.csv", "meetings.csv", "lectures.csv", "trainings.csv"] { XCTAssertEqual(rowProblems(run, file), [], file) }
        XCTAssertEqual(run.result.sites.map(\.locale), [.urban, .urban, .rural])
        XCTAssertEqual(run.result.sites.map(\.ownership), [.public, .private, .private])
        XCTAssertEqual(run.result.sites.map(\.level), [.bureau, .senior, .vocational])
        XCTAssertEqual(run.result.sites.map(\.demo), [DemoLevel.none, .county, .province])
        XCTAssertEqual(run.sink.meetings.map { event -> MeetingType? in if case .meeting(_, _, let type, _, _) = event { type } else { nil } },
                       [.branch_general, .branch_general, .branch_committee, .party_committee, .party_day])
        XCTAssertEqual(run.sink.lectures, [.lecture(site: 1, day: "2017-03-01", role: .secretary),
                                           .lecture(site: 1, day: "2017-03-02", role: .other)])
        assertCounts(run.counts(.trainings), read: 1, accepted: 1, rejected: 0)
    }

    /// 三会一课 is rejected with its own message; 支委会意 is one slip from 支委会 (a deletion)
    /// and from 支委会议 (a substitution), and 支委会 comes first in the table.
    func testSanhuiAndNearestSpellings() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": """
            日期,单位编码,会议类型
            2017-03-01,S001,三会一课
            2017-03-02,S001,三会一课会议
            2017-03-03,S001,支委会意
            2017-03-04,S001,开会

            """])
        let problems = rowProblems(run, "meetings.csv")
        XCTAssertEqual(problems.map(\.code), ["sanhui_not_a_type", "sanhui_not_a_type", "unknown_value", "unknown_value"])
        XCTAssertEqual(problems.map(\.location.description), ["meetings.csv:2:3", "meetings.csv:3:3", "meetings.csv:4:3", "meetings.csv:5:3"])
        XCTAssertEqual(problems.map(\.value), ["三会一课", "三会一课会议", "支委会意", "开会"])
        assertText(problems[0],
                   zh: "会议类型“三会一课”是三种会议和党课的合称，不是一种会议类型；请填写支部党员大会、支委会或党小组会，党课请记入党课记录（lectures.csv）。",
                   en: "会议类型 `三会一课` is four kinds of meeting, not one type; write 支部党员大会, 支委会 or 党小组会 here, or record the lecture in lectures.csv (党课记录).")
        assertText(problems[1],
                   zh: "会议类型“三会一课会议”是三种会议和党课的合称，不是一种会议类型；请填写支部党员大会、支委会或党小组会，党课请记入党课记录（lectures.csv）。",
                   en: "会议类型 `三会一课会议` is four kinds of meeting, not one type; write 支部党员大会, 支委会 or 党小组会 here, or record the lecture in lectures.csv (党课记录).")
        assertText(problems[2],
                   zh: "会议类型“支委会意”不是可识别的会议类型；是否应为“支委会”？可在 review.yml 的 aliases.meeting_type 中添加别名。",
                   en: "会议类型 `支委会意` is not a known meeting type; did you mean `支委会`? Add an alias under aliases.meeting_type in review.yml.")
        assertText(problems[3],
                   zh: "会议类型“开会”不是可识别的会议类型（可用写法见 docs/values.md）；可在 review.yml 的 aliases.meeting_type 中添加别名。",
                   en: "会议类型 `开会` is not a known meeting type (see docs/values.md); add an alias under aliases.meeting_type in review.yml.")
        for d in problems { XCTAssertLessThanOrEqual(max(d.text.zh.count, d.text.en.count), 160, d.text.en) }
        assertCounts(run.counts(.meetings), read: 4, accepted: 0, rejected: 4)
    }

    /// The column is named by its header as written; an optional column's warning says the value
    /// is taken as empty. A config alias is suggested as the config writes it.
    func testOptionalColumnWarningAndConfigAliasSuggestion() throws {
        var config = ReviewConfig()
        config.valueAliases = ["lecturer_role": ["expert": ["特邀专家"]]]
        let run = try ingest(["sites.csv": standardSites, "lectures.csv": """
            日期,单位编码,LECTURER_ROLE
            2017-03-01,S001,特约专家

            """], config: config)
        let problems = rowProblems(run, "lectures.csv")
        XCTAssertEqual(problems.map(\.code), ["unknown_value"])
        XCTAssertEqual(problems.first?.severity, .warning)
        assertText(problems.first,
                   zh: "LECTURER_ROLE“特约专家”不是可识别的主讲人身份；是否应为“特邀专家”？可在 review.yml 的 aliases.lecturer_role 中添加别名。此值按空值处理。",
                   en: "LECTURER_ROLE `特约专家` is not a known lecturer role; did you mean `特邀专家`? Add an alias under aliases.lecturer_role in review.yml. Taken as empty.")
        XCTAssertEqual(run.sink.lectures, [.lecture(site: 1, day: "2017-03-01", role: .other)])
    }

    /// Numbers and dates: the v1.3 limits, and messages in both languages.
    func testNumberAndDateMessages() throws {
        let run = try ingest(["sites.csv": standardSites, "trainings.csv": """
            培训编号,开始日期,结束日期,单位编码,参训人数,学时
            T1,2017-04-01,,S001,1000000001,2
            T2,2017-04-01,,S001,3,10000.5
            T3,2017/4/31,,S001,3,2
            T4,2017-05-02,2017-05-01,S001,3,2

            """])
        let problems = rowProblems(run, "trainings.csv")
        XCTAssertEqual(problems.map(\.code), ["number_too_large", "number_too_large", "bad_date", "end_before_start"])
        assertText(problems[0], zh: "参训人数“1000000001”过大；此列不能超过 1,000,000,000。",
                   en: "参训人数 `1000000001` is too large; it cannot exceed 1,000,000,000.")
        assertText(problems[1], zh: "学时“10000.5”过大；此列不能超过 10,000。", en: "学时 `10000.5` is too large; it cannot exceed 10,000.")
        assertText(problems[2], zh: "开始日期“2017/4/31”不是有效日期：2017年4月只有 30 天。",
                   en: "开始日期 `2017/4/31` is not a date: month 4 of 2017 has 30 days.")
        assertText(problems[3], zh: "结束日期“2017-05-01”早于开始日期 2017-05-02；请改正日期。",
                   en: "结束日期 `2017-05-01` is before the start date 2017-05-02; correct the dates.")
        assertCounts(run.counts(.trainings), read: 4, accepted: 0, rejected: 4)
    }

    // MARK: site_id ignores ASCII case

    /// `s001` in a log is the register's `S001`; the outputs keep the register's spelling.
    func testSiteIDsMatchIgnoringASCIICase() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": """
            日期,单位编码,会议类型
            2017-03-01,s001,支委会
            2017-03-02,S001,支委会
            2017-03-03,jyj,党委会
            2017-03-04,ｓ００２,支委会

            """, "trainings.csv": """
            培训编号,开始日期,单位编码,参训人数,学时
            T1,2017-04-01,s002,3,2

            """])
        XCTAssertEqual(rowProblems(run, "meetings.csv") + rowProblems(run, "trainings.csv"), [])
        XCTAssertEqual(run.sink.meetings.map { if case .meeting(let site, _, _, _, _) = $0 { site } else { -1 } }, [1, 1, 0, 2])
        XCTAssertEqual(run.sink.trainings.map { event -> Int? in if case .training(_, _, let site, _, _) = event { site } else { nil } }, [2])
        XCTAssertEqual(run.result.sites.map(\.id), ["JYJ", "S001", "S002"])
    }

    /// Two register rows that differ only in case are a repeated site_id: the later is rejected,
    /// and a log row in either spelling is the first row's site.
    func testRegisterRowsDifferingOnlyInCaseAreARepeat() throws {
        let run = try ingest(["sites.csv": """
            单位编码,单位名称,城乡,办学性质,学段
            S02,二小,城区,公办,小学
            s02,二小分校,农村,公办,小学
            S03,三小,火星,公办,小学

            """, "meetings.csv": """
            日期,单位编码,会议类型
            2017-03-01,s02,支委会
            2017-03-02,s03,支委会

            """])
        let register = rowProblems(run, "sites.csv")
        XCTAssertEqual(register.map(\.code), ["duplicate_site_id", "unknown_value"])
        XCTAssertEqual(register.first?.location.description, "sites.csv:3:1")
        XCTAssertEqual(register.first?.value, "s02")
        assertText(register.first,
                   zh: "单位编码“s02”与名册中的“S02”重复（不区分大小写，sites.csv 第 2 行已有）；保留第一行。",
                   en: "单位编码 `s02` is already in the register as `S02` (sites.csv line 2; case is ignored); the first row is kept.")
        XCTAssertEqual(run.result.sites.map(\.id), ["S02"])
        XCTAssertEqual(run.result.sites.map(\.name), ["二小"])
        assertCounts(run.counts(.sites), read: 3, accepted: 1, rejected: 2)

        let log = rowProblems(run, "meetings.csv")
        XCTAssertEqual(log.map(\.code), ["rejected_site_id"])
        assertText(log.first,
                   zh: "单位编码“s03”在单位名册中的那一行（sites.csv 第 4 行）有错未被接受；请先改正那一行。",
                   en: "单位编码 `s03`: its row in the register (sites.csv line 4) was rejected; fix that row first.")
        XCTAssertEqual(run.sink.meetings.map { if case .meeting(let site, _, _, _, _) = $0 { site } else { -1 } }, [0])
    }

    func testExactRepeatAndUnknownSiteInChinese() throws {
        let run = try ingest(["sites.csv": standardSites + "S001,重复,城区,公办,小学,1,1\n",
                              "meetings.csv": "日期,单位编码,会议类型\n2017-03-01,S009,支委会\n"])
        assertText(rowProblems(run, "sites.csv").first,
                   zh: "site_id“S001”在名册中重复（sites.csv 第 3 行已有）；保留第一行。",
                   en: "site_id `S001` is already in the register (sites.csv line 3); the first row is kept.")
        assertText(rowProblems(run, "meetings.csv").first,
                   zh: "单位编码“S009”不在单位名册（sites.csv）中；请在名册中添加该单位，或改正编码。",
                   en: "单位编码 `S009` is not in the register (sites.csv); add the site there or correct the code.")
    }

    /// Folding touches ASCII letters only: a non-ASCII id matches as written, and `ß` is not `SS`.
    func testFoldingIsASCIIOnly() {
        func key(_ id: String) -> [UInt8] { SiteRegister.folded(id) { Array($0) } }
        XCTAssertEqual(key("s02-a"), Array("S02-A".utf8))
        XCTAssertEqual(key("S02"), Array("S02".utf8))
        XCTAssertEqual(key("一小b"), Array("一小B".utf8))
        XCTAssertEqual(key("straße"), Array("STRAßE".utf8))
    }
}
