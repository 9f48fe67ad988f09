import Foundation
import Indicators
import Model
import XCTest

/// The previous year (rules §4.5): a log's figures of 2022 are compared only when its rows of 2022
/// cover that year. Every expectation worked out by hand.
final class PreviousYearTests: XCTestCase {
    typealias F = Fixture

    /// J0, the bureau, and three schools; in 2023 each of the four holds a meeting, so half of
    /// them, 2, must have meetings in 2022 too.
    let sites = [F.bureau(), F.site("S1"), F.site("S2"), F.site("S3")]

    /// The 2023 rows, and of 2022: J0's Party committee in each of `bureauMonths`, S1's Party
    /// day in each of `s1Months`, lectures on the 5th of `lectureMonths`, and T7 (2022-09-01,
    /// bureau-wide, 30 × 2 h) when `training`.
    func tally(bureauMonths: [Int], s1Months: [Int] = [], lectureMonths: [Int], training: Bool) -> ActivityTally {
        var tally = ActivityTally(sites)
        for s in 0..<4 { tally.meet(s, F.day(3, 10), .party_day) }
        tally.lecture(0, F.day(3, 2))
        tally.train(1, F.day(4, 1), site: nil, participants: 10, hours: "1")
        for month in bureauMonths { tally.meet(0, F.day(month, 3, year: 2022), .party_committee) }
        for month in s1Months { tally.meet(1, F.day(month, 28, year: 2022), .party_day) }
        for month in lectureMonths { tally.lecture(0, F.day(month, 5, year: 2022), .secretary) }
        if training { tally.train(7, F.day(9, 1, year: 2022), site: nil, participants: 30, hours: "2") }
        return tally
    }

    func testEveryLogCoversItsYear() throws {
        // Meetings in 10 months (J0 January–October), from J0 and S1 (2 of the 4); lectures in
        // Q1, Q2 and Q3; one training, and the meetings cover 2022.
        let result = F.compute(sites, tally(bureauMonths: Array(1...10), s1Months: [12], lectureMonths: [2, 5, 8], training: true))
        XCTAssertEqual(result.previousCoverage.gaps, [])
        let previous = try XCTUnwrap(result.previous)
        XCTAssertEqual(previous.bureauMeetings(.party_committee), 10)
        XCTAssertEqual(previous.meetings(.party_day), 1)
        XCTAssertEqual(previous.bureauLectures(.secretary), 3)
        XCTAssertEqual(previous.trainings, 1)
        XCTAssertEqual(previous.trainingParticipants, 30)
        XCTAssertEqual(previous.trainingPersonHours, Decimal(60))
    }

    func testMeetingsInNineMonthsDoNotCoverAndTakeTheTrainingsWithThem() throws {
        let result = F.compute(sites, tally(bureauMonths: Array(1...9), s1Months: [9], lectureMonths: [2, 5, 8], training: true))
        XCTAssertEqual(result.previousCoverage.gaps, [
            .init(log: .meetings, shortfall: .months(9, needed: 10)),
            .init(log: .trainings, shortfall: .meetingsNotCovered),
        ])
        let previous = try XCTUnwrap(result.previous)
        XCTAssertNil(previous.meetingsByType)
        XCTAssertNil(previous.bureauMeetingsByType)
        XCTAssertNil(previous.visits)
        XCTAssertEqual(previous.lectures, 3)  // the lectures cover 2022 on their own
        XCTAssertNil(previous.trainings)
        XCTAssertNil(previous.trainingParticipants)
        XCTAssertNil(previous.trainingPersonHours)
    }

    func testMeetingsFromTooFewSitesDoNotCover() {
        // Ten months, but from J0 alone: 1 of the 4 sites with meetings in 2023, 2 needed.
        let result = F.compute(sites, tally(bureauMonths: Array(1...10), lectureMonths: [1, 4, 7, 10], training: false))
        XCTAssertEqual(result.previousCoverage.gaps, [
            .init(log: .meetings, shortfall: .sites(1, of: 4, needed: 2)),
            .init(log: .trainings, shortfall: .noTraining),
        ])
        XCTAssertNil(result.previous?.meetingsByType)
        XCTAssertEqual(result.previous?.lectures, 4)
    }

    func testLecturesInTwoQuartersDoNotCover() {
        // January and December: Q1 and Q4, 2 of the 3 needed.
        let result = F.compute(sites, tally(bureauMonths: Array(1...12), s1Months: [6], lectureMonths: [1, 12], training: true))
        XCTAssertEqual(result.previousCoverage.gaps, [.init(log: .lectures, shortfall: .quarters(2, needed: 3))])
        XCTAssertNil(result.previous?.lectures)
        XCTAssertNil(result.previous?.lecturesByRole)
        XCTAssertNil(result.previous?.bureauLecturesByRole)
        XCTAssertEqual(result.previous?.meetings(.party_committee), 12)
        XCTAssertEqual(result.previous?.trainings, 1)
    }

    func testOnlyATrainingOf2022() throws {
        // `previous` is there (a log has a row of 2022), every figure of it empty.
        let result = F.compute(sites, tally(bureauMonths: [], lectureMonths: [], training: true))
        XCTAssertEqual(result.previousCoverage.gaps, [
            .init(log: .meetings, shortfall: .noRows),
            .init(log: .lectures, shortfall: .noRows),
            .init(log: .trainings, shortfall: .meetingsNotCovered),
        ])
        let previous = try XCTUnwrap(result.previous)
        XCTAssertNil(previous.meetingsByType)
        XCTAssertNil(previous.bureauMeetingsByType)
        XCTAssertNil(previous.lectures)
        XCTAssertNil(previous.lecturesByRole)
        XCTAssertNil(previous.bureauLecturesByRole)
        XCTAssertNil(previous.trainings)
        XCTAssertNil(previous.trainingParticipants)
        XCTAssertNil(previous.trainingPersonHours)
    }

    func testNoRowOf2022NoPreviousAndNoGap() {
        let result = F.compute(sites, tally(bureauMonths: [], lectureMonths: [], training: false))
        XCTAssertNil(result.previous)
        XCTAssertEqual(result.previousCoverage.gaps, [])
    }

    func testAMissingLogIsNotJudgedAndTrainingsNeedTheMeetingsLog() {
        // Without the meetings log (so none of its rows), the lectures cover 2022, the trainings
        // cannot: the meetings log does not cover it.
        var tally = ActivityTally(sites)
        tally.lecture(0, F.day(3, 2))
        for month in [2, 5, 8] { tally.lecture(0, F.day(month, 5, year: 2022)) }
        tally.train(7, F.day(9, 1, year: 2022), site: nil, participants: 30, hours: "2")
        let result = F.compute(sites, tally, missing: [.meetings])
        XCTAssertEqual(result.previousCoverage.gaps, [.init(log: .trainings, shortfall: .meetingsNotCovered)])
        XCTAssertEqual(result.previous?.lectures, 3)
        XCTAssertNil(result.previous?.trainings)
    }

    func testThresholdsScaleWithTheMonthsEndedByTheAsOfDate() {
        func needed(_ month: Int, _ day: Int) -> [Int] {
            let n = PreviousYearCoverage.needed(asOf: F.day(month, day))
            return [n.months, n.quarters]
        }
        XCTAssertEqual(needed(12, 31), [10, 3])  // the whole year
        XCTAssertEqual(needed(12, 30), [10, 3])  // 11 months ended: ⌈110/12⌉ = 10; 3 quarters
        XCTAssertEqual(needed(11, 30), [10, 3])  // 11 months: 10; 3 quarters
        XCTAssertEqual(needed(9, 30), [8, 3])  // 9 months: ⌈90/12 = 7.5⌉ = 8; 3 quarters
        XCTAssertEqual(needed(6, 30), [5, 2])  // 6 months: 5; 2 quarters
        XCTAssertEqual(needed(6, 15), [5, 1])  // 5 months: ⌈4.17⌉ = 5; 1 quarter
        XCTAssertEqual(needed(3, 31), [3, 1])  // 3 months: ⌈2.5⌉ = 3; 1 quarter
        XCTAssertEqual(needed(2, 28), [2, 1])  // 2 months: ⌈1.67⌉ = 2; no quarter ended, at least 1
        XCTAssertEqual(needed(1, 15), [1, 1])  // no month ended: at least 1 of each
    }

    func testAnAsOfRunJudgesTheYearUpToTheSameDay() {
        // As of 2023-06-30: 5 months and 2 quarters needed. (Ingest has cut the 2022 rows after
        // 2022-06-30; here there are none.) Meetings January–April of 2022: 4 months.
        let short = tally(bureauMonths: [1, 2, 3, 4], s1Months: [2], lectureMonths: [2, 5], training: false)
        let result = F.compute(sites, short, asOf: F.day(6, 30))
        XCTAssertEqual(result.previousCoverage.gaps, [
            .init(log: .meetings, shortfall: .months(4, needed: 5)),
            .init(log: .trainings, shortfall: .noTraining),
        ])
        XCTAssertEqual(result.previous?.lectures, 2)  // Q1 and Q2: both quarters ended by 06-30

        let enough = tally(bureauMonths: [1, 2, 3, 4, 5], s1Months: [2], lectureMonths: [2, 5], training: false)
        XCTAssertEqual(F.compute(sites, enough, asOf: F.day(6, 30)).previous?.bureauMeetings(.party_committee), 5)
    }

    func testTheInfoLinesNameTheLogWhatWasShortAndTheYear() {
        let files = [["sites.csv"], ["会议记录.csv"], ["lectures-a.csv", "lectures-b.csv"], ["trainings.csv"]]
        let gaps = PreviousYearCoverage(gaps: [
            .init(log: .meetings, shortfall: .months(2, needed: 10)),
            .init(log: .lectures, shortfall: .quarters(1, needed: 3)),
            .init(log: .trainings, shortfall: .meetingsNotCovered),
        ])
        let notes = gaps.notes(year: 2017, asOf: F.day(12, 31, year: 2017), files: files)
        XCTAssertEqual(notes.map(\.log), [.meetings, .lectures, .trainings])
        XCTAssertEqual(notes.map(\.note.code), Array(repeating: "previous_year_not_covered", count: 3))
        XCTAssertEqual(notes.map(\.note.severity), Array(repeating: .info, count: 3))
        XCTAssertEqual(notes.map(\.note.location.file), ["会议记录.csv", "lectures.csv", "trainings.csv"])
        XCTAssertEqual(notes.map { $0.note.message(.en) }, [
            "meetings: the 2016 rows cover 2 months, fewer than the 10 needed; no comparison with 2016",
            "lectures: the 2016 rows cover 1 quarter, fewer than the 3 needed; no comparison with 2016",
            "trainings: the meetings log does not cover 2016; no comparison with 2016",
        ])
        XCTAssertEqual(notes.map { $0.note.message(.zh) }, [
            "会议记录：2016年的记录只涉及2个月（至少需要10个月），不与2016年比较",
            "党课记录：2016年的记录只涉及1个季度（至少需要3个季度），不与2016年比较",
            "培训记录：2016年的会议记录不全，不与2016年比较",
        ])

        let asOf = PreviousYearCoverage(gaps: [
            .init(log: .meetings, shortfall: .sites(3, of: 40, needed: 20)),
            .init(log: .lectures, shortfall: .noRows),
            .init(log: .trainings, shortfall: .noTraining),
        ]).notes(year: 2017, asOf: F.day(6, 15, year: 2017), files: files)
        XCTAssertEqual(asOf.map { $0.note.message(.en) }, [
            "meetings: the 2016 rows up to 2016-06-15 come from 3 of the 40 sites with meetings in 2017, fewer than the 20 needed; no comparison with 2016",
            "lectures: no rows of 2016 up to 2016-06-15; no comparison with 2016",
            "trainings: no training starting in 2016 up to 2016-06-15; no comparison with 2016",
        ])
        XCTAssertEqual(asOf.map { $0.note.message(.zh) }, [
            "会议记录：2017年有会议记录的40个单位中，只有3个有2016年截至6月15日的记录（至少需要20个），不与2016年比较",
            "党课记录：没有2016年截至6月15日的记录，不与2016年比较",
            "培训记录：没有2016年截至6月15日开始的培训，不与2016年比较",
        ])
    }
}
