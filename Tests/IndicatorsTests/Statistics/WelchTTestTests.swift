import Indicators
import XCTest

final class WelchTTestTests: XCTestCase {
    /// Expected values from SciPy 1.17.1 (NumPy 2.4, Python 3.11), computed once with
    ///
    ///     python3 -W ignore -c 'from scipy.stats import ttest_ind
    ///     for a, b in SETS: r = ttest_ind(a, b, equal_var=False); print(float(r.statistic), float(r.df), float(r.pvalue))'
    ///
    /// where SETS are the (a, b) pairs below, written the same way in Python (the
    /// `largeUnequalSamples` lists as `[i % 17 * 0.37 + 3.0 for i in range(60)]` and
    /// `[i % 11 * 0.91 + 2.5 for i in range(25)]`, the `largeDegreesOfFreedom` ones as
    /// `[i * 37 % 101 * 0.01 for i in range(3000)]` and `[i * 53 % 97 * 0.0102 for i in range(2500)]`).
    private struct Case {
        let name: String
        let a: [Double]
        let b: [Double]
        let t: Double
        let df: Double
        let p: Double
    }

    private let scipyCases: [Case] = [
        Case(name: "unequalSizesAndVariances",
             a: [0.91, 0.88, 0.97, 0.85, 0.93, 0.79, 0.99],
             b: [0.62, 0.81, 0.55, 0.90, 0.48, 0.73, 0.66, 0.70, 0.59, 0.84, 0.77],
             t: 4.4029979743621075, df: 15.72154901231598, p: 0.00046224634715890403),
        Case(name: "scoresUrbanRural",
             a: [93.3, 88.1, 76.4, 95.0, 81.7, 90.2, 85.5, 79.9],
             b: [72.4, 68.9, 91.3, 60.2, 77.7, 83.1],
             t: 2.1153049083874476, df: 7.680084812983044, p: 0.06874289852257674),
        Case(name: "oneGroupZeroVariance",
             a: [1.0, 1.0, 1.0, 1.0],
             b: [0.75, 1.0, 0.5, 0.875, 0.625],
             t: 2.82842712474619, df: 4.0, p: 0.04742065558431961),
        Case(name: "twoValuesEach",
             a: [2.0, 4.0],
             b: [7.0, 15.0],
             t: -1.9402850002906638, df: 1.1245136186770428, p: 0.28099893265822035),
        Case(name: "negativeT",
             a: [1.5, 2.5, 2.0, 3.0],
             b: [4.0, 9.0, 6.5, 12.0, 5.5, 8.0, 10.0],
             t: -5.152852132435323, df: 7.081532035333594, p: 0.0012735359778465582),
        Case(name: "tinyPValue",
             a: [10.1, 10.3, 9.9, 10.2, 10.0, 10.4, 9.8, 10.1, 10.2, 10.0],
             b: [8.75, 9.05, 8.75, 8.9, 8.8, 9.05, 8.55, 8.95, 8.9, 8.8, 8.95, 8.65],
             t: 17.289893153063083, df: 17.700324831926334, p: 1.5755334465326724e-12),
        Case(name: "extremelyTinyPValue",
             a: [10.1, 10.3, 9.9, 10.2, 10.0, 10.4, 9.8, 10.1, 10.2, 10.0],
             b: [8.1, 8.3, 7.9, 8.2, 8.0, 8.4, 7.8, 8.1, 8.2, 8.0, 8.3, 7.9],
             t: 25.37523278759015, df: 19.4119911349586, p: 2.358091209581309e-16),
        Case(name: "pNearOne",
             a: [5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
             b: [4.0, 6.5, 7.5, 9.5, 10.5, 6.99],
             t: 0.0013760470433826384, df: 9.59772634038752, p: 0.9989302532650433),
        Case(name: "largeUnequalSamples",
             a: (0..<60).map { Double($0 % 17) * 0.37 + 3.0 },
             b: (0..<25).map { Double($0 % 11) * 0.91 + 2.5 },
             t: -1.3519380027088, df: 31.40810074044169, p: 0.1860511890840433),
        Case(name: "largeDegreesOfFreedom",
             a: (0..<3000).map { Double($0 * 37 % 101) * 0.01 },
             b: (0..<2500).map { Double($0 * 53 % 97) * 0.0102 },
             t: 1.3847443135693005, df: 5357.379682107374, p: 0.16618832820246673),
    ]

    func testMatchesSciPy() {
        for c in scipyCases {
            guard let result = welchTTest(c.a, c.b) else {
                XCTFail("\(c.name): nil")
                continue
            }
            // t and ν are a few roundings; t near 0 (pNearOne) is a difference of close means.
            assertClose(result.t, c.t, relative: 1e-10, c.name)
            assertClose(result.degreesOfFreedom, c.df, relative: 1e-12, c.name)
            assertClose(result.pValue, c.p, relative: 1e-10, c.name)
        }
    }

    func testSwappingGroupsNegatesT() {
        for c in scipyCases {
            let forward = welchTTest(c.a, c.b)!, backward = welchTTest(c.b, c.a)!
            XCTAssertEqual(forward.t, -backward.t, c.name)
            XCTAssertEqual(forward.pValue, backward.pValue, c.name)
        }
    }

    func testEmpty() {
        XCTAssertNil(welchTTest([], []))
        XCTAssertNil(welchTTest([], [1, 2, 3]))
    }

    func testSingleValue() {
        XCTAssertNil(welchTTest([1], [1, 2, 3]))
        XCTAssertNil(welchTTest([1, 2, 3], [4]))
    }

    func testBothGroupsZeroVariance() {
        XCTAssertNil(welchTTest([1, 1, 1], [0.5, 0.5]))
        XCTAssertNil(welchTTest([0.1, 0.1, 0.1], [0.1, 0.1]))
    }

    func testOneGroupZeroVariance() {
        // ν is n − 1 of the other group; SciPy agrees (the oneGroupZeroVariance case above).
        let result = welchTTest([0.1, 0.1, 0.1], [0.2, 0.3, 0.4, 0.5])!
        XCTAssertEqual(result.degreesOfFreedom, 3, accuracy: 1e-12)
        XCTAssertLessThan(result.t, 0)
        XCTAssertTrue(result.pValue > 0 && result.pValue < 1)
    }

    func testEqualMeansGivePValueOne() {
        let result = welchTTest([1, 2, 3], [0, 2, 4])!
        XCTAssertEqual(result.t, 0)
        XCTAssertEqual(result.pValue, 1)
    }
}
