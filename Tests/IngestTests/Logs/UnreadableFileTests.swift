import Foundation
import Model
import XCTest
@testable import Ingest

/// Rules §2: a log's file that cannot be read — not a regular file, opening or reading it fails,
/// its size changes while it is read — is one file error (`file_unreadable`) and the run goes on
/// without it: nothing of it counts, at whatever point it failed (its rows, problems, votes,
/// record ids, register entries and bytes of the fingerprint are undone). A log left with no
/// file read is missing; without the register the run stops.
final class UnreadableFileTests: XCTestCase {
    private let meetingsHeader = "日期,单位编码,会议类型,记录编号\n"

    /// A folder and a pipe named like logs are refused unopened (a pipe would block the run);
    /// a file whose reading fails (here a link to memory that cannot be read) is refused with
    /// the system's words. Each is one error in both languages, and the other files count.
    func testFilesThatCannotBeReadAreFileErrorsAndTheRunGoesOn() throws {
        let folder = try TempInputs(utf8Files([
            "sites.csv": standardSites,
            "meetings-1.csv": meetingsHeader + "2017-03-01,S001,支委会,A1\n",
        ]), testCase: self)
        try FileManager.default.createDirectory(atPath: "\(folder.path)/Lectures-2017.txt", withIntermediateDirectories: false)
        XCTAssertEqual(mkfifo("\(folder.path)/meetings-2.csv", 0o644), 0)
        #if os(Linux)
        try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/trainings.csv", withDestinationPath: "/proc/self/mem")
        #endif
        let run = try ingest(folder)

        let notRegular = Localized(zh: "未读取：无法读取此文件（这不是普通文件，可能是同名文件夹），其中的记录均未计入。",
                                   en: "not read: the file cannot be read (it is not a regular file); none of its rows count")
        for name in ["Lectures-2017.txt", "meetings-2.csv"] {
            let errors = run.diagnostics.filter { $0.location.file == name }
            XCTAssertEqual(errors.map(\.code), ["file_unreadable"], name)
            XCTAssertEqual(errors.first?.severity, .error)
            XCTAssertEqual(errors.first?.text, notRegular)
        }
        #if os(Linux)
        let failedRead = run.diagnostics.filter { $0.location.file == "trainings.csv" && $0.code == "file_unreadable" }
        XCTAssertEqual(failedRead.map(\.text), [Localized(
            zh: "未读取：无法读取此文件（\(folder.path)/trainings.csv：读取失败：Input/output error），其中的记录均未计入。",
            en: "not read: the file cannot be read (\(folder.path)/trainings.csv: cannot read: Input/output error); none of its rows count")])
        XCTAssertTrue(run.quality(.trainings).isMissing)
        #endif
        // The lectures log has no other file: missing. The meetings log has its first file.
        XCTAssertTrue(run.quality(.lectures).isMissing)
        XCTAssertEqual(run.quality(.lectures).fileProblems.map(\.code), ["file_unreadable", "missing_log"])
        XCTAssertEqual(run.quality(.meetings).files, ["meetings-1.csv"])
        assertCounts(run.counts(.meetings), read: 1, accepted: 1, rejected: 0)
    }

    /// The reasons inside the message, in both languages.
    func testTheReasonsInBothLanguages() {
        let cannotOpen = Catalogue.Files.notRead(InputFileError.cannotOpen(path: "/in/meetings.csv", errno: EACCES).text)
        XCTAssertEqual(cannotOpen.en, "not read: the file cannot be read (/in/meetings.csv: cannot open: Permission denied); none of its rows count")
        XCTAssertEqual(cannotOpen.zh, "未读取：无法读取此文件（/in/meetings.csv：无法打开：Permission denied），其中的记录均未计入。")
        let changed = Catalogue.Files.notRead(Catalogue.Files.changedWhileRead(listed: 120, read: 98))
        XCTAssertEqual(changed.en, "not read: the file cannot be read (it changed while it was read: 120 bytes, then 98; run again); none of its rows count")
        XCTAssertEqual(changed.zh, "未读取：无法读取此文件（读取时文件发生了变化，先为 120 字节，后为 98 字节；请重新运行），其中的记录均未计入。")
        let noConverter = InputFileError.noConverter(encoding: .gb18030, errno: EINVAL).text
        XCTAssertEqual(noConverter.en, "cannot convert GB18030 to UTF-8 (iconv_open: Invalid argument); install the system's iconv converters (glibc's gconv modules)")
        XCTAssertEqual(noConverter.zh, "无法将 GB18030 转换为 UTF-8（iconv_open：Invalid argument）；请安装系统的 iconv 转换模块（glibc 的 gconv 模块）")
    }

    /// Ingests `folder`, appending `extra` to the file named `growing` when its reading begins:
    /// the file then ends past the size listed, which is found once it was read whole.
    private func ingest(_ folder: TempInputs, growing: String, by extra: String,
                        parallelism: Parallelism = .sequential) throws -> Ingested {
        var diagnostics: [Diagnostic] = []
        var grown = false
        let (result, sink) = try Ingestor.run(
            inputs: folder.path, config: ReviewConfig(), onDiagnostic: { diagnostic, _ in diagnostics.append(diagnostic) },
            onProgress: { progress in
                guard progress.file == growing, !grown else { return }
                grown = true
                let handle = FileHandle(forWritingAtPath: "\(folder.path)/\(growing)")!
                handle.seekToEndOfFile()
                handle.write(Data(extra.utf8))
                handle.closeFile()
            },
            parallelism: parallelism, makeSink: { RecordingSink(siteCount: $0) })
        return Ingested(result: result, sink: sink, diagnostics: diagnostics, year: 2017)
    }

    /// A meetings file that grows while it is read was read whole — its rows merged, its
    /// problems told, its ids recorded — before its size gave it away: all of it is undone. The
    /// next file's M2 is no repeat, the counts, votes and lists are the other files', and the
    /// fingerprint is the one without it. On one thread and in parts; its 5,000 rows are past
    /// `FileRows.waitingLimit`, so they were counted in a sink of their own, then dropped.
    func testAFileThatChangesWhileReadCountsNothing() throws {
        var middle = meetingsHeader
        for i in 0..<5_000 { middle += "2016-0\(i % 9 + 1)-11,S00\(i % 2 + 1),支委会,M\(i)\n" }
        middle += "2016-05-05,S999,支委会,X\n2016-05-06,S001,支委会,M1\n"   // an unknown site, a repeat
        let files = utf8Files([
            "sites.csv": standardSites,
            "meetings-1.csv": meetingsHeader + "2017-03-01,S001,支委会,A1\n",
            "meetings-2.csv": middle,
            "meetings-3.csv": meetingsHeader + "2017-04-01,S002,支委会,M2\n",
        ])
        for parallelism in [Parallelism.sequential, Parallelism(threads: 3, partSize: 4 << 10)] {
            let folder = try TempInputs(files, testCase: self)
            let extra = "2016-05-07,S001,支委会,M9999\n"
            let run = try ingest(folder, growing: "meetings-2.csv", by: extra, parallelism: parallelism)
            let size = files["meetings-2.csv"]!.count
            XCTAssertEqual(run.quality(.meetings).fileProblems.filter { $0.location.file == "meetings-2.csv" }.map(\.text.en), [
                "not read: the file cannot be read (it changed while it was read: \(size) bytes, then \(size + extra.utf8.count); run again); none of its rows count",
            ])
            XCTAssertEqual(run.quality(.meetings).rowProblems, [], "its rows' problems are undone")
            XCTAssertEqual(run.quality(.meetings).files, ["meetings-1.csv", "meetings-3.csv"])
            assertCounts(run.counts(.meetings), read: 2, accepted: 2, rejected: 0)
            XCTAssertEqual(run.result.meetingYearVotes, [2017: 2])
            XCTAssertEqual(run.sink.meetings, [
                .meeting(site: 1, day: "2017-03-01", type: .branch_committee, attendees: nil, expected: nil),
                .meeting(site: 2, day: "2017-04-01", type: .branch_committee, attendees: nil, expected: nil),
            ])
            let without = try TempInputs(files.filter { $0.key != "meetings-2.csv" }, testCase: self)
            XCTAssertEqual(run.result.fingerprint, try ingest(without).result.fingerprint)
        }
    }

    /// A register file that grows while read adds no site: a log row naming one of its sites
    /// is an unknown site, and the register is the other file's.
    func testARegisterFileThatChangesWhileReadAddsNoSite() throws {
        let folder = try TempInputs(utf8Files([
            "sites-1.csv": standardSites,
            "sites-2.csv": "site_id,name,locale,ownership,level\nS003,新区小学,城区,公办,小学\n",
            "meetings.csv": meetingsHeader + "2017-03-01,S003,支委会,A1\n2017-03-02,S001,支委会,A2\n",
        ]), testCase: self)
        let run = try ingest(folder, growing: "sites-2.csv", by: "S004,另一小学,农村,公办,小学\n")
        XCTAssertEqual(run.result.sites.map(\.id), ["JYJ", "S001", "S002"])
        XCTAssertEqual(run.quality(.sites).files, ["sites-1.csv"])
        XCTAssertEqual(run.quality(.sites).fileProblems.filter { $0.location.file == "sites-2.csv" }.map(\.code), ["file_unreadable"])
        XCTAssertEqual(run.diagnostics(in: "meetings.csv").map(\.code), ["unknown_site_id"])
        assertCounts(run.counts(.meetings), read: 2, accepted: 1, rejected: 1)
    }
}

extension UnreadableFileTests {
    /// A file that would take its log past the most rows the tool counts is not read (rules §2:
    /// 2,147,483,647, so every tally's counts and sums fit): here with the limit lowered to 100,
    /// a register file of 150 rows after one of 60, told in both languages.
    func testAFileThatWouldPassTheRowLimitIsNotRead() throws {
        func register(_ range: Range<Int>) -> String {
            "site_id,name,locale,ownership,level\n" + range.map { "S\($0),小学\($0),城区,公办,小学\n" }.joined()
        }
        let folder = try TempInputs(utf8Files(["sites-1.csv": register(0..<60), "sites-2.csv": register(60..<210)]), testCase: self)
        var decoder = SiteDecoder(vocab: try Vocabularies(config: ReviewConfig(), file: "review.yml"))
        var problems = ProblemLog(log: .sites, emit: nil)
        func reader(_ name: String) throws -> LogFileReader {
            var reader = LogFileReader(path: "\(folder.path)/\(name)", name: name, encoding: nil,
                                       lookup: HeaderMap.lookup(.sites, config: ReviewConfig()),
                                       size: try FileManager.default.attributesOfItem(atPath: "\(folder.path)/\(name)")[.size] as! Int)
            reader.rowLimit = 100
            return reader
        }
        try reader("sites-1.csv").read(decoder: &decoder, problems: &problems, onRawBytes: nil)
        XCTAssertEqual(problems.read, 60)
        XCTAssertThrowsError(try reader("sites-2.csv").read(decoder: &decoder, problems: &problems, onRawBytes: nil)) { error in
            XCTAssertEqual((error as? UnreadableFile)?.reason, Localized(
                zh: "加上此文件，单位名册将超过 100 行，超出本工具能计数的行数",
                en: "with it the sites log would pass 100 rows, the most the tool counts"))
        }
        XCTAssertEqual(Catalogue.Files.tooManyRows(.meetings, limit: ProblemLog.rowLimit).en,
                       "with it the meetings log would pass 2,147,483,647 rows, the most the tool counts")
    }
}
