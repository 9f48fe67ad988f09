import Foundation
import Indicators
import Model
import XCTest

/// A missing log is not a log of zeros (rules §2), and a score part no site with a branch can
/// have is left out, the other weights scaled to 100 (rules §4.2). Every expectation is worked
/// out by hand from the year below.
final class MissingLogTests: XCTestCase {
    typealias F = Fixture

    /// J0, the bureau; A, a branch with 10 members; B, a branch with 4; C, no branch, 2 members.
    let sites = [
        F.bureau(),
        F.site("A", members: 10),
        F.site("B", .rural, members: 4),
        F.site("C", members: 2, branches: 0),
    ]

    /// The year's rows of every log but those in `missing` (a log with no file has no rows):
    /// - meetings: J0 a Party committee (03-01) and a visit (04-01); A a branch general meeting
    ///   each quarter (8 of 10 attending), a committee every month, a party group January–June,
    ///   a Party day on the 28th of every month, an org-life meeting (12-01); B a committee in
    ///   January, a Party day on 03-28 (3 of 4), a democratic review (06-01); C a Party day on
    ///   01-28; and J0's Party committee of 2022-05-05.
    /// - lectures: J0's secretary on 03-02; A on 02-15 and 05-15; J0's of 2022-06-06.
    /// - trainings: T1 (04-04, A, 10 people × 4 h), T2 (09-01, bureau-wide, 20 × 2 h).
    func tally(without missing: Set<LogKind>) -> ActivityTally {
        var tally = ActivityTally(sites)
        if !missing.contains(.meetings) {
            tally.meet(0, F.day(3, 1), .party_committee)
            tally.meet(0, F.day(4, 1), .visit)
            for month in [2, 5, 8, 11] { tally.meet(1, F.day(month, 10), .branch_general, attendees: 8, expected: 10) }
            tally.meet(1, .branch_committee, months: Array(1...12))
            tally.meet(1, .party_group, months: Array(1...6))
            tally.holdPartyDays(1, months: Array(1...12))
            tally.meet(1, F.day(12, 1), .org_life)
            tally.meet(2, F.day(1, 10), .branch_committee)
            tally.meet(2, F.day(3, 28), .party_day, attendees: 3, expected: 4)
            tally.meet(2, F.day(6, 1), .democratic_review)
            tally.meet(3, F.day(1, 28), .party_day)
            tally.meet(0, F.day(5, 5, year: 2022), .party_committee)
        }
        if !missing.contains(.lectures) {
            tally.lecture(0, F.day(3, 2))
            tally.lecture(1, F.day(2, 15), .member)
            tally.lecture(1, F.day(5, 15), .member)
            tally.lecture(0, F.day(6, 6, year: 2022))
        }
        if !missing.contains(.trainings) {
            tally.train(1, F.day(4, 4), site: 1, participants: 10, hours: "4")
            tally.train(2, F.day(9, 1), site: nil, participants: 20, hours: "2")
        }
        return tally
    }

    func compute(missing: Set<LogKind>, config: ReviewConfig = ReviewConfig()) -> ReviewIndicators {
        F.compute(sites, tally(without: missing), config: config, missing: missing)
    }

    func testEveryLogPresentLeavesNoPartOut() {
        let result = compute(missing: [])
        XCTAssertEqual(result.missingLogs, [])
        XCTAssertEqual(result.scoreWeights.omitted, [])
        XCTAssertEqual(result.scoreWeights.applied, [40, 20, 20, 10, 5, 5])
        let a = result.site("A")
        // sanhui (4/4 + 12/12 + 6/12 + 2/4)/4 = 0.75; party day 1; attendance 32/40 = 0.8;
        // training 40 person-hours / 10 = 4 h → 4/8 = 0.5; org life held; no democratic review:
        // 40 × 0.75 + 20 + 20 × 0.8 + 10 × 0.5 + 5 = 30 + 20 + 16 + 5 + 5 = 76
        assertEqual(a.score, 76)
        XCTAssertEqual(result.totals.lectures, 3)
        // 2022 has a row of meetings and lectures, but too few to compare (rules §4.5): one month
        // of meetings (10 needed), one quarter of lectures (3 needed), no training. Last year's
        // totals are there, each log's figures empty.
        XCTAssertEqual(result.previousCoverage.gaps, [
            .init(log: .meetings, shortfall: .months(1, needed: 10)),
            .init(log: .lectures, shortfall: .quarters(1, needed: 3)),
            .init(log: .trainings, shortfall: .noTraining),
        ])
        XCTAssertNotNil(result.previous)
        XCTAssertNil(result.previous?.meetingsByType)
        XCTAssertNil(result.previous?.lectures)
        XCTAssertNil(result.previous?.trainings)
    }

    func testWithoutTheLecturesLogItsFiguresAreEmptyAndSanhuiIsLeftOut() {
        let result = compute(missing: [.lectures])
        XCTAssertEqual(result.missingLogs, [.lectures])

        // Totals: the lectures' are empty, not 0; the meetings' and trainings' are there.
        XCTAssertNil(result.totals.lectures)
        XCTAssertNil(result.totals.lecturesByRole)
        XCTAssertNil(result.totals.bureauLecturesByRole)
        XCTAssertNil(result.totals.bureauLectures(.secretary))
        XCTAssertEqual(result.totals.bureauMeetings(.party_committee), 1)
        XCTAssertEqual(result.totals.visits, 1)
        XCTAssertEqual(result.totals.trainings, 2)
        // Last year: J0's 2022 Party committee, one month of meetings: too few to compare; the
        // missing lectures log is not judged (it has no figure anyway).
        XCTAssertEqual(result.previousCoverage.gaps, [
            .init(log: .meetings, shortfall: .months(1, needed: 10)),
            .init(log: .trainings, shortfall: .noTraining),
        ])
        let previous = result.previous
        XCTAssertNil(previous?.meetingsByType)
        XCTAssertNil(previous?.lectures)
        XCTAssertNil(previous?.lecturesByRole)

        let a = result.site("A"), c = result.site("C")
        XCTAssertNil(a.lectures)
        XCTAssertNil(a.lecturesPer100Members)
        XCTAssertNil(c.lecturesPer100Members)  // 2 members, but no lectures log
        XCTAssertNil(a.normRate(.lecture))
        XCTAssertNil(a.sanhuiRate)
        XCTAssertNil(a.fullyCompliant)
        // The meeting norms are there: branch general 4/4, committee 12/12, group 6/12.
        assertEqual(a.normRate(.branch_general), 1)
        assertEqual(a.normRate(.branch_committee), 1)
        assertEqual(a.normRate(.party_group), 0.5)
        assertEqual(a.partyDayRate, 1)

        // 三会一课 is empty for A and B: left out; the others 20 + 20 + 10 + 5 + 5 = 60 → × 100/60.
        XCTAssertEqual(result.scoreWeights.omitted, [.sanhui])
        assertEqual(result.scoreWeights.weight(.sanhui), 0)
        assertEqual(result.scoreWeights.weight(.party_day), 100.0 / 3)
        assertEqual(result.scoreWeights.weight(.training), 50.0 / 3)
        assertEqual(result.scoreWeights.weight(.democratic_review), 25.0 / 3)
        // A: 20 × 1 + 20 × 0.8 + 10 × 0.5 + 5 × 1 + 5 × 0 = 46 → 46 × 100/60 = 230/3 = 76.67
        assertEqual(a.score, 230.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(a.stars, 3)
        // B: party day 1/12, attendance 3/4, training 0 h of 4 members = 0, democratic review held:
        // 20/12 + 15 + 0 + 0 + 5 = 65/3 → × 100/60 = 325/9 = 36.11
        let b = result.site("B")
        assertEqual(b.score, 325.0 / 9, accuracy: 1e-9)
        XCTAssertEqual([a.rank, b.rank], [1, 2])
        // Two ranked: at most ⌈0.1 × 2⌉ = 1; B is below the mean (230/3 + 325/9)/2.
        XCTAssertEqual(result.bottomLimit, 1)
        XCTAssertEqual(result.bottom, ["B"])

        // Monthly: no lecture count and no lecture completion in any month; the meetings decide
        // the inactive branches (B holds nothing in February: 1).
        XCTAssertEqual(result.monthly.map(\.lectures), Array(repeating: nil, count: 12))
        XCTAssertEqual(result.monthly.map { $0.completion(.lecture) }, Array(repeating: nil, count: 12))
        XCTAssertEqual(result.month(2).inactiveSites, 1)
        XCTAssertEqual(result.month(1).inactiveSites, 0)
        // January's committee: A and B both met → 2/2.
        assertEqual(result.month(1).completion(.branch_committee), 1)
        XCTAssertEqual(result.month(4).trainings, 1)
    }

    func testWithoutTheMeetingsLogOnlyTheTrainingPartIsLeft() {
        let result = compute(missing: [.meetings])
        XCTAssertEqual(result.missingLogs, [.meetings])
        XCTAssertNil(result.totals.meetingsByType)
        XCTAssertNil(result.totals.bureauMeetingsByType)
        XCTAssertNil(result.totals.visits)
        XCTAssertEqual(result.totals.lectures, 3)
        XCTAssertEqual(result.totals.bureauLectures(.secretary), 1)

        let a = result.site("A")
        XCTAssertNil(a.meetingsByType)
        for key in NormKey.allCases where key != .lecture { XCTAssertNil(a.normRate(key), key.rawValue) }
        // The lecture norm: Q1 (02-15) and Q2 (05-15) of four quarters.
        assertEqual(a.normRate(.lecture), 0.5)
        XCTAssertNil(a.sanhuiRate)
        XCTAssertNil(a.partyDayRate)
        XCTAssertNil(a.partyDayOnDayShare)
        XCTAssertNil(a.attendanceRate)
        XCTAssertNil(a.scorePart(.org_life))
        XCTAssertNil(a.scorePart(.democratic_review))
        assertEqual(a.lecturesPer100Members, 20)  // 2 lectures / 10 members × 100

        // Every part but training is empty for every site with a branch: training alone, × 100/10.
        XCTAssertEqual(result.scoreWeights.omitted, [.sanhui, .party_day, .attendance, .org_life, .democratic_review])
        assertEqual(result.scoreWeights.weight(.training), 100)
        assertEqual(a.score, 50)  // 100 × min(1, 4/8)
        assertEqual(result.site("B").score, 0)  // 0 h for 4 members

        // Monthly: the lectures alone decide the inactive branches: January none → A and B; in
        // February A's lecture → B alone.
        XCTAssertNil(result.month(1).meetingsByType)
        XCTAssertEqual(result.month(1).inactiveSites, 2)
        XCTAssertEqual(result.month(2).inactiveSites, 1)
        XCTAssertNil(result.month(12).completion(.branch_committee))
        // The lecture norm by June: A met Q1 and Q2, B neither → 2/4.
        assertEqual(result.month(6).completion(.lecture), 0.5)
        // Last year: J0's 2022 lecture, one quarter (3 needed); trainings need the meetings log
        // to cover 2022, but first there is no training of 2022.
        XCTAssertEqual(result.previousCoverage.gaps, [
            .init(log: .lectures, shortfall: .quarters(1, needed: 3)),
            .init(log: .trainings, shortfall: .noTraining),
        ])
        XCTAssertNil(result.previous?.lectures)
        XCTAssertNil(result.previous?.meetingsByType)
    }

    func testWithoutTheTrainingsLogTheTrainingPartIsLeftOut() {
        let result = compute(missing: [.trainings])
        XCTAssertNil(result.totals.trainings)
        XCTAssertNil(result.totals.trainingParticipants)
        XCTAssertNil(result.totals.trainingPersonHours)
        XCTAssertEqual(result.monthly.map(\.trainings), Array(repeating: nil, count: 12))
        let a = result.site("A")
        XCTAssertNil(a.trainingPersonHours)
        XCTAssertNil(a.trainingHoursPerMember)
        XCTAssertEqual(result.scoreWeights.omitted, [.training])
        // A: 40 × 0.75 + 20 × 1 + 20 × 0.8 + 5 × 1 = 71 of the 90 left → × 100/90 = 710/9 = 78.89
        assertEqual(a.score, 710.0 / 9, accuracy: 1e-9)
        XCTAssertEqual(a.stars, 3)
    }

    func testWithoutMeetingsAndLecturesNoBranchCanBeInactive() {
        let result = compute(missing: [.meetings, .lectures])
        XCTAssertEqual(result.missingLogs, [.meetings, .lectures])
        XCTAssertEqual(result.monthly.map(\.inactiveSites), Array(repeating: nil, count: 12))
        for month in result.monthly { XCTAssertEqual(month.completion, Array(repeating: nil, count: 7)) }
    }

    func testWhenEveryWeightedPartIsLeftOutNothingIsScored() {
        let result = compute(missing: [.meetings, .lectures, .trainings])
        XCTAssertEqual(result.missingLogs, [.meetings, .lectures, .trainings])
        XCTAssertEqual(result.scoreWeights.omitted, ScorePart.allCases)
        XCTAssertFalse(result.scoreWeights.isScored)
        for site in result.sites {
            XCTAssertNil(site.score, site.site.id)
            XCTAssertNil(site.stars, site.site.id)
            XCTAssertNil(site.rank, site.site.id)
        }
        XCTAssertEqual(result.bottom, [])
    }

    func testAPartWithWeightZeroIsNotLeftOut() {
        // Attendance is empty for every site (no meeting has attendees and expected), but it
        // weighs 0: nothing is left out, and the weights stay the config's.
        var config = ReviewConfig()
        config.weights = [.sanhui: 40, .party_day: 20, .attendance: 0, .training: 30, .org_life: 5, .democratic_review: 5]
        let sites = [F.site("A", members: 1)]
        var tally = ActivityTally(sites)
        tally.meetSanhuiFully(0)
        let result = F.compute(sites, tally, config: config)
        XCTAssertNil(result.site("A").attendanceRate)
        XCTAssertEqual(result.scoreWeights.omitted, [])
        XCTAssertEqual(result.scoreWeights.applied, [40, 20, 0, 30, 5, 5])
        assertEqual(result.site("A").score, 40)  // 40 × 1; party day, training (0 h), org life 0
    }

    func testALogWithAHeaderAndNoRowsIsALogOfZeros() {
        // The lectures log is there but holds no row of the year: 0 lectures, the lecture norm
        // met in no quarter (0, not empty), and 三会一课 counts.
        let result = F.compute(sites, tally(without: [.lectures]), missing: [])
        XCTAssertEqual(result.totals.lectures, 0)
        XCTAssertEqual(result.totals.bureauLectures(.secretary), 0)
        let a = result.site("A")
        XCTAssertEqual(a.lectures, 0)
        assertEqual(a.normRate(.lecture), 0)
        // (1 + 1 + 0.5 + 0)/4
        assertEqual(a.sanhuiRate, 0.625)
        XCTAssertEqual(result.scoreWeights.omitted, [])
        XCTAssertEqual(result.month(1).lectures, 0)
    }
}
