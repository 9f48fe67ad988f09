import Model
import XCTest
@testable import Ingest

/// The whole text of each message, pinned in both languages, and its code.
final class ValueErrorTests: XCTestCase {
    private func assertText(_ error: ValueError, column: String, found: String, zh: String, en: String,
                            file: StaticString = #filePath, line: UInt = #line) {
        let text = error.text(column: column, found: found)
        XCTAssertEqual(text.zh, zh, file: file, line: line)
        XCTAssertEqual(text.en, en, file: file, line: line)
    }

    func testNumberMessages() {
        assertText(.notANumber(expected: .count), column: "听课人数", found: "2学时",
                   zh: "听课人数“2学时”不是整数；请只填数字（如 12），不带单位或汉字。",
                   en: "听课人数 `2学时` is not a whole number; write digits only (12), without units or words.")
        assertText(.notANumber(expected: .nonNegativeDecimal), column: "hours", found: "半天",
                   zh: "hours“半天”不是数字；请只填数字（如 1.5），不带单位或汉字。",
                   en: "hours `半天` is not a number; write digits only (1.5), without units or words.")
        assertText(.negative(.count), column: "参训人数", found: "-2",
                   zh: "参训人数“-2”是负数；此列不能小于 0。", en: "参训人数 `-2` is negative; it cannot be below 0.")
        assertText(.fractional, column: "党员数", found: "12.5",
                   zh: "党员数“12.5”带小数；此列应为整数。", en: "党员数 `12.5` has a fraction; it must be a whole number.")
        assertText(.badGrouping, column: "学生数", found: "1,23",
                   zh: "学生数“1,23”的千位分隔符位置不对；应每三位一个（如 1,234），也可不用。",
                   en: "学生数 `1,23` has misplaced thousands separators; use groups of three (1,234) or none.")
        assertText(.overflow(.count), column: "参训人数", found: "1000000001",
                   zh: "参训人数“1000000001”过大；此列不能超过 1,000,000,000。",
                   en: "参训人数 `1000000001` is too large; it cannot exceed 1,000,000,000.")
        assertText(.overflow(.nonNegativeDecimal), column: "学时", found: "24000",
                   zh: "学时“24000”过大；此列不能超过 10,000。", en: "学时 `24000` is too large; it cannot exceed 10,000.")
        assertText(.empty, column: "日期", found: "",
                   zh: "日期为空；此列必须填写。", en: "日期 is empty; this column is required.")
    }

    func testDateMessages() {
        assertText(.badDate(.yearLast), column: "日期", found: "3/5/2017",
                   zh: "日期“3/5/2017”年份在后，分不清月和日；请把年份写在前面，如 2017-03-05。",
                   en: "日期 `3/5/2017` has the year last, so day and month are ambiguous; write the year first (2017-03-05).")
        assertText(.badDate(.impossible(year: 2017, month: 2, day: 30)), column: "日期", found: "2017-02-30",
                   zh: "日期“2017-02-30”不是有效日期：2017年2月只有 28 天。",
                   en: "日期 `2017-02-30` is not a date: month 2 of 2017 has 28 days.")
        assertText(.badDate(.impossible(year: 2017, month: 13, day: 1)), column: "date", found: "2017-13-01",
                   zh: "date“2017-13-01”不是有效日期：没有 13 月。", en: "date `2017-13-01` is not a date: there is no month 13.")
        assertText(.badDate(.impossible(year: 0, month: 1, day: 1)), column: "date", found: "0000-01-01",
                   zh: "date“0000-01-01”不是有效日期：没有公元 0 年。", en: "date `0000-01-01` is not a date: there is no year 0.")
        assertText(.badDate(.serialOutOfRange(36525)), column: "日期", found: "36525",
                   zh: "日期“36525”超出 Excel 日期序号的范围（36526–73050，即 2000 年至 2099 年）。",
                   en: "日期 `36525` is outside the Excel serial days 36526–73050 (2000 to 2099).")
        assertText(.badDate(.unrecognised), column: "日期", found: "5-Mar-17",
                   zh: "日期“5-Mar-17”不是可识别的日期；请写成 2017-03-05、2017/3/5 或 2017年3月5日。",
                   en: "日期 `5-Mar-17` is not a date; write it as 2017-03-05, 2017/3/5 or 2017年3月5日.")
        assertText(.badDate(.twoDigitYear), column: "日期", found: "17-3-5",
                   zh: "日期“17-3-5”的年份只有两位；请写四位年份，如 2017-03-05。",
                   en: "日期 `17-3-5` has a two-digit year; write all four digits (2017-03-05).")
        assertText(.badDate(.chineseNumerals), column: "日期", found: "二〇一七年三月五日",
                   zh: "日期“二〇一七年三月五日”用了汉字数字；请用阿拉伯数字，如 2017年3月5日。",
                   en: "日期 `二〇一七年三月五日` is written with Chinese numerals; use digits (2017年3月5日).")
    }

    func testTextMessages() {
        assertText(.invalidText(.nul), column: "主讲人", found: "王\\0五",
                   zh: "主讲人“王\\0五”含有空字符（NUL）；请删除后重新保存。",
                   en: "主讲人 `王\\0五` holds a NUL character; delete it and save again.")
    }

    /// Worked out by hand: 支部会议 is one substitution (部 → 委) from 支委会议, and two from
    /// 支部大会, so the nearest spelling is 支委会议, as the table writes it.
    func testUnknownValueMessages() {
        assertText(.unknownValue(.meeting_type, nearest: "支委会议"), column: "会议类型", found: "支部会议",
                   zh: "会议类型“支部会议”不是可识别的会议类型；是否应为“支委会议”？可在 review.yml 的 aliases.meeting_type 中添加别名。",
                   en: "会议类型 `支部会议` is not a known meeting type; did you mean `支委会议`? Add an alias under aliases.meeting_type in review.yml.")
        assertText(.unknownValue(.locale, nearest: nil), column: "城乡", found: "火星",
                   zh: "城乡“火星”不是可识别的城乡类别（可用写法见 docs/values.md）；可在 review.yml 的 aliases.locale 中添加别名。",
                   en: "城乡 `火星` is not a known locale (see docs/values.md); add an alias under aliases.locale in review.yml.")
        assertText(.sanhuiIsNotAType, column: "会议类型", found: "三会一课",
                   zh: "会议类型“三会一课”是三种会议和党课的合称，不是一种会议类型；请填写支部党员大会、支委会或党小组会，党课请记入党课记录（lectures.csv）。",
                   en: "会议类型 `三会一课` is four kinds of meeting, not one type; write 支部党员大会, 支委会 or 党小组会 here, or record the lecture in lectures.csv (党课记录).")
    }

    /// A message stays one line of about 160 characters at most, however long the value.
    func testLongValuesAreCut() {
        let long = String(repeating: "很长的会议名称", count: 20)
        let text = ValueError.unknownValue(.meeting_type, nearest: "党委(扩大)会议").text(column: "会议类型（必填）", found: long)
        XCTAssertTrue(text.zh.contains("“很长的会议名称很长的会议名称很长的会议名称很长…”"), text.zh)
        for message in [text.zh, text.en] { XCTAssertLessThanOrEqual(message.count, 160, message) }
        let sanhui = ValueError.sanhuiIsNotAType.text(column: "会议类型", found: "三会一课会议")
        for message in [sanhui.zh, sanhui.en] { XCTAssertLessThanOrEqual(message.count, 160, message) }
    }

    func testCodes() {
        XCTAssertEqual(ValueError.empty.code, "empty_value")
        XCTAssertEqual(ValueError.notANumber(expected: .count).code, "not_a_number")
        XCTAssertEqual(ValueError.negative(.count).code, "negative_number")
        XCTAssertEqual(ValueError.negative(.nonNegativeDecimal).code, "negative_number")
        XCTAssertEqual(ValueError.fractional.code, "not_a_whole_number")
        XCTAssertEqual(ValueError.badGrouping.code, "bad_thousands_separator")
        XCTAssertEqual(ValueError.overflow(.count).code, "number_too_large")
        XCTAssertEqual(ValueError.badDate(.twoDigitYear).code, "bad_date")
        XCTAssertEqual(ValueError.unknownValue(.level, nearest: nil).code, "unknown_value")
        XCTAssertEqual(ValueError.sanhuiIsNotAType.code, "sanhui_not_a_type")
        XCTAssertEqual(ValueError.invalidText(.nul).code, "invalid_text")
    }
}
