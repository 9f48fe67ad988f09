import Foundation
import Indicators
import Model
import XCTest

/// Per-site values of rules §4.2, each expectation worked out by hand from the fixture. Default norms:
/// branch_general, lecture quarterly; branch_committee, party_group, party_day monthly; org_life,
/// democratic_review yearly; all ≥ 1.
final class ComplianceTests: XCTestCase {
    typealias F = Fixture

    func testQuarterBoundaryMarch31IsQ1AndApril1IsQ2() {
        let sites = [F.site("A"), F.site("B")]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(3, 31), .branch_general)
        tally.meet(0, F.day(4, 1), .branch_general)
        tally.meet(1, F.day(4, 1), .branch_general)
        tally.meet(1, F.day(6, 30), .branch_general)
        tally.lecture(0, F.day(3, 31))
        tally.lecture(1, F.day(9, 30))
        tally.lecture(1, F.day(10, 1))
        tally.meet(0, F.day(1, 31), .branch_committee)
        tally.meet(0, F.day(2, 1), .branch_committee)
        let result = F.compute(sites, tally)

        let a = result.site("A"), b = result.site("B")
        // A branch_general: 03-31 → Q1, 04-01 → Q2; Q3, Q4 none → 2/4
        assertEqual(a.normRate(.branch_general), 0.5)
        // B branch_general: 04-01 and 06-30 both in Q2 → 1/4
        assertEqual(b.normRate(.branch_general), 0.25)
        // A lecture: 03-31 → Q1 only → 1/4
        assertEqual(a.normRate(.lecture), 0.25)
        // B lecture: 09-30 → Q3, 10-01 → Q4 → 2/4
        assertEqual(b.normRate(.lecture), 0.5)
        // A branch_committee: 01-31 → January, 02-01 → February → 2/12
        assertEqual(a.normRate(.branch_committee), 2.0 / 12)
    }

    func testBranchFoundedMidYearScopesPeriodsEndingOnOrAfterFounding() {
        let sites = [
            F.site("M", founded: F.day(5, 15)),
            F.site("N", founded: F.day(3, 31)),
            F.site("O", founded: F.day(6, 1, year: 2022)),
        ]
        var tally = ActivityTally(sites)
        // M — in scope: months May…Dec (8), quarters Q2…Q4 (3), the year (1).
        tally.meet(0, F.day(4, 20), .branch_committee)  // April: out of scope
        tally.meet(0, F.day(5, 2), .branch_committee)  // May: in scope though before the founding
        tally.meet(0, F.day(7, 10), .branch_committee)
        tally.meet(0, F.day(4, 10), .branch_general)  // Q2 in scope, before the founding: counts
        tally.lecture(0, F.day(2, 1))  // Q1: out of scope
        tally.holdPartyDays(0, months: Array(5...12))
        tally.meet(0, F.day(3, 1), .org_life)  // the year is in scope: counts
        // N — founded on the last day of Q1 and of March: Q1…Q4 (4) and March…Dec (10) in scope.
        tally.meet(1, F.day(1, 5), .branch_general)
        tally.meet(1, F.day(2, 15), .branch_committee)  // February ended before the founding
        tally.meet(1, F.day(3, 31), .branch_committee)
        // O — founded the year before: all 12 months in scope.
        tally.meet(2, F.day(1, 10), .branch_committee)
        let result = F.compute(sites, tally)

        let m = result.site("M")
        XCTAssertTrue(m.hasBranch)
        // branch_committee: May, July met of May…Dec → 2/8
        assertEqual(m.normRate(.branch_committee), 0.25)
        // branch_general: Q2 met (04-10) of Q2, Q3, Q4 → 1/3
        assertEqual(m.normRate(.branch_general), 1.0 / 3)
        // party_group: none → 0/8
        assertEqual(m.normRate(.party_group), 0)
        // lecture: only 02-01, in Q1 (out of scope) → 0/3
        assertEqual(m.normRate(.lecture), 0)
        // party_day: every month May…Dec → 8/8
        assertEqual(m.normRate(.party_day), 1)
        assertEqual(m.partyDayRate, 1)
        // org_life: 03-01 in the one yearly period → 1/1; democratic_review none → 0/1
        assertEqual(m.normRate(.org_life), 1)
        assertEqual(m.normRate(.democratic_review), 0)
        // sanhui = (1/3 + 1/4 + 0 + 0) / 4 = (7/12) / 4 = 7/48
        assertEqual(m.sanhuiRate, 7.0 / 48)
        XCTAssertEqual(m.fullyCompliant, false)
        // Every row still counts: branch_committee rows 04-20, 05-02, 07-10 → 3
        XCTAssertEqual(m.meetings(.branch_committee), 3)

        let n = result.site("N")
        // branch_general: Q1 (ends 03-31 = founding day) in scope, met on 01-05 → 1/4
        assertEqual(n.normRate(.branch_general), 0.25)
        // branch_committee: March met of March…Dec → 1/10
        assertEqual(n.normRate(.branch_committee), 0.1)

        // O: founded in 2022 → January met of 12 months → 1/12
        assertEqual(result.site("O").normRate(.branch_committee), 1.0 / 12)
    }

    func testBranchFoundedAfterTheYearCountsAsNoBranch() {
        let sites = [F.site("F", members: 10, founded: F.day(1, 10, year: 2024))]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(3, 10), .branch_committee, attendees: 9, expected: 10)
        tally.lecture(0, F.day(3, 11))
        let result = F.compute(sites, tally)

        let f = result.site("F")
        XCTAssertFalse(f.hasBranch)  // branches 1, but founded 2024-01-10, after 2023
        XCTAssertEqual(f.normRates, Array(repeating: nil, count: 7))
        XCTAssertNil(f.sanhuiRate)
        XCTAssertNil(f.fullyCompliant)
        XCTAssertNil(f.partyDayRate)
        XCTAssertNil(f.score)
        XCTAssertNil(f.stars)
        XCTAssertNil(f.rank)
        // attendance 9/10; lectures 1/10 × 100 = 10; training 0 person-hours / 10 members = 0
        assertEqual(f.attendanceRate, 0.9)
        assertEqual(f.lecturesPer100Members, 10)
        assertEqual(f.trainingHoursPerMember, 0)
        XCTAssertEqual(result.bottom, [])
        XCTAssertEqual(result.siteTotals.withBranch, 0)
        XCTAssertEqual(result.siteTotals.covered, 0)
    }

    func testSiteWithoutBranchHasNormValuesNilAndOtherValuesComputed() {
        let sites = [F.site("G", .rural, members: 4, branches: 0, joint: "城关联合党支部")]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(2, 28), .party_day, attendees: 3, expected: 4)
        tally.meet(0, F.day(3, 15), .party_day, attendees: 4, expected: 4)
        tally.lecture(0, F.day(4, 1))
        tally.lecture(0, F.day(5, 1))
        tally.meet(0, F.day(6, 1), .org_life)
        tally.train(1, F.day(3, 3), site: 0, participants: 4, hours: "2.5")
        let result = F.compute(sites, tally)

        let g = result.site("G")
        XCTAssertFalse(g.hasBranch)
        XCTAssertEqual(g.normRates, Array(repeating: nil, count: 7))
        XCTAssertNil(g.sanhuiRate)
        XCTAssertNil(g.fullyCompliant)
        XCTAssertNil(g.partyDayRate)
        XCTAssertNil(g.score)
        XCTAssertNil(g.stars)
        XCTAssertNil(g.rank)
        // on-day share: party days on 02-28 (day 28) and 03-15 → 1/2
        assertEqual(g.partyDayOnDayShare, 0.5)
        // attendance (3 + 4) / (4 + 4) = 7/8
        assertEqual(g.attendanceRate, 0.875)
        // training 4 × 2.5 = 10 person-hours / 4 members = 2.5
        XCTAssertEqual(g.trainingPersonHours, Decimal(10))
        assertEqual(g.trainingHoursPerMember, 2.5)
        // 2 lectures / 4 members × 100 = 50
        assertEqual(g.lecturesPer100Members, 50)
        XCTAssertEqual(result.siteTotals.covered, 1)  // covered by its joint branch
        XCTAssertEqual(result.siteTotals.withBranch, 0)
    }

    func testZeroMembersLeavesPerMemberValuesEmpty() {
        let sites = [F.site("Z", members: 0)]
        var tally = ActivityTally(sites)
        tally.lecture(0, F.day(2, 2))
        tally.train(1, F.day(3, 3), site: 0, participants: 3, hours: "2")
        let result = F.compute(sites, tally)

        let z = result.site("Z")
        XCTAssertEqual(z.trainingPersonHours, Decimal(6))  // 3 × 2
        XCTAssertNil(z.trainingHoursPerMember)  // 0 members
        XCTAssertNil(z.lecturesPer100Members)  // 0 members
        // Attendance (no meeting) and training (0 members) are empty for the only site with a
        // branch: both left out, the other weights (40 + 20 + 5 + 5 = 70) scaled by 100/70.
        XCTAssertEqual(result.scoreWeights.omitted, [.attendance, .training])
        // score: sanhui (0 + 0 + 0 + 1/4)/4 = 1/16 → 40/16 = 2.5; party_day 0; no org_life or
        // democratic_review → 2.5 × 100/70 = 25/7
        assertEqual(z.score, 25.0 / 7)
    }

    func testAttendanceCapsAttendeesAndSkipsMissingOrZeroExpected() {
        let sites = [F.site("A"), F.site("B")]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(1, 5), .branch_committee, attendees: 8, expected: 10)
        tally.meet(0, F.day(2, 5), .branch_committee, attendees: 12, expected: 10)  // capped at 10
        tally.meet(0, F.day(3, 5), .branch_committee, attendees: 0, expected: 5)
        tally.meet(0, F.day(4, 5), .branch_committee, attendees: 5, expected: 0)  // expected 0: left out
        tally.meet(0, F.day(5, 5), .branch_committee, attendees: nil, expected: 10)  // left out
        tally.meet(0, F.day(6, 5), .branch_committee, attendees: 7, expected: nil)  // left out
        tally.meet(1, F.day(1, 5), .party_group, attendees: 3, expected: 0)
        tally.meet(1, F.day(2, 5), .party_group)
        let result = F.compute(sites, tally)

        // A: (8 + min(12, 10) + 0) / (10 + 10 + 5) = 18/25
        assertEqual(result.site("A").attendanceRate, 0.72)
        // B: no meeting with both values and expected > 0 → empty
        XCTAssertNil(result.site("B").attendanceRate)
    }

    /// An as-of run: ingest has left out the rows dated after the as-of date (IngestTests pin
    /// that), so the tally holds the rows up to 06-15 only.
    func testAsOfLimitsPeriodsAndLeavesOutTheYearlyParts() {
        let sites = [F.site("A")]
        var tally = ActivityTally(sites)
        tally.meet(0, .branch_committee, months: [1, 3, 6])
        tally.meet(0, .branch_general, months: [2, 5])
        tally.lecture(0, F.day(4, 10))
        tally.meet(0, F.day(6, 12), .party_day)
        tally.meet(0, F.day(3, 15), .org_life)
        let result = F.compute(sites, tally, asOf: F.day(6, 15))

        let a = result.site("A")
        // In scope (ending ≤ 06-15): months Jan…May (5), quarter Q1 (1), no year.
        // branch_committee: Jan, Mar met (06-10 is in June, not in scope) → 2/5
        assertEqual(a.normRate(.branch_committee), 0.4)
        // branch_general: Q1 met on 02-10 → 1/1
        assertEqual(a.normRate(.branch_general), 1)
        // party_group: none → 0/5; lecture: 04-10 is in Q2 (not in scope) → Q1 unmet → 0/1
        assertEqual(a.normRate(.party_group), 0)
        assertEqual(a.normRate(.lecture), 0)
        // party_day: 06-12 is in June → 0/5
        assertEqual(a.partyDayRate, 0)
        // yearly norms: the year ends after the as-of date → no period → empty
        XCTAssertNil(a.normRate(.org_life))
        XCTAssertNil(a.normRate(.democratic_review))
        // sanhui (1 + 0.4 + 0 + 0)/4 = 0.35; not fully compliant
        assertEqual(a.sanhuiRate, 0.35)
        XCTAssertEqual(a.fullyCompliant, false)
        // [org_life held] has the year as its period: empty though one was held on 03-15, and
        // [democratic_review held] too; attendance and training have no data: all four are left
        // out. The kept weights sanhui 40 + party_day 20 = 60 scale by 100/60:
        // (40 × 0.35 + 20 × 0) × 100/60 = 14 × 5/3 = 70/3
        XCTAssertNil(a.scorePart(.org_life))
        XCTAssertNil(a.scorePart(.democratic_review))
        XCTAssertEqual(result.scoreWeights.omitted, [.attendance, .training, .org_life, .democratic_review])
        assertEqual(a.score, 70.0 / 3)
        XCTAssertEqual(a.stars, 1)
        XCTAssertEqual(a.rank, 1)
        // The counts are the rows up to the as-of date, the June one included.
        XCTAssertEqual(a.meetings(.branch_committee), 3)
        XCTAssertEqual(a.meetings(.org_life), 1)
        // The on-day share: the 06-12 party day is not on the 28th → 0/1
        assertEqual(a.partyDayOnDayShare, 0)
        XCTAssertEqual(result.totals.meetings(.branch_committee), 3)
        XCTAssertEqual(result.month(6).meetings(.branch_committee), 1)
        XCTAssertEqual(result.asOf, F.day(6, 15))
    }

    func testBeforeTheFirstQuarterEndsSanhuiAndTheYearlyPartsAreLeftOut() {
        let sites = [F.site("A", members: 4), F.site("B", members: 2)]
        var tally = ActivityTally(sites)
        tally.meet(0, .branch_committee, months: [1, 2])
        tally.meet(0, .party_group, months: [1, 2])
        tally.meet(0, F.day(1, 20), .branch_general, attendees: 9, expected: 10)
        tally.holdPartyDays(0, months: [1, 2])
        tally.meet(1, F.day(2, 28), .party_day, attendees: 3, expected: 4)
        tally.meet(1, F.day(1, 15), .org_life)
        tally.train(1, F.day(3, 2), site: 0, participants: 4, hours: "4")
        let result = F.compute(sites, tally, asOf: F.day(3, 15))

        // As of 03-15: January and February are in scope, no quarter (Q1 ends 03-31), no year.
        // branch_general and lecture have no period: 三会一课 is empty for both sites; the
        // yearly org_life and democratic_review norms have none either.
        let a = result.site("A"), b = result.site("B")
        XCTAssertNil(a.normRate(.branch_general))
        XCTAssertNil(a.normRate(.lecture))
        XCTAssertNil(a.sanhuiRate)
        XCTAssertNil(b.sanhuiRate)
        XCTAssertNil(b.scorePart(.org_life))
        XCTAssertEqual(result.scoreWeights.omitted, [.sanhui, .org_life, .democratic_review])
        // Kept: party_day 20, attendance 20, training 10 = 50, scaled by 100/50 = 2.
        // A: party_day 2/2 = 1; attendance 9/10; training 4 × 4 = 16 h ÷ 4 members = 4 → 4/8
        //    → (20 + 18 + 5) × 2 = 86
        // B: party_day Jan unmet, Feb met → 1/2; attendance 3/4; training 0 h → 0
        //    → (10 + 15 + 0) × 2 = 50
        assertEqual(a.score, 86)
        assertEqual(b.score, 50)
        XCTAssertEqual([a.stars, b.stars], [4, 1])
        XCTAssertEqual([a.rank, b.rank], [1, 2])
    }

    func testAQuarterThatEndsAfterTheAsOfDateIsNotInScope() {
        // A branch founded 02-10; as of 05-31: months Feb…May (those ending on or after 02-10),
        // Q1 (ends 03-31); Q2 ends 06-30, after the as-of date.
        let sites = [F.site("A", founded: F.day(2, 10))]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(1, 25), .branch_general)  // before the founding, in Q1: counts for Q1
        tally.meet(0, F.day(4, 8), .branch_general)  // in Q2, not in scope
        tally.lecture(0, F.day(5, 5))  // in Q2
        tally.meet(0, .branch_committee, months: [1, 2, 4, 5])
        let result = F.compute(sites, tally, asOf: F.day(5, 31))
        let a = result.site("A")
        // branch_general: Q1 met (01-25) → 1/1; lecture: Q1 unmet → 0/1
        assertEqual(a.normRate(.branch_general), 1)
        assertEqual(a.normRate(.lecture), 0)
        // branch_committee: Feb, Apr, May met, Mar not (January is before the founding) → 3/4
        assertEqual(a.normRate(.branch_committee), 0.75)
        // Completion by month: branch_general has its only period in scope, Q1, from March on.
        XCTAssertNil(result.month(2).completion(.branch_general))
        assertEqual(result.month(3).completion(.branch_general), 1)
        assertEqual(result.month(5).completion(.branch_general), 1)
        XCTAssertNil(result.month(6).completion(.branch_general))
        // Every row up to the as-of date counts: both branch_general meetings, the May lecture.
        XCTAssertEqual(a.meetings(.branch_general), 2)
        XCTAssertEqual(a.lectures, 1)
    }

    func testABranchFoundedAfterTheAsOfDateHasNoScoreLikeASiteWithoutOne() {
        // As of 06-30; B's branch is founded 07-01 (in the year, so it has a branch), C's 06-30.
        let sites = [F.site("A"), F.site("B", founded: F.day(7, 1)), F.site("C", founded: F.day(6, 30))]
        var tally = ActivityTally(sites)
        tally.meet(0, .party_day, months: [1, 2, 3, 4, 5, 6], day: 28)
        tally.meet(1, F.day(6, 5), .branch_committee, attendees: 5, expected: 5)
        tally.meet(2, F.day(6, 20), .party_day)
        let result = F.compute(sites, tally, asOf: F.day(6, 30))

        let a = result.site("A"), b = result.site("B"), c = result.site("C")
        // B: no period both ends on or after 07-01 and on or before 06-30: no norm rate, no score.
        XCTAssertTrue(b.hasBranch)
        XCTAssertFalse(b.isScorable)
        XCTAssertEqual(b.normRates, Array(repeating: nil, count: 7))
        XCTAssertEqual(b.scoreParts, Array(repeating: nil, count: 6))
        XCTAssertNil(b.score)
        XCTAssertNil(b.stars)
        XCTAssertNil(b.rank)
        // Its other values stay: attendance 5/5.
        assertEqual(b.attendanceRate, 1)
        // Attendance is judged over the scorable sites A and C only, which have none: left out
        // (B's 5/5 does not keep it), with training (no members) and the yearly parts.
        XCTAssertEqual(result.scoreWeights.omitted, [.attendance, .training, .org_life, .democratic_review])
        // C, founded 06-30: June (ends 06-30) and Q2 are in scope. party_day June met → 1/1;
        // branch_committee, party_group 0/1; branch_general, lecture Q2 0/1 → sanhui 0.
        // Kept sanhui 40 + party_day 20 = 60 → × 100/60: C = 20 × 100/60 = 100/3.
        XCTAssertTrue(c.isScorable)
        assertEqual(c.partyDayRate, 1)
        assertEqual(c.sanhuiRate, 0)
        assertEqual(c.score, 100.0 / 3)
        // A: party_day 6/6 → 1; sanhui 0 → 100/3 too; the tie goes to A (site_id order).
        assertEqual(a.score, 100.0 / 3)
        XCTAssertEqual([a.rank, c.rank], [1, 2])
        // Equal scores: neither is below the mean, so no 末位.
        XCTAssertEqual(result.bottom, [])
    }

    func testAsOfOnAPeriodsLastDayKeepsThatPeriod() {
        let sites = [F.site("A")]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(3, 31), .branch_general)
        tally.meet(0, .branch_committee, months: [1, 3])
        let result = F.compute(sites, tally, asOf: F.day(3, 31))
        // as of 03-31: Jan, Feb, Mar (3 months) and Q1 end on or before it
        assertEqual(result.site("A").normRate(.branch_general), 1)  // Q1 met on 03-31 → 1/1
        assertEqual(result.site("A").normRate(.branch_committee), 2.0 / 3)  // Jan, Mar of 3
        XCTAssertNil(result.site("A").normRate(.org_life))  // the year ends after 03-31
    }

    func testLeapYearFebruaryEndsOnThe29th() {
        let sites = [F.site("A")]
        var tally = ActivityTally(sites)
        tally.meet(0, Day(year: 2024, month: 2, day: 29)!, .branch_committee)
        tally.meet(0, Day(year: 2024, month: 1, day: 9)!, .branch_committee)
        func rate(asOf: Day) -> Double? {
            ReviewIndicators.compute(sites: sites, activity: tally, config: ReviewConfig(), year: 2024, asOf: asOf, missingLogs: [])
                .site("A").normRate(.branch_committee)
        }
        // as of 2024-02-28, February (ending 02-29) is not over: January only, met → 1/1
        assertEqual(rate(asOf: Day(year: 2024, month: 2, day: 28)!), 1)
        // as of 2024-02-29: January and February, both met → 2/2
        assertEqual(rate(asOf: Day(year: 2024, month: 2, day: 29)!), 1)
        // as of 2024-03-31: March unmet → 2/3
        assertEqual(rate(asOf: Day(year: 2024, month: 3, day: 31)!), 2.0 / 3)
    }

    func testConfiguredRequiredCountAndPeriod() {
        var config = ReviewConfig()
        config.norms[.branch_committee] = Norm(required: 2, period: .quarter)
        config.norms[.party_day] = Norm(required: 10, period: .year)
        let sites = [F.site("A")]
        var tally = ActivityTally(sites)
        tally.meet(0, .branch_committee, months: [1, 3, 4, 7, 8, 9])
        tally.holdPartyDays(0, months: Array(1...10))
        let a = F.compute(sites, tally, config: config).site("A")
        // branch_committee ≥ 2 per quarter: Q1 2 (Jan, Mar) met, Q2 1 (Apr) not, Q3 3 met, Q4 0 → 2/4
        assertEqual(a.normRate(.branch_committee), 0.5)
        // party_day ≥ 10 in the year: 10 held → 1/1
        assertEqual(a.partyDayRate, 1)
    }

    func testNormWithNoPeriodInScopeIsEmptyAndEmptiesSanhui() {
        let sites = [F.site("A"), F.site("B", founded: F.day(11, 15))]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(1, 5), .branch_general, attendees: 10, expected: 10)
        tally.meet(0, F.day(1, 6), .branch_committee)
        tally.meet(0, F.day(1, 7), .party_group)
        tally.lecture(0, F.day(1, 8))
        tally.meet(0, F.day(1, 28), .party_day)
        tally.meet(1, F.day(1, 20), .org_life, attendees: 3, expected: 4)
        let result = F.compute(sites, tally, asOf: F.day(1, 31))

        let a = result.site("A")
        // as of 01-31: one month in scope, no quarter, no year
        XCTAssertNil(a.normRate(.branch_general))
        XCTAssertNil(a.normRate(.lecture))
        XCTAssertNil(a.normRate(.org_life))
        XCTAssertNil(a.normRate(.democratic_review))
        assertEqual(a.normRate(.branch_committee), 1)  // January met → 1/1
        assertEqual(a.normRate(.party_group), 1)
        assertEqual(a.partyDayRate, 1)
        // two of the four 三会一课 rates are empty → sanhui and full compliance empty
        XCTAssertNil(a.sanhuiRate)
        XCTAssertNil(a.fullyCompliant)
        // 三会一课 is empty for the only scorable site, training (0 members) too, and the yearly
        // parts have no period: all left out, the other weights (20 + 20 = 40) scaled by 100/40.
        XCTAssertEqual(result.scoreWeights.omitted, [.sanhui, .training, .org_life, .democratic_review])
        // score: (20 × 1 (party_day) + 20 × 10/10 (attendance)) × 2.5 → 100
        assertEqual(a.score, 100)
        XCTAssertEqual(a.stars, 5)
        XCTAssertEqual(a.rank, 1)

        let b = result.site("B")
        // founded 11-15, as of 01-31: no period ends both on or after 11-15 and on or before 01-31
        XCTAssertTrue(b.hasBranch)
        XCTAssertEqual(b.normRates, Array(repeating: nil, count: 7))
        XCTAssertNil(b.sanhuiRate)
        XCTAssertNil(b.partyDayRate)
        // No norm has a period in scope: no score, stars or rank, like a site without a branch.
        XCTAssertNil(b.score)
        XCTAssertNil(b.stars)
        XCTAssertNil(b.rank)
        assertEqual(b.attendanceRate, 0.75)
    }

    func testScoreWithDefaultWeights() {
        let sites = [F.site("A", members: 10)]
        var tally = ActivityTally(sites)
        for month in [2, 5, 8, 11] { tally.meet(0, F.day(month, 10), .branch_general, attendees: 8, expected: 10) }
        tally.meet(0, .branch_committee, months: Array(1...12))
        tally.meet(0, .party_group, months: Array(1...6))
        tally.lecture(0, F.day(2, 15))
        tally.lecture(0, F.day(5, 15))
        tally.holdPartyDays(0, months: [1, 3, 5, 7, 9, 11])
        tally.meet(0, F.day(12, 1), .org_life)
        tally.train(1, F.day(4, 4), site: 0, participants: 10, hours: "4")
        let result = F.compute(sites, tally)

        let a = result.site("A")
        // rates: branch_general 4/4, branch_committee 12/12, party_group 6/12, lecture 2/4 (Q1, Q2)
        // sanhui = (1 + 1 + 0.5 + 0.5)/4 = 0.75
        assertEqual(a.sanhuiRate, 0.75)
        XCTAssertEqual(a.fullyCompliant, false)
        assertEqual(a.partyDayRate, 0.5)  // 6/12
        assertEqual(a.attendanceRate, 0.8)  // 4 × 8 / 4 × 10
        assertEqual(a.trainingHoursPerMember, 4)  // 10 × 4 = 40 person-hours / 10 members
        // 40 × 0.75 + 20 × 0.5 + 20 × 0.8 + 10 × min(1, 4/8) + 5 × 1 + 5 × 0
        // = 30 + 10 + 16 + 5 + 5 + 0 = 66
        assertEqual(a.score, 66)
        XCTAssertEqual(a.stars, 2)  // 60 ≤ 66 < 70
        XCTAssertEqual(a.rank, 1)
    }

    func testFullyCompliantWhenAllFourRatesAreOne() {
        let sites = [F.site("A")]
        var tally = ActivityTally(sites)
        tally.meetSanhuiFully(0)
        let a = F.compute(sites, tally).site("A")
        XCTAssertEqual(a.fullyCompliant, true)  // 4/4, 12/12, 12/12, 4/4
        assertEqual(a.sanhuiRate, 1)
        // 40 × 1, nothing else; attendance and training are empty for the only site with a
        // branch, so left out: 40 × 100/70
        assertEqual(a.score, 400.0 / 7)
    }

    func testTrainingPartIsCappedAtOneWithTheDefaultTargetOf8Hours() {
        let sites = [F.site("T1", members: 2), F.site("T2", members: 2), F.site("T3", members: 2)]
        var tally = ActivityTally(sites)
        tally.train(1, F.day(3, 1), site: 0, participants: 2, hours: "10")
        tally.train(1, F.day(3, 1), site: 1, participants: 2, hours: "8")
        tally.train(1, F.day(3, 1), site: 2, participants: 2, hours: "2")
        let result = F.compute(sites, tally)

        // Every norm rate is 0 (not empty), so the score is the training part. Attendance is empty
        // for every site: left out, the other weights (40 + 20 + 10 + 5 + 5 = 80) × 100/80, the
        // training weight 10 → 12.5.
        XCTAssertEqual(result.scoreWeights.omitted, [.attendance])
        assertEqual(result.scoreWeights.weight(.training), 12.5)
        // T1: 20 person-hours / 2 = 10 h per member → min(1, 10/8) = 1 → 12.5
        assertEqual(result.site("T1").trainingHoursPerMember, 10)
        assertEqual(result.site("T1").score, 12.5)
        // T2: 16 / 2 = 8 → 8/8 = 1 → 12.5
        assertEqual(result.site("T2").score, 12.5)
        // T3: 4 / 2 = 2 → 2/8 = 0.25 → 3.125
        assertEqual(result.site("T3").score, 3.125)

        var config = ReviewConfig()
        config.trainingHoursTarget = 16
        let custom = F.compute(sites, tally, config: config)
        // T1: 10/16 = 0.625 → 7.8125; T2: 8/16 → 6.25
        assertEqual(custom.site("T1").score, 7.8125)
        assertEqual(custom.site("T2").score, 6.25)
    }

    func testOrgLifeAndDemocraticReviewHeldFlags() {
        let sites = [F.site("A"), F.site("B"), F.site("C"), F.site("D")]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(12, 20), .org_life)
        tally.meet(1, F.day(6, 1), .democratic_review)
        tally.meet(1, F.day(6, 2), .democratic_review)
        tally.meet(2, F.day(1, 3), .org_life)
        tally.meet(2, F.day(1, 4), .democratic_review)
        let result = F.compute(sites, tally)

        let a = result.site("A"), b = result.site("B"), c = result.site("C"), d = result.site("D")
        // Attendance and training are empty for every site: left out, the other weights
        // (40 + 20 + 5 + 5 = 70) × 100/70, each held flag worth 5 × 100/70 = 50/7.
        // A: org_life 1/1, democratic_review 0/1 → 50/7
        assertEqual(a.normRate(.org_life), 1)
        assertEqual(a.normRate(.democratic_review), 0)
        assertEqual(a.score, 50.0 / 7)
        // B: democratic_review twice (held) → 50/7
        assertEqual(b.normRate(.democratic_review), 1)
        assertEqual(b.score, 50.0 / 7)
        // C: both → 100/7; D: neither → 0
        assertEqual(c.score, 100.0 / 7)
        assertEqual(d.score, 0)
        // ranks: C 10; A 5, B 5 (tie → A before B); D 0
        XCTAssertEqual([a.rank, b.rank, c.rank, d.rank], [2, 3, 1, 4])
    }

    func testScoresThatTieOnlyAfterRoundingShareRankOrderAndStars() {
        // T1 by hand: sanhui (1 + 11/12 + 11/12 + 1)/4 = 23/24 → 40 × 23/24 = 115/3;
        // party_day 11/12 → 55/3; attendance 2/3 → 40/3; org_life + democratic_review → 10.
        // 115/3 + 55/3 + 40/3 + 10 = 70 + 10 = 80 (in binary 79.99999999999999…).
        // T2 by hand: 40 + 20 + 20 × 5/5 = 80 exactly.
        // One member each and no training: the training part is 0, not empty, so no part is
        // left out and the weights are the config's.
        let sites = [F.site("T1", members: 1), F.site("T2", members: 1)]
        var tally = ActivityTally(sites)
        tally.meet(0, .branch_general, months: [2, 5, 8, 11])
        tally.meet(0, .branch_committee, months: Array(1...11))
        tally.meet(0, .party_group, months: Array(1...11))
        for month in [2, 5, 8, 11] { tally.lecture(0, F.day(month, 15)) }
        tally.holdPartyDays(0, months: Array(1...11))
        tally.meet(0, F.day(12, 1), .org_life, attendees: 2, expected: 3)
        tally.meet(0, F.day(12, 2), .democratic_review)
        tally.meetSanhuiFully(1)
        tally.holdPartyDays(1, months: Array(1...12))
        tally.meet(1, F.day(12, 1), .talk, attendees: 5, expected: 5)
        let result = F.compute(sites, tally)

        let t1 = result.site("T1"), t2 = result.site("T2")
        assertEqual(t1.score, 80, accuracy: 1e-9)
        assertEqual(t2.score, 80, accuracy: 1e-9)
        // The fixture is only worth something if the binary scores differ (by ~1e-14).
        XCTAssertNotEqual(t1.score, t2.score, "fixture: the two scores should differ in binary")
        // Rounded to 6 decimals both are 80.000000: a tie, broken by site_id → T1 first.
        XCTAssertEqual(t1.rank, 1)
        XCTAssertEqual(t2.rank, 2)
        // 80 ≥ 80 → 4 stars each (the unrounded 79.999… alone would give 3).
        XCTAssertEqual(t1.stars, 4)
        XCTAssertEqual(t2.stars, 4)
        // Rounded, both are 80 = the mean: neither is below it (the binary 79.999… alone would be).
        XCTAssertEqual(result.bottom, [])
    }

    func testScore93Point3ComputedTwoWaysTies() {
        // U1: 40 + 20 + 20 × 1 + 10 × (2.64/8 = 0.33) + 5 + 5 = 93.3
        // U2: 40 + 20 + 20 × 133/200 (= 13.3) + 10 × 1 + 5 + 5 = 93.3
        let sites = [F.site("U2", members: 100), F.site("U1", members: 100)]
        var tally = ActivityTally(sites)
        for s in 0...1 {
            tally.meetSanhuiFully(s)
            tally.holdPartyDays(s, months: Array(1...12))
            tally.meet(s, F.day(12, 1), .org_life)
            tally.meet(s, F.day(12, 2), .democratic_review)
        }
        tally.meet(1, F.day(12, 3), .talk, attendees: 100, expected: 100)
        tally.train(1, F.day(6, 1), site: 1, participants: 100, hours: "2.64")  // 264 / 100 = 2.64
        tally.meet(0, F.day(12, 3), .talk, attendees: 133, expected: 200)
        tally.train(1, F.day(6, 1), site: 0, participants: 100, hours: "8")  // 8 per member → 1
        let result = F.compute(sites, tally)

        let u1 = result.site("U1"), u2 = result.site("U2")
        assertEqual(u1.score, 93.3, accuracy: 1e-9)
        assertEqual(u2.score, 93.3, accuracy: 1e-9)
        XCTAssertEqual(u1.rank, 1)  // tie → site_id order
        XCTAssertEqual(u2.rank, 2)
        XCTAssertEqual(u1.stars, 5)
        XCTAssertEqual(u2.stars, 5)
    }

    func testRankTiesAreBrokenBySiteIdUTF8Order() {
        let ids = ["b", "学校1", "S9", "Z", "S10", "B"]
        let sites = ids.map { F.site($0) }
        let result = F.compute(sites, ActivityTally(sites))

        // All score 0. UTF-8 bytes: "B" 42 < "S10" 53 31 < "S9" 53 39 < "Z" 5A < "b" 62 < "学" E5…
        let expected = ["B", "S10", "S9", "Z", "b", "学校1"]
        XCTAssertEqual(result.sites.map(\.site.id), expected)
        XCTAssertEqual(result.sites.map(\.rank), [1, 2, 3, 4, 5, 6])
        // All six at the mean (0): none below it, no 末位.
        XCTAssertEqual(result.bottom, [])
    }

    func testStarsAtExactThresholdsAndBottomN() {
        // One member each and no training: the training part is 0, not empty, so no part is left
        // out and the weights are the config's.
        let sites = ["S90", "S89", "S80", "S70", "S60", "S55"].map { F.site($0, members: 1) } + [F.site("X", branches: 0)]
        var tally = ActivityTally(sites)
        for s in 0..<6 { tally.meetSanhuiFully(s) }  // 40 each
        for s in 0..<5 { tally.holdPartyDays(s, months: Array(1...12)) }  // + 20
        tally.holdPartyDays(5, months: Array(1...9))  // S55: 9/12 → + 15
        tally.meet(0, F.day(12, 1), .talk, attendees: 10, expected: 10)  // S90: + 20
        tally.meet(1, F.day(12, 1), .talk, attendees: 199, expected: 200)  // S89: + 20 × 0.995 = 19.9
        tally.meet(2, F.day(12, 1), .talk, attendees: 10, expected: 10)  // S80: + 20
        tally.meet(3, F.day(12, 1), .talk, attendees: 5, expected: 10)  // S70: + 10
        for s in 0...1 {  // S90, S89: + 5 + 5
            tally.meet(s, F.day(12, 2), .org_life)
            tally.meet(s, F.day(12, 3), .democratic_review)
        }
        var config = ReviewConfig()
        config.bottomN = 3
        let result = F.compute(sites, tally, config: config)

        // S90: 40 + 20 + 20 + 5 + 5 = 90 → 5
        assertEqual(result.site("S90").score, 90)
        XCTAssertEqual(result.site("S90").stars, 5)
        // S89: 40 + 20 + 19.9 + 5 + 5 = 89.9 → 4
        assertEqual(result.site("S89").score, 89.9)
        XCTAssertEqual(result.site("S89").stars, 4)
        // S80: 40 + 20 + 20 = 80 → 4
        assertEqual(result.site("S80").score, 80)
        XCTAssertEqual(result.site("S80").stars, 4)
        // S70: 40 + 20 + 10 = 70 → 3
        assertEqual(result.site("S70").score, 70)
        XCTAssertEqual(result.site("S70").stars, 3)
        // S60: 40 + 20 = 60 → 2
        assertEqual(result.site("S60").score, 60)
        XCTAssertEqual(result.site("S60").stars, 2)
        // S55: 40 + 15 = 55 → 1
        assertEqual(result.site("S55").score, 55)
        XCTAssertEqual(result.site("S55").stars, 1)
        // ranks by score: 90, 89.9, 80, 70, 60, 55
        XCTAssertEqual(["S90", "S89", "S80", "S70", "S60", "S55"].map { result.site($0).rank }, [1, 2, 3, 4, 5, 6])
        // Six ranked: at most min(3, ⌈0.1 × 6⌉ = 1); the mean (90 + 89.9 + 80 + 70 + 60 + 55)/6 =
        // 74.15, S55 below it. X (no branch) is never ranked.
        XCTAssertEqual(result.bottom, ["S55"])
        var wider = config
        wider.bottomShareMillionths = 500_000  // ⌈0.5 × 6⌉ = 3: S55, S60 and S70 are below 74.15
        XCTAssertEqual(F.compute(sites, tally, config: wider).bottom, ["S55", "S60", "S70"])
        wider.bottomN = 2
        XCTAssertEqual(F.compute(sites, tally, config: wider).bottom, ["S55", "S60"])
        XCTAssertNil(result.site("X").rank)
    }

    func testBottomListsEveryRankedSiteWhenFewerThanN() {
        let sites = [F.bureau(), F.site("C"), F.site("A"), F.site("B"), F.site("N", branches: 0)]
        var tally = ActivityTally(sites)
        tally.meet(1, F.day(3, 3), .org_life)  // C: 5
        tally.meet(2, F.day(3, 3), .org_life)  // A: 5 + 5
        tally.meet(2, F.day(3, 4), .democratic_review)
        tally.meet(0, F.day(3, 3), .org_life)  // the bureau: never ranked
        let result = F.compute(sites, tally)

        // ranked (attendance and training left out, 5 → 50/7): A 100/7, C 50/7, B 0; at most
        // ⌈0.1 × 3⌉ = 1. Rounded: 14.285714, 7.142857, 0; C × 3 = 21.428571 = the sum, so C is at
        // the mean, not below it; B is.
        XCTAssertEqual(result.bottom, ["B"])
        var all = ReviewConfig()
        all.bottomShareMillionths = 1_000_000
        XCTAssertEqual(F.compute(sites, tally, config: all).bottom, ["B"])  // C still not below
        XCTAssertEqual(result.sites.map(\.site.id), ["A", "B", "C", "N"])  // no bureau, site_id order
    }

    func testPartyDayOnDayShareDefaultAndCustomDay() {
        let sites = [F.site("A"), F.site("B"), F.site("C", branches: 0)]
        func tally(partyDay: Int) -> ActivityTally {
            var tally = ActivityTally(sites, partyDay: partyDay)
            for day in [F.day(1, 28), F.day(2, 28), F.day(3, 15), F.day(4, 1)] { tally.meet(0, day, .party_day) }
            tally.meet(2, F.day(5, 28), .party_day)
            tally.meet(1, F.day(5, 28), .branch_committee)  // not a party day
            return tally
        }
        let byDefault = F.compute(sites, tally(partyDay: 28))
        // A: on the 28th twice of 4 party days → 0.5; B: none held → empty; C (no branch): 1/1
        assertEqual(byDefault.site("A").partyDayOnDayShare, 0.5)
        XCTAssertNil(byDefault.site("B").partyDayOnDayShare)
        assertEqual(byDefault.site("C").partyDayOnDayShare, 1)

        var config = ReviewConfig()
        config.partyDay = 15
        let custom = F.compute(sites, tally(partyDay: 15), config: config)
        // A: only 03-15 → 1/4; C: 05-28 is not the 15th → 0/1
        assertEqual(custom.site("A").partyDayOnDayShare, 0.25)
        assertEqual(custom.site("C").partyDayOnDayShare, 0)
    }
}
