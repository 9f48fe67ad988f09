import Foundation
import Indicators
import Model
import XCTest

/// Totals (rules §4.1), the previous year (§4.5) and the tally's merge, worked out by hand.
final class TotalsTests: XCTestCase {
    typealias F = Fixture

    func testActivityTotalsCountEverythingAndGiveTheBureauApart() {
        let sites = [F.bureau(), F.site("S1"), F.site("S2")]
        var tally = ActivityTally(sites)
        tally.meet(0, .party_committee, months: Array(1...7))
        tally.meet(0, .special_meeting, months: [3, 9])
        tally.meet(0, .visit, months: [4, 5, 6])
        tally.meet(1, F.day(4, 7), .visit)
        tally.meet(1, .branch_committee, months: [1, 2])
        tally.meet(2, F.day(5, 28), .party_day)
        tally.lecture(0, F.day(1, 1), .secretary)
        tally.lecture(0, F.day(6, 1), .secretary)
        tally.lecture(0, F.day(6, 2), .expert)
        tally.lecture(1, F.day(2, 2), .secretary)
        tally.lecture(1, F.day(3, 2), .member)
        tally.lecture(1, F.day(4, 2), .member)
        tally.lecture(2, F.day(5, 2), .other)
        tally.train(1, F.day(3, 1), site: nil, participants: 30, hours: "1.5")
        tally.train(1, F.day(3, 1), site: 1, participants: 3, hours: "1.5")
        tally.train(2, F.day(7, 1), site: 2, participants: 2, hours: "0.1")
        tally.train(1, F.day(3, 1), site: 2, participants: 1, hours: "2")  // a second row for id 1: counts
        let totals = F.compute(sites, tally).totals

        var meetings = Array(repeating: 0, count: 12)
        meetings[MeetingType.party_committee.ordinal] = 7
        meetings[MeetingType.special_meeting.ordinal] = 2
        meetings[MeetingType.visit.ordinal] = 4  // bureau 3 + S1 1
        meetings[MeetingType.branch_committee.ordinal] = 2
        meetings[MeetingType.party_day.ordinal] = 1
        XCTAssertEqual(totals.meetingsByType, meetings)
        XCTAssertEqual(totals.visits, 4)
        var bureauMeetings = Array(repeating: 0, count: 12)
        bureauMeetings[MeetingType.party_committee.ordinal] = 7
        bureauMeetings[MeetingType.special_meeting.ordinal] = 2
        bureauMeetings[MeetingType.visit.ordinal] = 3
        XCTAssertEqual(totals.bureauMeetingsByType, bureauMeetings)
        // lectures: bureau 3 + S1 3 + S2 1 = 7; roles secretary 2 + 1, leader 0, member 2, expert 1, other 1
        XCTAssertEqual(totals.lectures, 7)
        XCTAssertEqual(totals.lecturesByRole, [3, 0, 2, 1, 1])
        XCTAssertEqual(totals.bureauLecturesByRole, [2, 0, 0, 1, 0])  // "讲党课2次": the bureau's secretary
        // trainings: distinct ids {1, 2} → 2; participants 30 + 3 + 2 + 1 = 36
        XCTAssertEqual(totals.trainings, 2)
        XCTAssertEqual(totals.trainingParticipants, 36)
        // person-hours 30 × 1.5 + 3 × 1.5 + 2 × 0.1 + 1 × 2 = 45 + 4.5 + 0.2 + 2 = 51.7
        XCTAssertEqual(totals.trainingPersonHours, Decimal(string: "51.7")!)

        let result = F.compute(sites, tally)
        XCTAssertEqual(result.site("S1").trainingPersonHours, Decimal(string: "4.5")!)  // 3 × 1.5
        XCTAssertEqual(result.site("S2").trainingPersonHours, Decimal(string: "2.2")!)  // 2 × 0.1 + 1 × 2
        XCTAssertEqual(result.sites.map(\.site.id), ["S1", "S2"])  // the bureau is not a site
    }

    func testPersonHoursAreExactDecimals() {
        let sites = [F.site("S1")]
        var tally = ActivityTally(sites)
        tally.train(1, F.day(3, 1), site: 0, participants: 3, hours: "1.5")
        tally.train(2, F.day(3, 2), site: 0, participants: 2, hours: "0.1")
        let totals = F.compute(sites, tally).totals
        // 3 × 1.5 + 2 × 0.1 = 4.5 + 0.2 = 4.7, exactly
        XCTAssertEqual(totals.trainingPersonHours, Decimal(string: "4.7")!)

        var tenths = ActivityTally(sites)
        for id in Int32(1)...3 { tenths.train(id, F.day(5, 1), site: 0, participants: 1, hours: "0.1") }
        // 0.1 + 0.1 + 0.1 = 0.3 exactly (as binary floats it would be 0.30000000000000004)
        XCTAssertEqual(F.compute(sites, tenths).totals.trainingPersonHours, Decimal(string: "0.3")!)
        XCTAssertEqual(F.compute(sites, tenths).site("S1").trainingPersonHours, Decimal(string: "0.3")!)
    }

    func testPreviousYearTotalsPresentOnlyWithRowsOfTheYearBefore() throws {
        let sites = [F.bureau(), F.site("S1")]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(6, 1), .party_committee)
        tally.meet(0, F.day(3, 1, year: 2022), .party_committee)
        tally.meet(0, F.day(4, 1, year: 2022), .party_committee)
        tally.meet(1, F.day(5, 1, year: 2022), .visit)
        // Talks in eight more months, so the meetings of 2022 cover that year (rules §4.5: 11 of
        // 12 months, from J0, the one site with meetings in 2023); lectures in three quarters.
        for month in [1, 2, 6, 7, 8, 9, 10, 11] { tally.meet(1, F.day(month, 9, year: 2022), .talk) }
        tally.lecture(0, F.day(7, 1, year: 2022), .secretary)
        tally.lecture(1, F.day(2, 1, year: 2022), .member)
        tally.lecture(1, F.day(11, 1, year: 2022), .member)
        tally.train(9, F.day(12, 30, year: 2022), site: 1, participants: 4, hours: "2.5")
        let result = F.compute(sites, tally)

        XCTAssertEqual(result.previousCoverage.gaps, [])
        let previous = try XCTUnwrap(result.previous)
        // 2022: party_committee 2 (bureau), visits 1, lectures 3 (one the bureau's secretary),
        // trainings 1, participants 4, person-hours 4 × 2.5 = 10
        XCTAssertEqual(previous.meetings(.party_committee), 2)
        XCTAssertEqual(previous.bureauMeetings(.party_committee), 2)
        XCTAssertEqual(previous.visits, 1)
        XCTAssertEqual(previous.lectures, 3)
        XCTAssertEqual(previous.bureauLectures(.secretary), 1)
        XCTAssertEqual(previous.trainings, 1)
        XCTAssertEqual(previous.trainingParticipants, 4)
        XCTAssertEqual(previous.trainingPersonHours, Decimal(10))
        // 2023 itself: party_committee 1
        XCTAssertEqual(result.totals.meetings(.party_committee), 1)
        XCTAssertEqual(result.totals.trainings, 0)

        // Only a training starting in 2022 (it belongs to the year of its start_date): `previous`
        // is there, but the trainings need the meetings log to cover 2022, which has no row of it.
        var trainingOnly = ActivityTally(sites)
        trainingOnly.meet(1, F.day(1, 2), .talk)
        trainingOnly.train(1, F.day(12, 31, year: 2022), site: nil, participants: 0, hours: "0")
        let onlyTraining = F.compute(sites, trainingOnly)
        XCTAssertNotNil(onlyTraining.previous)
        XCTAssertNil(onlyTraining.previous?.trainings)

        // Rows of 2021 and 2024 but none of 2022: nil.
        var noPrevious = ActivityTally(sites)
        noPrevious.meet(1, F.day(1, 2), .talk)
        noPrevious.meet(1, F.day(1, 2, year: 2021), .talk)
        noPrevious.meet(1, F.day(1, 2, year: 2024), .talk)
        XCTAssertNil(F.compute(sites, noPrevious).previous)
    }

    func testSiteTotals() {
        let sites = [
            F.bureau(branches: 1, demo: .province),
            F.site("A", .urban, .public, level: .primary, demo: .county),
            F.site("B", .rural, .public, level: .junior, branches: 2, founded: F.day(4, 1)),
            F.site("C", .urban, .private, level: .kindergarten, founded: F.day(9, 9)),
            F.site("D", .rural, .private, level: .training, founded: F.day(3, 1, year: 2024)),
            F.site("E", .rural, .private, level: .kindergarten, branches: 0, joint: "城关联合党支部", demo: .city),
            F.site("F", .urban, .public, level: .senior, branches: 0, demo: .city),
            F.site("G", .rural, .public, level: .primary, founded: F.day(5, 1, year: 2019)),
            F.site("H", .urban, .private, level: .other, branches: 0, founded: F.day(2, 1)),
        ]
        let totals = F.compute(sites, ActivityTally(sites)).siteTotals

        XCTAssertEqual(totals.total, 8)  // A…H; not the bureau
        XCTAssertEqual(totals.byLocale, [.urban: 4, .rural: 4])  // urban A C F H; rural B D E G
        XCTAssertEqual(totals.byOwnership, [.public: 4, .private: 4])  // public A B F G; private C D E H
        XCTAssertEqual(totals.byLevel, [
            .kindergarten: 2, .primary: 2, .junior: 1, .nine_year: 0, .senior: 1,
            .vocational: 0, .special: 0, .training: 1, .other: 1,
        ])  // every level but bureau, zeros included
        // with a branch: A, B, C, G (D founded 2024, E F H have none) → 4
        XCTAssertEqual(totals.withBranch, 4)
        // covered: those 4 + E (joint branch) → 5
        XCTAssertEqual(totals.covered, 5)
        // founded in 2023 with a branch: B (public), C (private); H has branches 0
        XCTAssertEqual(totals.foundedInYear, [.public: 1, .private: 1])
        // demo: A county; E, F city; the bureau's province is not counted
        XCTAssertEqual(totals.demo, [.county: 1, .city: 2, .province: 0])
    }

    func testMergingTwoTalliesEqualsAddingTheRowsToOne() {
        let sites = [F.bureau(), F.site("S1"), F.site("S2")]
        typealias Row = (inout ActivityTally) -> Void
        let rows: [Row] = [
            { $0.meet(1, F.day(1, 28), .party_day, attendees: 9, expected: 10) },
            { $0.meet(2, F.day(1, 3), .branch_committee, attendees: 12, expected: 10) },
            { $0.meet(0, F.day(2, 3), .party_committee) },
            { $0.meet(1, F.day(3, 28), .party_day) },
            { $0.meet(1, F.day(5, 5), .talk, attendees: 2, expected: nil) },
            { $0.meet(2, F.day(11, 5), .org_life, attendees: 1, expected: 3) },
            { $0.meet(1, F.day(12, 5, year: 2022), .visit) },
            { $0.lecture(1, F.day(2, 2), .leader) },
            { $0.lecture(0, F.day(3, 3), .secretary) },
            { $0.lecture(2, F.day(3, 4, year: 2022), .expert) },
            { $0.train(1, F.day(3, 1), site: 1, participants: 3, hours: "1.5") },
            { $0.train(1, F.day(3, 1), site: 2, participants: 2, hours: "0.1") },
            { $0.train(2, F.day(3, 9), site: nil, participants: 20, hours: "2.25") },
            { $0.train(1, F.day(4, 1), site: 2, participants: 1, hours: "0.3") },
            { $0.train(3, F.day(6, 1, year: 2022), site: 1, participants: 4, hours: "1") },
        ]
        var whole = ActivityTally(sites)
        for row in rows { row(&whole) }
        // Split in two interleaved parts, as two files or chunks would be.
        var even = ActivityTally(sites), odd = ActivityTally(sites)
        for (i, row) in rows.enumerated() {
            if i % 2 == 0 { row(&even) } else { row(&odd) }
        }
        var merged = even
        merged.merge(odd)
        XCTAssertEqual(merged, whole)
        var mergedOtherWay = odd
        mergedOtherWay.merge(even)
        XCTAssertEqual(mergedOtherWay, whole)
        XCTAssertEqual(F.compute(sites, merged), F.compute(sites, whole))
        // A spot check by hand: person-hours 3 × 1.5 + 2 × 0.1 + 20 × 2.25 + 1 × 0.3 = 4.5 + 0.2 + 45 + 0.3 = 50
        XCTAssertEqual(F.compute(sites, merged).totals.trainingPersonHours, Decimal(50))
        // and S2's attendance: (min(12, 10) + 1) / (10 + 3) = 11/13
        assertEqual(F.compute(sites, merged).site("S2").attendanceRate, 11.0 / 13)
    }

    /// One batch of rows of every log, the years mixed as a log's rows may be: each run of one
    /// year goes to that year's tally, as if the rows came one at a time.
    func testABatchOfRowsOfSeveralYearsCountsEachRowInItsYear() {
        let sites = [F.bureau(), F.site("S1"), F.site("S2")]
        let batch = ActivityRows(
            meetings: [
                MeetingRow(site: 1, day: F.day(3, 28), type: .party_day, attendees: 9, expected: 10),
                MeetingRow(site: 1, day: F.day(3, 28, year: 2022), type: .party_day, attendees: nil, expected: nil),
                MeetingRow(site: 1, day: F.day(3, 2), type: .party_day, attendees: 4, expected: 5),
                MeetingRow(site: 2, day: F.day(4, 1), type: .talk, attendees: nil, expected: nil),
            ],
            lectures: [
                LectureRow(site: 2, day: F.day(5, 5, year: 2022), role: .expert),
                LectureRow(site: 2, day: F.day(5, 6), role: .secretary),
                LectureRow(site: 2, day: F.day(5, 7, year: 2022), role: .expert),
            ],
            trainings: [
                TrainingRow(training: 0, start: F.day(6, 1), site: 1, participants: 3, hours: ScaledDecimal(significand: 15, scale: 1)),
                TrainingRow(training: 1, start: F.day(6, 2, year: 2022), site: nil, participants: 2, hours: ScaledDecimal(significand: 2, scale: 0)),
                TrainingRow(training: 0, start: F.day(7, 1), site: 2, participants: 1, hours: ScaledDecimal(significand: 1, scale: 0)),
            ])
        var tally = ActivityTally(sites)
        tally.add(batch)
        var oneAtATime = ActivityTally(sites)
        for r in batch.meetings { oneAtATime.add(ActivityRows(meetings: [r])) }
        for r in batch.lectures { oneAtATime.add(ActivityRows(lectures: [r])) }
        for r in batch.trainings { oneAtATime.add(ActivityRows(trainings: [r])) }
        XCTAssertEqual(tally, oneAtATime)

        let year = tally.year(F.year), before = tally.year(2022)
        // S1's Party days: 28 March and 2 March of 2023, 28 March of 2022; on the 28th: one each.
        XCTAssertEqual(year.meetings(site: 1, month: 3, type: .party_day), 2)
        XCTAssertEqual(before.meetings(site: 1, month: 3, type: .party_day), 1)
        XCTAssertEqual(year.partyDaysOnDay(site: 1), 1)
        XCTAssertEqual(before.partyDaysOnDay(site: 1), 1)
        // Attendance of 2023: (9 + 4) of (10 + 5); the 2022 meeting has neither value.
        XCTAssertEqual(year.attendance(site: 1).attended, 13)
        XCTAssertEqual(year.attendance(site: 1).expected, 15)
        XCTAssertEqual(before.attendance(site: 1).expected, 0)
        XCTAssertEqual(year.meetings(site: 2, type: .talk), 1)
        // S2's lectures: one of 2023 (secretary), two of 2022 (expert).
        XCTAssertEqual(year.lectures(site: 2), 1)
        XCTAssertEqual(year.lectures(site: 2, role: .secretary), 1)
        XCTAssertEqual(before.lectures(site: 2), 2)
        XCTAssertEqual(before.lectures(site: 2, role: .expert), 2)
        // Trainings: training 0 in June and July of 2023 (one training), 3 + 1 participants,
        // 3 × 1.5 + 1 × 1 = 5.5 person-hours; training 1 of 2022, bureau-wide, 2 × 2 = 4.
        XCTAssertEqual(year.trainings, 1)
        XCTAssertEqual(year.participants, 4)
        XCTAssertEqual(year.trainingPersonHours, Decimal(string: "5.5")!)
        XCTAssertEqual(year.trainingPersonHours(site: 1), Decimal(string: "4.5")!)
        XCTAssertEqual(year.trainingPersonHours(site: 2), 1)
        XCTAssertEqual(before.trainings, 1)
        XCTAssertEqual(before.trainingPersonHours, 4)
        XCTAssertEqual(before.trainingPersonHours(site: 1), 0)
    }
}
