import Foundation
import TestSupport
import XCTest

/// Text from the inputs is written as text, never as a formula, on every sheet that shows it.
final class WorkbookTextTests: XCTestCase {
    func testInputTextThatLooksLikeAFormulaStaysText() throws {
        let binary = try AnnualReviewBinary()
        defer { binary.remove() }
        let folder = binary.folder
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.copyItem(at: TestPackage.root.appendingPathComponent("Tests/Fixtures/small"), to: inputs)
        let evil = "=cmd|' /C calc'!A0"
        // A site whose name is a formula, and a meeting whose type is one (rejected: unknown
        // type, so the value shows on the Data quality sheet).
        let sites = inputs.appendingPathComponent("sites.csv")
        let register = try String(contentsOf: sites, encoding: .utf8)
        try (register + "S005,\"\(evil)\",农村,民办,幼儿园,河口镇,,,3,0,,,无\n").write(to: sites, atomically: true, encoding: .utf8)
        let meetings = inputs.appendingPathComponent("meetings.csv")
        let log = try String(contentsOf: meetings, encoding: .utf8)
        try (log + "2017-06-01,S001,=SUM(1;2),5,5,\"\(evil)\",M99\n").write(to: meetings, atomically: true, encoding: .utf8)

        let xlsx = folder.appendingPathComponent("review.xlsx").path
        let result = try binary.run(["build", "--inputs", inputs.path, "--out", xlsx, "--quiet"])
        XCTAssertEqual(result.exitCode, 0, result.stderr)
        let dump = try IndependentReader.read(xlsx)

        let sitesSheet = try XCTUnwrap(dump.sheet("单位明细"))
        let name = try XCTUnwrap(sitesSheet.cells.values.first { $0.value == .string(evil) })
        XCTAssertEqual(name.type, "s")
        let ranking = try XCTUnwrap(dump.sheet("排名"))
        XCTAssertFalse(ranking.cells.values.contains { $0.type == "f" })
        let quality = try XCTUnwrap(dump.sheet("数据质量"))
        let value = try XCTUnwrap(quality.cells.values.first { $0.value == .string("=SUM(1;2)") })
        XCTAssertEqual(value.type, "s")
        for sheet in dump.sheets {
            XCTAssertFalse(sheet.cells.values.contains { $0.type == "f" }, "\(sheet.name) holds a formula")
        }
    }
}
