import Model
import XCTest
@testable import Ingest

final class DateFieldTests: XCTestCase {
    private func day(_ s: String) -> Result<String?, ValueError> {
        decoded(s, DateField.day).map { $0?.description }
    }
    private func problem(_ s: String) -> ValueError.DateProblem? {
        if case .failure(.badDate(let problem)) = day(s) { return problem }
        return nil
    }

    func testSeparatedForms() {
        for form in ["2017-03-05", "2017/3/5", "2017.3.5", "2017-3-5", "2017/03/05", "2017.03.05", "2017-3-05", "2017-03-5"] {
            XCTAssertEqual(day(form), .success("2017-03-05"), form)
        }
        XCTAssertEqual(day("2017-12-31"), .success("2017-12-31"))
        XCTAssertEqual(day("1900-01-01"), .success("1900-01-01"), "valid though out of period")
        // Ten bytes shaped like the ISO form that are not all digits take the general path.
        XCTAssertEqual(problem("2017-03-0a"), .unrecognised)
        XCTAssertEqual(problem("2017-1-234"), .unrecognised)
    }

    func testChineseForm() {
        XCTAssertEqual(day("2017年3月5日"), .success("2017-03-05"))
        XCTAssertEqual(day("2017年03月05日"), .success("2017-03-05"))
        XCTAssertEqual(day("2017年12月31日 14:30:00"), .success("2017-12-31"))
        XCTAssertEqual(problem("2017年3月5"), .unrecognised)
        XCTAssertEqual(problem("17年3月5日"), .twoDigitYear)
    }

    func testEightDigits() {
        XCTAssertEqual(day("20170305"), .success("2017-03-05"))
        XCTAssertEqual(day("20170305 0:00"), .success("2017-03-05"))
        XCTAssertEqual(problem("20170230"), .impossible(year: 2017, month: 2, day: 30))
        XCTAssertEqual(problem("20171301"), .impossible(year: 2017, month: 13, day: 1))
    }

    func testTimesAreIgnored() {
        XCTAssertEqual(day("2017/3/5 0:00"), .success("2017-03-05"))
        XCTAssertEqual(day("2017-03-05 14:30:00"), .success("2017-03-05"))
        XCTAssertEqual(day("2017-03-05 8:30"), .success("2017-03-05"))
        XCTAssertEqual(day("2017-03-05\t23:59:59"), .success("2017-03-05"))
        XCTAssertEqual(day("2017-03-05   0:00"), .success("2017-03-05"))
        for bad in ["2017-03-05 24:00", "2017-03-05 0:60", "2017-03-05 0", "2017-03-05 0:0", "2017-03-05 noon",
                    "2017-03-05 0:00:00:00", "2017-03-05 0:00 PM", "2017-03-05 123:00"] {
            XCTAssertEqual(problem(bad), .badTime, bad)
        }
        XCTAssertEqual(problem("2017-03-05T08:30:00"), .isoTime)
        XCTAssertEqual(problem("2017-03-05T08:30:00Z"), .isoTime)
        XCTAssertEqual(problem("20170305T0830"), .isoTime)
    }

    func testExcelSerials() {
        XCTAssertEqual(day("42799"), .success("2017-03-05"))
        XCTAssertEqual(day("36526"), .success("2000-01-01"))
        XCTAssertEqual(day("73050"), .success("2099-12-31"))
        XCTAssertEqual(day("42795"), .success("2017-03-01"))
        XCTAssertEqual(day("42794"), .success("2017-02-28"))
        XCTAssertEqual(day("36585"), .success("2000-02-29"), "2000 is a leap year")
        XCTAssertEqual(problem("36525"), .serialOutOfRange(36525))
        XCTAssertEqual(problem("73051"), .serialOutOfRange(73051))
        XCTAssertEqual(problem("10000"), .serialOutOfRange(10000))
        XCTAssertEqual(problem("42799.5"), .fractionalSerial)
        XCTAssertEqual(problem("42799.0"), .fractionalSerial)
        XCTAssertEqual(problem("42799 0:00"), .unrecognised, "a serial takes no time")
        XCTAssertEqual(problem("-42799"), .unrecognised)
    }

    func testOtherDigitStrings() {
        for digits in ["60", "1", "2017", "123456", "1234567", "201703051", "0"] {
            XCTAssertEqual(problem(digits), .digitString, digits)
        }
    }

    func testImpossibleDates() {
        XCTAssertEqual(problem("2017-02-30"), .impossible(year: 2017, month: 2, day: 30))
        XCTAssertEqual(problem("2017-02-29"), .impossible(year: 2017, month: 2, day: 29))
        XCTAssertEqual(day("2016-02-29"), .success("2016-02-29"))
        XCTAssertEqual(day("2000-02-29"), .success("2000-02-29"))
        XCTAssertEqual(problem("1900-02-29"), .impossible(year: 1900, month: 2, day: 29), "1900 is no leap year")
        XCTAssertEqual(problem("2100-02-29"), .impossible(year: 2100, month: 2, day: 29))
        XCTAssertEqual(problem("2017-13-01"), .impossible(year: 2017, month: 13, day: 1))
        XCTAssertEqual(problem("2017-00-10"), .impossible(year: 2017, month: 0, day: 10))
        XCTAssertEqual(problem("2017-04-31"), .impossible(year: 2017, month: 4, day: 31))
        XCTAssertEqual(problem("0000-00-00"), .impossible(year: 0, month: 0, day: 0))
    }

    func testOrderAndYearRejections() {
        XCTAssertEqual(problem("3/5/2017"), .yearLast)
        XCTAssertEqual(problem("25/12/2017"), .yearLast)
        XCTAssertEqual(problem("3/25/2017"), .yearLast)
        XCTAssertEqual(problem("5-3-2017"), .yearLast)
        XCTAssertEqual(problem("17-3-5"), .twoDigitYear)
        XCTAssertEqual(problem("17/03/05"), .twoDigitYear)
        XCTAssertEqual(problem("2017-3/5"), .mixedSeparators)
        XCTAssertEqual(problem("2017/3-5"), .mixedSeparators)
        XCTAssertEqual(problem("2017-003-05"), .unrecognised)
        XCTAssertEqual(problem("2017-3"), .unrecognised)
        XCTAssertEqual(problem("17-3-5-1"), .unrecognised)
        XCTAssertEqual(problem("02017-3-5"), .unrecognised)
    }

    func testWordsAndNumerals() {
        XCTAssertEqual(problem("5-Mar-17"), .unrecognised)
        XCTAssertEqual(problem("March 5, 2017"), .unrecognised)
        XCTAssertEqual(problem("3 March 2017"), .unrecognised)
        XCTAssertEqual(problem("#VALUE!"), .unrecognised)
        XCTAssertEqual(problem("二〇一七年三月五日"), .chineseNumerals)
        XCTAssertEqual(problem("2017年三月五日"), .chineseNumerals)
    }

    func testFullWidthAndWhitespace() {
        XCTAssertEqual(day("２０１７－０３－０５"), .success("2017-03-05"))
        XCTAssertEqual(day("２０１７／３／５"), .success("2017-03-05"))
        XCTAssertEqual(day("２０１７年３月５日"), .success("2017-03-05"))
        XCTAssertEqual(day("４２７９９"), .success("2017-03-05"))
        XCTAssertEqual(day(" 2017-03-05 "), .success("2017-03-05"))
        XCTAssertEqual(day("\u{3000}2017/3/5 0:00\u{200B}"), .success("2017-03-05"))
        XCTAssertEqual(day(" \t "), .success(nil))
    }

    /// csv-realworld 31: each row's date, with the verdict of rules §2 written here by hand (the
    /// file's own expectation column accepts `3/25/2017`, `5-Mar-17` and ISO `T`; the rules reject them).
    func testCase31DateFormatsFile() throws {
        let records = try testDataRecords("31_date_formats.csv")
        let ok = Result<String?, ValueError>.success("2017-03-05")
        let expected: [Result<String?, ValueError>] = [
            ok, ok, ok, ok, ok, ok, ok,                 // 2017-03-05 … 42799
            .failure(.badDate(.yearLast)),             // 3/5/2017
            .failure(.badDate(.yearLast)),             // 3/25/2017
            ok, ok,                                    // 2017-3-5, 2017/3/5 0:00
            .failure(.badDate(.isoTime)),              // 2017-03-05T08:30:00
            .failure(.badDate(.twoDigitYear)),         // 17-3-5
            .failure(.badDate(.unrecognised)),         // 5-Mar-17
            ok, ok,                                    // full-width, trailing space
            .failure(.badDate(.chineseNumerals)),      // 二〇一七年三月五日
        ]
        XCTAssertEqual(records.count - 1, expected.count)
        for (record, expectation) in zip(records.dropFirst(), expected) {
            XCTAssertEqual(day(record[1]), expectation, "line \(record[0]): \(record[1])")
        }
    }

    func testCase32InvalidDatesFile() throws {
        let records = try testDataRecords("32_invalid_dates.csv")
        let expected: [Result<String?, ValueError>] = [
            .failure(.badDate(.impossible(year: 2017, month: 2, day: 30))),
            .failure(.badDate(.impossible(year: 2017, month: 2, day: 29))),
            .failure(.badDate(.impossible(year: 2017, month: 13, day: 1))),
            .failure(.badDate(.impossible(year: 2017, month: 0, day: 10))),
            .failure(.badDate(.impossible(year: 2017, month: 2, day: 30))),
            .failure(.badDate(.impossible(year: 0, month: 0, day: 0))),
            .failure(.badDate(.impossible(year: 1900, month: 1, day: 0))),
            .failure(.badDate(.digitString)),
            .failure(.badDate(.unrecognised)),
            .success(nil),   // empty: the row rules reject it as a required empty value
        ]
        XCTAssertEqual(records.count - 1, expected.count)
        for (record, expectation) in zip(records.dropFirst(), expected) {
            XCTAssertEqual(day(record[1]), expectation, "row \(record[0]): \(record[1])")
        }
    }

    func testCase33DatesOutsideTheYearAreValidDates() throws {
        let records = try testDataRecords("33_dates_outside_review_year.csv")
        let expected = ["2016-12-31", "2017-01-01", "2017-12-31", "2018-01-01", "1900-01-01", "2099-12-31",
                        "2017-09-01", "2018-06-30"]
        XCTAssertEqual(records.dropFirst().map { day($0[1]) }, expected.map { .success($0) })
    }
}
