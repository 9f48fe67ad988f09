import Foundation
import XCTest
import TestSupport
import XLSX

/// The scoped write: temporary file, atomic rename, nothing left behind on failure, same bytes twice.
final class LifetimeTests: XCTestCase {
    struct BodyFailed: Error {}

    func testThrowingBodyLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        XCTAssertThrowsError(try Workbook.write(to: folder.file("out.xlsx"), properties: testProperties) { wb in
            try wb.addWorksheet("S").writeString("partial", row: 0, column: 0)
            throw BodyFailed()
        }) { error in XCTAssertTrue(error is BodyFailed) }
        XCTAssertEqual(try folder.contents(), [])
    }

    func testFailedWriteLeavesAnExistingFileUntouched() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("report.xlsx")
        let previous = Data("previous report".utf8)
        try previous.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Workbook.write(to: path, properties: testProperties) { wb in
            try wb.addWorksheet("S").writeNumber(.nan, row: 0, column: 0)
        })
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), previous)
        XCTAssertEqual(try folder.contents(), ["report.xlsx"])
    }

    func testSuccessfulWriteReplacesAnExistingFileAndLeavesNoTemporary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("report.xlsx")
        try Data("previous report".utf8).write(to: URL(fileURLWithPath: path))
        try Workbook.write(to: path, properties: testProperties) { wb in
            try wb.addWorksheet("S").writeNumber(42, row: 0, column: 0)
        }
        XCTAssertEqual(try folder.contents(), ["report.xlsx"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(Array(bytes.prefix(2)), [0x50, 0x4B], "a zip file starts with PK")
    }

    func testFailureAtCloseIsReportedAndLeavesNothing() throws {
        // The folder disappears while the body runs: libxlsxwriter fails at close with
        // LXW_ERROR_CREATING_XLSX_FILE (2 in common.h) and prints its own [ERROR] line.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inner = folder.file("reports")
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
        XCTAssertThrowsError(try Workbook.write(to: inner + "/out.xlsx", properties: testProperties) { wb in
            try wb.addWorksheet("S").writeNumber(1, row: 0, column: 0)
            try FileManager.default.removeItem(atPath: inner)
        }) { error in
            let error = error as? XLSXError
            XCTAssertEqual(error?.operation, "workbook_close")
            XCTAssertEqual(error?.libraryCode, 2)
        }
        XCTAssertEqual(try folder.contents(), [])
    }

    /// libxlsxwriter prints `[ERROR]` lines of its own when closing fails (here: its folder is
    /// gone); they are kept off standard error, and the error carries the system's reason.
    func testAFailedCloseKeepsTheLibrarysLinesOffStandardError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inner = folder.file("reports")
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
        let captured = folder.file("stderr.txt")
        let file = open(captured, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let saved = dup(2)
        dup2(file, 2)
        var thrown: Error?
        do {
            try Workbook.create(at: inner + "/out.xlsx", properties: testProperties) { wb in
                try wb.addWorksheet("S").writeNumber(1, row: 0, column: 0)
                try FileManager.default.removeItem(atPath: inner)
            }
        } catch {
            thrown = error
        }
        dup2(saved, 2)
        close(saved)
        close(file)
        XCTAssertEqual(try String(contentsOfFile: captured, encoding: .utf8), "")
        guard case .writeFailed(let code, _, let system)? = (thrown as? XLSXError)?.reason else { return XCTFail("\(String(describing: thrown))") }
        XCTAssertEqual(code, 2)
        XCTAssertEqual(system, "No such file or directory")
        XCTAssertEqual(try folder.contents(), ["stderr.txt"])
    }

    func testSameContentGivesIdenticalBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = folder.file("a.xlsx"), second = folder.file("b.xlsx")
        for path in [first, second] {
            try Workbook.write(to: path, properties: testProperties, SampleWorkbook.fill)
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        XCTAssertGreaterThan(a.count, 1000)
        XCTAssertEqual(a, b)
    }

    func testFormatsAreCreatedInFirstUseOrder() throws {
        // The same styles used in a different order must give a workbook whose cell → style
        // mapping is the same as read back; and two runs of one order give identical bytes
        // whatever order the cache dictionary iterates in (checked by the test above).
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("styles.xlsx")
        let styles = (0..<40).map { CellStyle(fontSize: Double(8 + $0)) }
        try Workbook.write(to: path, properties: testProperties) { wb in
            let sheet = try wb.addWorksheet("S")
            for (i, style) in styles.enumerated() { try sheet.writeNumber(Double(i), row: i, column: 0, style: style) }
        }
        let xml = try IndependentReader.zipEntry(path, "xl/styles.xml")
        // Fonts appear in the order the formats were created: sizes 8, 9, …, 47 after the default 11.
        let sizes: [String] = xml.components(separatedBy: "<sz val=\"").dropFirst().map { part in
            String(part.prefix { $0 != "\"" })
        }
        let created: [String] = (8..<48).filter { $0 != 11 }.map { String($0) }
        XCTAssertEqual(sizes, ["11"] + created)
    }
}
