import Model
import XCTest
@testable import Ingest

/// The whole text of the loader's messages for out-of-range and unknown values, in both
/// languages: each names the file, the line, the key, what was found and what is allowed; the
/// location and the word `error` stay as they are in Chinese too.
final class ConfigLoaderMessageTests: XCTestCase {
    private func configError(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> ConfigError? {
        do {
            _ = try ConfigLoader.parse(yaml, file: "review.yml")
            XCTFail("expected a config error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func assertMessage(_ yaml: String, code: String, zh: String, en: String, file: StaticString = #filePath, line: UInt = #line) {
        let error = configError(yaml, file: file, line: line)
        XCTAssertEqual(error?.code, code, file: file, line: line)
        XCTAssertEqual(error?.rendered(.zh), zh, file: file, line: line)
        XCTAssertEqual(error?.rendered(.en), en, file: file, line: line)
        XCTAssertEqual(error?.description, en, file: file, line: line)
    }

    func testWeightsNotSummingTo100() {
        assertMessage("year: 2017\nweights: {sanhui: 30}\n", code: "config_weights_sum",
                      zh: "review.yml:2: error: weights：合计必须为 100，现为 90（sanhui 30、party_day 20、attendance 20、training 10、org_life 5、democratic_review 5）",
                      en: "review.yml:2: error: weights: must sum to 100; these sum to 90 (sanhui 30, party_day 20, attendance 20, training 10, org_life 5, democratic_review 5)")
    }

    func testWeightsInBlockStyleReportTheirFirstLine() {
        assertMessage("weights:\n  sanhui: 40\n  training: 20\n", code: "config_weights_sum",
                      zh: "review.yml:2: error: weights：合计必须为 100，现为 110（sanhui 40、party_day 20、attendance 20、training 20、org_life 5、democratic_review 5）",
                      en: "review.yml:2: error: weights: must sum to 100; these sum to 110 (sanhui 40, party_day 20, attendance 20, training 20, org_life 5, democratic_review 5)")
    }

    func testNegativeWeight() {
        assertMessage("weights: {sanhui: 45, training: -5}\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: weights.training：不能小于 0，现为 -5",
                      en: "review.yml:1: error: weights.training: must be ≥ 0, found -5")
    }

    func testUnknownScorePart() {
        assertMessage("weights: {sanhui: 40, lectures: 5}\n", code: "config_value_not_allowed",
                      zh: "review.yml:1: error: weights：“lectures”不可用；可用：sanhui、party_day、attendance、training、org_life、democratic_review",
                      en: "review.yml:1: error: weights: `lectures` is not allowed; use one of sanhui, party_day, attendance, training, org_life, democratic_review")
    }

    func testPartyDay32() {
        assertMessage("organisation: 澜江市教育局\n\nparty_day: 32\n", code: "config_out_of_range",
                      zh: "review.yml:3: error: party_day：应为 1 到 31，现为 32",
                      en: "review.yml:3: error: party_day: must be from 1 to 31, found 32")
    }

    func testPartyDayZero() {
        assertMessage("party_day: 0\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: party_day：应为 1 到 31，现为 0",
                      en: "review.yml:1: error: party_day: must be from 1 to 31, found 0")
    }

    func testPartyDayNotANumber() {
        assertMessage("party_day: 月底\n", code: "config_wrong_type",
                      zh: "review.yml:1: error: party_day：应为 1 到 31 的整数，现为“月底”",
                      en: "review.yml:1: error: party_day: expected a whole number from 1 to 31, found `月底`")
    }

    func testNegativeBottomN() {
        assertMessage("bottom_n: -1\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: bottom_n：应为 0 到 100000，现为 -1",
                      en: "review.yml:1: error: bottom_n: must be from 0 to 100000, found -1")
    }

    /// `bottom_share` is read from its digits, exactly (rules §4.2): 0.07 is 70,000 millionths.
    func testBottomShareIsReadExactlyInMillionths() throws {
        let cases: [(String, Int)] = [
            ("0.07", 70_000), ("0.1", 100_000), ("0.10", 100_000), (".5", 500_000), ("1", 1_000_000), ("1.0", 1_000_000),
            ("0", 0), ("0.000001", 1), ("0.1000000", 100_000), ("\"0.25\"", 250_000),
        ]
        for (written, millionths) in cases {
            XCTAssertEqual(try ConfigLoader.parse("bottom_share: \(written)\n", file: "review.yml").bottomShareMillionths, millionths, written)
        }
        XCTAssertEqual(try ConfigLoader.parse("bottom_share:\n", file: "review.yml").bottomShareMillionths, 100_000)
        XCTAssertEqual(ReviewConfig().bottomShareMillionths, 100_000)
    }

    func testBottomShareAsAPercentage() {
        assertMessage("bottom_n: 5\nbottom_share: 10%\n", code: "config_wrong_type",
                      zh: "review.yml:2: error: bottom_share：应为 0 到 1 之间、最多 6 位小数的数，如 0.1 表示 10%，现为“10%”",
                      en: "review.yml:2: error: bottom_share: expected a number from 0 to 1 with at most 6 decimals, e.g. 0.1 for 10 %, found `10%`")
    }

    func testBottomShareAboveOne() {
        assertMessage("bottom_share: 1.5\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: bottom_share：应为 0 到 1 之间、最多 6 位小数的数，如 0.1 表示 10%，现为“1.5”",
                      en: "review.yml:1: error: bottom_share: expected a number from 0 to 1 with at most 6 decimals, e.g. 0.1 for 10 %, found `1.5`")
    }

    func testBottomShareRejectsNegativesSevenDecimalsAndExponents() {
        for (written, code) in [("-0.1", "config_out_of_range"), ("0.0000001", "config_wrong_type"), ("1e-1", "config_wrong_type"),
                                ("一成", "config_wrong_type"), (".", "config_wrong_type"), ("[0.1]", "config_wrong_type")] {
            XCTAssertEqual(configError("bottom_share: \(written)\n")?.code, code, written)
        }
    }

    func testUnknownNormPeriod() {
        assertMessage("norms:\n  party_group: {count: 1, period: weekly}\n", code: "config_value_not_allowed",
                      zh: "review.yml:2: error: norms.party_group.period：“weekly”不可用；可用：month、quarter、year",
                      en: "review.yml:2: error: norms.party_group.period: `weekly` is not allowed; use one of month, quarter, year")
    }

    func testNormWithoutPeriod() {
        assertMessage("norms:\n  lecture: {count: 2}\n", code: "config_missing_key",
                      zh: "review.yml:2: error: norms.lecture：缺少 period（month、quarter 或 year）",
                      en: "review.yml:2: error: norms.lecture: needs a `period` (month, quarter or year)")
    }

    func testNormCountZero() {
        assertMessage("norms:\n  lecture: {count: 0, period: quarter}\n", code: "config_out_of_range",
                      zh: "review.yml:2: error: norms.lecture.count：应为 1 到 366，现为 0",
                      en: "review.yml:2: error: norms.lecture.count: must be from 1 to 366, found 0")
    }

    func testUnknownNorm() {
        assertMessage("norms:\n  study: {count: 1, period: month}\n", code: "config_value_not_allowed",
                      zh: "review.yml:2: error: norms：“study”不可用；可用：branch_general、branch_committee、party_group、lecture、party_day、org_life、democratic_review",
                      en: "review.yml:2: error: norms: `study` is not allowed; use one of branch_general, branch_committee, party_group, lecture, party_day, org_life, democratic_review")
    }

    func testStarThresholdsIncreasing() {
        assertMessage("star_thresholds: {5: 90, 4: 95}\n", code: "config_star_order",
                      zh: "review.yml:1: error: star_thresholds：从5星到2星所需得分不能递增；现在5星为 90，4星为 95",
                      en: "review.yml:1: error: star_thresholds: must not increase from 5 stars down to 2 stars; found 5 stars at 90 and 4 stars at 95")
    }

    func testStarThresholdAbove100() {
        assertMessage("star_thresholds: {5: 120}\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: star_thresholds.5：应在 0 到 100 之间，现为 120",
                      en: "review.yml:1: error: star_thresholds.5: must be between 0 and 100, found 120")
    }

    func testTrainingHoursTargetZero() {
        assertMessage("training_hours_target: 0\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: training_hours_target：应大于 0，现为 0",
                      en: "review.yml:1: error: training_hours_target: must be greater than 0, found 0")
    }

    func testUnknownLanguage() {
        assertMessage("language: fr\n", code: "config_value_not_allowed",
                      zh: "review.yml:1: error: language：“fr”不可用；可用：zh、en",
                      en: "review.yml:1: error: language: `fr` is not allowed; use one of zh, en")
    }

    func testYearOutOfRange() {
        assertMessage("year: 17\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: year：应为 1900 到 9999，现为 17",
                      en: "review.yml:1: error: year: must be from 1900 to 9999, found 17")
    }

    func testUnknownKey() {
        assertMessage("year: 2017\ncolour: red\n", code: "config_unknown_key",
                      zh: "review.yml:2: error: colour：没有这个配置项；可用的配置项：\(ConfigKeys.all.map(\.key).joined(separator: "、"))",
                      en: "review.yml:2: error: colour: unknown key; the keys are \(ConfigKeys.all.map(\.key).joined(separator: ", "))")
    }

    func testUnknownTargetKey() {
        assertMessage("targets:\n  meetings: 5\n", code: "config_value_not_allowed",
                      zh: "review.yml:2: error: targets：“meetings”不可用；可用：\(HeadlineKey.allCases.map(\.rawValue).joined(separator: "、"))",
                      en: "review.yml:2: error: targets: `meetings` is not allowed; use one of \(HeadlineKey.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    func testNegativeTarget() {
        assertMessage("targets: {trainings: -3}\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: targets.trainings：不能小于 0，现为 -3",
                      en: "review.yml:1: error: targets.trainings: must be ≥ 0, found -3")
    }

    func testUnknownAliasGroup() {
        assertMessage("aliases:\n  colour: {red: 红}\n", code: "config_unknown_key",
                      zh: "review.yml:2: error: aliases.colour：没有这个别名组；可用 columns 或：\(ConfigKeys.vocabularies.keys.sorted().joined(separator: "、"))",
                      en: "review.yml:2: error: aliases.colour: unknown group; use columns or one of \(ConfigKeys.vocabularies.keys.sorted().joined(separator: ", "))")
    }

    func testInvalidYAMLNamesTheLine() {
        assertMessage("year: 2017\n  party_day: 3\n", code: "config_invalid_yaml",
                      zh: "review.yml:2: error: 不是有效的 YAML：mapping values are not allowed in this context；请检查这一行的缩进和冒号",
                      en: "review.yml:2: error: not valid YAML: mapping values are not allowed in this context")
    }

    /// YAML's error for a key given twice is several lines with the whole file quoted; it is
    /// one line naming the key, at the line where it is given again.
    func testDuplicateKeyIsOneLineAtItsSecondLine() {
        assertMessage("year: 2017\nparty_day: 3\nyear: 2018\n", code: "config_duplicate_key",
                      zh: "review.yml:3: error: year：这个配置项写了两次（第一次在第1行）；请只保留一个",
                      en: "review.yml:3: error: year: the key is given twice (first on line 1); keep one of them")
    }

    func testDuplicateNestedKeyPassesBlankAndCommentLines() {
        assertMessage("weights:\n  sanhui: 40\n\n  # 三会一课\n  training: 5\n  sanhui: 35\nparty_day: 3\n", code: "config_duplicate_key",
                      zh: "review.yml:6: error: sanhui：这个配置项写了两次（第一次在第2行）；请只保留一个",
                      en: "review.yml:6: error: sanhui: the key is given twice (first on line 2); keep one of them")
    }

    func testDuplicateKeyInAOneLineMapping() {
        assertMessage("year: 2017\nweights: {sanhui: 40, sanhui: 35}\n", code: "config_duplicate_key",
                      zh: "review.yml:2: error: sanhui：这个配置项在同一处写了不止一次；请只保留一个",
                      en: "review.yml:2: error: sanhui: the key is given more than once here; keep one of them")
    }

    func testAnnualMeetingsUntilIsAMonthAndADay() throws {
        XCTAssertEqual(try ConfigLoader.parse("annual_meetings_until: 01-31\n", file: "review.yml").annualMeetingsUntil,
                       MonthDay(month: 1, day: 31))
        XCTAssertEqual(try ConfigLoader.parse("annual_meetings_until: 2-5\n", file: "review.yml").annualMeetingsUntil,
                       MonthDay(month: 2, day: 5))
        // 29 February exists (in leap years); in other years it means the end of February.
        XCTAssertEqual(try ConfigLoader.parse("annual_meetings_until: '02-29'\n", file: "review.yml").annualMeetingsUntil,
                       MonthDay(month: 2, day: 29))
        // Off by default, and when left empty as the template writes it.
        XCTAssertNil(try ConfigLoader.parse("year: 2017\n", file: "review.yml").annualMeetingsUntil)
        XCTAssertNil(try ConfigLoader.parse("annual_meetings_until: # 01-31\n", file: "review.yml").annualMeetingsUntil)
    }

    func testAnnualMeetingsUntilNotAMonthAndADay() {
        assertMessage("year: 2017\nannual_meetings_until: 0131\n", code: "config_wrong_type",
                      zh: "review.yml:2: error: annual_meetings_until：应为“月-日”，如 01-31，现为“0131”",
                      en: "review.yml:2: error: annual_meetings_until: expected a month and day as MM-DD, e.g. 01-31, found `0131`")
        assertMessage("annual_meetings_until: 2018-01-31\n", code: "config_wrong_type",
                      zh: "review.yml:1: error: annual_meetings_until：应为“月-日”，如 01-31，现为“2018-01-31”",
                      en: "review.yml:1: error: annual_meetings_until: expected a month and day as MM-DD, e.g. 01-31, found `2018-01-31`")
    }

    func testAnnualMeetingsUntilADayNoYearHas() {
        assertMessage("annual_meetings_until: 02-30\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: annual_meetings_until：一年中没有“02-30”这一天；请写如 01-31 或 02-28 的日期",
                      en: "review.yml:1: error: annual_meetings_until: `02-30` is not a day of the year; write e.g. 01-31 or 02-28")
        assertMessage("annual_meetings_until: 13-01\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: annual_meetings_until：一年中没有“13-01”这一天；请写如 01-31 或 02-28 的日期",
                      en: "review.yml:1: error: annual_meetings_until: `13-01` is not a day of the year; write e.g. 01-31 or 02-28")
    }

    func testTheFileItself() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("review.yml").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data([0x79, 0x65, 0x61, 0x72, 0x3A, 0x20, 0xC4, 0xEA])))
        do {
            _ = try ConfigLoader.load(path: path)
            XCTFail("expected a config error")
        } catch {
            XCTAssertEqual(error.code, "config_not_utf8")
            XCTAssertEqual(error.rendered(.zh), "review.yml: error: 不是 UTF-8 文本；请另存为 UTF-8")
            XCTAssertEqual(error.rendered(.en), "review.yml: error: is not UTF-8 text; save it as UTF-8")
        }
    }
}
