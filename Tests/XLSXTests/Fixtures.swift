import Foundation
import XCTest
import XLSX

/// A fresh, empty folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("xlsx-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Every entry, hidden ones (the temporary `.name.tmp-…` files) included.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// 2024-12-31T00:00:00Z: 19,723 days after 1970-01-01 (54 years with 13 leap days, minus 1 day).
let fixedCreated: Int64 = 1_735_603_200

let testProperties = DocumentProperties(
    created: fixedCreated, title: "年度述职 2024", subject: "Party-building review",
    author: "annual-review tests", manager: "Office lead", company: "某区教育局",
    category: "Report", keywords: "review, 2024", comments: "Generated in tests")

extension XCTestCase {
    /// Runs `Workbook.write` into a fresh folder and expects it to throw an `XLSXError`; checks the
    /// folder is left empty (no output, no temporary file). Returns the error for further checks.
    func expectWriteFailure(file: StaticString = #filePath, line: UInt = #line,
                            _ body: (Workbook) throws -> Void) throws -> XLSXError? {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            try Workbook.write(to: folder.file("out.xlsx"), properties: testProperties, body)
            XCTFail("the write succeeded", file: file, line: line)
            return nil
        } catch let error as XLSXError {
            XCTAssertEqual(try folder.contents(), [], "files left behind", file: file, line: line)
            return error
        }
    }
}
