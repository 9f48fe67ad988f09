import Foundation
import TestSupport
import XCTest
@testable import Ingest

/// Every case of `Tests/Fixtures/csv-conformance/*.json`, judged as its README says:
/// by `annotation.strict_rfc4180`. Where its `error` is null the rows must match once all-empty
/// records are dropped from both sides; where it names an error, the lenient rules of rules §2 decide, as
/// written out by hand in ``lenientExpectations``.
final class CSVConformanceTests: XCTestCase {
    struct Lenient {
        var rows: [[String]]
        /// For unterminated quotes: the line of the opening quote of the last record.
        var unterminatedAt: Int? = nil
    }

    /// How rules §2 reads every input the strict annotation calls an error, keyed by input text.
    static let lenientExpectations: [String: Lenient] = [
        "a,\"": Lenient(rows: [["a", ""]], unterminatedAt: 1),
        "\"a": Lenient(rows: [["a"]], unterminatedAt: 1),
        "a\"\"b": Lenient(rows: [["a\"\"b"]]),
        "a\"b\"c": Lenient(rows: [["a\"b\"c"]]),
        "\"a\"b": Lenient(rows: [["ab"]]),
        "a\"b": Lenient(rows: [["a\"b"]]),
        "\"a\" \"b\"": Lenient(rows: [["a \"b\""]]),
        " \"a\"": Lenient(rows: [[" \"a\""]]),
        "12,12,1\",": Lenient(rows: [["12", "12", "1\"", ""]]),
        "Contact Phone Number,Location Coordinates,Cities,Counties\n2095257564,37\u{FFFD}36'37.8\"N 121\u{FFFD}2'17.9\"W,Modesto,Stanislaus":
            Lenient(rows: [["Contact Phone Number", "Location Coordinates", "Cities", "Counties"],
                           ["2095257564", "37\u{FFFD}36'37.8\"N 121\u{FFFD}2'17.9\"W", "Modesto", "Stanislaus"]]),
        "A,B\",C": Lenient(rows: [["A", "B\"", "C"]]),
        "A, \"B\" ,C": Lenient(rows: [["A", " \"B\" ", "C"]]),
        "A,B \"B\",C": Lenient(rows: [["A", "B \"B\"", "C"]]),
        "a,\"b,c\nd,e,f": Lenient(rows: [["a", "b,c\nd,e,f"]], unterminatedAt: 1),
        "\"a,\"b,c\"\nd,e,f": Lenient(rows: [["a,b", "c\""], ["d", "e", "f"]]),
        "a,\"b,\"c\nd,e,f": Lenient(rows: [["a", "b,c"], ["d", "e", "f"]]),
        "a,\"b\"c,d\ne,f,g": Lenient(rows: [["a", "bc", "d"], ["e", "f", "g"]]),
        "a,\"b,c\nd\"e,f,g": Lenient(rows: [["a", "b,c\nde", "f", "g"]]),
        "A,\"B\" ,C,D\r\nE,F,\"G\"  ,H": Lenient(rows: [["A", "B ", "C", "D"], ["E", "F", "G  ", "H"]]),
        "A,B,C,\"D\" \r\nE,F,G,\"H\"  \r\nQ,W,E,R":
            Lenient(rows: [["A", "B", "C", "D "], ["E", "F", "G", "H  "], ["Q", "W", "E", "R"]]),
        "A,\"B\" ,C,\"D\" \r\nE,F,\"G\"  ,\"H\"  \r\nQ,W,\"E\" ,R":
            Lenient(rows: [["A", "B ", "C", "D "], ["E", "F", "G  ", "H  "], ["Q", "W", "E ", "R"]]),
        "A,B\",C\nD,E\",F": Lenient(rows: [["A", "B\"", "C"], ["D", "E\"", "F"]]),
        "A,\",B\" ,C,D\nE,F,G,H": Lenient(rows: [["A", ",B ", "C", "D"], ["E", "F", "G", "H"]]),
        "a,b,\"c\n\" \nd,e,f": Lenient(rows: [["a", "b", "c\n "], ["d", "e", "f"]]),
    ]

    struct Tally {
        var passed = 0
        var skipped: [String: [String]] = [:]  // reason → case ids
        mutating func skip(_ id: String, _ reason: String) { skipped[reason, default: []].append(id) }
        var skippedCount: Int { skipped.values.reduce(0) { $0 + $1.count } }
    }

    func testDefaultDialect() throws {
        let tally = try run("default_dialect.json")
        XCTAssertEqual(tally.skippedCount, 0, "every default-dialect case must run: \(tally.skipped)")
        XCTAssertEqual(tally.passed, 129)
    }

    func testCSVSpectrum() throws {
        let tally = try run("csv-spectrum.json")
        XCTAssertEqual(tally.passed, 12)
    }

    func testW3CCSVW() throws {
        let tally = try run("w3c-csvw.json")
        XCTAssertEqual(tally.passed, 8)
    }

    func testCPythonTestCSV() throws {
        let tally = try run("cpython-test_csv.json")
        XCTAssertGreaterThan(tally.passed, 0)
    }

    func testPapaParse() throws {
        let tally = try run("papaparse.json")
        XCTAssertGreaterThan(tally.passed, 0)
    }

    /// Runs one suite file; prints how many cases passed and which were skipped, and why.
    private func run(_ name: String) throws -> Tally {
        let data = try Data(contentsOf: TestPackage.fixture("csv-conformance/\(name)"))
        guard let cases = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            XCTFail("\(name): not a JSON array of cases"); return Tally()
        }
        var tally = Tally()
        for testCase in cases {
            let id = testCase["id"] as? String ?? "?"
            guard let annotation = (testCase["annotation"] as? [String: Any])?["strict_rfc4180"] as? [String: Any] else {
                tally.skip(id, "no strict_rfc4180 expectation (non-default dialect)")
                continue
            }
            let dialect = testCase["dialect"] as? [String: Any] ?? [:]
            var delimiter = CSVDelimiter.comma
            if !dialect.isEmpty {
                if dialect.count == 1, let d = dialect["delimiter"] as? String, d == "," || d == "\t" {
                    delimiter = d == "," ? .comma : .tab
                } else if dialect.count == 1, let d = dialect["delimiter"] as? String {
                    tally.skip(id, "delimiter \(d.debugDescription): annual-review reads only comma or tab")
                    continue
                } else {
                    let keys = dialect.keys.sorted().joined(separator: "+")
                    tally.skip(id, "dialect option \(keys): not part of annual-review's CSV")
                    continue
                }
            }
            guard let b64 = testCase["input_b64"] as? String, let input = Data(base64Encoded: b64) else {
                XCTFail("\(id): no input_b64"); continue
            }
            let result: ParseResult
            do {
                result = try parseAll([UInt8](input), forced: .utf8, mode: .fixed(delimiter), chunkSize: 1 << 16, bufferSize: 1 << 16)
            } catch {
                XCTFail("\(id): threw \(error)"); continue
            }
            if try check(id: id, annotation: annotation, input: [UInt8](input), result: result) { tally.passed += 1 }
            // The same input read one byte at a time gives the same records.
            let tiny = try parseAll([UInt8](input), forced: .utf8, mode: .fixed(delimiter), chunkSize: 1, bufferSize: 1)
            XCTAssertEqual(tiny.records, result.records, "\(id): chunked parse differs")
        }
        let skipped = tally.skipped.sorted { $0.key < $1.key }
            .map { "\($0.value.count) × \($0.key): \($0.value.joined(separator: ", "))" }
        print("\(name): \(tally.passed) passed, \(tally.skippedCount) skipped"
              + (skipped.isEmpty ? "" : "\n  " + skipped.joined(separator: "\n  ")))
        return tally
    }

    private func check(id: String, annotation: [String: Any], input: [UInt8], result: ParseResult) throws -> Bool {
        let before = testRun?.failureCount ?? 0
        let nonEmpty = result.records.filter { !$0.isAllEmpty }
        if let error = annotation["error"] as? String {
            let text = String(decoding: input, as: UTF8.self)
            guard let expected = Self.lenientExpectations[text] else {
                XCTFail("\(id): no lenient expectation written for \(text.debugDescription) (\(error))")
                return false
            }
            XCTAssertEqual(nonEmpty.map(\.strings), expected.rows, "\(id): lenient rows")
            let line = annotation["line"] as? Int
            switch error {
            case "unterminated-quote":
                XCTAssertEqual(nonEmpty.last?.unterminatedQuoteLine, expected.unterminatedAt, "\(id)")
                XCTAssertEqual(nonEmpty.last?.unterminatedQuoteLine, line, "\(id): line of the opening quote")
            case "bare-quote-in-unquoted-field":
                let first = result.records.flatMap(\.notes).first { $0.kind == .literalQuote }
                XCTAssertEqual(first?.line, line, "\(id): literal quote noted on its line")
            case "text-after-closing-quote":
                let first = result.records.flatMap(\.notes).first { $0.kind == .textAfterClosingQuote }
                XCTAssertEqual(first?.line, line, "\(id): text after closing quote noted on its line")
            default:
                XCTFail("\(id): unknown error kind \(error)")
            }
            if expected.unterminatedAt == nil {
                XCTAssertTrue(result.records.allSatisfy { $0.unterminatedQuoteLine == nil }, "\(id)")
            }
        } else {
            guard let rows = annotation["rows"] as? [[String]] else {
                XCTFail("\(id): strict expectation without rows"); return false
            }
            let expected = rows.filter { !$0.allSatisfy(\.isEmpty) }
            XCTAssertEqual(nonEmpty.map(\.strings), expected, "\(id)")
            XCTAssertTrue(result.records.allSatisfy { $0.notes.isEmpty && $0.unterminatedQuoteLine == nil },
                          "\(id): a strictly valid input gets no notes: \(result.records)")
        }
        return (testRun?.failureCount ?? 0) == before
    }
}
