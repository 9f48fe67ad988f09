import Foundation
import Indicators
import Model
import XCTest

/// The monthly dispatch (rules §4.3), worked out by hand.
final class MonthlyDispatchTests: XCTestCase {
    typealias F = Fixture

    func testMonthlyCountsIncludeTheBureau() {
        let sites = [F.bureau(), F.site("S1")]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(1, 15), .party_committee)
        tally.meet(1, F.day(1, 20), .branch_committee)
        tally.meet(1, F.day(1, 31), .branch_committee)
        tally.lecture(1, F.day(2, 2))
        tally.lecture(0, F.day(2, 3), .expert)
        let result = F.compute(sites, tally)

        XCTAssertEqual(result.monthly.map(\.month), Array(1...12))
        // January: the bureau's party_committee 1; S1's branch_committee 01-20, 01-31 → 2
        XCTAssertEqual(result.month(1).meetings(.party_committee), 1)
        XCTAssertEqual(result.month(1).meetings(.branch_committee), 2)
        XCTAssertEqual(result.month(1).lectures, 0)
        // February: lectures of S1 and of the bureau → 2
        XCTAssertEqual(result.month(2).lectures, 2)
        XCTAssertEqual(result.month(2).meetingsByType, Array(repeating: 0, count: 12))
    }

    func testMonthlyTrainingsAreDistinctIdsStartingThatMonth() {
        let sites = [F.site("S1"), F.site("S2")]
        var tally = ActivityTally(sites)
        tally.train(1, F.day(3, 1), site: 0, participants: 5, hours: "2")
        tally.train(1, F.day(3, 20), site: 1, participants: 5, hours: "2")  // same id, same month
        tally.train(2, F.day(3, 5), site: nil, participants: 40, hours: "1")  // bureau-wide
        tally.train(3, F.day(4, 2), site: 0, participants: 2, hours: "3")
        tally.train(1, F.day(4, 10), site: 1, participants: 1, hours: "1")  // id 1 starting again in April
        let result = F.compute(sites, tally)

        // March: ids {1, 2} → 2; April: ids {3, 1} → 2; other months 0
        XCTAssertEqual(result.monthly.map(\.trainings), [0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0])
        // The year: ids {1, 2, 3} → 3
        XCTAssertEqual(result.totals.trainings, 3)
    }

    func testInactiveSitesCountOnlyBranchesFoundedByTheMonthsEnd() {
        let sites = [
            F.bureau(branches: 1),
            F.site("A"),
            F.site("B", founded: F.day(2, 10)),
            F.site("C", branches: 0),
            F.site("D", founded: F.day(1, 5, year: 2024)),
            F.site("E", founded: F.day(3, 31)),
        ]
        var tally = ActivityTally(sites)
        tally.meet(1, F.day(1, 28), .party_day)
        tally.meet(1, F.day(2, 10), .talk)  // not organisational life
        tally.lecture(1, F.day(3, 3))  // a lecture is
        tally.meet(1, F.day(4, 4), .visit)  // not organisational life
        tally.meet(2, F.day(1, 10), .branch_committee)
        tally.meet(2, F.day(3, 10), .org_life)
        let result = F.compute(sites, tally)

        // January: branch sites by 01-31: A (party_day: active) → 0
        // February: A (talk only: inactive), B (founded 02-10, nothing in Feb: inactive) → 2
        // March: A (lecture: active), B (org_life: active), E (founded 03-31: inactive) → 1
        // April: A (visit only), B, E → 3; May…December: A, B, E → 3
        // Never counted: the bureau, C (no branch), D (founded 2024).
        XCTAssertEqual(result.monthly.map(\.inactiveSites), [0, 2, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3])
    }

    func testCumulativeCompletionPerNorm() {
        let sites = [
            F.bureau(),
            F.site("A"),
            F.site("B", founded: F.day(5, 15)),
            F.site("C", branches: 0),
        ]
        var tally = ActivityTally(sites)
        tally.meet(1, .branch_committee, months: [1, 2, 4])
        tally.meet(1, F.day(3, 31), .branch_general)
        tally.meet(1, F.day(12, 5), .org_life)
        tally.meet(2, F.day(5, 2), .branch_committee)
        tally.meet(2, F.day(6, 10), .branch_committee)
        tally.meet(2, F.day(4, 10), .branch_general)
        tally.meet(3, .branch_committee, months: Array(1...12))  // C has no branch: never counted
        tally.meet(0, .branch_committee, months: Array(1...12))  // nor the bureau
        let result = F.compute(sites, tally)

        let committee = result.monthly.map { $0.completion(.branch_committee) }
        // A's months all in scope; B's from May (founded 05-15).
        // Jan: A 1/1 → 1. Feb: A 2/2 → 1. Mar: A 2/3. Apr: A 3/4.
        // May: A 3/5 + B 1/1 → 4/6. Jun: A 3/6 + B 2/2 → 5/8.
        // Jul…Dec: A 3/m + B 2/(m−4) → 5/(2m−4): Jul 5/10, Aug 5/12, Sep 5/14, Oct 5/16, Nov 5/18, Dec 5/20
        let expectedCommittee: [Double] = [1, 1, 2.0 / 3, 0.75, 4.0 / 6, 5.0 / 8, 5.0 / 10, 5.0 / 12, 5.0 / 14, 5.0 / 16, 5.0 / 18, 5.0 / 20]
        for (month, (actual, expected)) in zip(committee, expectedCommittee).enumerated() {
            assertEqual(actual, expected, "branch_committee, month \(month + 1)")
        }

        let general = result.monthly.map { $0.completion(.branch_general) }
        // Jan, Feb: no quarter has ended → empty
        XCTAssertNil(general[0])
        XCTAssertNil(general[1])
        // Mar–May: A's Q1 met (03-31) → 1/1
        assertEqual(general[2], 1)
        assertEqual(general[4], 1)
        // Jun–Aug: A Q1 met, Q2 not; B Q2 met (04-10, before its founding) → 2/3
        assertEqual(general[5], 2.0 / 3)
        assertEqual(general[7], 2.0 / 3)
        // Sep–Nov: A 1/3 + B 1/2 → 2/5. Dec: A 1/4 + B 1/3 → 2/7
        assertEqual(general[8], 0.4)
        assertEqual(general[11], 2.0 / 7)

        // Quarterly norms empty in January–February, yearly ones until December.
        for month in 1...2 {
            XCTAssertNil(result.month(month).completion(.lecture))
        }
        // lecture in March: A's Q1 unmet → 0/1
        assertEqual(result.month(3).completion(.lecture), 0)
        for month in 1...11 {
            XCTAssertNil(result.month(month).completion(.org_life))
            XCTAssertNil(result.month(month).completion(.democratic_review))
        }
        // org_life in December: A met, B not → 1/2; democratic_review → 0/2
        assertEqual(result.month(12).completion(.org_life), 0.5)
        assertEqual(result.month(12).completion(.democratic_review), 0)
        // Monthly norms exist from January: party_group 0/1, party_day 0/1
        assertEqual(result.month(1).completion(.party_group), 0)
        assertEqual(result.month(1).completion(.party_day), 0)
    }

    /// An as-of run: ingest has left out the rows after the as-of date, so the tally holds the
    /// rows up to it only; the months that begin after it are empty.
    func testMonthsThatBeginAfterTheAsOfDateAreEmpty() {
        let sites = [F.site("A")]
        var tally = ActivityTally(sites)
        tally.meet(0, .branch_committee, months: [1, 2])
        tally.train(7, F.day(2, 9), site: 0, participants: 1, hours: "1")
        let result = F.compute(sites, tally, asOf: F.day(2, 28))

        // In scope: January and February only; no quarter, no year.
        assertEqual(result.month(1).completion(.branch_committee), 1)
        assertEqual(result.month(2).completion(.branch_committee), 1)
        XCTAssertNil(result.month(2).completion(.branch_general))
        XCTAssertEqual(result.month(2).meetings(.branch_committee), 1)
        XCTAssertEqual(result.month(2).meetings(.party_day), 0)
        XCTAssertEqual(result.month(2).trainings, 1)
        // 02-28 ends February (2023 is not a leap year): its inactive sites are known, 0.
        XCTAssertEqual(result.monthly.map(\.inactiveSites), [0, 0] + Array(repeating: nil, count: 10))
        // March…December: every value empty, `month` set.
        for month in 3...12 {
            let m = result.month(month)
            XCTAssertEqual(m.month, month)
            XCTAssertNil(m.meetingsByType, "month \(month)")
            XCTAssertNil(m.lectures, "month \(month)")
            XCTAssertNil(m.trainings, "month \(month)")
            XCTAssertNil(m.inactiveSites, "month \(month)")
            XCTAssertEqual(m.completion, Array(repeating: nil, count: 7), "month \(month)")
        }
        // The totals are the rows up to the as-of date.
        XCTAssertEqual(result.totals.meetings(.branch_committee), 2)
        XCTAssertEqual(result.totals.trainings, 1)
    }

    func testTheAsOfMonthHasInactiveSitesOnlyOnceItIsOver() {
        // A held a party day on 06-10; B nothing in June (up to the as-of date).
        let sites = [F.site("A"), F.site("B")]
        var tally = ActivityTally(sites)
        tally.meet(0, F.day(6, 10), .party_day)
        tally.meet(1, F.day(5, 10), .party_day)
        let partial = F.compute(sites, tally, asOf: F.day(6, 15))
        // As of 06-15: June is counted up to the 15th, its inactive sites are empty; May is over:
        // A inactive (nothing in May), B active → 1.
        XCTAssertEqual(partial.month(6).meetings(.party_day), 1)
        XCTAssertNil(partial.month(6).inactiveSites)
        XCTAssertEqual(partial.month(5).inactiveSites, 1)
        XCTAssertNil(partial.month(7).meetingsByType)
        // As of 06-30, June's last day: B held nothing in June → 1.
        let whole = F.compute(sites, tally, asOf: F.day(6, 30))
        XCTAssertEqual(whole.month(6).inactiveSites, 1)
        // party_day completion by June's end: as of 06-30, January…June for both sites, met in
        // May (B) and June (A) → 2/12; as of 06-15 June is not in scope: January…May, met in
        // May (B) → 1/10.
        assertEqual(whole.month(6).completion(.party_day), 2.0 / 12)
        assertEqual(partial.month(6).completion(.party_day), 0.1)
    }
}
