import Foundation
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

    /// Odd ways of writing a key twice: still one line, at the second.
    func testDuplicateKeysNestedQuotedOrMerged() {
        assertMessage("aliases:\n  meeting_type:\n    branch_general: [a]\n    branch_general: [b]\n", code: "config_duplicate_key",
                      zh: "review.yml:4: error: branch_general：这个配置项写了两次（第一次在第3行）；请只保留一个",
                      en: "review.yml:4: error: branch_general: the key is given twice (first on line 3); keep one of them")
        assertMessage("\"year\": 2017\n'year': 2018\n", code: "config_duplicate_key",
                      zh: "review.yml:2: error: year：这个配置项写了两次（第一次在第1行）；请只保留一个",
                      en: "review.yml:2: error: year: the key is given twice (first on line 1); keep one of them")
        assertMessage("targets: &t\n  lectures: 1\nnext_year_targets:\n  <<: *t\n  <<: *t\n", code: "config_duplicate_key",
                      zh: "review.yml:5: error: <<：这个配置项写了两次（第一次在第4行）；请只保留一个",
                      en: "review.yml:5: error: <<: the key is given twice (first on line 4); keep one of them")
    }

    /// Targets are counts of what the logs hold, at most 10^9 each (rules §2); person-hours are
    /// participants times hours, at most 10^9 × 10^4.
    func testTargetsAboveWhatALogCanHold() throws {
        assertMessage("targets:\n  lectures: 1e19\n", code: "config_out_of_range",
                      zh: "review.yml:2: error: targets.lectures：不能大于 1000000000，现为 1e+19",
                      en: "review.yml:2: error: targets.lectures: must be at most 1000000000, found 1e+19")
        assertMessage("next_year_targets: {trainings: 1000000001}\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: next_year_targets.trainings：不能大于 1000000000，现为 1000000001",
                      en: "review.yml:1: error: next_year_targets.trainings: must be at most 1000000000, found 1000000001")
        assertMessage("targets: {training_person_hours: 10000000000000.5}\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: targets.training_person_hours：不能大于 10000000000000，现为 10000000000000.5",
                      en: "review.yml:1: error: targets.training_person_hours: must be at most 10000000000000, found 10000000000000.5")
        let config = try ConfigLoader.parse("targets: {lectures: 1000000000, training_person_hours: 10000000000000}\n", file: "review.yml")
        XCTAssertEqual(config.targets, [.lectures: 1e9, .training_person_hours: 1e13])
    }

    func testTrainingHoursTargetAboveTheHoursLimit() throws {
        assertMessage("training_hours_target: 10001\n", code: "config_out_of_range",
                      zh: "review.yml:1: error: training_hours_target：不能大于 10000，现为 10001",
                      en: "review.yml:1: error: training_hours_target: must be at most 10000, found 10001")
        XCTAssertEqual(try ConfigLoader.parse("training_hours_target: 10000\n", file: "review.yml").trainingHoursTarget, 10_000)
    }

    /// The organisation and the title are one line of text: a control character is refused
    /// here, not at the workbook's write.
    func testControlCharactersInTheOrganisationOrTitle() {
        assertMessage("organisation: \"甲\\t乙\"\n", code: "config_control_character",
                      zh: "review.yml:1: error: organisation：第2个字符是控制字符 U+0009；名称和标题只能是一行文字，请删去其中的换行、制表符等字符",
                      en: "review.yml:1: error: organisation: character 2 is the control character U+0009; a name or title is one line of text: remove its line breaks, tabs and the like")
        assertMessage("year: 2017\ntitle: |\n  年度评估\n", code: "config_control_character",
                      zh: "review.yml:2: error: title：第5个字符是控制字符 U+000A；名称和标题只能是一行文字，请删去其中的换行、制表符等字符",
                      en: "review.yml:2: error: title: character 5 is the control character U+000A; a name or title is one line of text: remove its line breaks, tabs and the like")
        assertMessage("title: \"甲\\u2028乙\\x7F\"\n", code: "config_control_character",
                      zh: "review.yml:1: error: title：第2个字符是控制字符 U+2028；名称和标题只能是一行文字，请删去其中的换行、制表符等字符",
                      en: "review.yml:1: error: title: character 2 is the control character U+2028; a name or title is one line of text: remove its line breaks, tabs and the like")
    }

    /// A folder (or a pipe, or a broken link) where the config should be is an error, not the
    /// defaults; a pipe is not opened (it would wait for a writer).
    func testAConfigThatIsNoRegularFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/review.yml", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(mkfifo(folder + "/pipe.yml", 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.yml", withDestinationPath: "gone.yml")
        for name in ["review.yml", "pipe.yml", "link.yml"] {
            XCTAssertThrowsError(try ConfigLoader.read(path: folder + "/" + name)) { error in
                guard let error = error as? ConfigError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.code, "config_unreadable")
                XCTAssertEqual(error.rendered(.en), "\(name): error: is not a regular file that can be read (a folder, a pipe or a broken link); put the config file there or move it away")
                XCTAssertEqual(error.rendered(.zh), "\(name): error: 不是可读取的普通文件（是文件夹、管道或失效的链接）；请换成配置文件，或移走它")
            }
        }
        XCTAssertNil(try ConfigLoader.read(path: folder + "/absent.yml").bytes)
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
