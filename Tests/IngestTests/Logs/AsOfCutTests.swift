import Model
import XCTest
@testable import Ingest

/// Rule 6 of rules §2 in an as-of run and with `annual_meetings_until`: which rows are out of
/// period, what the sink is handed, how every log reconciles, and the info lines on annual
/// meetings held early the next year. Every count is worked out by hand from the rows below.
final class AsOfCutTests: XCTestCase {
    private func day(_ text: String) -> Day {
        let parts = text.split(separator: "-").map { Int($0)! }
        return Day(year: parts[0], month: parts[1], day: parts[2])!
    }

    private func monthDay(_ month: Int, _ day: Int) -> ReviewConfig {
        var config = ReviewConfig()
        config.annualMeetingsUntil = MonthDay(month: month, day: day)
        return config
    }

    /// Register indices: JYJ 0, S001 1, S002 2.
    private let asOfYear: [String: String] = [
        "sites.csv": standardSites,
        "meetings.csv": """
            date,site_id,type,attendees,expected
            2017-06-14,S001,支委会,5,5
            2017-06-15,S001,支委会,5,5
            2017-06-16,S001,支委会,5,5
            2017-12-31,S002,主题党日,,
            2017-13-01,S001,支委会,,
            2016-06-15,S001,党小组会,,
            2016-06-16,S002,党小组会,,
            2018-01-05,S001,组织生活会,,
            2017-07-01,S002,支委会,12,10

            """,
        "lectures.csv": """
            date,site_id
            2017-06-15,S001
            2017-06-30,S002

            """,
        "trainings.csv": """
            training_id,start_date,site_id,participants,hours
            T1,2017-06-01,S001,3,2
            T2,2017-06-20,,40,1
            T3,2016-06-20,,10,1

            """,
    ]

    func testRowsAfterTheAsOfDateAreOutOfPeriodAndNotCounted() throws {
        let run = try ingest(asOfYear, asOf: day("2017-06-15"))
        // Meetings: 9 read; 2017-13-01 rejected; accepted the rows of 2017 up to 06-15 (06-14,
        // 06-15); out of period 06-16, 12-31, 07-01 (after the as-of date) and the 2016 and 2018
        // rows; the 07-01 row (12 of 10) is warned though out of period.
        XCTAssertEqual(run.counts(.meetings), LogCounts(read: 9, accepted: 2, rejected: 1, outOfPeriod: 6, warnings: 1))
        XCTAssertEqual(run.counts(.lectures), LogCounts(read: 2, accepted: 1, rejected: 0, outOfPeriod: 1, warnings: 0))
        XCTAssertEqual(run.counts(.trainings), LogCounts(read: 3, accepted: 1, rejected: 0, outOfPeriod: 2, warnings: 0))
        for log in LogKind.allCases { XCTAssertTrue(run.counts(log).isReconciled, "\(log)") }
        // The sink gets the rows up to the as-of date, 2016's up to 2016-06-15 (like for like),
        // and every row of other years; nothing after a cut.
        XCTAssertEqual(run.sink.meetings, [
            .meeting(site: 1, day: "2017-06-14", type: .branch_committee, attendees: 5, expected: 5),
            .meeting(site: 1, day: "2017-06-15", type: .branch_committee, attendees: 5, expected: 5),
            .meeting(site: 1, day: "2016-06-15", type: .party_group, attendees: nil, expected: nil),
            .meeting(site: 1, day: "2018-01-05", type: .org_life, attendees: nil, expected: nil),
        ])
        XCTAssertEqual(run.sink.lectures, [.lecture(site: 1, day: "2017-06-15", role: .other)])
        XCTAssertEqual(run.sink.trainings, [.training(id: 0, start: "2017-06-01", site: 1, participants: 3, hours: 2)])
        // The workbook's date is the latest accepted row's, the as-of date here.
        XCTAssertEqual(run.result.latestDay(in: 2017), day("2017-06-15"))
        // The year still has rows (the check for "no data for the year").
        XCTAssertTrue(run.result.hasRows(in: 2017))
    }

    func testWithoutAsOfOrAsOfTheYearsEndEveryRowOfTheYearCounts() throws {
        // Without --as-of: the five valid 2017 meetings are accepted.
        let whole = try ingest(asOfYear)
        XCTAssertEqual(whole.counts(.meetings), LogCounts(read: 9, accepted: 5, rejected: 1, outOfPeriod: 3, warnings: 1))
        XCTAssertEqual(whole.counts(.lectures), LogCounts(read: 2, accepted: 2, rejected: 0, outOfPeriod: 0, warnings: 0))
        XCTAssertEqual(whole.counts(.trainings), LogCounts(read: 3, accepted: 2, rejected: 0, outOfPeriod: 1, warnings: 0))
        XCTAssertEqual(whole.sink.meetings.count, 8)
        XCTAssertEqual(whole.result.latestDay(in: 2017), day("2017-12-31"))
        // As of 2017-12-31: the same.
        let yearEnd = try ingest(asOfYear, asOf: day("2017-12-31"))
        for log in LogKind.allCases { XCTAssertEqual(yearEnd.counts(log), whole.counts(log), "\(log)") }
        XCTAssertEqual(yearEnd.sink, whole.sink)
    }

    func testThePreviousYearIsCutAtTheSameDate() throws {
        let files = [
            "sites.csv": standardSites,
            "meetings.csv": """
                date,site_id,type
                2016-02-28,S001,支委会
                2016-02-29,S001,支委会
                2016-03-01,S001,支委会
                2017-02-28,S002,支委会
                2015-02-28,S002,党小组会
                2015-03-01,S002,党小组会

                """,
        ]
        // As of 2017-02-28: 2016 is cut at 2016-02-28, so its 29 February is left out.
        let run2017 = try ingest(files, asOf: day("2017-02-28"))
        XCTAssertEqual(run2017.sink.meetings.map(\.description), [
            "meeting(1, 2016-02-28, branch_committee, -, -)",
            "meeting(2, 2017-02-28, branch_committee, -, -)",
            "meeting(2, 2015-02-28, party_group, -, -)",
            "meeting(2, 2015-03-01, party_group, -, -)",
        ])
        XCTAssertEqual(run2017.counts(.meetings), LogCounts(read: 6, accepted: 1, rejected: 0, outOfPeriod: 5))
        // As of 2016-02-29 (a leap year): 2015 has no 29 February, so it is cut at 2015-02-28.
        let run2016 = try ingest(files, year: 2016, asOf: day("2016-02-29"))
        XCTAssertEqual(run2016.sink.meetings.map(\.description), [
            "meeting(1, 2016-02-28, branch_committee, -, -)",
            "meeting(1, 2016-02-29, branch_committee, -, -)",
            "meeting(2, 2017-02-28, branch_committee, -, -)",
            "meeting(2, 2015-02-28, party_group, -, -)",
        ])
        XCTAssertEqual(run2016.counts(.meetings), LogCounts(read: 6, accepted: 2, rejected: 0, outOfPeriod: 4))
    }

    private let annualMeetings: [String: String] = [
        "sites.csv": standardSites,
        "meetings.csv": """
            date,site_id,type
            2018-01-15,S001,民主评议党员
            2018-01-31,S002,组织生活会
            2018-02-01,S002,组织生活会
            2018-01-10,S001,支委会
            2017-01-20,S001,组织生活会
            2017-03-01,S001,支委会

            """,
    ]

    func testAnnualMeetingsHeldInJanuaryCountForTheYearBefore() throws {
        let run = try ingest(annualMeetings, config: monthDay(1, 31))
        // Up to 01-31, org_life and democratic_review meetings count as dated 31 December of the
        // year before: 2018-01-15 and 2018-01-31 for 2017, 2017-01-20 for 2016. 2018-02-01 is
        // after the day; a branch_committee meeting is not an annual meeting.
        XCTAssertEqual(run.sink.meetings.map(\.description), [
            "meeting(1, 2017-12-31, democratic_review, -, -)",
            "meeting(2, 2017-12-31, org_life, -, -)",
            "meeting(2, 2018-02-01, org_life, -, -)",
            "meeting(1, 2018-01-10, branch_committee, -, -)",
            "meeting(1, 2016-12-31, org_life, -, -)",
            "meeting(1, 2017-03-01, branch_committee, -, -)",
        ])
        // For 2017: the two moved meetings and 2017-03-01 are accepted.
        XCTAssertEqual(run.counts(.meetings), LogCounts(read: 6, accepted: 3, rejected: 0, outOfPeriod: 3))
        // They vote for 2017 too: 3 votes against 2018's 2 and 2016's 1.
        XCTAssertEqual(run.result.meetingYearVotes, [2016: 1, 2017: 3, 2018: 2])
        XCTAssertEqual(run.result.mostActiveYear, 2017)
        XCTAssertEqual(run.result.latestDay(in: 2017), day("2017-12-31"))
        // The Data quality sheet (the meetings log's file notes) and validate tell how many.
        let note = try XCTUnwrap(run.result.annualMeetingNotes(year: 2017).first)
        XCTAssertEqual(run.result.annualMeetingNotes(year: 2017).count, 1)
        XCTAssertEqual(note.code, "annual_meetings_counted")
        XCTAssertEqual(note.severity, .info)
        XCTAssertEqual(note.rendered(.zh), "meetings.csv: info: 2018年1月1日至1月31日召开的组织生活会、民主评议党员共2次，按 review.yml 中的 annual_meetings_until: 01-31 计入2017年度（按2017年12月31日计）")
        XCTAssertEqual(note.rendered(.en), "meetings.csv: info: 2 org_life and democratic_review meetings held from 2018-01-01 to 2018-01-31 count for 2017, as if held on 2017-12-31 (annual_meetings_until: 01-31 in review.yml)")
        XCTAssertEqual(run.quality(.meetings).fileProblems.last, note)

        // A review of 2018: the 2018-01-15 democratic review is out of period; 2018-02-01 and
        // 2018-01-10 are accepted. No 2019 meeting was held early, so no note.
        let run2018 = try ingest(annualMeetings, config: monthDay(1, 31), year: 2018)
        XCTAssertEqual(run2018.counts(.meetings), LogCounts(read: 6, accepted: 2, rejected: 0, outOfPeriod: 4))
        XCTAssertEqual(run2018.result.annualMeetingNotes(year: 2018), [])
    }

    func testAnnualMeetingsCountedForTheYearAreAfterAnAsOfDateBeforeItsEnd() throws {
        // As of 2017-06-30 the moved meetings (as of 2017-12-31) are out of period, and the
        // 2017-01-20 org_life (as of 2016-12-31) is after the previous year's cut, 2016-06-30.
        let run = try ingest(annualMeetings, config: monthDay(1, 31), asOf: day("2017-06-30"))
        XCTAssertEqual(run.counts(.meetings), LogCounts(read: 6, accepted: 1, rejected: 0, outOfPeriod: 5))
        XCTAssertEqual(run.sink.meetings.map(\.description), [
            "meeting(2, 2018-02-01, org_life, -, -)",
            "meeting(1, 2018-01-10, branch_committee, -, -)",
            "meeting(1, 2017-03-01, branch_committee, -, -)",
        ])
        XCTAssertEqual(run.result.annualMeetingNotes(year: 2017), [])
        // As of 2017-12-31: the same as without --as-of.
        let yearEnd = try ingest(annualMeetings, config: monthDay(1, 31), asOf: day("2017-12-31"))
        let whole = try ingest(annualMeetings, config: monthDay(1, 31))
        XCTAssertEqual(yearEnd.sink, whole.sink)
        XCTAssertEqual(yearEnd.counts(.meetings), whole.counts(.meetings))
        XCTAssertEqual(yearEnd.result.annualMeetingNotes(year: 2017), whole.result.annualMeetingNotes(year: 2017))
    }

    func testWithoutTheKeyAnnualMeetingsOfJanuaryAndFebruaryAreToldOf() throws {
        let files = [
            "sites.csv": standardSites,
            "meetings.csv": """
                date,site_id,type
                2017-05-10,S001,组织生活会
                2018-01-15,S001,民主评议党员
                2018-02-28,S002,组织生活会
                2018-03-01,S002,组织生活会
                2018-01-05,S001,支委会

                """,
        ]
        let run = try ingest(files)
        // Nothing moves: the 2018 rows are out of period for 2017.
        XCTAssertEqual(run.counts(.meetings), LogCounts(read: 5, accepted: 1, rejected: 0, outOfPeriod: 4))
        // Two of them are org_life or democratic_review meetings in January–February 2018.
        let notes = run.result.annualMeetingNotes(year: 2017)
        XCTAssertEqual(notes.map(\.code), ["annual_meetings_next_year"])
        XCTAssertEqual(notes.first?.rendered(.zh), "meetings.csv: info: 有2次组织生活会、民主评议党员的日期在2018年1—2月，不计入2017年度；如果是2017年度的会议，请在 review.yml 中设置 annual_meetings_until（如 annual_meetings_until: 02-28），使其计入2017年度")
        XCTAssertEqual(notes.first?.rendered(.en), "meetings.csv: info: 2 org_life and democratic_review meetings are dated January–February 2018 and do not count for 2017; if they are 2017's annual meetings, set annual_meetings_until in review.yml (e.g. annual_meetings_until: 02-28) to count them for 2017")
        XCTAssertEqual(run.quality(.meetings).fileProblems.filter { $0.code == "annual_meetings_next_year" }, notes)
        // A review of 2018 has no 2019 rows: nothing to tell.
        XCTAssertEqual(run.result.annualMeetingNotes(year: 2018), [])
        // The same rows under the key say nothing of the kind.
        XCTAssertFalse(try ingest(files, config: monthDay(2, 28)).result.annualMeetingNotes(year: 2017)
            .contains { $0.code == "annual_meetings_next_year" })
    }

    func testTheCutIsTheSameWhenALargeFileIsReadInParts() throws {
        // Many rows around the as-of date, read on one thread and in small parts on three.
        var meetings = "date,site_id,type\n"
        for i in 0..<400 { meetings += "2017-06-\(10 + i % 11),S00\(1 + i % 2),支委会\n" }
        let folder = try TempInputs(utf8Files(["sites.csv": standardSites, "meetings.csv": meetings]), testCase: self)
        let one = try ingest(folder, asOf: day("2017-06-15"), parallelism: .sequential)
        let many = try ingest(folder, asOf: day("2017-06-15"), parallelism: Parallelism(threads: 3, partSize: 512))
        // Days 10…20 in turn: 10…15 (6 of 11) are in period: 36 full rounds of 11 and 4 more
        // (10…13) → 36 × 6 + 4 = 220 accepted, 180 out of period.
        XCTAssertEqual(one.counts(.meetings), LogCounts(read: 400, accepted: 220, rejected: 0, outOfPeriod: 180))
        XCTAssertEqual(many.counts(.meetings), one.counts(.meetings))
        XCTAssertEqual(many.sink, one.sink)
        XCTAssertEqual(one.sink.meetings.count, 220)
    }
}
