import Foundation
import Indicators
import Model
import XCTest

/// Every sum of the tallies fits (issue 19, F3): a count is at most 10^9 and hours at most
/// 10,000 (rules §2), and a log has at most 2,147,483,647 rows (2^31 − 1, the most a tally
/// counts). Two rows at the largest values — a meeting with 10^9 attendees of 10^9 expected, a
/// training of 10^9 participants for 10,000 hours — repeated until the log is full give exact
/// counts, sums and person-hours, and the indicators built on them, without a trap.
final class TallyBoundTests: XCTestCase {
    func testTheLargestValuesInTheLargestLogSumExactly() {
        let sites = [Fixture.site("S1", members: 1)]
        var one = ActivityTally(sites)
        one.add(ActivityRows(
            meetings: [MeetingRow(site: 0, day: Fixture.day(3, 1), type: .branch_general, attendees: 1_000_000_000, expected: 1_000_000_000)],
            trainings: [TrainingRow(training: 0, start: Fixture.day(3, 1), site: 0, participants: 1_000_000_000,
                                    hours: ScaledDecimal(significand: 10_000, scale: 0))]))
        // The full log: 2^31 − 1 = 2^0 + 2^1 + … + 2^30 copies of each row, merged.
        var full = ActivityTally(sites)
        var power = one
        for k in 0...30 {
            full.merge(power)
            if k < 30 { power.merge(power) }
        }
        let rows: Int64 = 2_147_483_647
        let year = full.year(Fixture.year)
        XCTAssertEqual(year.meetings(site: 0, type: .branch_general), Int(rows))
        XCTAssertEqual(year.attendance(site: 0).attended, rows * 1_000_000_000)
        XCTAssertEqual(year.attendance(site: 0).expected, 2_147_483_647_000_000_000)
        XCTAssertEqual(year.participants, 2_147_483_647_000_000_000)
        XCTAssertEqual(year.trainingPersonHours, Decimal(string: "21474836470000000000000")!)
        XCTAssertEqual(year.trainingPersonHours(site: 0), Decimal(string: "21474836470000000000000")!)

        let indicators = Fixture.compute(sites, full)
        XCTAssertEqual(indicators.totals.meetings(.branch_general), Int(rows))
        XCTAssertEqual(indicators.totals.trainingParticipants, 2_147_483_647_000_000_000)
        XCTAssertEqual(indicators.totals.trainingPersonHours, Decimal(string: "21474836470000000000000")!)
        XCTAssertEqual(indicators.sites[0].attendanceRate, 1)
        XCTAssertEqual(indicators.sites[0].trainingPersonHours, Decimal(string: "21474836470000000000000")!)
        XCTAssertEqual(indicators.monthly[2].meetingsByType?[MeetingType.branch_general.ordinal], Int(rows))
    }
}
