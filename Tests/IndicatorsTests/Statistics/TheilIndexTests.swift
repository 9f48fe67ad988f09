import Foundation
import Indicators
import TestSupport
import XCTest

final class TheilIndexTests: XCTestCase {
    func testEmpty() {
        XCTAssertNil(theilIndex(of: []))
    }

    func testAllZeros() {
        XCTAssertNil(theilIndex(of: [0, 0, 0]))
    }

    func testSingleValue() {
        XCTAssertEqual(theilIndex(of: [3.5]), 0)
    }

    func testConstantVectorGivesZero() {
        XCTAssertEqual(theilIndex(of: Array(repeating: 0.1, count: 13)), 0)
    }

    func testZeroValuesCountAsZeroLogZero() {
        // One of n holds everything: T = ln n, the maximum.
        assertClose(theilIndex(of: [0, 0, 0, 8]), log(4), relative: 1e-15)
    }

    func testNegativeValuesTheil() {
        XCTAssertNil(theilIndex(of: [-1, 2, 3]))
        XCTAssertNil(theilIndex(of: [-1, -2]))
    }

    func testRangeAndScalingInvariance() {
        let values = randomNonNegativeValues(count: 40, seed: 7)
        let theil = theilIndex(of: values)!
        XCTAssertGreaterThanOrEqual(theil, 0)
        XCTAssertLessThanOrEqual(theil, log(40))
        assertClose(theilIndex(of: values.map { $0 * 12.5 }), theil, relative: 1e-12)
    }
}

final class TheilDecompositionTests: XCTestCase {
    func testEmpty() {
        XCTAssertNil(theilDecomposition(values: [], groups: [String]()))
    }

    func testAllZeros() {
        XCTAssertNil(theilDecomposition(values: [0, 0], groups: ["urban", "rural"]))
    }

    func testNegativeValuesTheil() {
        XCTAssertNil(theilDecomposition(values: [-1, 3, 4], groups: ["a", "b", "b"]))
    }

    func testBetweenPlusWithinEqualsTotal() {
        for seed in 50..<60 as Range<UInt64> {
            let values = randomNonNegativeValues(count: 45, seed: seed)
            var generator = SplitMix64(seed: seed + 1000)
            let groups = values.map { _ in Int.random(in: 0..<4, using: &generator) }
            let decomposition = theilDecomposition(values: values, groups: groups)!
            XCTAssertEqual(decomposition.total, theilIndex(of: values))
            XCTAssertEqual(decomposition.between + decomposition.within, decomposition.total, accuracy: 1e-12)
            XCTAssertGreaterThanOrEqual(decomposition.between, 0)
            XCTAssertGreaterThanOrEqual(decomposition.within, 0)
            assertClose(decomposition.betweenShare, decomposition.between / decomposition.total, relative: 1e-15)
        }
    }

    func testOneGroupEmpty() {
        // Every site is urban: the split is defined, but the share is empty (rules §4.4).
        let decomposition = theilDecomposition(
            values: [1, 2, 3], groups: ["urban", "urban", "urban"], expectedGroups: ["urban", "rural"])!
        XCTAssertNil(decomposition.betweenShare)
        XCTAssertEqual(decomposition.between, 0)
        assertClose(decomposition.within, decomposition.total, relative: 1e-15)
        // Over the groups present (no expected groups), the share is defined.
        XCTAssertEqual(theilDecomposition(values: [1, 2, 3], groups: ["urban", "urban", "urban"])?.betweenShare, 0)
    }

    func testTotalZeroHasNoShare() {
        let decomposition = theilDecomposition(values: [2, 2, 2, 2], groups: ["a", "b", "a", "b"])!
        XCTAssertEqual(decomposition.total, 0)
        XCTAssertEqual(decomposition.between, 0)
        XCTAssertEqual(decomposition.within, 0)
        XCTAssertNil(decomposition.betweenShare)
    }

    func testGroupWithZeroMeanContributesNothing() {
        let decomposition = theilDecomposition(values: [0, 0, 2, 6], groups: ["a", "a", "b", "b"])!
        // between = (1/2)·2·ln 2; within = (1/2)·2·T([2, 6]).
        assertClose(decomposition.between, log(2), relative: 1e-15)
        assertClose(decomposition.within, theilIndex(of: [2, 6])!, relative: 1e-15)
    }

    func testLabelOrderDoesNotMatter() {
        // The same groups, each with its values in the same order, first met in a different order:
        // groups are summed in sorted-label order, so the terms are bit-for-bit the same.
        let ruralFirst = theilDecomposition(
            values: [0.5, 0.9, 0.7, 0.2, 1.0, 0.4],
            groups: ["rural", "urban", "urban", "rural", "urban", "rural"])!
        let urbanFirst = theilDecomposition(
            values: [0.9, 0.5, 0.7, 0.2, 1.0, 0.4],
            groups: ["urban", "rural", "urban", "rural", "urban", "rural"])!
        XCTAssertEqual(ruralFirst.between, urbanFirst.between)
        XCTAssertEqual(ruralFirst.within, urbanFirst.within)
    }
}
