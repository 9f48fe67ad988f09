import Foundation
import Indicators
import Model
import XCTest

/// The imbalance (rules §4.4) assembled over the indicators, worked out by hand on lectures_per_100_members, whose
/// value is simply lectures ÷ members × 100.
final class ImbalanceAnalysisTests: XCTestCase {
    typealias F = Fixture

    /// A 20 (urban public, 2 lectures / 10 members), B 10 (urban public, 2 / 20), C 10 (rural
    /// private, 1 / 10), D 0 (rural public, 0 / 10, no branch), E empty (urban, 0 members), and the
    /// bureau at 20 (10 / 50), which must never count.
    func makeFixture(config: ReviewConfig = ReviewConfig()) -> (ReviewIndicators, ImbalanceAnalysis) {
        let sites = [
            F.bureau(members: 50),
            F.site("A", .urban, .public, members: 10),
            F.site("B", .urban, .public, members: 20),
            F.site("C", .rural, .private, members: 10),
            F.site("D", .rural, .public, members: 10, branches: 0),
            F.site("E", .urban, .public, members: 0),
        ]
        var tally = ActivityTally(sites)
        for day in 1...10 { tally.lecture(0, F.day(1, day)) }
        tally.lecture(1, F.day(2, 1))
        tally.lecture(1, F.day(5, 1))
        tally.lecture(2, F.day(2, 1))
        tally.lecture(2, F.day(2, 2))
        tally.lecture(3, F.day(8, 1))
        let indicators = F.compute(sites, tally, config: config)
        return (indicators, ImbalanceAnalysis.compute(indicators, config: config))
    }

    func testLocaleMeansGapRatioAndWelch() throws {
        let (_, analysis) = makeFixture()
        let locale = try XCTUnwrap(analysis.split(.lectures_per_100_members, .locale))
        // urban A 20, B 10 (E empty: left out) → n 2, mean 15; rural C 10, D 0 → n 2, mean 5
        XCTAssertEqual(locale.groups.map(\.group), ["urban", "rural"])
        XCTAssertEqual(locale.groups.map(\.n), [2, 2])
        assertEqual(locale.groups[0].mean, 15)
        assertEqual(locale.groups[1].mean, 5)
        assertEqual(locale.gap, 10)  // 15 − 5
        assertEqual(locale.ratio, 3)  // 15 ÷ 5
        // Welch: s² = 50 in each group, se = √(50/2 + 50/2) = √50, t = 10/√50 = √2,
        // df = (25 + 25)² / (25²/1 + 25²/1) = 2; for 2 df the two-sided p = 1 − t/√(2 + t²)
        // = 1 − √2/2
        assertEqual(locale.pValue, 1 - 2.0.squareRoot() / 2, accuracy: 1e-9)
    }

    func testOwnershipWithAOneSiteGroupHasNoPValue() throws {
        let (_, analysis) = makeFixture()
        let ownership = try XCTUnwrap(analysis.split(.lectures_per_100_members, .ownership))
        // public A 20, B 10, D 0 → n 3, mean 10; private C 10 → n 1, mean 10
        XCTAssertEqual(ownership.groups.map(\.group), ["public", "private"])
        XCTAssertEqual(ownership.groups.map(\.n), [3, 1])
        assertEqual(ownership.groups[0].mean, 10)
        assertEqual(ownership.groups[1].mean, 10)
        assertEqual(ownership.gap, 0)
        assertEqual(ownership.ratio, 1)
        XCTAssertNil(ownership.pValue)  // private has fewer than 2 sites
    }

    func testDispersionOverAllSitesInScope() {
        let (_, analysis) = makeFixture()
        let d = analysis.dispersion(.lectures_per_100_members)
        // values A 20, B 10, C 10, D 0 (bureau and E out) → n 4, mean 10
        XCTAssertEqual(d.n, 4)
        assertEqual(d.mean, 10)
        // deviations 10, 0, 0, −10 → σ² = 200/4 = 50 → CV = √50/10
        assertEqual(d.cv, 50.0.squareRoot() / 10)
        // weights (members) 10, 20, 10, 10: x̄_w = (200 + 200 + 100 + 0)/50 = 10;
        // Σ w(x − 10)² = 10·100 + 0 + 0 + 10·100 = 2000 → /50 = 40 → √40/10
        assertEqual(d.weightedCV, 40.0.squareRoot() / 10)
        // Σᵢ Σⱼ |xᵢ − xⱼ| = 2 × (10 + 10 + 20 + 0 + 10 + 10) = 120 → 120 / (2 · 16 · 10) = 0.375
        assertEqual(d.gini, 0.375)
        // Theil: (1/4)(2 ln 2 + 1·ln 1 + 1·ln 1 + 0) = ln 2 / 2
        assertEqual(d.theil, log(2) / 2)
        // locale: group means 15, 5 over x̄ 10 → between = ½·1.5·ln 1.5 + ½·0.5·ln 0.5
        // = 0.75 ln 1.5 − 0.25 ln 2; share = between / (½ ln 2) = 1.5 log₂ 1.5 − 0.5
        assertEqual(d.betweenShare[0], 1.5 * log2(1.5) - 0.5)
        // ownership: both group means 10 = x̄ → between 0 → share 0
        assertEqual(d.betweenShare[1], 0)
    }

    func testNormBasedIndicatorsCoverOnlySitesWithABranchAndNeverTheBureau() {
        let (indicators, analysis) = makeFixture()
        // Sites with a branch: A, B, C, E (D has none; the bureau is not a site) → 4
        for indicator in [ImbalanceIndicator.sanhui_rate, .party_day_rate, .score] {
            XCTAssertEqual(analysis.dispersion(indicator).n, 4, indicator.rawValue)
        }
        // training hours per member: members > 0 → A, B, C, D → 4 (each 0 hours)
        XCTAssertEqual(analysis.dispersion(.training_hours_per_member).n, 4)
        // attendance: no meeting has values → no site → n 0, everything empty
        let attendance = analysis.dispersion(.attendance_rate)
        XCTAssertEqual(attendance.n, 0)
        XCTAssertNil(attendance.mean)
        XCTAssertNil(attendance.cv)
        XCTAssertNil(attendance.gini)
        XCTAssertNil(attendance.theil)
        XCTAssertEqual(attendance.betweenShare, [nil, nil])
        XCTAssertEqual(indicators.sites.count, 5)
    }

    func testEmptyGroupHasNZeroAndEmptyMeanGapRatioAndShare() throws {
        let sites = [F.site("A", members: 10), F.site("B", members: 10)]  // both urban, public
        var tally = ActivityTally(sites)
        tally.lecture(0, F.day(2, 1))
        let config = ReviewConfig()
        let analysis = ImbalanceAnalysis.compute(F.compute(sites, tally), config: config)
        let locale = try XCTUnwrap(analysis.split(.lectures_per_100_members, .locale))
        // urban A 10, B 0 → n 2, mean 5; rural none → n 0, mean empty
        XCTAssertEqual(locale.groups.map(\.group), ["urban", "rural"])
        XCTAssertEqual(locale.groups.map(\.n), [2, 0])
        assertEqual(locale.groups[0].mean, 5)
        XCTAssertNil(locale.groups[1].mean)
        XCTAssertNil(locale.gap)
        XCTAssertNil(locale.ratio)
        XCTAssertNil(locale.pValue)
        let ownership = try XCTUnwrap(analysis.split(.lectures_per_100_members, .ownership))
        XCTAssertEqual(ownership.groups.map(\.n), [2, 0])  // private: none
        // Theil split: a fixed group is empty → empty share, though T is defined:
        // values 10, 0, x̄ 5 → (1/2)(2 ln 2 + 0) = ln 2
        let d = analysis.dispersion(.lectures_per_100_members)
        assertEqual(d.theil, log(2))
        XCTAssertEqual(d.betweenShare, [nil, nil])
    }

    func testExtraDimensionsListOnlyGroupsPresent() throws {
        var config = ReviewConfig()
        config.extraDimensions = [.district, .level]
        let sites = [
            F.site("A", level: .primary, members: 10, district: "城关镇"),
            F.site("B", level: .junior, members: 10, district: nil),
            F.site("C", level: .primary, members: 10, district: ""),
            F.site("D", level: .senior, members: 10, district: "东坝"),
            F.site("E", level: .kindergarten, members: 0, district: "西湖"),
        ]
        var tally = ActivityTally(sites)
        tally.lecture(0, F.day(2, 1))
        tally.lecture(0, F.day(3, 1))
        tally.lecture(1, F.day(2, 1))
        tally.lecture(2, F.day(2, 1))
        let analysis = ImbalanceAnalysis.compute(F.compute(sites, tally, config: config), config: config)

        XCTAssertEqual(analysis.dimensions, [.locale, .ownership, .district, .level])
        // lectures per 100: A 20, B 10, C 10, D 0; E has no members → left out
        let district = try XCTUnwrap(analysis.split(.lectures_per_100_members, .district))
        // groups by UTF-8: "(none)" 28… < "东坝" E4 B8… < "城关镇" E5 9F…; 西湖 (E only) absent
        XCTAssertEqual(district.groups.map(\.group), ["(none)", "东坝", "城关镇"])
        XCTAssertEqual(district.groups.map(\.n), [2, 1, 1])  // (none): B (nil) and C (empty)
        assertEqual(district.groups[0].mean, 10)
        assertEqual(district.groups[1].mean, 0)
        assertEqual(district.groups[2].mean, 20)
        XCTAssertNil(district.gap)
        XCTAssertNil(district.ratio)
        XCTAssertNil(district.pValue)

        // "Groups present" is read per indicator: a group whose sites all lack this value (西湖,
        // kindergarten: E has no members) is not listed, as the sites left out of an indicator
        // are left out of its groups too.
        let level = try XCTUnwrap(analysis.split(.lectures_per_100_members, .level))
        // in the order of the level vocabulary; kindergarten (E) absent
        XCTAssertEqual(level.groups.map(\.group), ["primary", "junior", "senior"])
        XCTAssertEqual(level.groups.map(\.n), [2, 1, 1])
        assertEqual(level.groups[0].mean, 15)
        assertEqual(level.groups[1].mean, 10)
        assertEqual(level.groups[2].mean, 0)

        let d = analysis.dispersion(.lectures_per_100_members)
        // x̄ = 10, T = ln 2 / 2 (as above).
        // district: (none) mean 10 → ½·1·ln 1 = 0; 东坝 mean 0 → 0; 城关镇 mean 20 → ¼·2·ln 2
        // → between ½ ln 2 → share 1
        assertEqual(d.betweenShare[2], 1)
        // level: primary 15 → ½·1.5·ln 1.5; junior 10 → 0; senior 0 → 0 → share 1.5 log₂ 1.5
        assertEqual(d.betweenShare[3], 1.5 * log2(1.5))
        // locale: all urban → rural empty → empty share
        XCTAssertNil(d.betweenShare[0])
    }

    func testUndefinedMetricIsEmptyNeverNaN() throws {
        var config = ReviewConfig()
        config.weightColumn = .students
        let sites = [
            F.site("A", .urban, members: 10),
            F.site("B", .urban, members: 5),
            F.site("C", .rural, members: 8),
            F.site("D", .rural, members: 4),
        ]
        let analysis = ImbalanceAnalysis.compute(F.compute(sites, ActivityTally(sites), config: config), config: config)

        // No lectures: every value 0 → mean 0 (a number), but CV, Gini, Theil need x̄ > 0;
        // the weight column (students) is empty everywhere → no weighted CV.
        let d = analysis.dispersion(.lectures_per_100_members)
        XCTAssertEqual(d.n, 4)
        XCTAssertEqual(d.mean, 0)
        XCTAssertNil(d.cv)
        XCTAssertNil(d.weightedCV)
        XCTAssertNil(d.gini)
        XCTAssertNil(d.theil)
        XCTAssertEqual(d.betweenShare, [nil, nil])
        let locale = try XCTUnwrap(analysis.split(.lectures_per_100_members, .locale))
        // urban 0, 0 and rural 0, 0: gap 0 − 0 = 0; ratio 0 ÷ 0 empty; both variances 0 → no p
        XCTAssertEqual(locale.gap, 0)
        XCTAssertNil(locale.ratio)
        XCTAssertNil(locale.pValue)

        // Nothing anywhere is NaN or infinite.
        for indicator in ImbalanceIndicator.allCases {
            let d = analysis.dispersion(indicator)
            let values = [d.mean, d.cv, d.weightedCV, d.gini, d.theil] + d.betweenShare
            for case let value? in values { XCTAssertTrue(value.isFinite, indicator.rawValue) }
            for dimension in analysis.dimensions {
                let split = try XCTUnwrap(analysis.split(indicator, dimension))
                let values = split.groups.map(\.mean) + [split.gap, split.ratio, split.pValue]
                for case let value? in values { XCTAssertTrue(value.isFinite, indicator.rawValue) }
            }
        }
    }
}
