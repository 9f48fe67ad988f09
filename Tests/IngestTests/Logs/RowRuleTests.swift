import Foundation
import Model
import TestSupport
import XCTest
@testable import Ingest

/// The row rules 1–6 of rules §2 and the reconciliation of §3, through `Ingestor.run` on small folders.
/// Site indices: JYJ 0, S001 1, S002 2 (`standardSites`).
final class RowRuleTests: XCTestCase {
    // MARK: Rules 1–2: blank, short and long rows

    func testBlankAndAllEmptyRecordsAreSkippedAndNotCounted() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": """
            日期,单位编码,会议类型\r
            2017-03-01,S001,支委会\r
            \r
            ,,\r
            "","",""\r
            \u{20}\u{20},\t,\r
            \u{3000},\u{A0},\r
            2017-03-02,S001,支委会\r
            ,,\r

            """])
        XCTAssertEqual(run.diagnostics(in: "meetings.csv"), [])
        assertCounts(run.counts(.meetings), read: 2, accepted: 2, rejected: 0)
    }

    func testShortRowsArePaddedAndLongRowsRejectedUnlessTheExtrasAreEmpty() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": """
            日期,单位编码,会议类型,实到人数,应到人数
            2017-03-01,S001,支委会
            2017-03-02,S001,支委会,5,5,,
            2017-03-03,S001,支委会,5,5,x
            2017-03-04,S001,支委会,5,5,\u{20}
            2017-03-05,S001

            """])
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.warning, "meetings.csv", line: 2, column: 4, "实到人数", "short_row",
                   message: "the row has 3 fields, the header 5; the missing ones are taken as empty"),
            Expect(.warning, "meetings.csv", line: 3, column: 6, nil, "empty_extra_fields",
                   message: "the row has 7 fields, the header 5; the empty extra fields were dropped"),
            Expect(.error, "meetings.csv", line: 4, column: 6, nil, "long_row",
                   message: "the row has 6 fields, the header 5; an unquoted comma in a value? Quote the value or remove the extra fields"),
            Expect(.warning, "meetings.csv", line: 5, column: 6, nil, "empty_extra_fields",
                   message: "the row has 6 fields, the header 5; the empty extra fields were dropped"),
            // Padded, then rule 3: the padded required column is empty.
            Expect(.error, "meetings.csv", line: 6, column: 3, "会议类型", "empty_value",
                   message: "会议类型 is empty; this column is required.", value: ""),
        ])
        assertCounts(run.counts(.meetings), read: 5, accepted: 3, rejected: 2, warnings: 3)
        XCTAssertEqual(run.sink.meetings, [
            .meeting(site: 1, day: "2017-03-01", type: .branch_committee, attendees: nil, expected: nil),
            .meeting(site: 1, day: "2017-03-02", type: .branch_committee, attendees: 5, expected: 5),
            .meeting(site: 1, day: "2017-03-04", type: .branch_committee, attendees: 5, expected: 5),
        ])
    }

    // MARK: Rule 3: values

    func testRequiredEmptyOrInvalidRejectsOptionalInvalidWarnsAndTakesTheDefault() throws {
        let run = try ingest(["sites.csv": standardSites, "lectures.csv": """
            日期,单位编码,主讲人身份,听课人数,学时
            2017-03-01,S001,,,
            2017-03-02,S001,校长,abc,2学时
            ,S001,书记,,
            2017-02-30,S001,书记,,
            2017-03-05,S001,书记,,

            """])
        assertDiagnostics(run.diagnostics(in: "lectures.csv"), [
            Expect(.warning, "lectures.csv", line: 3, column: 3, "主讲人身份", "unknown_value",
                   message: "主讲人身份 `校长` is not a known lecturer role (see docs/values.md); add an alias under aliases.lecturer_role in review.yml. Taken as empty.",
                   value: "校长"),
            Expect(.warning, "lectures.csv", line: 3, column: 4, "听课人数", "not_a_number",
                   message: "听课人数 `abc` is not a whole number; write digits only (12), without units or words. Taken as empty.", value: "abc"),
            Expect(.warning, "lectures.csv", line: 3, column: 5, "学时", "not_a_number",
                   message: "学时 `2学时` is not a number; write digits only (1.5), without units or words. Taken as empty.", value: "2学时"),
            Expect(.error, "lectures.csv", line: 4, column: 1, "日期", "empty_value",
                   message: "日期 is empty; this column is required.", value: ""),
            Expect(.error, "lectures.csv", line: 5, column: 1, "日期", "bad_date",
                   message: "日期 `2017-02-30` is not a date: month 2 of 2017 has 28 days.", value: "2017-02-30"),
        ])
        assertCounts(run.counts(.lectures), read: 5, accepted: 3, rejected: 2, warnings: 1)
        XCTAssertEqual(run.sink.lectures, [
            .lecture(site: 1, day: "2017-03-01", role: .other),
            .lecture(site: 1, day: "2017-03-02", role: .other),
            .lecture(site: 1, day: "2017-03-05", role: .secretary),
        ])
    }

    func testEmptyOrInvalidDemoSiteIsNone() throws {
        let run = try ingest(["sites.csv": """
            单位编码,单位名称,城乡,办学性质,学段,示范点,党员数
            S001,一小,城区,公办,小学,,12
            S002,二小,乡村,民办,小学,国家级,
            S003,三小,农村,公办,初中,市级,1,234

            """])
        assertDiagnostics(run.diagnostics(in: "sites.csv"), [
            Expect(.warning, "sites.csv", line: 3, column: 6, "示范点", "unknown_value", contains: ["示范点 `国家级` is not a known demonstration level", "Taken as empty."]),
            // `1,234` unquoted is two fields: a long row.
            Expect(.error, "sites.csv", line: 4, column: 8, nil, "long_row", contains: ["the row has 8 fields, the header 7"]),
        ])
        XCTAssertEqual(run.result.sites.map(\.id), ["S001", "S002"])
        XCTAssertEqual(run.result.sites.map(\.demo), [DemoLevel.none, .none])
        XCTAssertEqual(run.result.sites.map(\.partyMembers), [12, 0])
        XCTAssertEqual(run.result.sites.map(\.locale), [.urban, .rural])
        assertCounts(run.counts(.sites), read: 3, accepted: 2, rejected: 1, warnings: 1)
    }

    /// One row with a bad date and an unknown site: both errors, one rejected row.
    func testRowWithTwoErrorsReportsBothAndCountsOnce() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": "日期,单位编码,会议类型\n2017-02-30,S009,开会\n"])
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.error, "meetings.csv", line: 2, column: 1, "日期", "bad_date", contains: ["`2017-02-30` is not a date"]),
            Expect(.error, "meetings.csv", line: 2, column: 2, "单位编码", "unknown_site_id",
                   message: "单位编码 `S009` is not in the register (sites.csv); add the site there or correct the code."),
            Expect(.error, "meetings.csv", line: 2, column: 3, "会议类型", "unknown_value", contains: ["会议类型 `开会` is not a known meeting type"]),
        ])
        assertCounts(run.counts(.meetings), read: 1, accepted: 0, rejected: 1)
        XCTAssertEqual(run.result.meetingYearVotes, [:])
    }

    // MARK: Rule 4: the register

    func testUnknownRejectedAndRepeatedSites() throws {
        let run = try ingest([
            "sites.csv": """
                site_id,name,locale,ownership,level
                JYJ,教育局,城区,公办,机关
                S001,一小,城区,公办,小学
                S002,二小,火星,公办,小学
                S001,一小重复,城区,公办,小学
                S003,,城区,公办,小学
                S003,三小,城区,公办,小学
                S004,四小,城区,公办,小学,x

                """,
            "meetings.csv": """
                日期,单位编码,会议类型
                2017-03-01,S002,支委会
                2017-03-01,S009,支委会
                2017-03-01,S003,支委会
                2017-03-01,S004,支委会
                2017-03-01,S001,支委会

                """,
        ])
        assertDiagnostics(run.diagnostics(in: "sites.csv"), [
            Expect(.error, "sites.csv", line: 4, column: 3, "locale", "unknown_value", contains: ["locale `火星` is not a known locale"]),
            Expect(.error, "sites.csv", line: 5, column: 1, "site_id", "duplicate_site_id",
                   message: "site_id `S001` is already in the register (sites.csv line 3); the first row is kept.", value: "S001"),
            Expect(.error, "sites.csv", line: 6, column: 2, "name", "empty_value", message: "name is empty; this column is required."),
            Expect(.error, "sites.csv", line: 8, column: 6, nil, "long_row", contains: ["the row has 6 fields, the header 5"]),
        ])
        assertCounts(run.counts(.sites), read: 7, accepted: 3, rejected: 4)
        XCTAssertEqual(run.result.sites.map(\.id), ["JYJ", "S001", "S003"])
        XCTAssertEqual(run.result.sites.map(\.name), ["教育局", "一小", "三小"])

        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.error, "meetings.csv", line: 2, column: 2, "单位编码", "rejected_site_id",
                   message: "单位编码 `S002`: its row in the register (sites.csv line 4) was rejected; fix that row first.", value: "S002"),
            Expect(.error, "meetings.csv", line: 3, column: 2, "单位编码", "unknown_site_id", value: "S009"),
            // S004's register row was rejected before its values were read (a long row).
            Expect(.error, "meetings.csv", line: 5, column: 2, "单位编码", "rejected_site_id",
                   message: "单位编码 `S004`: its row in the register (sites.csv line 8) was rejected; fix that row first.", value: "S004"),
        ])
        assertCounts(run.counts(.meetings), read: 5, accepted: 2, rejected: 3)
        XCTAssertEqual(run.sink.meetings.map { if case .meeting(let site, _, _, _, _) = $0 { site } else { -1 } }, [2, 1])
    }

    /// A register in two files: messages name the file that holds the row.
    func testRegisterInTwoFilesNamesTheRightFile() throws {
        let run = try ingest([
            "sites-a.csv": "site_id,name,locale,ownership,level\nS001,一小,城区,公办,小学\n",
            "sites-b.csv": "site_id,name,locale,ownership,level\nS002,二小,火星,公办,小学\nS001,一小,城区,公办,小学\n",
            "meetings.csv": "日期,单位编码,会议类型\n2017-03-01,S002,支委会\n2017-03-01,S009,支委会\n",
        ])
        assertDiagnostics(run.diagnostics(in: "sites-b.csv"), [
            Expect(.error, "sites-b.csv", line: 2, column: 3, "locale", "unknown_value", contains: ["`火星`"]),
            Expect(.error, "sites-b.csv", line: 3, column: 1, "site_id", "duplicate_site_id",
                   message: "site_id `S001` is already in the register (sites-a.csv line 2); the first row is kept."),
        ])
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.error, "meetings.csv", line: 2, column: 2, "单位编码", "rejected_site_id",
                   message: "单位编码 `S002`: its row in the register (sites-b.csv line 2) was rejected; fix that row first."),
            Expect(.error, "meetings.csv", line: 3, column: 2, "单位编码", "unknown_site_id",
                   message: "单位编码 `S009` is not in the register (sites-a.csv, sites-b.csv); add the site there or correct the code."),
        ])
        assertCounts(run.counts(.sites), read: 3, accepted: 1, rejected: 2)
    }

    // MARK: Rule 5: record ids

    /// Only rows passing rules 1–4 claim an id; the index spans files and years; empty ids
    /// never clash; ids are trimmed.
    func testRepeatedRecordIDsAcrossFilesAndYears() throws {
        let run = try ingest([
            "sites.csv": standardSites,
            "meetings-a.csv": """
                日期,单位编码,会议类型,记录编号
                2016-12-20,S001,支委会,R1
                2017-02-30,S001,支委会,R2
                2017-03-01,S001,支委会,R2
                2017-03-02,S001,支委会,
                2017-03-03,S001,支委会,

                """,
            "meetings-b.csv": """
                记录编号,日期,单位编码,会议类型
                R1,2017-04-01,S001,支委会
                \u{20}R2\u{3000},2017-04-02,S001,支委会
                R3,2017-04-03,S009,支委会
                R3,2017-04-04,S001,支委会

                """,
        ])
        assertDiagnostics(run.diagnostics(in: "meetings-a.csv"), [
            Expect(.error, "meetings-a.csv", line: 3, column: 1, "日期", "bad_date", contains: ["`2017-02-30`"]),
        ])
        assertDiagnostics(run.diagnostics(in: "meetings-b.csv"), [
            Expect(.error, "meetings-b.csv", line: 2, column: 1, "记录编号", "duplicate_record_id",
                   message: "记录编号 `R1` was already used in meetings-a.csv, so this row is a repeat; the first row is kept.", value: "R1"),
            Expect(.error, "meetings-b.csv", line: 3, column: 1, "记录编号", "duplicate_record_id",
                   message: "记录编号 `R2` was already used in meetings-a.csv, so this row is a repeat; the first row is kept.", value: "R2"),
            Expect(.error, "meetings-b.csv", line: 4, column: 3, "单位编码", "unknown_site_id", value: "S009"),
        ])
        assertCounts(run.counts(.meetings), read: 9, accepted: 4, rejected: 4, outOfPeriod: 1)
        XCTAssertEqual(run.sink.meetings.compactMap { if case .meeting(_, let day, _, _, _) = $0 { day } else { nil } },
                       ["2016-12-20", "2017-03-01", "2017-03-02", "2017-03-03", "2017-04-04"])
        // Rows passing rules 1–4 vote for the review year, duplicates included.
        XCTAssertEqual(run.result.meetingYearVotes, [2016: 1, 2017: 6])
        XCTAssertEqual(run.result.mostActiveYear, 2017)
    }

    /// The first use of an id sits in a record longer than the registry's first re-read
    /// (64 KiB, unquoted): the duplicate is still found.
    func testRepeatedRecordIDAfterAVeryLongRecord() throws {
        let long = String(repeating: "长", count: 40_000)  // 120,000 UTF-8 bytes, unquoted
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": """
            日期,单位编码,会议类型,主题,记录编号
            2017-03-01,S001,支委会,\(long),R1
            2017-03-02,S001,支委会,短,R1

            """])
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.error, "meetings.csv", line: 3, column: 5, "记录编号", "duplicate_record_id",
                   message: "记录编号 `R1` was already used in meetings.csv, so this row is a repeat; the first row is kept."),
        ])
        assertCounts(run.counts(.meetings), read: 2, accepted: 1, rejected: 1)
    }

    /// Files in other encodings keep their ids exactly; a repeat across encodings is found.
    func testRepeatedRecordIDAcrossEncodings() throws {
        let folder = try TempInputs(utf8Files([
            "sites.csv": standardSites,
            "meetings-a.csv": "日期,单位编码,会议类型,记录编号\n2017-03-01,S001,支委会,甲1\n",
        ]), testCase: self)
        let gb = try gb18030("日期,单位编码,会议类型,记录编号\n2017-03-02,S001,支委会,甲1\n2017-03-03,S001,支委会,乙2\n")
        try folder.write("meetings-b.csv", gb)
        // meetings-b.csv's `甲1` was a duplicate: it must not pass for the first use.
        try folder.write("meetings-c.csv", try gb18030("日期,单位编码,会议类型,记录编号\n2017-03-04,S001,支委会,乙2\n2017-03-05,S001,支委会,甲1\n"))
        let run = try ingest(folder)
        let duplicates = run.diagnostics.filter { $0.code == "duplicate_record_id" }
        func repeated(_ file: String, _ line: Int, _ id: String, first: String) -> Diagnostic {
            Diagnostic(.error, SourceLocation(file: file, line: line, column: 4, columnName: "记录编号"),
                       code: "duplicate_record_id",
                       text: Localized(zh: "记录编号“\(id)”已在 \(first) 中用过，此行是重复记录；保留第一次出现的那一行。",
                                       en: "记录编号 `\(id)` was already used in \(first), so this row is a repeat; the first row is kept."),
                       value: id)
        }
        XCTAssertEqual(duplicates, [
            repeated("meetings-b.csv", 2, "甲1", first: "meetings-a.csv"),
            repeated("meetings-c.csv", 2, "乙2", first: "meetings-b.csv"),
            repeated("meetings-c.csv", 3, "甲1", first: "meetings-a.csv"),
        ])
        assertCounts(run.counts(.meetings), read: 5, accepted: 2, rejected: 3)
    }

    /// A record_id holding a NUL is an invalid optional value: a warning, and it counts as
    /// empty, so the same bytes again do not clash.
    func testInvalidRecordIDIsAWarningAndNeverClashes() throws {
        let run = try ingest(["sites.csv": standardSites,
                              "meetings.csv": "日期,单位编码,会议类型,记录编号\n2017-03-01,S001,支委会,R\u{0}1\n2017-03-02,S001,支委会,R\u{0}1\n"])
        let warning = Expect(.warning, "meetings.csv", line: 2, column: 4, "记录编号", "invalid_text",
                             message: "记录编号 `R\\01` holds a NUL character; delete it and save again. Taken as empty.", value: "R\\01")
        var second = warning
        second.line = 3
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [warning, second])
        assertCounts(run.counts(.meetings), read: 2, accepted: 2, rejected: 0, warnings: 2)
    }

    // MARK: Rule 6 and warnings

    /// Out-of-period rows are counted apart; their warnings are still raised and counted.
    func testOutOfPeriodRowsKeepTheirWarnings() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": """
            日期,单位编码,会议类型,实到人数,应到人数
            2016-12-28,S001,主题党日,12,10
            2017-01-28,S001,主题党日,9,10
            2018-01-02,S001,主题党日,abc,10
            2017-02-28,S001,主题党日,10,10

            """])
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.warning, "meetings.csv", line: 2, column: 4, "实到人数", "attendees_over_expected",
                   message: "实到人数 12 is more than the 10 expected; attendance counts at most 10."),
            Expect(.warning, "meetings.csv", line: 4, column: 4, "实到人数", "not_a_number",
                   message: "实到人数 `abc` is not a whole number; write digits only (12), without units or words. Taken as empty."),
        ])
        assertCounts(run.counts(.meetings), read: 4, accepted: 2, rejected: 0, outOfPeriod: 2, warnings: 2)
        XCTAssertEqual(run.result.quality(year: 2016)[LogKind.meetings.position].counts,
                       LogCounts(read: 4, accepted: 1, rejected: 0, outOfPeriod: 3, warnings: 2))
        XCTAssertEqual(run.result.latestDay(in: 2017)?.description, "2017-02-28")
        XCTAssertTrue(run.result.hasRows(in: 2018))
        XCTAssertFalse(run.result.hasRows(in: 2015))
    }

    // MARK: Trainings

    func testTrainingsEndBeforeStartAndBureauWideRows() throws {
        let run = try ingest(["sites.csv": standardSites, "trainings.csv": """
            培训编号,培训名称,开始日期,结束日期,单位编码,参训人数,学时,培训对象
            T1,书记班,2017-04-10,2017-04-12,S001,2,16,支部书记
            T1,书记班,2017-04-10,2017-04-12,S002,1,16,支部书记
            T2,党务,2017-09-01,2017-08-31,S001,3,2,党务工作者
            T3,全员,2016-12-30,,,30,2.5,党员
            ,无编号,2017-04-10,,S001,2,16,
            T4,明年,2018-01-05,2017-12-30,,1,1,

            """])
        assertDiagnostics(run.diagnostics(in: "trainings.csv"), [
            Expect(.error, "trainings.csv", line: 4, column: 4, "结束日期", "end_before_start",
                   message: "结束日期 `2017-08-31` is before the start date 2017-09-01; correct the dates.", value: "2017-08-31"),
            Expect(.error, "trainings.csv", line: 6, column: 1, "培训编号", "empty_value",
                   message: "培训编号 is empty; this column is required."),
            Expect(.error, "trainings.csv", line: 7, column: 4, "结束日期", "end_before_start"),
        ])
        assertCounts(run.counts(.trainings), read: 6, accepted: 2, rejected: 3, outOfPeriod: 1)
        XCTAssertEqual(run.sink.trainings, [
            .training(id: 0, start: "2017-04-10", site: 1, participants: 2, hours: 16),
            .training(id: 0, start: "2017-04-10", site: 2, participants: 1, hours: 16),
            .training(id: 1, start: "2016-12-30", site: nil, participants: 30, hours: Decimal(string: "2.5")!),
        ])
    }

    /// A trainings file without a site_id column: every row is bureau-wide.
    func testTrainingsWithoutSiteColumnAreBureauWide() throws {
        let run = try ingest(["sites.csv": standardSites, "trainings.csv": "training_id,start_date,participants,hours\nT9,2017-05-01,4,1.5\n"])
        XCTAssertEqual(run.sink.trainings, [.training(id: 0, start: "2017-05-01", site: nil, participants: 4, hours: Decimal(string: "1.5")!)])
        assertCounts(run.counts(.trainings), read: 1, accepted: 1, rejected: 0)
    }

    // MARK: Files

    /// `NAME*.csv` and `NAME*.txt` files, NAME the log's id (ASCII case ignored) or its Chinese
    /// name, are read as one log in their names' UTF-8 byte order; other extensions are not logs.
    func testSeveralFilesAreOneLogInUTF8NameOrder() throws {
        let header = "日期,单位编码\n"
        let run = try ingest([
            "sites.csv": standardSites,
            "lectures.csv": header + "2017-01-04,S001\n",
            "lectures_x.csv": header + "2017-01-05,S001\n",
            "lectures-b.csv": header + "2017-01-02,S001\n",
            "lectures-一.csv": header + "2017-01-03,S001\n",
            "lectures-a.csv": header + "2017-01-01,S001\n",
            "lectures-Z.csv": header + "2017-01-00,S001\n",
            "Lectures-c.csv": header + "2017-02-01,S001\n",
            "lectures-t.txt": header + "2017-02-02,S001\n",
            "党课记录.csv": header + "2017-02-03,S001\n",
            "lectures.md": header + "2017-02-04,S001\n",
        ])
        // L (0x4C) < Z (0x5A) < a < b < t; - (0x2D) < . (0x2E) < _ (0x5F); 一 (0xE4) < 党 (0xE5 0x85).
        XCTAssertEqual(run.quality(.lectures).files,
                       ["Lectures-c.csv", "lectures-Z.csv", "lectures-a.csv", "lectures-b.csv", "lectures-t.txt", "lectures-一.csv",
                        "lectures.csv", "lectures_x.csv", "党课记录.csv"])
        XCTAssertEqual(run.sink.lectures, ["2017-02-01", "2017-01-01", "2017-01-02", "2017-02-02", "2017-01-03", "2017-01-04", "2017-01-05", "2017-02-03"]
            .map { .lecture(site: 1, day: $0, role: .other) })
        assertDiagnostics(run.diagnostics.filter { $0.location.file.hasPrefix("lectures") && !Ingested.columnGapCodes.contains($0.code) }, [
            Expect(.error, "lectures-Z.csv", line: 2, column: 1, "日期", "bad_date"),
        ])
        assertCounts(run.counts(.lectures), read: 9, accepted: 8, rejected: 1)
    }

    /// A log that is a symbolic link to a file is read like the file; a folder named like a
    /// log is a file error, and the log, with no file read, is missing.
    func testSymbolicLinkToALogIsRead() throws {
        let folder = try TempInputs(utf8Files(["sites.csv": standardSites, "elsewhere/m.txt": "日期,单位编码,会议类型\n2017-03-01,S001,支委会\n"]),
                                    testCase: self)
        try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/meetings.csv", withDestinationPath: "elsewhere/m.txt")
        let run = try ingest(folder)
        assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
        try FileManager.default.createDirectory(atPath: "\(folder.path)/lectures.csv", withIntermediateDirectories: false)
        let withFolder = try ingest(folder)
        assertDiagnostics(withFolder.diagnostics.filter { $0.location.file == "lectures.csv" }, [
            Expect(.error, "lectures.csv", "file_unreadable",
                   message: "not read: the file cannot be read (it is not a regular file); none of its rows count"),
            Expect(.warning, "lectures.csv", "missing_log", contains: ["no lectures log: "]),
        ])
        XCTAssertTrue(withFolder.quality(.lectures).isMissing)
        assertCounts(withFolder.counts(.meetings), read: 1, accepted: 1, rejected: 0)
    }

    func testMissingLogIsAWarningAndCountsEmpty() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": "日期,单位编码,会议类型\n"])
        assertDiagnostics(run.diagnostics.filter { !Ingested.columnGapCodes.contains($0.code) }, [
            Expect(.warning, "lectures.csv", "missing_log", contains: ["no lectures log: ", " stay empty, not 0."]),
            Expect(.warning, "trainings.csv", "missing_log", contains: ["no trainings log: "]),
            Expect(.info, "meetings.csv", "no_data_rows", message: "the file has a header but no data rows"),
        ])
        for log in [LogKind.meetings, .lectures, .trainings] { assertCounts(run.counts(log), read: 0, accepted: 0, rejected: 0) }
        XCTAssertEqual(run.quality(.lectures).files, [])
        XCTAssertEqual(LogKind.allCases.map { run.quality($0).isMissing }, [false, false, true, true])
        assertCounts(run.counts(.sites), read: 3, accepted: 3, rejected: 0)
    }

    func testMissingSitesLogStopsTheRun() throws {
        let folder = try TempInputs(utf8Files(["meetings.csv": "日期,单位编码,会议类型\n", "register.csv": "site_id\n"]), testCase: self)
        XCTAssertThrowsError(try ingest(folder)) { error in
            XCTAssertEqual(error as? IngestError, .noSitesLog(folder.path))
        }
        let empty = try TempInputs(testCase: self)
        XCTAssertThrowsError(try ingest(empty)) { error in
            XCTAssertEqual(error as? IngestError, .noSitesLog(empty.path))
        }
    }

    func testEmptyFilesAreWarned() throws {
        let folder = try TempInputs(utf8Files(["sites.csv": standardSites, "meetings.csv": "", "lectures.csv": "\u{FEFF}",
                                               "trainings.csv": "\r\n\r\n  \r\n"]), testCase: self)
        let run = try ingest(folder)
        assertDiagnostics(run.diagnostics.filter { !Ingested.columnGapCodes.contains($0.code) }, [
            Expect(.warning, "lectures.csv", "empty_file", message: "the file holds no records"),
            Expect(.warning, "meetings.csv", "empty_file", message: "the file holds no records"),
            Expect(.warning, "trainings.csv", "empty_file", message: "the file holds no records"),
        ])
    }

    // MARK: Bytes and quotes

    /// Bytes invalid in the file's encoding reject only their row, at the first bad field.
    func testInvalidBytesRejectOnlyTheirRow() throws {
        let folder = try TempInputs(utf8Files(["sites.csv": standardSites]), testCase: self)
        // Nine good non-ASCII lines and one GBK line: 90 % valid UTF-8, so the file is UTF-8.
        var bytes = Array("日期,单位编码,会议类型\n".utf8)
        for day in 1...8 { bytes += Array("2017-03-0\(day),S001,支委会\n".utf8) }
        bytes += Array("2017-03-09,S001,".utf8) + (try gb18030("支委会")) + [0x0A]
        bytes += Array("2017-03-10,S002,支委会\n".utf8)
        try folder.write("meetings.csv", bytes)
        let run = try ingest(folder)
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.error, "meetings.csv", line: 10, column: 3, "会议类型", "bad_encoding",
                   message: "bytes that are not valid UTF-8; re-save the file as UTF-8"),
        ])
        assertCounts(run.counts(.meetings), read: 10, accepted: 9, rejected: 1)
    }

    /// A quote left open rejects the record it opened, at the opening line, and the record runs
    /// to the end of the file.
    func testUnterminatedQuoteRejectsItsRecordAtTheOpeningLine() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": """
            日期,单位编码,会议类型,主题
            2017-03-01,S001,支委会,ok
            2017-03-02,S001,支委会,"open
            2017-03-03,S001,支委会,x

            """])
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.error, "meetings.csv", line: 3, column: 4, "主题", "unterminated_quote",
                   message: "a quote opened here is never closed; the record runs to the end of the file. Close the quote"),
        ])
        assertCounts(run.counts(.meetings), read: 2, accepted: 1, rejected: 1)
    }

    /// Quotes taken literally and text after a closing quote are info, at the quote's line and
    /// field; the row is kept.
    func testLiteralQuotesAreInfoWithLineAndColumn() throws {
        let run = try ingest(["sites.csv": standardSites, "meetings.csv": "日期,单位编码,会议类型,主题\n2017-03-01,S001,支委会,a\"b\n2017-03-02,S001,支委会,\"多\n行\"尾\n2017-03-03,S001,支委会,x\n"])
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.info, "meetings.csv", line: 2, column: 4, "主题", "literal_quote",
                   message: "a quote inside an unquoted field was kept as a character"),
            Expect(.info, "meetings.csv", line: 4, column: 4, "主题", "text_after_quote",
                   message: "text after a closing quote was appended to the field"),
        ])
        assertCounts(run.counts(.meetings), read: 3, accepted: 3, rejected: 0)
    }

    /// A UTF-16 or GB18030 file gets one info line naming the encoding.
    func testEncodingIsInfo() throws {
        let folder = try TempInputs(utf8Files(["sites.csv": standardSites]), testCase: self)
        try folder.write("meetings.csv", try gb18030("日期,单位编码,会议类型\n2017-03-01,S001,支委会\n"))
        let run = try ingest(folder)
        assertDiagnostics(run.diagnostics(in: "meetings.csv"), [
            Expect(.info, "meetings.csv", "encoding", contains: ["read as GB18030"]),
        ])
        assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
    }
}

/// `text` in GB18030, by glibc's iconv (the converter rules §2 names).
func gb18030(_ text: String) throws -> [UInt8] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gb-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in.txt")
    try Data(text.utf8).write(to: input)
    let run = try runProgram("/usr/bin/iconv", ["-f", "UTF-8", "-t", "GB18030", input.path])
    guard run.status == 0 else { throw CocoaError(.fileReadCorruptFile) }
    return run.stdout
}
