import XCTest
@testable import XLSXRead

/// Number formats as dates, times, zero-padded or plain numbers (rules §2 *Excel workbooks*).
final class NumberDisplayTests: XCTestCase {
    func testBuiltInFormats() {
        for id in [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58] {
            XCTAssertEqual(NumberDisplay(builtIn: id), .date, "\(id)")
        }
        for id in [18, 20, 32, 34, 55] { XCTAssertEqual(NumberDisplay(builtIn: id), .time(seconds: false), "\(id)") }
        for id in [19, 21, 33, 35, 45, 46, 47, 56] { XCTAssertEqual(NumberDisplay(builtIn: id), .time(seconds: true), "\(id)") }
        for id in [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49] { XCTAssertEqual(NumberDisplay(builtIn: id), .number, "\(id)") }
    }
}
