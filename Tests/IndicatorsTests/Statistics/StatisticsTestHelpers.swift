import Foundation
import XCTest

/// `<root>/../shared`: the shared folder beside the clone (CI checks it out there too).
let sharedDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Statistics
    .deletingLastPathComponent()  // IndicatorsTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // <root>
    .deletingLastPathComponent()
    .appendingPathComponent("shared")

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

/// SplitMix64 (Steele, Lea & Flood 2014): a seeded generator, so property tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `count` non-negative values from a seeded generator, some of them 0, on the scale of rates.
func randomNonNegativeValues(count: Int, seed: UInt64) -> [Double] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in
        Int.random(in: 0..<8, using: &generator) == 0 ? 0 : Double.random(in: 0...100, using: &generator)
    }
}
