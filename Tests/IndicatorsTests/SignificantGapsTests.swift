@testable import Indicators
import XCTest

/// The gaps the draft names as problems (rules §5), on splits set by hand.
final class SignificantGapsTests: XCTestCase {
    /// No gap anywhere: every pairwise split has two groups of 5 sites, no p-value; every overall
    /// mean is 1.
    func makeAnalysis() -> ImbalanceAnalysis {
        let empty = { (groups: [String]) in
            DimensionSplit(groups: groups.map { GroupStat(group: $0, n: 5, mean: nil) }, gap: nil, ratio: nil, pValue: nil)
        }
        return ImbalanceAnalysis(
            dimensions: [.locale, .ownership],
            splits: ImbalanceIndicator.allCases.map { _ in [empty(["urban", "rural"]), empty(["public", "private"])] },
            dispersion: ImbalanceIndicator.allCases.map { _ in
                Dispersion(n: 10, mean: 1, cv: nil, weightedCV: nil, gini: nil, theil: nil, betweenShare: [nil, nil])
            })
    }

    func set(_ analysis: inout ImbalanceAnalysis, _ indicator: ImbalanceIndicator, _ dimension: ImbalanceDimension,
             first: Double, second: Double, p: Double, overall: Double?, n: (Int, Int) = (5, 5)) {
        let i = ImbalanceIndicator.allCases.firstIndex(of: indicator)!
        let d = analysis.dimensions.firstIndex(of: dimension)!
        analysis.splits[i][d].groups[0].n = n.0
        analysis.splits[i][d].groups[1].n = n.1
        analysis.splits[i][d].groups[0].mean = first
        analysis.splits[i][d].groups[1].mean = second
        analysis.splits[i][d].gap = first - second
        analysis.splits[i][d].pValue = p
        analysis.dispersion[i].mean = overall
    }

    func testEmpty() {
        XCTAssertEqual(makeAnalysis().significantGaps(), [])
    }

    func testBelowTheLevelWithEnoughSitesAndLargestRelativeToTheMeanFirst() {
        var analysis = makeAnalysis()
        // Urban 0.9, rural 0.8, mean 0.85: 0.1 ÷ 0.85 = 11.8 % of the mean, rural lags.
        set(&analysis, .sanhui_rate, .locale, first: 0.9, second: 0.8, p: 0.01, overall: 0.85)
        // Urban 4 h, rural 6 h, mean 5: 2 ÷ 5 = 40 %, urban lags; first.
        set(&analysis, .training_hours_per_member, .locale, first: 4, second: 6, p: 0.04, overall: 5)
        // p = 0.2: not significant.
        set(&analysis, .score, .ownership, first: 90, second: 80, p: 0.2, overall: 85)
        // p exactly 0.05 is not below 0.05.
        set(&analysis, .party_day_rate, .ownership, first: 0.9, second: 0.5, p: 0.05, overall: 0.8)
        // 4 rural sites: fewer than 5.
        set(&analysis, .attendance_rate, .locale, first: 0.99, second: 0.7, p: 0.001, overall: 0.9, n: (12, 4))
        // An overall mean of 0 or none: no size relative to the mean.
        set(&analysis, .lectures_per_100_members, .ownership, first: 1, second: -1, p: 0.001, overall: 0)
        set(&analysis, .lectures_per_100_members, .locale, first: 3, second: 1, p: 0.001, overall: nil)

        let gaps = analysis.significantGaps()
        XCTAssertEqual(gaps.map(\.indicator), [.training_hours_per_member, .sanhui_rate])
        XCTAssertEqual(gaps.map(\.dimension), [.locale, .locale])
        XCTAssertEqual(gaps.map(\.lagging.group), ["urban", "rural"])
        XCTAssertEqual(gaps.map(\.leading.group), ["rural", "urban"])
        XCTAssertEqual(gaps[0].difference, 2)
        XCTAssertEqual(gaps[0].relativeGap, 0.4, accuracy: 1e-12)
        XCTAssertEqual(gaps[0].pValue, 0.04)
        XCTAssertEqual(gaps[1].difference, 0.1, accuracy: 1e-12)
        XCTAssertEqual(gaps[1].overallMean, 0.85)
        XCTAssertEqual(ImbalanceAnalysis.significanceLevel, 0.05)
    }

    func testTiesGoLocaleFirstThenInTheIndicatorsOrder() {
        var analysis = makeAnalysis()
        // Each gap is 0.1 on a mean of 0.5: 20 % of the mean.
        set(&analysis, .party_day_rate, .ownership, first: 0.6, second: 0.5, p: 0.01, overall: 0.5)
        set(&analysis, .party_day_rate, .locale, first: 0.6, second: 0.5, p: 0.01, overall: 0.5)
        set(&analysis, .sanhui_rate, .ownership, first: 0.5, second: 0.6, p: 0.01, overall: 0.5)
        let gaps = analysis.significantGaps()
        XCTAssertEqual(gaps.map(\.dimension), [.locale, .ownership, .ownership])
        XCTAssertEqual(gaps.map(\.indicator), [.party_day_rate, .sanhui_rate, .party_day_rate])
        XCTAssertEqual(gaps.map(\.lagging.group), ["rural", "public", "private"])
    }

    func testOrganisationalLifeIsTheRatesOfMeetingsAndTheScore() {
        XCTAssertEqual(ImbalanceIndicator.allCases.filter(\.isOrganisationalLife),
                       [.sanhui_rate, .party_day_rate, .attendance_rate, .score])
    }
}
