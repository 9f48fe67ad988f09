import Foundation
import Indicators
import Model
import XCTest

/// The 末位 list (rules §4.2): the lowest-ranked sites below the mean score, at most `bottom_n` and
/// at most ⌈`bottom_share` × ranked sites⌉, both worked out exactly. Every expectation by hand.
final class BottomListTests: XCTestCase {
    typealias F = Fixture

    /// Only attendance weighs (100): a site's score is 100 × its attendance rate.
    static var attendanceOnly: ReviewConfig {
        var config = ReviewConfig()
        config.weights = [.sanhui: 0, .party_day: 0, .attendance: 100, .training: 0, .org_life: 0, .democratic_review: 0]
        return config
    }

    /// `count` sites `S000`, `S001` … whose attendance is `attended(i)` of `expected`.
    func compute(_ count: Int, expected: Int, config: ReviewConfig = BottomListTests.attendanceOnly,
                 attended: (Int) -> Int) -> ReviewIndicators {
        let sites = (0..<count).map { F.site(String(format: "S%03d", $0)) }
        var tally = ActivityTally(sites)
        for i in 0..<count { tally.meet(i, F.day(3, 1), .talk, attendees: attended(i), expected: expected) }
        return F.compute(sites, tally, config: config)
    }

    func testTheLimitIsBottomNAndTheShareRoundedUpInWholeNumbers() {
        var config = ReviewConfig()  // bottom_n 10, bottom_share 0.10
        XCTAssertEqual(ReviewIndicators.bottomLimit(ranked: 248, config: config), 10)  // ⌈24.8⌉ = 25 > 10
        XCTAssertEqual(ReviewIndicators.bottomLimit(ranked: 7, config: config), 1)  // ⌈0.7⌉
        XCTAssertEqual(ReviewIndicators.bottomLimit(ranked: 100, config: config), 10)  // 10 exactly, not 11
        XCTAssertEqual(ReviewIndicators.bottomLimit(ranked: 0, config: config), 0)
        config.bottomN = 100
        config.bottomShareMillionths = 70_000
        // 0.07 × 100 is 7; in binary floating point it is 7.000000000000001, whose ceiling is 8.
        XCTAssertEqual(0.07 * 100, 7.000000000000001)
        XCTAssertEqual(ReviewIndicators.bottomLimit(ranked: 100, config: config), 7)
        XCTAssertEqual(ReviewIndicators.bottomLimit(ranked: 101, config: config), 8)  // ⌈7.07⌉
        config.bottomShareMillionths = 0
        XCTAssertEqual(ReviewIndicators.bottomLimit(ranked: 248, config: config), 0)
        config.bottomShareMillionths = 1_000_000
        config.bottomN = 0
        XCTAssertEqual(ReviewIndicators.bottomLimit(ranked: 248, config: config), 0)
    }

    func test248BranchesMarkTheTenLowest() {
        // S000 … S247 score 100 × i/248: the mean is 100 × 123.5/248, so the 124 sites i ≤ 123 are
        // below it; at most min(10, ⌈24.8⌉) = 10: S000 … S009, worst first.
        let result = compute(248, expected: 248) { $0 }
        XCTAssertEqual(result.site("S000").rank, 248)
        XCTAssertEqual(result.bottomLimit, 10)
        XCTAssertEqual(result.bottom, (0..<10).map { String(format: "S%03d", $0) })
    }

    func testSevenBranchesMarkAtMostOne() {
        // 100 × i/7 for i = 0 … 6: mean 100 × 3/7, three below it, but ⌈0.7⌉ = 1.
        let result = compute(7, expected: 7) { $0 }
        XCTAssertEqual(result.bottomLimit, 1)
        XCTAssertEqual(result.bottom, ["S000"])
        var half = Self.attendanceOnly
        half.bottomShareMillionths = 500_000  // ⌈3.5⌉ = 4, yet only S000, S001, S002 are below 300/7
        XCTAssertEqual(compute(7, expected: 7, config: half) { $0 }.bottom, ["S000", "S001", "S002"])
    }

    func testTenSitesAllAt66Point7HaveNoneBelowTheMean() {
        // Each 100 × 667/1000 = 66.7; rounded, the mean is 66.7 and no site is below it. (Summed
        // as binary floats and divided, the mean can land a hair above 66.7.)
        let result = compute(10, expected: 1000) { _ in 667 }
        assertEqual(result.site("S000").score, 66.7, accuracy: 1e-9)
        XCTAssertEqual(result.sites.map(\.rank), Array(1...10))
        XCTAssertEqual(result.bottomLimit, 1)
        XCTAssertEqual(result.bottom, [])
    }

    func testASiteExactlyAtTheMeanIsNotBelowIt() {
        // Scores 0, 50, 100: the mean is 50; only S000 is below it, even with room for three.
        var all = Self.attendanceOnly
        all.bottomShareMillionths = 1_000_000
        let result = compute(3, expected: 2, config: all) { $0 }
        XCTAssertEqual(result.bottomLimit, 3)
        XCTAssertEqual(result.bottom, ["S000"])
    }

    func testFewerBelowTheMeanThanTheLimit() {
        // Nineteen sites at 100 and one at 0: the mean is 95; the limit ⌈2.0⌉ = 2 but one is below.
        let result = compute(20, expected: 1) { $0 == 7 ? 0 : 1 }
        XCTAssertEqual(result.bottomLimit, 2)
        XCTAssertEqual(result.bottom, ["S007"])
    }
}
