import Foundation
import Model
import XCTest

/// Person-hours are summed exactly (rules §5): the integer fast path and the `Decimal` path agree with
/// sums worked out by hand.
final class DecimalSumTests: XCTestCase {
    private func hours(_ significand: UInt64, _ scale: Int) -> ScaledDecimal { ScaledDecimal(significand: significand, scale: scale) }

    func testTenthsAddUpExactly() {
        var sum = DecimalSum()
        for _ in 0..<3 { sum.add(hours(1, 1), times: 1) }   // 0.1 + 0.1 + 0.1
        XCTAssertEqual(sum.value, Decimal(string: "0.3")!, "no binary-float residue")
        sum.add(hours(25, 1), times: 40)                     // 40 × 2.5 = 100
        XCTAssertEqual(sum.value, Decimal(string: "100.3")!)
    }

    func testMoreThanSixDecimalsTakeTheDecimalPath() {
        var sum = DecimalSum()
        sum.add(hours(1_234_567, 7), times: 3)               // 3 × 0.1234567 = 0.3703701
        sum.add(hours(5, 1), times: 2)                       // + 1
        XCTAssertEqual(sum.value, Decimal(string: "1.3703701")!)
    }

    func testProductsBeyondInt64TakeTheDecimalPath() {
        var sum = DecimalSum()
        sum.add(hours(10_000_000_000_000, 0), times: 1_000)  // 10¹³ h × 1000 = 10¹⁶ h: 10²² millionths
        sum.add(hours(5, 1), times: 1)
        XCTAssertEqual(sum.value, Decimal(string: "10000000000000000.5")!)
    }

    func testMergingSumsAndEquality() {
        var a = DecimalSum(), b = DecimalSum()
        a.add(hours(15, 1), times: 3)                        // 4.5
        b.add(hours(150, 2), times: 3)                       // 4.50, written with two decimals
        XCTAssertEqual(a, b, "equal values are equal sums")
        a.add(b)
        XCTAssertEqual(a.value, Decimal(9))
        XCTAssertEqual(hours(250, 2).decimal, Decimal(string: "2.5")!)
    }
}
