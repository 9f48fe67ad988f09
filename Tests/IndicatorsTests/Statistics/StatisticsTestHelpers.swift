import TestSupport
import Foundation
import XCTest

/// Asserts `actual` is non-nil and within `relative` of `expected` (absolute near 0).
func assertClose(
    _ actual: Double?, _ expected: Double, relative: Double,
    _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
) {
    guard let actual else {
        XCTFail("nil, expected \(expected) \(message())", file: file, line: line)
        return
    }
    let tolerance = relative * max(abs(expected), 1e-300)
    XCTAssertEqual(actual, expected, accuracy: tolerance, message(), file: file, line: line)
}

/// `count` non-negative values from a seeded generator, some of them 0, on the scale of rates.
func randomNonNegativeValues(count: Int, seed: UInt64) -> [Double] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in
        Int.random(in: 0..<8, using: &generator) == 0 ? 0 : Double.random(in: 0...100, using: &generator)
    }
}
