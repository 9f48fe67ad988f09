import Foundation
import TestSupport
import XCTest

/// The committed sample (Inputs/) is what `generate-sample` writes, and its 2016 is a full year
/// the report can compare with (rules §4.5): the generator's design, read back from the CSVs.
final class SampleInputsTests: XCTestCase {
    static let inputs = TestPackage.root.appendingPathComponent("Inputs")

    /// The generator run as Inputs/README.md says (`--out Inputs`, seed 2017) writes the
    /// committed files byte for byte.
    func testTheGeneratorWritesTheCommittedSample() throws {
        let folder = try TestPackage.makeTemporaryFolder("generate-sample")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try runProgram(try TestPackage.product("generate-sample"), ["--out", "Inputs"], in: folder)
        XCTAssertEqual(generated.status, 0, String(decoding: generated.stderr, as: UTF8.self))
        for name in ["sites.csv", "meetings.csv", "lectures.csv", "trainings.csv", "README.md"] {
            let written = try Data(contentsOf: folder.appendingPathComponent("Inputs/" + name))
            let committed = try Data(contentsOf: Self.inputs.appendingPathComponent(name))
            XCTAssertTrue(written == committed, "Inputs/\(name) is not what generate-sample writes: run `swift run generate-sample`")
        }
    }

    /// Meetings of 2016 in all 12 months, from every site with a branch founded before 2016 (each
    /// holds at least one 其他 meeting a year) and so from more than half of the sites with
    /// meetings in 2017; lectures in all four quarters, fewer than in 2017 but not few (the
    /// generator aims at 900–1,000, 2017 holding 1,101); two trainings starting in 2016.
    func testTwoThousandSixteenIsAFullYear() throws {
        let sites = try Self.records("sites.csv")
        let meetings = try Self.records("meetings.csv"), lectures = try Self.records("lectures.csv")
        let established = Set(sites.filter { $0[0] != "JYJ" && ($0[9] as NSString).integerValue > 0 && ($0[11].isEmpty || Self.date($0[11])!.year < 2016) }.map { $0[0] })
        XCTAssertGreaterThan(established.count, 200)

        let of2016 = meetings.filter { Self.date($0[0])?.year == 2016 }
        XCTAssertEqual(Set(of2016.map { Self.date($0[0])!.month }), Set(1...12))
        let sites2016 = Set(of2016.map { $0[1] })
        let sites2017 = Set(meetings.filter { Self.date($0[0])?.year == 2017 }.map { $0[1] })
        XCTAssertTrue(established.isSubset(of: sites2016), "no 2016 meetings at \(established.subtracting(sites2016).sorted())")
        XCTAssertGreaterThanOrEqual(2 * sites2016.count, sites2017.count)

        let lectures2016 = lectures.filter { Self.date($0[0])?.year == 2016 }
        XCTAssertEqual(Set(lectures2016.map { (Self.date($0[0])!.month - 1) / 3 }), Set(0...3))
        XCTAssertTrue((900...1000).contains(lectures2016.count), "\(lectures2016.count) lectures in 2016")

        let trainings = try Self.records("trainings.csv")
        XCTAssertEqual(Set(trainings.filter { Self.date($0[2])?.year == 2016 }.map { $0[0] }), ["T2016-01", "T2016-02"])
    }

    /// The bureau's 2016 as Inputs/README.md tells it: 6 党委会, 9 专题会, 10 专题学习研讨 (中心组学习
    /// among them), 35 调研 (调研指导 among them), 5 lectures by its secretary.
    func testTheBureausTwoThousandSixteen() throws {
        let bureau = try Self.records("meetings.csv").filter { $0[1] == "JYJ" && Self.date($0[0])?.year == 2016 }
        func count(_ types: Set<String>) -> Int { bureau.filter { types.contains($0[2]) }.count }
        XCTAssertEqual(count(["党委会"]), 6)
        XCTAssertEqual(count(["专题会"]), 9)
        XCTAssertEqual(count(["专题学习研讨", "中心组学习"]), 10)
        XCTAssertEqual(count(["调研", "调研指导"]), 35)
        XCTAssertEqual(bureau.count, 60)
        let lectures = try Self.records("lectures.csv").filter { $0[1] == "JYJ" && Self.date($0[0])?.year == 2016 }
        XCTAssertEqual(lectures.filter { $0[3] == "书记" }.count, 5)
    }

    /// A sample file's records after the header (RFC 4180 quoting, a UTF-8 BOM, CRLF).
    static func records(_ name: String) throws -> [[String]] {
        var text = try String(contentsOf: inputs.appendingPathComponent(name), encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false
        for c in text.unicodeScalars {
            if quoted {
                if c == "\"" { quoted = false; afterQuote = true } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"":
                if afterQuote { field.append("\"") }
                quoted = true
            case ",": record.append(field); field = ""
            case "\r": break
            case "\n":
                record.append(field); field = ""
                records.append(record); record = []
            default: field.unicodeScalars.append(c)
            }
            afterQuote = false
        }
        return Array(records.dropFirst())
    }

    /// A date cell as the sample writes them: `2016-03-28`, `2016/3/28`, `2016/3/28 0:00` or
    /// `2016年3月28日`; nil for anything else.
    static func date(_ cell: String) -> (year: Int, month: Int)? {
        let parts = cell.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
        guard parts.count >= 3, parts[0] > 1900, (1...12).contains(parts[1]) else { return nil }
        return (parts[0], parts[1])
    }
}
