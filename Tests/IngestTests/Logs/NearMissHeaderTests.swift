import Foundation
import Model
import XCTest
@testable import Ingest

/// rules §2: a header that is a near miss of a column the file lacks is not used and is
/// warned about with what it was probably meant to be; for the header search a near miss of a
/// required name counts as present. Distances worked out by hand in each test.
final class NearMissHeaderTests: XCTestCase {
    private func meetingsOnly(_ meetings: String, config: ReviewConfig = ReviewConfig()) throws -> Ingested {
        try ingest(["sites.csv": standardSites, "meetings.csv": meetings], config: config)
    }

    /// `应道人数` is one substitution (道 → 到) from `应到人数`: a warning at the header cell saying
    /// what stays empty; the column stays unread, so the rows keep their attendees and have no
    /// expected count. No second warning for `expected` after the rows.
    func testOneTypoInAnOptionalHeaderIsAWarningNamingTheColumnAndWhatStaysEmpty() throws {
        let run = try meetingsOnly("""
            日期,单位编码,会议类型,实到人数,应道人数,记录编号
            2017-03-01,S001,支委会,5,6,R1
            2017-03-02,S002,支委会,4,5,R2

            """)
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "meetings.csv" }, [
            pinned(.warning, "meetings.csv", line: 1, column: 5, name: "应道人数", "near_miss_header",
                   zh: "第5列“应道人数”不是会议记录的列；是否应为“应到人数”？按现在的表头，出席率不含本文件的会议。"
                       + "请改正表头，或在 review.yml 的 aliases.columns.expected 中添加别名。",
                   en: "column 5 \"应道人数\" is not a column of meetings; did you mean \"应到人数\" (expected)? "
                       + "As it is, the attendance rate leaves out this file's meetings. "
                       + "Correct the header or add it under aliases.columns.expected in review.yml."),
            pinned(.info, "meetings.csv", "missing_optional_columns",
                   zh: "文件中没有以下可选列，按空值处理：“主题”", en: "optional columns not in the file, left empty: \"主题\" (topic)"),
        ])
        XCTAssertEqual(run.quality(.meetings).missingColumns,
                       [MissingColumn(column: "expected", files: ["meetings.csv"], nearMisses: ["应道人数"])])
        XCTAssertEqual(run.sink.meetings, [
            .meeting(site: 1, day: "2017-03-01", type: .branch_committee, attendees: 5, expected: nil),
            .meeting(site: 2, day: "2017-03-02", type: .branch_committee, attendees: 4, expected: nil),
        ])
        assertCounts(run.counts(.meetings), read: 2, accepted: 2, rejected: 0)
    }

    /// `主讲人身分` (5 scalars) is one substitution (分 → 份) from `主讲人身份`: the role column is
    /// not read, so the secretary's lecture counts as `other`.
    func testNearMissOfTheLecturerRole() throws {
        let run = try ingest(["sites.csv": standardSites, "lectures.csv": """
            日期,单位编码,主讲人,主讲人身分,听课人数,学时,主题
            2017-03-01,JYJ,张书记,书记,30,2,学党章

            """])
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "lectures.csv" }, [
            pinned(.warning, "lectures.csv", line: 1, column: 4, name: "主讲人身分", "near_miss_header",
                   zh: "第4列“主讲人身分”不是党课记录的列；是否应为“主讲人身份”？按现在的表头，"
                       + "本文件的党课均按“其他”主讲人计，书记讲党课次数和按主讲人身份的统计不含这些党课。"
                       + "请改正表头，或在 review.yml 的 aliases.columns.lecturer_role 中添加别名。",
                   en: "column 4 \"主讲人身分\" is not a column of lectures; did you mean \"主讲人身份\" (lecturer_role)? "
                       + "As it is, this file's lectures count as given by \"other\", so the secretary's lectures and lectures by role leave them out. "
                       + "Correct the header or add it under aliases.columns.lecturer_role in review.yml."),
        ])
        XCTAssertEqual(run.quality(.lectures).missingColumns,
                       [MissingColumn(column: "lecturer_role", files: ["lectures.csv"], nearMisses: ["主讲人身分"])])
        XCTAssertEqual(run.sink.lectures, [.lecture(site: 0, day: "2017-03-01", role: .other)])
        assertCounts(run.counts(.lectures), read: 1, accepted: 1, rejected: 0)
    }

    /// `日其` is one substitution from the required `日期`: the header search takes line 2 as the
    /// header (the title above is skipped), the date column is still missing, so each row is
    /// rejected with the near miss named — one line each.
    func testNearMissOfARequiredNameFindsTheHeaderAndRejectsEveryRowNamingIt() throws {
        let run = try meetingsOnly("""
            2017年会议记录
            日其,单位编码,会议类型,实到人数,应到人数,主题,记录编号
            2017-03-01,S001,支委会,5,5,学习,R1
            2017-03-02,S002,支委会,5,5,学习,R2

            """)
        let row = { (line: Int) in
            pinned(.error, "meetings.csv", line: line, "missing_required_column",
                   zh: "未读入：缺少必填列“日期”（第1列“日其”可能就是它）；见第2行表头。",
                   en: "rejected: the required column \"日期\" (date) is missing (column 1 \"日其\" is probably it); see the header on line 2")
        }
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "meetings.csv" }, [
            pinned(.info, "meetings.csv", line: 1, "title_skipped",
                   zh: "跳过表头上方的一行：2017年会议记录", en: "skipped a line above the header: 2017年会议记录"),
            pinned(.error, "meetings.csv", line: 2, "missing_required_column",
                   zh: "缺少必填列“日期”；第1列“日其”可能就是它，请改正表头。第2行表头为：日其、单位编码、会议类型、实到人数、应到人数、主题、记录编号。",
                   en: "the required column \"日期\" (date) is missing; column 1 \"日其\" is probably it — correct the header. "
                       + "The header on line 2 has: 日其, 单位编码, 会议类型, 实到人数, 应到人数, 主题, 记录编号"),
            row(3),
            row(4),
        ])
        XCTAssertFalse(run.diagnostics.contains { $0.text.zh.contains("\n") || $0.text.en.contains("\n") })
        XCTAssertEqual(run.quality(.meetings).missingColumns, [])
        XCTAssertEqual(run.sink.meetings, [])
        assertCounts(run.counts(.meetings), read: 2, accepted: 0, rejected: 2)
    }

    /// Two required names missed by one letter each, and an optional one: the error names both
    /// near misses; the optional near miss gets its warning, at the header, without "what stays
    /// empty" (no row of the file is used).
    func testSeveralNearMissesOfRequiredNames() throws {
        let run = try meetingsOnly("日其,单位编码,会议类形,应道人数\n2017-03-01,S001,支委会,5\n")
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "meetings.csv" }, [
            pinned(.error, "meetings.csv", line: 1, "missing_required_column",
                   zh: "缺少必填列“日期”、“会议类型”；第1列“日其”可能是“日期”，第3列“会议类形”可能是“会议类型”，请改正表头。"
                       + "第1行表头为：日其、单位编码、会议类形、应道人数。",
                   en: "the required columns \"日期\" (date), \"会议类型\" (type) are missing; column 1 \"日其\" is probably \"日期\", "
                       + "column 3 \"会议类形\" is probably \"会议类型\" — correct the header. The header on line 1 has: 日其, 单位编码, 会议类形, 应道人数"),
            pinned(.warning, "meetings.csv", line: 1, column: 4, name: "应道人数", "near_miss_header",
                   zh: "第4列“应道人数”不是会议记录的列；是否应为“应到人数”？请改正表头，或在 review.yml 的 aliases.columns.expected 中添加别名。",
                   en: "column 4 \"应道人数\" is not a column of meetings; did you mean \"应到人数\" (expected)? "
                       + "Correct the header or add it under aliases.columns.expected in review.yml."),
            pinned(.error, "meetings.csv", line: 2, "missing_required_column",
                   zh: "未读入：缺少必填列“日期”、“会议类型”（第1列“日其”可能是“日期”，第3列“会议类形”可能是“会议类型”）；见第1行表头。",
                   en: "rejected: the required columns \"日期\" (date), \"会议类型\" (type) are missing "
                       + "(column 1 \"日其\" is probably \"日期\", column 3 \"会议类形\" is probably \"会议类型\"); see the header on line 1"),
        ])
        XCTAssertEqual(run.quality(.meetings).missingColumns, [])
        assertCounts(run.counts(.meetings), read: 1, accepted: 0, rejected: 1)
    }

    /// The allowance grows with the header's length (normalised: lower case, no spaces):
    /// `party_memebrs` (13 scalars, the swap of e and b = 2 substitutions) and `支部成立时间`
    /// (6 scalars, 日期 → 时间 = 2) are near misses; `联合党小组` (5 scalars, 支部 → 小组 = 2) is not,
    /// so it stays an unknown column (info) and `joint_branch` is simply missing (a warning).
    func testTwoEditsAreANearMissFromSixScalarsOnly() throws {
        let run = try ingest(["sites.csv": """
            site_id,name,locale,ownership,level,district,students,teachers,party_memebrs,branches,联合党小组,支部成立时间,demo_site
            JYJ,教育局,城区,公办,机关,城关镇,0,30,40,1,,2010-01-01,无
            S001,第一小学,城区,公办,小学,城关镇,800,50,20,1,,2010-01-01,无

            """])
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "sites.csv" }, [
            pinned(.info, "sites.csv", line: 1, column: 11, name: "联合党小组", "unknown_column",
                   zh: "第11列“联合党小组”不是单位名册的列，已忽略。", en: "column 11 \"联合党小组\" is not a column of sites; ignored"),
            pinned(.warning, "sites.csv", line: 1, column: 9, name: "party_memebrs", "near_miss_header",
                   zh: "第9列“party_memebrs”不是单位名册的列；是否应为“party_members”？按现在的表头，本文件各单位的人均指标和默认权重为空。"
                       + "请改正表头，或在 review.yml 的 aliases.columns.party_members 中添加别名。",
                   en: "column 9 \"party_memebrs\" is not a column of sites; did you mean \"party_members\"? "
                       + "As it is, per-member values and the default weight are empty for this file's sites. "
                       + "Correct the header or add it under aliases.columns.party_members in review.yml."),
            pinned(.warning, "sites.csv", line: 1, column: 12, name: "支部成立时间", "near_miss_header",
                   zh: "第12列“支部成立时间”不是单位名册的列；是否应为“支部成立日期”？按现在的表头，年内新建的党支部无法按成立日期折算，均按全年计。"
                       + "请改正表头，或在 review.yml 的 aliases.columns.branch_founded 中添加别名。",
                   en: "column 12 \"支部成立时间\" is not a column of sites; did you mean \"支部成立日期\" (branch_founded)? "
                       + "As it is, branches founded during the year cannot be pro-rated: each counts for the whole year. "
                       + "Correct the header or add it under aliases.columns.branch_founded in review.yml."),
            pinned(.warning, "sites.csv", "missing_columns",
                   zh: "没有“联合党支部”列：本文件各单位均不计为联合党支部覆盖。"
                       + "请添加此列；如该列用了别的表头，请在 review.yml 的 aliases.columns.joint_branch 中添加该表头。",
                   en: "no column \"联合党支部\" (joint_branch): no site of this file counts as covered by a joint branch. "
                       + "Add the column or, if it is there under another name, add that name under aliases.columns.joint_branch in review.yml."),
        ])
        XCTAssertEqual(run.quality(.sites).missingColumns, [
            MissingColumn(column: "party_members", files: ["sites.csv"], nearMisses: ["party_memebrs"]),
            MissingColumn(column: "joint_branch", files: ["sites.csv"], nearMisses: []),
            MissingColumn(column: "branch_founded", files: ["sites.csv"], nearMisses: ["支部成立时间"]),
        ])
        XCTAssertEqual(run.result.sites.map(\.partyMembers), [0, 0])
        assertCounts(run.counts(.sites), read: 2, accepted: 2, rejected: 0)
    }

    /// A near miss is looked for among the config's aliases too, and named as the config writes it.
    /// A header close to a column the file already has is only an unknown column.
    func testConfigAliasIsANearMissTarget() throws {
        var config = ReviewConfig()
        config.columnAliases = ["expected": ["应出席人数"]]
        let run = try meetingsOnly("""
            日期,单位编码,会议类型,会议类形,实到人数,应出席人员,主题,记录编号
            2017-03-01,S001,支委会,x,5,6,学习,R1

            """, config: config)
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "meetings.csv" }, [
            pinned(.info, "meetings.csv", line: 1, column: 4, name: "会议类形", "unknown_column",
                   zh: "第4列“会议类形”不是会议记录的列，已忽略。", en: "column 4 \"会议类形\" is not a column of meetings; ignored"),
            pinned(.warning, "meetings.csv", line: 1, column: 6, name: "应出席人员", "near_miss_header",
                   zh: "第6列“应出席人员”不是会议记录的列；是否应为“应出席人数”？按现在的表头，出席率不含本文件的会议。"
                       + "请改正表头，或在 review.yml 的 aliases.columns.expected 中添加别名。",
                   en: "column 6 \"应出席人员\" is not a column of meetings; did you mean \"应出席人数\" (expected)? "
                       + "As it is, the attendance rate leaves out this file's meetings. "
                       + "Correct the header or add it under aliases.columns.expected in review.yml."),
        ])
        XCTAssertEqual(run.quality(.meetings).missingColumns,
                       [MissingColumn(column: "expected", files: ["meetings.csv"], nearMisses: ["应出席人员"])])
        assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
    }

    /// A header with no data rows: the near miss is still a warning (the header is wrong; it is
    /// told at the header, before the rows are known), but no missing column is counted.
    func testNearMissInAHeaderWithoutRows() throws {
        let run = try meetingsOnly("日期,单位编码,会议类型,应道人数\n")
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "meetings.csv" }, [
            pinned(.warning, "meetings.csv", line: 1, column: 4, name: "应道人数", "near_miss_header",
                   zh: "第4列“应道人数”不是会议记录的列；是否应为“应到人数”？按现在的表头，出席率不含本文件的会议。"
                       + "请改正表头，或在 review.yml 的 aliases.columns.expected 中添加别名。",
                   en: "column 4 \"应道人数\" is not a column of meetings; did you mean \"应到人数\" (expected)? "
                       + "As it is, the attendance rate leaves out this file's meetings. "
                       + "Correct the header or add it under aliases.columns.expected in review.yml."),
            pinned(.info, "meetings.csv", "no_data_rows", zh: "文件只有表头，没有数据行。", en: "the file has a header but no data rows"),
        ])
        XCTAssertEqual(run.quality(.meetings).missingColumns, [])
        assertCounts(run.counts(.meetings), read: 0, accepted: 0, rejected: 0)
    }
}

/// rules §2: an optional column that feeds figures, missing from a file with data rows,
/// is one file warning naming what stays empty, and is counted in `LogQuality.missingColumns`;
/// other missing optional columns are one info line.
final class ColumnGapTests: XCTestCase {
    private let complete = "日期,单位编码,会议类型,实到人数,应到人数,主题,记录编号\n2017-03-05,S001,支委会,5,5,学习,R3\n"

    /// Two of three files lack both attendance columns: one warning each (attendance named
    /// once), the third file nothing; the column lists both files in reading order.
    func testFilesWithoutTheAttendanceColumns() throws {
        let lacking = "日期,单位编码,会议类型,主题,记录编号\n"
        let run = try ingest(["sites.csv": standardSites,
                              "meetings-1.csv": lacking + "2017-03-01,S001,支委会,学习,R1\n",
                              "meetings-2.csv": lacking + "2017-03-02,S002,支委会,学习,R2\n2016-12-02,S002,支委会,学习,R4\n",
                              "meetings-3.csv": complete])
        let warning = { (file: String) in
            pinned(.warning, file, "missing_columns",
                   zh: "没有“实到人数”、“应到人数”列：出席率不含本文件的会议。"
                       + "请添加这些列；如某列用了别的表头，请在 review.yml 的 aliases.columns 中添加该表头。",
                   en: "no columns \"实到人数\" (attendees), \"应到人数\" (expected): the attendance rate leaves out this file's meetings. "
                       + "Add them or, if one is there under another name, add that name under aliases.columns in review.yml.")
        }
        XCTAssertEqual(run.diagnostics.filter { $0.location.file.hasPrefix("meetings") }, [warning("meetings-1.csv"), warning("meetings-2.csv")])
        XCTAssertEqual(run.quality(.meetings).missingColumns, [
            MissingColumn(column: "attendees", files: ["meetings-1.csv", "meetings-2.csv"]),
            MissingColumn(column: "expected", files: ["meetings-1.csv", "meetings-2.csv"]),
        ])
        assertCounts(run.counts(.meetings), read: 4, accepted: 3, rejected: 0, outOfPeriod: 1)
    }

    /// Every gap of the register in one warning, each consequence once; the columns no figure
    /// needs in one info line.
    func testARegisterWithOnlyItsRequiredColumns() throws {
        let run = try ingest(["sites.csv": "site_id,name,locale,ownership,level\nJYJ,教育局,城区,公办,机关\nS001,第一小学,城区,公办,小学\n"])
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "sites.csv" }, [
            pinned(.warning, "sites.csv", "missing_columns",
                   zh: "没有“党员数”、“党支部数”、“联合党支部”、“支部成立日期”、“示范点”列："
                       + "本文件各单位的人均指标和默认权重为空；本文件各单位均按未建党支部计，没有规范达标、得分和排名；"
                       + "本文件各单位均不计为联合党支部覆盖；年内新建的党支部无法按成立日期折算，均按全年计；本文件各单位均不计为示范点。"
                       + "请添加这些列；如某列用了别的表头，请在 review.yml 的 aliases.columns 中添加该表头。",
                   en: "no columns \"党员数\" (party_members), \"党支部数\" (branches), \"联合党支部\" (joint_branch), \"支部成立日期\" (branch_founded), "
                       + "\"示范点\" (demo_site): per-member values and the default weight are empty for this file's sites; "
                       + "every site of this file counts as having no branch: no norms, scores or ranks; "
                       + "no site of this file counts as covered by a joint branch; "
                       + "branches founded during the year cannot be pro-rated: each counts for the whole year; "
                       + "no site of this file counts as a demonstration site. "
                       + "Add them or, if one is there under another name, add that name under aliases.columns in review.yml."),
            pinned(.info, "sites.csv", "missing_optional_columns",
                   zh: "文件中没有以下可选列，按空值处理：“镇街”、“学生数”、“教师数”",
                   en: "optional columns not in the file, left empty: \"镇街\" (district), \"学生数\" (students), \"教师数\" (teachers)"),
        ])
        XCTAssertEqual(run.quality(.sites).missingColumns.map(\.column), ["party_members", "branches", "joint_branch", "branch_founded", "demo_site"])
        assertCounts(run.counts(.sites), read: 2, accepted: 2, rejected: 0)
    }

    /// A header and no rows: nothing stays empty because of it, so no missing-column warning.
    func testAHeaderWithoutRowsLacksNothing() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": "日期,单位编码,会议类型\n"])
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "meetings.csv" }, [
            pinned(.info, "meetings.csv", "no_data_rows", zh: "文件只有表头，没有数据行。", en: "the file has a header but no data rows"),
        ])
        XCTAssertEqual(run.quality(.meetings).missingColumns, [])
        assertCounts(run.counts(.meetings), read: 0, accepted: 0, rejected: 0)
    }

    /// A file whose rows are all rejected still has data rows: the gaps are told. Lectures
    /// lacking only the role: one warning; the other optional columns one info line.
    func testRejectedRowsAreDataRowsToo() throws {
        let run = try ingest(["sites.csv": standardSites, "lectures.csv": "日期,单位编码\n2017-02-30,S001\n"])
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "lectures.csv" && $0.severity != .error }, [
            pinned(.warning, "lectures.csv", "missing_columns",
                   zh: "没有“主讲人身份”列：本文件的党课均按“其他”主讲人计，书记讲党课次数和按主讲人身份的统计不含这些党课。"
                       + "请添加此列；如该列用了别的表头，请在 review.yml 的 aliases.columns.lecturer_role 中添加该表头。",
                   en: "no column \"主讲人身份\" (lecturer_role): this file's lectures count as given by \"other\", "
                       + "so the secretary's lectures and lectures by role leave them out. "
                       + "Add the column or, if it is there under another name, add that name under aliases.columns.lecturer_role in review.yml."),
            pinned(.info, "lectures.csv", "missing_optional_columns",
                   zh: "文件中没有以下可选列，按空值处理：“主讲人”、“听课人数”、“学时”、“主题”",
                   en: "optional columns not in the file, left empty: \"主讲人\" (lecturer), \"听课人数\" (audience), \"学时\" (hours), \"主题\" (topic)"),
        ])
        XCTAssertEqual(run.quality(.lectures).missingColumns, [MissingColumn(column: "lecturer_role", files: ["lectures.csv"])])
        assertCounts(run.counts(.lectures), read: 1, accepted: 0, rejected: 1)
    }

    /// A trainings file has no column that feeds figures beyond its required ones: its missing
    /// optional columns are info only, and nothing is counted.
    func testTrainingsGapsAreInfo() throws {
        let run = try ingest(["sites.csv": standardSites, "trainings.csv": "培训编号,开始日期,参训人数,学时\nT1,2017-04-10,3,1.5\n"])
        XCTAssertEqual(run.diagnostics.filter { $0.location.file == "trainings.csv" }, [
            pinned(.info, "trainings.csv", "missing_optional_columns",
                   zh: "文件中没有以下可选列，按空值处理：“培训名称”、“结束日期”、“单位编码”、“培训对象”",
                   en: "optional columns not in the file, left empty: \"培训名称\" (title), \"结束日期\" (end_date), \"单位编码\" (site_id), \"培训对象\" (target_group)"),
        ])
        XCTAssertEqual(run.quality(.trainings).missingColumns, [])
        assertCounts(run.counts(.trainings), read: 1, accepted: 1, rejected: 0)
    }
}
