import XCTest
@testable import Ingest

/// The whole text of each message, pinned.
final class ValueErrorTests: XCTestCase {
    func testNumberMessages() {
        XCTAssertEqual(ValueError.notANumber(expected: .count).message(found: "2学时"),
                       "expected a whole number ≥ 0 written with digits, found `2学时`")
        XCTAssertEqual(ValueError.notANumber(expected: .nonNegativeDecimal).message(found: "半天"),
                       "expected a number ≥ 0 written with digits, found `半天`")
        XCTAssertEqual(ValueError.negative(.count).message(found: "-1"),
                       "expected a whole number ≥ 0, found `-1`, which is negative")
        XCTAssertEqual(ValueError.fractional.message(found: "12.5"),
                       "expected a whole number, found `12.5`, which has a fraction")
        XCTAssertEqual(ValueError.badGrouping.message(found: "1,23"),
                       "expected thousands separators between groups of three digits (1,234), found `1,23`")
        XCTAssertEqual(ValueError.empty.message(found: ""), "expected a value, found an empty field")
    }

    func testDateMessages() {
        XCTAssertEqual(ValueError.badDate(.yearLast).message(found: "3/5/2017"),
                       "ambiguous order; write the year first (2017-03-05), found `3/5/2017`")
        XCTAssertEqual(ValueError.badDate(.impossible(year: 2017, month: 2, day: 30)).message(found: "2017-02-30"),
                       "`2017-02-30` is not a date: 2017-2-30 does not exist, month 2 of 2017 has 28 days")
        XCTAssertEqual(ValueError.badDate(.impossible(year: 2017, month: 13, day: 1)).message(found: "2017-13-01"),
                       "`2017-13-01` is not a date: there is no month 13")
        XCTAssertEqual(ValueError.badDate(.serialOutOfRange(36525)).message(found: "36525"),
                       "expected an Excel serial day from 36526 (2000-01-01) to 73050 (2099-12-31), found 36525")
        XCTAssertEqual(ValueError.badDate(.unrecognised).message(found: "5-Mar-17"),
                       "expected a date such as 2017-03-05, 2017/3/5, 2017.3.5, 2017年3月5日, 20170305 or an Excel serial day, found `5-Mar-17`")
    }

    func testReasons() {
        XCTAssertEqual(ValueError.badDate(.twoDigitYear).reason, "bad date")
        XCTAssertEqual(ValueError.negative(.count).reason, "negative count")
        XCTAssertEqual(ValueError.negative(.nonNegativeDecimal).reason, "negative number")
        XCTAssertEqual(ValueError.unknownValue(allowed: []).reason, "unknown value")
        XCTAssertEqual(ValueError.notANumber(expected: .count).reason, "not a number")
    }
}
