import Foundation
import XCTest
import Model
@testable import Ingest

final class DecimalFieldTests: XCTestCase {
    private func hours(_ s: String) -> Result<Decimal?, ValueError> { decoded(s, DecimalField.nonNegative).map { $0?.decimal } }
    private func exact(_ s: String) -> Decimal { Decimal(string: s)! }

    func testForms() {
        XCTAssertEqual(hours("1.5"), .success(exact("1.5")))
        XCTAssertEqual(hours(".5"), .success(exact("0.5")))
        XCTAssertEqual(hours("12"), .success(12))
        XCTAssertEqual(hours("12.0"), .success(12))
        XCTAssertEqual(hours("0.25"), .success(exact("0.25")))
        XCTAssertEqual(hours("0.001"), .success(exact("0.001")))
        XCTAssertEqual(hours("1,234.5"), .success(exact("1234.5")))
        XCTAssertEqual(decoded("2.50", DecimalField.nonNegative), .success(ScaledDecimal(significand: 25, scale: 1)), "trailing zeros dropped")
        XCTAssertEqual(hours("+2"), .success(2))
        XCTAssertEqual(hours("１．５"), .success(exact("1.5")))
        XCTAssertEqual(hours("．５"), .success(exact("0.5")))
        XCTAssertEqual(hours(" 1.5\u{3000}"), .success(exact("1.5")))
        XCTAssertEqual(hours(""), .success(nil))
    }

    func testExactNotBinary() throws {
        // 0.1 is not representable in binary; ten of them must sum to exactly 1.
        let tenth = try XCTUnwrap(hours("0.1").get())
        var sum = Decimal(0)
        for _ in 0..<10 { sum += tenth }
        XCTAssertEqual(sum, 1)
        // person-hours: 37 participants × 1.3 hours, summed 3 times = 144.3 exactly.
        let h = try XCTUnwrap(hours("1.3").get())
        XCTAssertEqual(Decimal(37) * h * 3, exact("144.3"))
        // More digits than a Double holds.
        XCTAssertEqual(hours("9999.999999999999999"), .success(exact("9999.999999999999999")))
        XCTAssertEqual(hours("1.50000000000000000000000000"), .success(exact("1.5")), "trailing zeros cost no digits")
    }

    func testRejections() {
        XCTAssertEqual(hours("-1.5"), .failure(.negative(.nonNegativeDecimal)))
        XCTAssertEqual(hours("-0.0"), .success(0))
        for bad in ["1.5小时", "2学时", "半天", "三", "1e3", "1.", "1.2.3", "1/2", "１．５h"] {
            XCTAssertEqual(hours(bad), .failure(.notANumber(expected: .nonNegativeDecimal)), bad)
        }
        XCTAssertEqual(hours("1,23.5"), .failure(.badGrouping))
        XCTAssertEqual(hours("12345678901234567890.5"), .failure(.overflow(.nonNegativeDecimal)))
    }

    /// rules §2: hours above 10,000 are invalid.
    func testHoursLimit() {
        XCTAssertEqual(hours("10000"), .success(10000))
        XCTAssertEqual(hours("10,000.000"), .success(10000))
        XCTAssertEqual(hours("0.0000000000000001"), .success(exact("0.0000000000000001")), "scale 16: below any limit")
        XCTAssertEqual(hours("10000.5"), .failure(.overflow(.nonNegativeDecimal)))
        XCTAssertEqual(hours("10000.000000000001"), .failure(.overflow(.nonNegativeDecimal)), "scale 12")
        XCTAssertEqual(hours("10001"), .failure(.overflow(.nonNegativeDecimal)))
        XCTAssertEqual(hours("1000000"), .failure(.overflow(.nonNegativeDecimal)))
    }

    func testCase35AsHours() throws {
        let records = try testDataRecords("35_numeric_units_and_cn_numerals.csv")
        let values = records.dropFirst().map { hours($0[2]) }
        let nan = ValueError.notANumber(expected: .nonNegativeDecimal)
        XCTAssertEqual(values, [.success(2), .failure(nan), .failure(nan), .failure(nan), .failure(nan),
                                .failure(.negative(.nonNegativeDecimal)), .failure(nan)])
    }
}
