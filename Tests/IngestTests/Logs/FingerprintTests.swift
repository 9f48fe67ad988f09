import Foundation
import Model
import TestSupport
import XCTest
@testable import Ingest

/// The input fingerprint of rules §5, checked against Python's hashlib over the byte layout written
/// out independently: for each input in the order of its base name's UTF-8 bytes, the name's
/// bytes, a zero byte, the length as 8 bytes little-endian, then the bytes.
final class FingerprintTests: XCTestCase {
    /// The expected SHA-256 of `files` (base name → path), computed by Python.
    private func pythonFingerprint(_ files: [(name: String, path: String)]) throws -> String {
        let script = """
            import hashlib, struct, sys
            args = sys.argv[1:]
            pairs = sorted(zip(args[0::2], args[1::2]), key=lambda p: p[0].encode("utf-8"))
            h = hashlib.sha256()
            for name, path in pairs:
                data = open(path, "rb").read()
                h.update(name.encode("utf-8") + b"\\x00" + struct.pack("<Q", len(data)) + data)
            print(h.hexdigest())
            """
        let run = try runProgram("/usr/bin/env", ["python3", "-c", script] + files.flatMap { [$0.name, $0.path] })
        XCTAssertEqual(run.status, 0, String(decoding: run.stderr, as: UTF8.self))
        return String(decoding: run.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Workbooks are taken as their files' bytes; one that cannot be read is left out.
    func testFingerprintTakesTheBytesOfTheWorkbooksRead() throws {
        let folder = try TempInputs(testCase: self)
        let small = try TestPackage.fixture("xlsx/small-openpyxl")
        for name in ["sites.xlsx", "meetings.xlsx", "lectures.xlsx", "trainings.xlsx"] {
            try folder.write(name, [UInt8](try Data(contentsOf: small.appendingPathComponent(name))))
        }
        try folder.write("meetings-2.xlsx", TestPackage.fixtureBytes("xlsx/hostile/truncated.xlsx"))
        let run = try ingest(folder)
        XCTAssertEqual(run.diagnostics(in: "meetings-2.xlsx").map(\.code), ["workbook_unreadable"])
        let read = ["sites.xlsx", "meetings.xlsx", "lectures.xlsx", "trainings.xlsx"].map { (name: $0, path: "\(folder.path)/\($0)") }
        XCTAssertEqual(run.result.fingerprint, try pythonFingerprint(read))
    }

    func testFingerprintCoversEveryInputInNameOrder() throws {
        let folder = try TempInputs(testCase: self)
        try folder.write("sites.csv", Array("\u{FEFF}".utf8) + Array(standardSites.utf8))
        try folder.write("sites-b.csv", "site_id,name,locale,ownership,level\r\nS009,九小,农村,公办,小学\r\n")
        try folder.write("meetings-b.csv", "日期,单位编码,会议类型\n2017-03-01,S001,支委会\n")
        try folder.write("meetings-a.csv", "日期,单位编码,会议类型\n2017-03-02,S001,支委会\n")
        try folder.write("lectures.csv", try gb18030("日期,单位编码\n2017-03-02,S001\n"))
        try folder.write("trainings.csv", "")
        try folder.write("notes.txt", "not an input")
        let config = InputFile(name: "review.yml", bytes: Array("year: 2017\n".utf8))
        let draft = InputFile(name: "draft.zh.md", bytes: Array("# 述职要点\n".utf8))
        try folder.write("extra/review.yml", config.bytes)
        try folder.write("extra/draft.zh.md", draft.bytes)

        let run = try ingest(folder, extraInputs: [config, draft])
        let inFolder = ["sites.csv", "sites-b.csv", "meetings-a.csv", "meetings-b.csv", "lectures.csv", "trainings.csv"]
            .map { (name: $0, path: "\(folder.path)/\($0)") }
        let extras = ["review.yml", "draft.zh.md"].map { (name: $0, path: "\(folder.path)/extra/\($0)") }
        let expected = try pythonFingerprint(inFolder + extras)
        XCTAssertEqual(expected.count, 64)
        XCTAssertEqual(run.result.fingerprint, expected)

        // Without the extras, only the logs.
        XCTAssertEqual(try ingest(folder).result.fingerprint, try pythonFingerprint(inFolder))
    }

    /// Rules §2: every log file read counts — Chinese names, any ASCII case, Excel's
    /// UTF-16 `.txt` export — and nothing that is not read: a workbook (named `.xlsx` or saved
    /// under a `.csv` name), a file of no log, a hidden or lock file.
    func testFingerprintCoversTheFilesReadOnly() throws {
        let folder = try TempInputs(utf8Files([
            "单位名册.csv": standardSites,
            "Meetings.CSV": "日期,单位编码,会议类型\n2017-03-01,S001,支委会\n",
            "notes.csv": "日期,单位编码,会议类型\n",
            ".hidden.csv": "日期,单位编码,会议类型\n",
        ]), testCase: self)
        try folder.write("会议记录-2.txt", [0xFF, 0xFE] + "日期\t单位编码\t会议类型\r\n2017-03-02\tS001\t支委会\r\n".utf16
            .flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try folder.write("trainings.csv", [0x50, 0x4B, 0x03, 0x04, 0x0A, 0x00])
        try folder.write("lectures.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x0A, 0x00])
        try folder.write("~$Meetings.xlsx", [0x05, 0x00])
        let config = InputFile(name: "review.yml", bytes: Array("year: 2017\n".utf8))
        try folder.write("review.yml", config.bytes)

        let run = try ingest(folder, extraInputs: [config])
        assertCounts(run.counts(.meetings), read: 2, accepted: 2, rejected: 0)
        let read = ["单位名册.csv", "Meetings.CSV", "会议记录-2.txt", "review.yml"].map { (name: $0, path: "\(folder.path)/\($0)") }
        XCTAssertEqual(run.result.fingerprint, try pythonFingerprint(read))
    }

    /// One changed byte anywhere changes it; a renamed file changes it.
    func testFingerprintFollowsBytesAndNames() throws {
        let folder = try TempInputs(utf8Files(["sites.csv": standardSites, "meetings.csv": "日期,单位编码,会议类型\n"]), testCase: self)
        let before = try ingest(folder).result.fingerprint
        try folder.write("meetings.csv", "日期,单位编码,会议类型\r")
        let changed = try ingest(folder).result.fingerprint
        XCTAssertNotEqual(before, changed)
        try FileManager.default.moveItem(atPath: "\(folder.path)/meetings.csv", toPath: "\(folder.path)/meetings-1.csv")
        let renamed = try ingest(folder).result.fingerprint
        XCTAssertNotEqual(changed, renamed)
        XCTAssertEqual(renamed, try pythonFingerprint([("sites.csv", "\(folder.path)/sites.csv"),
                                                       ("meetings-1.csv", "\(folder.path)/meetings-1.csv")]))
    }
}
