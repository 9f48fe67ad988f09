import Foundation
import TestSupport
import XCTest

/// The same year kept as CSV and as workbooks gives the same report (rules §2 *Excel
/// workbooks*): Tests/Fixtures/small, and its four logs saved as .xlsx by openpyxl (dates and
/// numbers typed, inline strings) and by LibreOffice from the CSV files (shared strings).
final class WorkbookYearTests: XCTestCase {
    private func json(_ fixture: String) throws -> [String: Any] {
        let workspace = try Workspace(copying: fixture)
        defer { workspace.remove() }
        let run = try ReviewBinary.run(["build", "--json", "--out", "review.xlsx"], in: workspace.path)
        XCTAssertEqual(run.status, 0, run.stderr)
        var json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["fingerprint"] as? String)?.count, 64)
        json["fingerprint"] = nil
        return json
    }

    func testTheSmallYearAsWorkbooksGivesTheSameJSONAsItsCSV() throws {
        let csv = try json("small")
        for fixture in ["xlsx/small-openpyxl", "xlsx/small-libreoffice"] {
            let workbooks = try json(fixture)
            XCTAssertTrue(NSDictionary(dictionary: csv).isEqual(to: workbooks), fixture)
        }
    }

    /// `generate-sample --xlsx` writes the logs as workbooks (shared strings, dated numbers):
    /// a generated year reads the same from them as from its CSV files.
    func testAGeneratedYearAsWorkbooksGivesTheSameJSONAsAsCSV() throws {
        let generator = try TestPackage.product("generate-sample")
        let folder = try TestPackage.makeTemporaryFolder("workbook-year")
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [[String: Any]] = []
        for (name, extra) in [("csv", []), ("xlsx", ["--xlsx"])] {
            let inputs = folder.appendingPathComponent(name).path
            let generated = try runProgram(generator, ["--out", inputs, "--sites", "30", "--meetings-rows", "3000", "--plain"] + extra, in: folder)
            XCTAssertEqual(generated.status, 0, String(decoding: generated.stderr, as: UTF8.self))
            let files = try FileManager.default.contentsOfDirectory(atPath: inputs).filter { !$0.hasSuffix(".md") }.sorted()
            XCTAssertEqual(files, ["lectures", "meetings", "sites", "trainings"].map { "\($0).\(name)" })
            let run = try ReviewBinary.run(["build", "--json", "--inputs", inputs, "--out", inputs + ".xlsx", "--year", "2017"], in: folder.path)
            XCTAssertEqual(run.status, 0, run.stderr)
            var json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            json["fingerprint"] = nil
            outputs.append(json)
        }
        XCTAssertEqual((outputs[0]["files"] as? [String: Any]).map { ($0["meetings"] as? [String: Any])?["read"] as? Int }, 3000)
        XCTAssertTrue(NSDictionary(dictionary: outputs[0]).isEqual(to: outputs[1]))
    }

    func testValidateNamesTheRowAndColumnOfACell() throws {
        let workspace = try Workspace(copying: "xlsx/small-libreoffice")
        defer { workspace.remove() }
        let run = try ReviewBinary.run(["validate", "--lang", "en"], in: workspace.path)
        XCTAssertEqual(run.status, 1)
        // The same problems as small/'s CSV: the row is the sheet's row, the column its ordinal.
        XCTAssertEqual(run.stdout.split(separator: "\n").filter { $0.hasPrefix("meetings.xlsx:") }, [
            "meetings.xlsx: info: Excel workbook, sheet \"meetings\"",
            "meetings.xlsx:11:4: warning: 实到人数 12 is more than the 10 expected; attendance counts at most 10.",
            "meetings.xlsx:12:1: error: 日期 `2017-02-30` is not a date: month 2 of 2017 has 28 days.",
            "meetings.xlsx:13:2: error: 单位编码 `S999` is not in the register (sites.xlsx); add the site there or correct the code.",
            "meetings.xlsx:14:7: error: 记录编号 `M9` was already used in meetings.xlsx, so this row is a repeat; the first row is kept.",
            // small/ holds one meeting of 2016 (M0): too little to compare with (rules §4.5).
            "meetings.xlsx: info: meetings: the 2016 rows cover 1 month, fewer than the 10 needed; no comparison with 2016",
        ])
    }
}
