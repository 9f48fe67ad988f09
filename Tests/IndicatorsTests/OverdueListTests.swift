import Foundation
import Indicators
import Model
import XCTest

/// The overdue list (督办清单) of rules §4.6, worked out by hand from small registers: every norm
/// period in scope (§4.2) that was not met, by site_id (UTF-8 bytes), norm and period.
final class OverdueListTests: XCTestCase {
    typealias F = Fixture

    /// `S9 branch_committee 2023-04 2/1`: an entry as one line, to compare whole lists.
    func lines(_ list: [OverdueEntry]) -> [String] {
        list.map { "\($0.siteID) \($0.norm.rawValue) \($0.period) \($0.required)/\($0.held)" }
    }

    /// As of 2023-08-20: the months January–July and the quarters Q1–Q2 have ended; August, Q3
    /// and the year have not, so nothing of them is listed. branch_committee asks for 2 a month.
    ///
    /// - S9, a branch of long ago: branch_general in Q1 only; branch_committee twice a month but
    ///   once in April; party_group and lectures in full; the Party day on the 28th, but on the
    ///   10th in June (held all the same: the norm counts meetings, not on-day ones) and not at
    ///   all in July.
    /// - S10, founded 2023-05-15: in scope May, June, July and Q2 (they end on or after the
    ///   founding). Its Q2 branch_general on 04-02 predates the founding and counts; no
    ///   branch_committee, no lecture; no Party day in May; party_group every month.
    /// - S11 has no branch; the bureau is not a school. Neither is listed.
    func makeSites() -> (sites: [Site], tally: ActivityTally, config: ReviewConfig) {
        let sites = [F.bureau("J0"), F.site("S9"), F.site("S10", founded: F.day(5, 15)), F.site("S11", branches: 0)]
        var config = ReviewConfig()
        config.norms[.branch_committee] = Norm(required: 2, period: .month)
        var t = ActivityTally(sites)
        // S9 (index 1).
        t.meet(1, F.day(2, 10), .branch_general)
        t.meet(1, F.day(8, 5), .branch_general)  // Q3: not ended by 08-20
        for month in 1...7 {
            t.meet(1, F.day(month, 5), .branch_committee)
            if month != 4 { t.meet(1, F.day(month, 6), .branch_committee) }
            t.meet(1, F.day(month, 7), .party_group)
        }
        t.lecture(1, F.day(3, 1))
        t.lecture(1, F.day(6, 1))
        t.holdPartyDays(1, months: [1, 2, 3, 4, 5])
        t.meet(1, F.day(6, 10), .party_day)
        // S10 (index 2).
        t.meet(2, F.day(4, 2), .branch_general)
        t.meet(2, .party_group, months: [5, 6, 7])
        t.holdPartyDays(2, months: [6, 7])
        // S11 (index 3) holds nothing, and the bureau (index 0) only a committee meeting.
        t.meet(0, F.day(3, 3), .party_committee)
        return (sites, t, config)
    }

    func testEveryUnmetPeriodInScopeInSiteNormAndPeriodOrder() {
        let (sites, tally, config) = makeSites()
        let result = F.compute(sites, tally, config: config, asOf: F.day(8, 20))
        // "S10" before "S9": the site ids compare by UTF-8 bytes, and "1" < "9".
        XCTAssertEqual(lines(result.overdue), [
            "S10 branch_committee 2023-05 2/0",
            "S10 branch_committee 2023-06 2/0",
            "S10 branch_committee 2023-07 2/0",
            "S10 lecture 2023-Q2 1/0",
            "S10 party_day 2023-05 1/0",
            "S9 branch_general 2023-Q2 1/0",
            "S9 branch_committee 2023-04 2/1",
            "S9 party_day 2023-07 1/0",
        ])
        let entry = result.overdue[6]
        XCTAssertEqual(entry, OverdueEntry(siteID: "S9", norm: .branch_committee,
                                           period: CalendarPeriod(year: 2023, kind: .month, number: 4)!, required: 2, held: 1))
    }

    /// The list and the norm rates count the same periods: S9's Party day 5 + 1 of 7 months
    /// met, June's on the 10th included, though its on-day share is 5 of 6.
    func testAPartyDayOnAnotherDayIsHeld() {
        let (sites, tally, config) = makeSites()
        let s9 = F.compute(sites, tally, config: config, asOf: F.day(8, 20)).site("S9")
        assertEqual(s9.partyDayRate, 6.0 / 7)
        assertEqual(s9.partyDayOnDayShare, 5.0 / 6)
    }

    /// At the year's end every period is in scope: the yearly norms too (`2023`), and August to
    /// December. One site that met everything but the democratic review has one entry.
    func testAtTheYearsEndTheYearIsAPeriodToo() {
        let sites = [F.site("A")]
        var t = ActivityTally(sites)
        t.meetSanhuiFully(0)
        t.holdPartyDays(0, months: Array(1...12))
        t.meet(0, F.day(12, 20), .org_life)
        let result = F.compute(sites, t)
        XCTAssertEqual(lines(result.overdue), ["A democratic_review 2023 1/0"])
        XCTAssertEqual(result.overdue[0].period.description, "2023")
    }

    /// A norm of a missing log is not checked (rules §2): without the lectures log S10's lecture
    /// entry goes; without the meetings log only lecture entries remain.
    func testNormsOfAMissingLogHaveNoEntries() {
        let (sites, tally, config) = makeSites()
        let noLectures = F.compute(sites, tally, config: config, asOf: F.day(8, 20), missing: [.lectures])
        XCTAssertFalse(noLectures.overdue.contains { $0.norm == .lecture })
        XCTAssertEqual(noLectures.overdue.count, 7)
        let noMeetings = F.compute(sites, tally, config: config, asOf: F.day(8, 20), missing: [.meetings])
        XCTAssertEqual(lines(noMeetings.overdue), ["S10 lecture 2023-Q2 1/0"])
    }

    /// A branch founded after the as-of date has no period in scope, so nothing is overdue; the
    /// day a quarter ends it is in scope.
    func testABranchFoundedAfterTheAsOfDateAndAQuarterEndingThatDay() {
        let sites = [F.site("late", founded: F.day(7, 1)), F.site("q")]
        var t = ActivityTally(sites)
        t.meetSanhuiFully(1)
        t.holdPartyDays(1, months: Array(1...12))
        XCTAssertEqual(lines(F.compute(sites, t, asOf: F.day(6, 29)).overdue), [])
        // As of 06-30, Q2 and June have ended: "late" still has none (they end before its founding).
        XCTAssertEqual(lines(F.compute(sites, t, asOf: F.day(6, 30)).overdue), [])
        // As of 07-31, July is in scope for "late": every monthly norm of it is overdue.
        XCTAssertEqual(lines(F.compute(sites, t, asOf: F.day(7, 31)).overdue), [
            "late branch_committee 2023-07 1/0",
            "late party_group 2023-07 1/0",
            "late party_day 2023-07 1/0",
        ])
    }

    func testPeriodTexts() {
        XCTAssertEqual(CalendarPeriod(year: 2017, kind: .month, number: 5)?.description, "2017-05")
        XCTAssertEqual(CalendarPeriod(year: 2017, kind: .month, number: 12)?.description, "2017-12")
        XCTAssertEqual(CalendarPeriod(year: 2017, kind: .quarter, number: 2)?.description, "2017-Q2")
        XCTAssertEqual(CalendarPeriod(year: 2017, kind: .year, number: 1)?.description, "2017")
        XCTAssertNil(CalendarPeriod(year: 2017, kind: .quarter, number: 5))
        XCTAssertNil(CalendarPeriod(year: 2017, kind: .month, number: 0))
    }
}
