import Indicators
import XCTest

final class GiniCoefficientTests: XCTestCase {
    /// The definition itself, O(n²): Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄).
    private func quadraticGini(_ values: [Double]) -> Double {
        let n = Double(values.count)
        var total = 0.0
        for x in values { for y in values { total += abs(x - y) } }
        return total / (2 * n * n * (values.reduce(0, +) / n))
    }

    func testEmpty() {
        XCTAssertNil(giniCoefficient(of: []))
    }

    func testAllZeros() {
        XCTAssertNil(giniCoefficient(of: [0, 0, 0, 0]))
    }

    func testSingleValue() {
        XCTAssertEqual(giniCoefficient(of: [17]), 0)
    }

    func testConstantVectorGivesZero() {
        XCTAssertEqual(giniCoefficient(of: Array(repeating: 0.1, count: 11)), 0)
    }

    func testAllButOneZero() {
        // One site holds everything: G = (n − 1)/n, the maximum for n values.
        XCTAssertEqual(giniCoefficient(of: [0, 0, 0, 5]), 0.75)
    }

    func testMatchesQuadraticDefinition() {
        for seed in 10..<20 as Range<UInt64> {
            let values = randomNonNegativeValues(count: Int(seed) * 7, seed: seed)
            assertClose(giniCoefficient(of: values), quadraticGini(values), relative: 1e-12)
        }
    }

    func testRangeForNonNegativeData() {
        for seed in 20..<40 as Range<UInt64> {
            let gini = giniCoefficient(of: randomNonNegativeValues(count: 25, seed: seed))!
            XCTAssertGreaterThanOrEqual(gini, 0)
            XCTAssertLessThan(gini, 1)
        }
    }

    func testScalingInvariance() {
        let values = randomNonNegativeValues(count: 64, seed: 5)
        let gini = giniCoefficient(of: values)!
        for factor in [0.001, 7.0, 1e8] {
            assertClose(giniCoefficient(of: values.map { $0 * factor }), gini, relative: 1e-12)
        }
    }

    func testOrderIndependence() {
        let values = randomNonNegativeValues(count: 33, seed: 6)
        XCTAssertEqual(giniCoefficient(of: values.reversed()), giniCoefficient(of: values))
    }
}
