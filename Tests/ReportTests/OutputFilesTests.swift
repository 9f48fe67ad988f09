import Foundation
import Model
@testable import Report
import TestSupport
import XCTest

/// The report's files written together (rules §5): each to a temporary file beside its place,
/// then renamed back to back; a target not to be replaced, or a rename that fails, leaves every
/// file as it was; what runs that are gone left behind is removed.
final class OutputFilesTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = try TestPackage.makeTemporaryFolder("output-files").path
    }

    override func tearDown() {
        if let folder {
            _ = try? runProgram("/bin/chmod", ["-R", "u+w", folder])
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    private func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    private func contents(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
    }

    func testTheWorkbookTheDraftAndTheJSONAreWrittenTogether() throws {
        try ReportFiles.write(DraftFixture.data(), workbook: folder + "/review.xlsx", json: (folder + "/summary.json", "{}\n"))
        XCTAssertEqual(try names(), [".annual-review.lock", "review.md", "review.xlsx", "summary.json"])
        XCTAssertEqual(try contents("summary.json"), Data("{}\n".utf8))
        XCTAssertEqual(try contents("review.md").prefix(2), Data("# ".utf8))
    }

    /// The old pair, and a second build of other data refused by a read-only draft: both files
    /// as they were, nothing else left, the message whole.
    func testAReadOnlyDraftKeepsBothFiles() throws {
        let workbook = folder + "/review.xlsx"
        try ReportFiles.write(DraftFixture.data(organisation: "甲县教育局"), workbook: workbook)
        let old = (try contents("review.xlsx"), try contents("review.md"))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder + "/review.md")
        XCTAssertThrowsError(try ReportFiles.write(DraftFixture.data(organisation: "乙县教育局"), workbook: workbook,
                                                   json: (folder + "/summary.json", "{}\n"))) { error in
            guard let error = error as? ReportFiles.WriteError, case .notReplaceable = error else { return XCTFail("\(error)") }
            XCTAssertEqual(error.message(.zh), "error: 无法替换 \(self.folder!)/review.md：该文件是只读的；请先改为可写，或另选位置")
            XCTAssertEqual(error.message(.en), "error: cannot replace \(self.folder!)/review.md: the file is read-only; make it writable or choose another path")
        }
        XCTAssertEqual(try contents("review.xlsx"), old.0)
        XCTAssertEqual(try contents("review.md"), old.1)
        XCTAssertEqual(try names(), [".annual-review.lock", "review.md", "review.xlsx"])
    }

    /// A rename that fails after another succeeded: the one done is undone — the old file put
    /// back, a file that was not there before removed.
    func testAFailedRenameUndoesTheOnesBefore() throws {
        for (name, text) in [("a.xlsx", "old workbook"), ("a.md", "old draft")] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        var files = OutputSet()
        try files.add(Array("new workbook".utf8), for: folder + "/a.xlsx")
        try files.add(Array("new JSON".utf8), for: folder + "/a.json")
        let draft = files.temporary(for: folder + "/a.md")
        // Never written: its rename fails, after the workbook's and the JSON's.
        XCTAssertThrowsError(try files.commit()) { error in
            guard let error = error as? ReportFiles.WriteError, case .file(let path, let reason) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, self.folder + "/a.md")
            XCTAssertEqual(reason, "No such file or directory")
        }
        files.discard()
        XCTAssertFalse(FileManager.default.fileExists(atPath: draft))
        XCTAssertEqual(try contents("a.xlsx"), Data("old workbook".utf8))
        XCTAssertEqual(try contents("a.md"), Data("old draft".utf8))
        XCTAssertEqual(try names(), ["a.md", "a.xlsx"])
    }

    /// A device is never replaced by a file (`--json-file /dev/null` must not replace it).
    func testADeviceIsNotReplaced() throws {
        XCTAssertEqual(OutputSet.replaceProblem("/dev/null"), Catalogue.Report.targetNotAFile("/dev/null"))
        XCTAssertEqual(OutputSet.replaceProblem(folder), Catalogue.Report.targetIsAFolder(folder))
        XCTAssertNil(OutputSet.replaceProblem(folder + "/nothing-here.xlsx"))
    }

    func testTemporaryNamesCarryTheProcessId() {
        let name = OutputSet.temporaryName(for: "Reports/annual-review-2017.xlsx", suffix: "xlsx")
        XCTAssertTrue(name.hasPrefix("Reports/.annual-review-2017.xlsx.tmp-\(getpid())-"), name)
        XCTAssertTrue(name.hasSuffix(".xlsx"), name)
        XCTAssertEqual(OutputSet.temporaryOwner(String(name.dropFirst("Reports/".count))), getpid())
        // A long name is cut, so the whole stays a file name (255 bytes).
        let long = OutputSet.temporaryName(for: String(repeating: "报", count: 80) + ".md", suffix: "md")
        XCTAssertLessThanOrEqual(long.utf8.count, 255)
        XCTAssertEqual(OutputSet.temporaryOwner(long), getpid())
        for other in ["r.xlsx.tmp-12-ab.xlsx", ".r.xlsx.tmp-12-AB.xlsx", ".r.xlsx.tmp--ab.xlsx", ".r.xlsx.tmp-12-ab",
                      ".r.xlsx.tmp-12-0123456789abcdef0.xlsx", ".r.xlsx.tmp-0-ab.xlsx", ".notes.txt"] {
            XCTAssertNil(OutputSet.temporaryOwner(other), other)
        }
        XCTAssertEqual(OutputSet.temporaryOwner(".r.xlsx.tmp-12-ab.bak"), 12)
        XCTAssertEqual(OutputSet.suffix(of: "a/b.XLSX"), "XLSX")
        XCTAssertEqual(OutputSet.suffix(of: "a/review"), "tmp")
        XCTAssertEqual(OutputSet.folder(of: "r.xlsx"), ".")
        XCTAssertEqual(OutputSet.folder(of: "/r.xlsx"), "/")
        XCTAssertEqual(OutputSet.folder(of: "a/b/r.xlsx"), "a/b")
    }
}
