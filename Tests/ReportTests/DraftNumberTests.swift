import Report
import XCTest

/// The number forms of the draft, worked by hand.
final class DraftNumberTests: XCTestCase {
    func testAboutFormRoundsDownWith余OnlyWhenSomethingIsCut() {
        XCTAssertEqual(DraftNumber.about(43, language: .zh), "40余")
        XCTAssertEqual(DraftNumber.about(40, language: .zh), "40")
        XCTAssertEqual(DraftNumber.about(9, language: .zh), "9")
        XCTAssertEqual(DraftNumber.about(0, language: .zh), "0")
        XCTAssertEqual(DraftNumber.about(10, language: .zh), "10")
        XCTAssertEqual(DraftNumber.about(19, language: .zh), "10余")
        XCTAssertEqual(DraftNumber.about(120, language: .zh), "120")
        XCTAssertEqual(DraftNumber.about(129, language: .zh), "120余")
        XCTAssertEqual(DraftNumber.about(999, language: .zh), "990余")
        // From 1000 on, hundreds: 1113 → 1100余, as reports write it.
        XCTAssertEqual(DraftNumber.about(1000, language: .zh), "1000")
        XCTAssertEqual(DraftNumber.about(1113, language: .zh), "1100余")
        XCTAssertEqual(DraftNumber.about(16932, language: .zh), "16900余")
    }

    func testAboutFormInEnglish() {
        XCTAssertEqual(DraftNumber.about(43, language: .en), "40+")
        XCTAssertEqual(DraftNumber.about(40, language: .en), "40")
        XCTAssertEqual(DraftNumber.about(7, language: .en), "7")
    }

    func testPercentHasOneDecimalRoundedHalfAwayFromZero() {
        XCTAssertEqual(DraftNumber.percent(0.8534), "85.3%")
        XCTAssertEqual(DraftNumber.percent(0.98765), "98.8%")
        XCTAssertEqual(DraftNumber.percent(0.12345), "12.3%")
        XCTAssertEqual(DraftNumber.percent(2.0 / 3.0), "66.7%")
        XCTAssertEqual(DraftNumber.percent(0.0005), "0.1%")  // 0.05 % → 0.1 %, half away from zero
        XCTAssertEqual(DraftNumber.percent(1), "100.0%")
        XCTAssertEqual(DraftNumber.percent(0), "0.0%")
        XCTAssertEqual(DraftNumber.percent(-0.00001), "0.0%")  // never "-0.0%"
    }

    func testHoursHaveAtMostOneDecimal() {
        XCTAssertEqual(DraftNumber.hours(16932), "16932")
        XCTAssertEqual(DraftNumber.hours(44.5), "44.5")
        XCTAssertEqual(DraftNumber.hours(7.25), "7.3")
        XCTAssertEqual(DraftNumber.hours(7.0), "7")
        XCTAssertEqual(DraftNumber.hours(0.15), "0.2")  // 0.15 × 10 is 1.4999… in binary
        XCTAssertEqual(DraftNumber.hours(0.04), "0")
    }

    func testPointsAndTenthsOfAPercent() {
        XCTAssertEqual(DraftNumber.points(0.0762), "7.6")
        XCTAssertEqual(DraftNumber.fixedOne(87.0238), "87.0")
        // As `percent` shows it: 89.96 % reads 90.0 %, 89.94 % reads 89.9 %.
        XCTAssertEqual(DraftNumber.tenthsOfPercent(0.8996), 900)
        XCTAssertEqual(DraftNumber.tenthsOfPercent(0.8994), 899)
        XCTAssertEqual(DraftNumber.tenthsOfPercent(0.9), 900)
        XCTAssertEqual(DraftNumber.tenthsOfPercent(1), 1000)
    }

    /// Numbers beyond 64 bits, which checked inputs and config never give, are written as Swift
    /// writes them, never trapped on (a target of 1e19 once stopped a build with SIGILL).
    func testNumbersBeyondSixtyFourBitsDoNotTrap() {
        XCTAssertEqual(DraftNumber.hours(1e19), "1e+19")
        XCTAssertEqual(DraftNumber.hours(9e16), "90000000000000000")
        XCTAssertEqual(DraftNumber.count(1e19), "1e+19")
        XCTAssertEqual(DraftNumber.count(7.0), "7")
        XCTAssertEqual(DraftNumber.about(1e19, language: .zh), "1e+19")
        XCTAssertEqual(DraftNumber.about(1113.0, language: .zh), "1100余")
        XCTAssertEqual(DraftNumber.hours(.infinity), "—")
        XCTAssertEqual(DraftNumber.tenthsOfPercent(1e300), .max)
        XCTAssertEqual(DraftNumber.tenthsOfPercent(-1e300), .min)
    }

    func testTargetsBeyondSixtyFourBitsDoNotTrapTheDraft() {
        var data = DraftFixture.data()
        data.config.targets[.lectures] = 1e19
        data.config.nextYearTargets[.trainings] = 2e18
        let values = DraftValues.make(data)
        XCTAssertEqual(values["target_lectures"] as? String, "1e+19")
        XCTAssertEqual(values["next_trainings"] as? String, "2e+18")
    }
}
