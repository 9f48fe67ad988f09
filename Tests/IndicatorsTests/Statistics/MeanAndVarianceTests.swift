import Indicators
import XCTest

final class MeanAndVarianceTests: XCTestCase {
    func testEmpty() {
        XCTAssertNil(mean(of: []))
        XCTAssertNil(populationVariance(of: []))
        XCTAssertNil(populationStandardDeviation(of: []))
    }

    func testSingleValue() {
        XCTAssertEqual(mean(of: [0.75]), 0.75)
        XCTAssertEqual(populationVariance(of: [0.75]), 0)
    }

    func testKnownValues() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population variance 4, SD 2.
        let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
        XCTAssertEqual(mean(of: values), 5)
        XCTAssertEqual(populationVariance(of: values), 4)
        XCTAssertEqual(populationStandardDeviation(of: values), 2)
    }

    func testConstantVectorIsExact() {
        // Σ/n of three 0.1 is not 0.1; the mean of a constant vector is exact, its variance 0.
        for constant in [0.1, 1.0 / 3.0, 93.29999999999998, 1e-300] {
            let values = Array(repeating: constant, count: 7)
            XCTAssertEqual(mean(of: values), constant)
            XCTAssertEqual(populationVariance(of: values), 0)
        }
    }

    func testCompensatedSumIsOrderInsensitive() {
        // A naive left-to-right sum gives 0 in one order and 2 in the other.
        XCTAssertEqual(mean(of: [1e16, 1, 1, -1e16]), 0.5)
        XCTAssertEqual(mean(of: [1, 1, 1e16, -1e16]), 0.5)
    }

    func testShiftedDataKeepVariance() {
        // Catastrophic cancellation in Σx² − n x̄² would lose this completely.
        let values: [Double] = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]
        XCTAssertEqual(populationVariance(of: values), 22.5)
    }

    func testNonFiniteInput() {
        XCTAssertNil(mean(of: [1, .nan]))
        XCTAssertNil(mean(of: [1, .infinity]))
        // The squares overflow: NaN inside, which must not be clamped to 0.
        XCTAssertNil(populationVariance(of: [.greatestFiniteMagnitude, -.greatestFiniteMagnitude]))
        XCTAssertNil(coefficientOfVariation(of: [.greatestFiniteMagnitude, 1]))
    }
}
