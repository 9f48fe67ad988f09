import Foundation
@testable import Indicators
import XCTest

/// The t tail and the incomplete beta against closed forms (independent of SciPy).
final class StudentTDistributionTests: XCTestCase {
    func testOneDegreeOfFreedomIsCauchy() {
        // ν = 1: p = 1 − (2/π) atan|t| = (2/π) atan(1/|t|).
        for t in [0.001, 0.5, 1, 3, 100, 1e6] {
            assertClose(studentTTwoSidedPValue(t: t, degreesOfFreedom: 1), 2 / Double.pi * atan(1 / t), relative: 1e-13, "t=\(t)")
        }
    }

    func testTwoDegreesOfFreedom() {
        // ν = 2: p = 1 − |t|/√(2 + t²) = 2 / (√(2 + t²) (√(2 + t²) + |t|)).
        for t in [1e-4, 0.2, 1.5, 10, 1e5] {
            let r = (2 + t * t).squareRoot()
            assertClose(studentTTwoSidedPValue(t: -t, degreesOfFreedom: 2), 2 / (r * (r + t)), relative: 1e-13, "t=\(t)")
        }
    }

    func testTinyAndHugeT() {
        XCTAssertEqual(studentTTwoSidedPValue(t: 0, degreesOfFreedom: 7), 1)
        XCTAssertEqual(studentTTwoSidedPValue(t: 1e200, degreesOfFreedom: 7), 0)
        XCTAssertNil(studentTTwoSidedPValue(t: 1, degreesOfFreedom: 0))
        XCTAssertNil(studentTTwoSidedPValue(t: .nan, degreesOfFreedom: 3))
    }

    func testIncompleteBetaClosedForms() {
        for x in [1e-9, 0.1, 0.37, 0.5, 0.9, 0.999] {
            // I_x(a, 1) = xᵃ; I_x(1, b) = 1 − (1 − x)ᵇ; I_x(1, 1) = x.
            assertClose(regularizedIncompleteBeta(a: 3.5, b: 1, x: x, y: 1 - x), pow(x, 3.5), relative: 1e-13, "x=\(x)")
            assertClose(regularizedIncompleteBeta(a: 1, b: 2.5, x: x, y: 1 - x), -expm1(2.5 * log1p(-x)), relative: 1e-13, "x=\(x)")
            assertClose(regularizedIncompleteBeta(a: 1, b: 1, x: x, y: 1 - x), x, relative: 1e-13, "x=\(x)")
        }
        // Symmetry: I_{1/2}(a, a) = 1/2. For large a the error is that of ln B(a, a) from lgamma
        // (ε · ln Γ(2a) ≈ 1e-12 at a = 400), as documented.
        for a in [0.5, 2, 17.25] {
            assertClose(regularizedIncompleteBeta(a: a, b: a, x: 0.5, y: 0.5), 0.5, relative: 1e-13, "a=\(a)")
        }
        assertClose(regularizedIncompleteBeta(a: 400, b: 400, x: 0.5, y: 0.5), 0.5, relative: 1e-11)
    }
}
