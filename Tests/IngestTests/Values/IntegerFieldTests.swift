import Foundation
import XCTest
@testable import Ingest

final class IntegerFieldTests: XCTestCase {
    private func count(_ s: String) -> Result<Int?, ValueError> { decoded(s, IntegerField.count) }
    private func integer(_ s: String) -> Result<Int?, ValueError> { decoded(s, IntegerField.integer) }

    func testPlainDigits() {
        XCTAssertEqual(count("0"), .success(0))
        XCTAssertEqual(count("2"), .success(2))
        XCTAssertEqual(count("007"), .success(7))
        XCTAssertEqual(count("1234567"), .success(1_234_567))
        XCTAssertEqual(count("+5"), .success(5), "a leading + is accepted")
    }

    func testEmptyIsNil() {
        XCTAssertEqual(count(""), .success(nil))
        XCTAssertEqual(count(" \u{3000} "), .success(nil))
    }

    func testFullWidthDigits() {
        XCTAssertEqual(count("１２３"), .success(123))
        XCTAssertEqual(count("１，２３４"), .success(1234), "NFKC makes U+FF0C an ASCII comma")
        XCTAssertEqual(count("１２．０"), .success(12))
        XCTAssertEqual(integer("－３"), .success(-3))
    }

    func testThousandsSeparators() {
        XCTAssertEqual(count("1,234"), .success(1234))
        XCTAssertEqual(count("12,345,678"), .success(12_345_678))
        XCTAssertEqual(count("123,456"), .success(123_456))
        XCTAssertEqual(count("1,234.00"), .success(1234))
        for bad in ["1,23", "12,34", "1234,567", ",123", "1,", "1,,234", "1,2345", "1,234,56"] {
            XCTAssertEqual(count(bad), .failure(.badGrouping), bad)
        }
    }

    func testZeroFractionIsWhole() {
        XCTAssertEqual(count("12.0"), .success(12))
        XCTAssertEqual(count("12.00"), .success(12))
        XCTAssertEqual(count(".0"), .success(0))
        XCTAssertEqual(count("12.5"), .failure(.fractional))
        XCTAssertEqual(count("12.05"), .failure(.fractional))
    }

    func testNegatives() {
        XCTAssertEqual(integer("-1"), .success(-1))
        XCTAssertEqual(integer("-1,234"), .success(-1234))
        XCTAssertEqual(count("-1"), .failure(.negative(.count)))
        XCTAssertEqual(ValueError.negative(.count).code, "negative_number")
        XCTAssertEqual(count("-0"), .success(0), "minus zero is zero")
    }

    func testNotANumber() {
        for bad in ["2学时", "三", "半天", "1e3", "1E3", "12.", "+", "-", ".", "1 234", "0x10", "1.2.3", "--1", "#N/A", "1.5小时", "12a"] {
            XCTAssertEqual(count(bad), .failure(.notANumber(expected: .count)), bad)
        }
        XCTAssertEqual(integer("abc"), .failure(.notANumber(expected: .integer)))
    }

    func testOverflow() {
        XCTAssertEqual(integer("9223372036854775807"), .success(Int.max))
        XCTAssertEqual(integer("9223372036854775808"), .failure(.overflow(.integer)))
        XCTAssertEqual(integer("99999999999999999999999"), .failure(.overflow(.integer)))
    }

    /// rules §2: a count above 1,000,000,000 is invalid.
    func testCountLimit() {
        XCTAssertEqual(count("1000000000"), .success(1_000_000_000))
        XCTAssertEqual(count("1,000,000,000.0"), .success(1_000_000_000))
        XCTAssertEqual(count("1000000001"), .failure(.overflow(.count)))
        XCTAssertEqual(count("1,000,000,001"), .failure(.overflow(.count)))
        XCTAssertEqual(count("9223372036854775808"), .failure(.overflow(.count)))
        XCTAssertEqual(integer("1000000001"), .success(1_000_000_001), "only counts have the limit")
    }

    func testCase15FullWidthFile() throws {
        let records = try testDataRecords("15_fullwidth_digits.csv")
        XCTAssertEqual(decoded(records[1][0], IntegerField.count), .success(1))
        XCTAssertEqual(decoded(records[1][3], FieldText.text), .success("T0001"))
        XCTAssertEqual(decoded(records[1][5], DateField.day).map { $0?.description }, .success("2017-03-05"))
        XCTAssertEqual(decoded(records[1][6], IntegerField.count), .success(2))
        XCTAssertEqual(decoded(records[2][5], DateField.day).map { $0?.description }, .success("2017-04-12"))
        XCTAssertEqual(decoded(records[2][6], DecimalField.nonNegative).map { $0?.decimal }, .success(Decimal(string: "1.5")))
    }

    func testCase22ThousandsSeparators() {
        // Field values as the CSV reader gives them (quotes removed).
        XCTAssertEqual(count("1,234"), .success(1234))
        XCTAssertEqual(count("12,345.50"), .failure(.fractional))
        // As hours, 12,345.5 is read, and is above the 10,000 hours a row may give (rules §2).
        XCTAssertEqual(decoded("12,345.50", DecimalField.nonNegative).map { $0?.decimal }, .failure(.overflow(.nonNegativeDecimal)))
        XCTAssertEqual(decoded("1,234.50", DecimalField.nonNegative).map { $0?.decimal }, .success(Decimal(string: "1234.5")))
        XCTAssertEqual(count("1,23"), .failure(.badGrouping))
    }

    func testCase35UnitsAndNumerals() throws {
        let records = try testDataRecords("35_numeric_units_and_cn_numerals.csv")
        let expected: [Result<Int?, ValueError>] = [
            .success(2), .failure(.notANumber(expected: .count)), .failure(.notANumber(expected: .count)),
            .failure(.notANumber(expected: .count)), .failure(.notANumber(expected: .count)),
            .failure(.negative(.count)), .failure(.notANumber(expected: .count)),
        ]
        XCTAssertEqual(records.count - 1, expected.count)
        for (record, expectation) in zip(records.dropFirst(), expected) {
            XCTAssertEqual(decoded(record[2], IntegerField.count), expectation, record[2])
        }
    }
}
