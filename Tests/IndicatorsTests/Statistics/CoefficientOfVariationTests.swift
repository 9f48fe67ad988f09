import Indicators
import TestSupport
import XCTest

final class CoefficientOfVariationTests: XCTestCase {
    func testEmpty() {
        XCTAssertNil(coefficientOfVariation(of: []))
    }

    func testAllZeros() {
        XCTAssertNil(coefficientOfVariation(of: [0, 0, 0]))
    }

    func testMeanZeroWithSpread() {
        XCTAssertNil(coefficientOfVariation(of: [-1, 1]))
    }

    func testSingleValue() {
        XCTAssertEqual(coefficientOfVariation(of: [42]), 0)
    }

    func testConstantVectorGivesZero() {
        XCTAssertEqual(coefficientOfVariation(of: Array(repeating: 0.1, count: 9)), 0)
    }

    func testKnownValue() {
        // SD 2 / mean 5.
        XCTAssertEqual(coefficientOfVariation(of: [2, 4, 4, 4, 5, 5, 7, 9]), 0.4)
    }

    func testScalingInvariance() {
        let values = randomNonNegativeValues(count: 50, seed: 1)
        let cv = coefficientOfVariation(of: values)!
        for factor in [0.01, 3.0, 1e6] {
            assertClose(coefficientOfVariation(of: values.map { $0 * factor }), cv, relative: 1e-12)
        }
    }

    func testNegativeMeanGivesNegativeValue() {
        XCTAssertEqual(coefficientOfVariation(of: [-2, -4, -4, -4, -5, -5, -7, -9]), -0.4)
    }
}

final class WeightedCoefficientOfVariationTests: XCTestCase {
    func testEmpty() {
        XCTAssertNil(weightedCoefficientOfVariation(of: [], weights: []))
    }

    func testZeroWeights() {
        XCTAssertNil(weightedCoefficientOfVariation(of: [1, 2, 3], weights: [0, 0, 0]))
        // A pair with weight 0 drops out: the same as leaving it away.
        XCTAssertEqual(
            weightedCoefficientOfVariation(of: [1, 2, 3, 1000], weights: [1, 2, 3, 0]),
            weightedCoefficientOfVariation(of: [1, 2, 3], weights: [1, 2, 3])
        )
    }

    func testNilWeights() {
        XCTAssertNil(weightedCoefficientOfVariation(of: [1, 2], weights: [nil, nil]))
        XCTAssertEqual(
            weightedCoefficientOfVariation(of: [1, 2, 3, 1000], weights: [1, 2, 3, nil]),
            weightedCoefficientOfVariation(of: [1, 2, 3], weights: [1, 2, 3])
        )
    }

    func testAllZeros() {
        XCTAssertNil(weightedCoefficientOfVariation(of: [0, 0], weights: [3, 4]))
    }

    func testSingleValue() {
        XCTAssertEqual(weightedCoefficientOfVariation(of: [0.8], weights: [12]), 0)
    }

    func testNegativeWeight() {
        XCTAssertNil(weightedCoefficientOfVariation(of: [1, 2], weights: [1, -1]))
    }

    func testKnownValue() {
        // Weights 1, 3 on 0, 4: x̄_w = 3, variance (9 + 3·1)/4 = 3, CV √3/3.
        assertClose(weightedCoefficientOfVariation(of: [0, 4], weights: [1, 3]), 3.0.squareRoot() / 3, relative: 1e-15)
    }

    func testEqualWeightsMatchUnweighted() {
        let values = randomNonNegativeValues(count: 40, seed: 2)
        assertClose(
            weightedCoefficientOfVariation(of: values, weights: Array(repeating: 7, count: 40)),
            coefficientOfVariation(of: values)!, relative: 1e-13
        )
    }

    func testIntegerWeightsMatchRepeatedValues() {
        let values: [Double] = [0.5, 0.75, 1, 0.25]
        let weights: [Double] = [3, 1, 2, 4]
        var repeated: [Double] = []
        for (x, w) in zip(values, weights) { repeated += Array(repeating: x, count: Int(w)) }
        assertClose(
            weightedCoefficientOfVariation(of: values, weights: weights),
            coefficientOfVariation(of: repeated)!, relative: 1e-14
        )
    }

    func testScalingInvariance() {
        let values = randomNonNegativeValues(count: 30, seed: 3)
        var generator = SplitMix64(seed: 4)
        let weights: [Double?] = values.map { _ in Double(Int.random(in: 0...60, using: &generator)) }
        let cv = weightedCoefficientOfVariation(of: values, weights: weights)!
        assertClose(weightedCoefficientOfVariation(of: values.map { $0 * 250 }, weights: weights), cv, relative: 1e-12)
        assertClose(weightedCoefficientOfVariation(of: values, weights: weights.map { $0.map { $0 / 3 } }), cv, relative: 1e-12)
    }
}
