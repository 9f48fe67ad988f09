import Indicators
import XCTest

final class GroupComparisonTests: XCTestCase {
    func testKnownValues() {
        let comparison = compareGroups([0.5, 1.0], [0.25, 0.25, 0.5, 0.0])
        XCTAssertEqual(comparison.a, GroupSummary(of: [0.5, 1.0]))
        XCTAssertEqual(comparison.a.n, 2)
        XCTAssertEqual(comparison.a.mean, 0.75)
        XCTAssertEqual(comparison.b.n, 4)
        XCTAssertEqual(comparison.b.mean, 0.25)
        XCTAssertEqual(comparison.gap, 0.5)
        XCTAssertEqual(comparison.ratio, 3)
        XCTAssertEqual(comparison.welch, welchTTest([0.5, 1.0], [0.25, 0.25, 0.5, 0.0]))
        XCTAssertNotNil(comparison.welch)
    }

    func testEmpty() {
        let comparison = compareGroups([], [])
        XCTAssertEqual(comparison.a.n, 0)
        XCTAssertNil(comparison.a.mean)
        XCTAssertNil(comparison.gap)
        XCTAssertNil(comparison.ratio)
        XCTAssertNil(comparison.welch)
    }

    func testOneGroupEmpty() {
        let comparison = compareGroups([0.9, 0.8, 0.7], [])
        XCTAssertEqual(comparison.b, GroupSummary(of: []))
        XCTAssertEqual(comparison.a.n, 3)
        XCTAssertNil(comparison.gap)
        XCTAssertNil(comparison.ratio)
        XCTAssertNil(comparison.welch)
    }

    func testSingleValue() {
        // Means, gap and ratio exist; the test needs 2 values per group.
        let comparison = compareGroups([0.9], [0.3])
        XCTAssertEqual(comparison.gap!, 0.6, accuracy: 1e-15)
        XCTAssertEqual(comparison.ratio!, 3, accuracy: 1e-15)
        XCTAssertNil(comparison.welch)
    }

    func testAllZeros() {
        // Divisor 0: no ratio; the gap is still defined.
        let comparison = compareGroups([0.5, 0.5], [0, 0])
        XCTAssertEqual(comparison.gap, 0.5)
        XCTAssertNil(comparison.ratio)
        XCTAssertNil(comparison.welch)  // both groups have zero variance
    }

    func testBothGroupsZeroVariance() {
        XCTAssertNil(compareGroups([1, 1], [2, 2, 2]).welch)
    }

    func testOneGroupZeroVariance() {
        XCTAssertNotNil(compareGroups([1, 1], [2, 3, 2]).welch)
    }
}
