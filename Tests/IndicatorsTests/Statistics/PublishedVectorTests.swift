import Foundation
import TestSupport
import Indicators
import XCTest

/// The vectors of `Tests/Fixtures/inequality/published.json` for the metrics rules §4.4 defines:
/// CV = population SD / mean, the weighted CV (差异系数), the plain Gini, Theil T and its
/// between/within decomposition — each within the tolerance the file states. Where it states
/// none, its value is a full-precision library value and is compared at `libraryPrecision`.
///
/// Skipped, because annual-review does not compute them: Atkinson (`pub_pysal_atkinson`), Theil L
/// and the corrected Gini (in `r_ineq_example_vector`) and the official composite CV (the mean of
/// indicator CVs, in `pub_jiujiang_2023_primary_cv_table`).
final class PublishedVectorTests: XCTestCase {
    private static let libraryPrecision = 1e-12

    private static let skippedVectors: [String: String] = [
        "pub_pysal_atkinson": "Atkinson index: not a metric of rules §4.4",
    ]

    private static let skippedMetrics: [String: Set<String>] = [
        "r_ineq_example_vector": ["gini_corrected", "theil_l"],  // n/(n−1) Gini and Theil L: not in rules §4.4
        "pub_jiujiang_2023_primary_cv_table": ["composite"],      // the official composite CV: not in rules §4.4
    ]

    private func loadVectors() throws -> [String: [String: Any]] {
        let url = try TestPackage.fixture("inequality/published.json")
        let data = try Data(contentsOf: url)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let vectors = try XCTUnwrap(root["vectors"] as? [[String: Any]])
        var byID: [String: [String: Any]] = [:]
        for vector in vectors { byID[try XCTUnwrap(vector["id"] as? String)] = vector }
        return byID
    }

    private func doubles(_ value: Any?) throws -> [Double] {
        try XCTUnwrap((value as? [Any])?.map { try XCTUnwrap(($0 as? NSNumber)?.doubleValue) })
    }

    private func number(_ value: Any?) throws -> Double {
        try XCTUnwrap((value as? NSNumber)?.doubleValue)
    }

    private func tolerance(_ vector: [String: Any], expected: Double) -> Double {
        if let stated = (vector["tolerance"] as? NSNumber)?.doubleValue { return stated }
        return Self.libraryPrecision * max(abs(expected), 1)
    }

    /// Every vector is either checked by a test below or skipped by name.
    func testEveryVectorIsCheckedOrSkipped() throws {
        let checked: Set<String> = [
            "pub_cn_cv_books_5_schools", "pub_jiujiang_2023_primary_cv_table", "pub_pysal_mexico1940_gini",
            "pub_pysal_mexico1940_theil", "pub_pysal_theild_step", "pub_r_ineq_gini_phylotools",
            "pub_r_ineq_gini_9x10_1x100", "r_ineq_example_vector",
        ]
        let ids = Set(try loadVectors().keys)
        XCTAssertEqual(ids.subtracting(checked).subtracting(Self.skippedVectors.keys), [],
                       "a new vector: check it or skip it by name")
        XCTAssertEqual(checked.subtracting(ids), [], "a checked vector is gone from the file")
    }

    func testStudentWeightedCV() throws {
        let vector = try XCTUnwrap(try loadVectors()["pub_cn_cv_books_5_schools"])
        let inputs = try XCTUnwrap(vector["inputs"] as? [String: Any])
        let students = try doubles(inputs["students"]), books = try doubles(inputs["books"])
        let booksPerStudent = zip(books, students).map { $0 / $1 }
        let cv = try XCTUnwrap(weightedCoefficientOfVariation(of: booksPerStudent, weights: students))
        // "round(value, 2) == 0.52": the published value is rounded to 2 decimals.
        XCTAssertEqual((cv * 100).rounded() / 100, try number(vector["expected"]))
        XCTAssertEqual(cv, try number(vector["exact_library_value"]), accuracy: Self.libraryPrecision)
    }

    func testCVTable() throws {
        // Only each indicator's mean and SD are published, so each is fed as the two values
        // mean ± SD, whose population SD is SD: this checks CV = SD / mean, reading the table's
        // SD as a population SD (the table does not say which SD it used).
        let vector = try XCTUnwrap(try loadVectors()["pub_jiujiang_2023_primary_cv_table"])
        let inputs = try XCTUnwrap(vector["inputs"] as? [String: Any])
        let expected = try XCTUnwrap(vector["expected"] as? [String: Any])
        let means = try doubles(inputs["indicator_means"]), sds = try doubles(inputs["indicator_sds"])
        let cvs = try doubles(expected["cv"])
        XCTAssertEqual(Set(expected.keys), Set(["cv"]).union(Self.skippedMetrics["pub_jiujiang_2023_primary_cv_table"]!))
        XCTAssertEqual(cvs.count, means.count)
        for (index, (mean, sd)) in zip(means, sds).enumerated() {
            let values = [mean - sd, mean + sd]
            XCTAssertEqual(populationStandardDeviation(of: values)!, sd, accuracy: 1e-12 * sd)
            let cv = try XCTUnwrap(coefficientOfVariation(of: values))
            XCTAssertEqual(cv, cvs[index], accuracy: tolerance(vector, expected: cvs[index]), "indicator \(index + 1)")
        }
    }

    func testGini() throws {
        let vectors = try loadVectors()
        for id in ["pub_pysal_mexico1940_gini", "pub_r_ineq_gini_phylotools", "pub_r_ineq_gini_9x10_1x100"] {
            let vector = try XCTUnwrap(vectors[id])
            let inputs = try XCTUnwrap(vector["inputs"] as? [String: Any])
            let expected = try number(vector["expected"])
            let gini = try XCTUnwrap(giniCoefficient(of: try doubles(inputs["values"])), id)
            XCTAssertEqual(gini, expected, accuracy: tolerance(vector, expected: expected), id)
            if let library = vector["library_value_now"] {
                XCTAssertEqual(gini, try number(library), accuracy: Self.libraryPrecision, id)
            }
        }
    }

    func testTheilDecomposition() throws {
        let vectors = try loadVectors()
        for id in ["pub_pysal_mexico1940_theil", "pub_pysal_theild_step"] {
            let vector = try XCTUnwrap(vectors[id])
            let inputs = try XCTUnwrap(vector["inputs"] as? [String: Any])
            let values = try doubles(inputs["values"])
            let groups = try doubles(inputs["groups"]).map(Int.init)
            let result = try XCTUnwrap(theilDecomposition(values: values, groups: groups), id)
            XCTAssertEqual(theilIndex(of: values), result.total, id)
            let actual = ["T": result.total, "between": result.between, "within": result.within]
            let expected = try XCTUnwrap(vector["expected"] as? [String: Any])
            let library = vector["library_value_now"] as? [String: Any]
            for key in ["T", "between", "within"] {
                let value = try number(expected[key])
                XCTAssertEqual(actual[key]!, value, accuracy: tolerance(vector, expected: value), "\(id) \(key)")
                if let library {
                    XCTAssertEqual(actual[key]!, try number(library[key]), accuracy: Self.libraryPrecision, "\(id) \(key)")
                }
            }
        }
    }

    func testRIneqExampleVector() throws {
        let vector = try XCTUnwrap(try loadVectors()["r_ineq_example_vector"])
        let inputs = try XCTUnwrap(vector["inputs"] as? [String: Any])
        let values = try doubles(inputs["values"])
        let expected = try XCTUnwrap(vector["expected"] as? [String: Any])
        let computed: [String: Double?] = [
            "gini": giniCoefficient(of: values),
            "theil_t": theilIndex(of: values),
            "cv_pop": coefficientOfVariation(of: values),
        ]
        XCTAssertEqual(Set(expected.keys), Set(computed.keys).union(Self.skippedMetrics["r_ineq_example_vector"]!))
        for (key, value) in computed {
            let target = try number(expected[key])
            XCTAssertEqual(try XCTUnwrap(value, key), target, accuracy: tolerance(vector, expected: target), key)
        }
    }
}
