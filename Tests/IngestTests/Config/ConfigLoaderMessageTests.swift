import Model
import XCTest
@testable import Ingest

/// The whole text of the loader's messages for out-of-range and unknown values: each names the
/// file, the line, the key, what was found and what is allowed.
final class ConfigLoaderMessageTests: XCTestCase {
    private func message(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            _ = try ConfigLoader.parse(yaml, file: "review.yml")
            XCTFail("expected a config error", file: file, line: line)
            return nil
        } catch {
            return error.description
        }
    }

    func testWeightsNotSummingTo100() {
        XCTAssertEqual(message("year: 2017\nweights: {sanhui: 30}\n"),
                       "review.yml:2: error: weights: must sum to 100; these sum to 90 (sanhui 30, party_day 20, attendance 20, training 10, org_life 5, democratic_review 5)")
    }

    func testWeightsInBlockStyleReportTheirFirstLine() {
        XCTAssertEqual(message("weights:\n  sanhui: 40\n  training: 20\n"),
                       "review.yml:2: error: weights: must sum to 100; these sum to 110 (sanhui 40, party_day 20, attendance 20, training 20, org_life 5, democratic_review 5)")
    }

    func testNegativeWeight() {
        XCTAssertEqual(message("weights: {sanhui: 45, training: -5}\n"),
                       "review.yml:1: error: weights.training: must be ≥ 0, found -5")
    }

    func testUnknownScorePart() {
        XCTAssertEqual(message("weights: {sanhui: 40, lectures: 5}\n"),
                       "review.yml:1: error: weights: `lectures` is not allowed; use one of sanhui, party_day, attendance, training, org_life, democratic_review")
    }

    func testPartyDay32() {
        XCTAssertEqual(message("organisation: 澜江市教育局\n\nparty_day: 32\n"),
                       "review.yml:3: error: party_day: must be from 1 to 31, found 32")
    }

    func testPartyDayZero() {
        XCTAssertEqual(message("party_day: 0\n"), "review.yml:1: error: party_day: must be from 1 to 31, found 0")
    }

    func testPartyDayNotANumber() {
        XCTAssertEqual(message("party_day: 月底\n"),
                       "review.yml:1: error: party_day: expected a whole number from 1 to 31, found `月底`")
    }

    func testNegativeBottomN() {
        XCTAssertEqual(message("bottom_n: -1\n"), "review.yml:1: error: bottom_n: must be from 0 to 100000, found -1")
    }

    func testUnknownNormPeriod() {
        XCTAssertEqual(message("norms:\n  party_group: {count: 1, period: weekly}\n"),
                       "review.yml:2: error: norms.party_group.period: `weekly` is not allowed; use one of month, quarter, year")
    }

    func testNormWithoutPeriod() {
        XCTAssertEqual(message("norms:\n  lecture: {count: 2}\n"),
                       "review.yml:2: error: norms.lecture: needs a `period` (month, quarter or year)")
    }

    func testNormCountZero() {
        XCTAssertEqual(message("norms:\n  lecture: {count: 0, period: quarter}\n"),
                       "review.yml:2: error: norms.lecture.count: must be from 1 to 366, found 0")
    }

    func testUnknownNorm() {
        XCTAssertEqual(message("norms:\n  study: {count: 1, period: month}\n"),
                       "review.yml:2: error: norms: `study` is not allowed; use one of branch_general, branch_committee, party_group, lecture, party_day, org_life, democratic_review")
    }

    func testStarThresholdsIncreasing() {
        XCTAssertEqual(message("star_thresholds: {5: 90, 4: 95}\n"),
                       "review.yml:1: error: star_thresholds: must not increase from 5 stars down to 2 stars; found 5 stars at 90 and 4 stars at 95")
    }

    func testStarThresholdAbove100() {
        XCTAssertEqual(message("star_thresholds: {5: 120}\n"),
                       "review.yml:1: error: star_thresholds.5: must be between 0 and 100, found 120")
    }

    func testTrainingHoursTargetZero() {
        XCTAssertEqual(message("training_hours_target: 0\n"),
                       "review.yml:1: error: training_hours_target: must be greater than 0, found 0")
    }

    func testUnknownLanguage() {
        XCTAssertEqual(message("language: fr\n"), "review.yml:1: error: language: `fr` is not allowed; use one of zh, en")
    }

    func testYearOutOfRange() {
        XCTAssertEqual(message("year: 17\n"), "review.yml:1: error: year: must be from 1900 to 9999, found 17")
    }

    func testUnknownKey() {
        XCTAssertEqual(message("year: 2017\ncolour: red\n"),
                       "review.yml:2: error: colour: unknown key; the keys are \(ConfigKeys.all.map(\.key).joined(separator: ", "))")
    }

    func testUnknownTargetKey() {
        XCTAssertEqual(message("targets:\n  meetings: 5\n"),
                       "review.yml:2: error: targets: `meetings` is not allowed; use one of \(HeadlineKey.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    func testNegativeTarget() {
        XCTAssertEqual(message("targets: {trainings: -3}\n"), "review.yml:1: error: targets.trainings: must be ≥ 0, found -3")
    }

    func testUnknownAliasGroup() {
        XCTAssertEqual(message("aliases:\n  colour: {red: 红}\n"),
                       "review.yml:2: error: aliases.colour: unknown group; use columns or one of \(ConfigKeys.vocabularies.keys.sorted().joined(separator: ", "))")
    }

    func testInvalidYAMLNamesTheLine() {
        XCTAssertEqual(message("year: 2017\n  party_day: 3\n"),
                       "review.yml:2: error: not valid YAML: mapping values are not allowed in this context")
    }
}
