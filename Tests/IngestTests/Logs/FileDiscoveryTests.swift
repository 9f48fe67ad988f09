import Foundation
import Model
import XCTest
@testable import Ingest

/// Rules §2, the inputs folder's file names: a log's files are named by its id or its
/// Chinese name, ASCII case ignored, as `.csv` or Excel's UTF-16 "Unicode text" `.txt`; a
/// workbook is named and refused; files of no log and other workbook formats get a warning; lock
/// and hidden files are passed over; a log none of whose files could be read is missing.
final class FileDiscoveryTests: XCTestCase {
    /// A whole-file diagnostic, its texts in both languages written out by hand.
    private struct Note: Equatable, CustomStringConvertible {
        var file: String
        var severity: Severity
        var code: String
        var zh: String
        var en: String

        init(_ severity: Severity, _ file: String, _ code: String, zh: String, en: String) {
            self.file = file; self.severity = severity; self.code = code; self.zh = zh; self.en = en
        }

        init(_ d: Diagnostic) {
            self.init(d.severity, d.location.description, d.code, zh: d.text.zh, en: d.text.en)
        }

        var description: String { "\(file): \(severity): [\(code)]\n  zh: \(zh)\n  en: \(en)" }
    }

    private func assertNotes(_ actual: [Diagnostic], _ expected: [Note], file: StaticString = #filePath, line: UInt = #line) {
        let actual = actual.map(Note.init)
        for (a, e) in zip(actual, expected) where a != e {
            XCTFail("expected\n\(e)\ngot\n\(a)", file: file, line: line)
        }
        XCTAssertEqual(actual.count, expected.count, "\(actual)", file: file, line: line)
    }

    /// The codes of the notes on files not read and on missing logs.
    private static let folderCodes: Set = ["not_a_log_file", "format_not_read", "workbook_unreadable", "workbook_under_text_name", "missing_log"]

    /// The first bytes of an .xlsx workbook cut short: a zip archive's local file header, then
    /// bytes that are neither UTF-8 nor text (a NUL, 0xFF), with line breaks that would make
    /// rows of them.
    private static let workbookBytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00,
                                                 0xFF, 0xFE, 0x0A, 0xC3, 0x28, 0x0A, 0x2C, 0x2C, 0x0D, 0x0A, 0x9A, 0x0A]

    /// `text` as Excel's "Unicode text" export writes it: UTF-16 LE with a byte-order mark.
    private static func utf16LE(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    /// A clerk's folder: the register under its Chinese name; meetings as `Meetings.csv` and a
    /// UTF-16 tab-delimited `会议记录.txt`; lectures as `Lectures.CSV`, `党课记录-2017.csv` and a
    /// workbook `lectures-2016.xlsx`; trainings only as a workbook saved as `trainings.csv`; files of
    /// no log, old formats, lock files, hidden files and the usual companions.
    private func clerksFolder() throws -> TempInputs {
        let folder = try TempInputs(utf8Files([
            "单位名册.csv": standardSites,
            "Meetings.csv": "日期,单位编码,会议类型\n2017-01-10,S001,支委会\n",
            "Lectures.CSV": "日期,单位编码\n2017-03-01,S001\n2017-04-01,S002\n",
            "党课记录-2017.csv": "日期,单位编码,主讲人身份\n2017-05-01,S001,书记\n",
            "notes.csv": "随手记\n",
            "README.md": "# 说明\n",
            "review.yml": "year: 2017\n",
            "templates/draft.zh.md": "# 述职要点\n",
            ".hidden.csv": "日期,单位编码\n2017-06-01,S001\n",
            ".~lock.Meetings.csv#": ",clerk,PC,01.03.2018 09:00,file:///C:/Users/clerk/AppData/Roaming/LibreOffice/4;",
        ]), testCase: self)
        try folder.write("会议记录.txt", Self.utf16LE("日期\t单位编码\t会议类型\r\n2017-02-10\tS002\t党小组会\r\n2016-12-10\tS002\t支委会\r\n"))
        try folder.write("trainings.csv", Self.workbookBytes)
        try folder.write("lectures-2016.xlsx", Self.workbookBytes)
        try folder.write("汇总.xlsx", Self.workbookBytes)
        try folder.write("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        try folder.write("培训记录-旧.et", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        try folder.write("~$meetings.xlsx", [0x05, 0x63, 0x6C, 0x65, 0x72, 0x6B])
        return folder
    }

    func testAClerksFolderIsSortedOut() throws {
        let folder = try clerksFolder()
        let run = try ingest(folder)

        // The files read, each log's in the order of their names' UTF-8 bytes (M 0x4D before
        // 会 0xE4; L 0x4C before 党 0xE5); the workbooks that cannot be read are not among them.
        XCTAssertEqual(LogKind.allCases.map { run.quality($0).files }, [
            ["单位名册.csv"], ["Meetings.csv", "会议记录.txt"], ["Lectures.CSV", "党课记录-2017.csv"], [],
        ])
        XCTAssertEqual(LogKind.allCases.map { run.quality($0).isMissing }, [false, false, false, true])

        // The notes on files not read come first, in name order; nothing about the lock files,
        // the hidden file, README.md, review.yml or templates/. The workbooks cut short are
        // read, refused one line each, and the log of the only one is missing.
        let notALog = (
            zh: "未读取：文件名不是日志的名称。日志文件名以单位名册、会议记录、党课记录或培训记录（或 sites、meetings、lectures 或 trainings）开头，以 .csv 或 .xlsx 结尾，例如 会议记录.csv、会议记录-2017.xlsx。",
            en: "not read: the name is not a log's. A log's file name starts with sites, meetings, lectures or trainings (or 单位名册, 会议记录, 党课记录 or 培训记录) and ends in .csv or .xlsx: meetings.csv, 会议记录-2017.xlsx")
        let xls = Note(.warning, "old.xls", "format_not_read",
            zh: "未读取：不能读取 .xls 文件。如是日志，请在 Excel 或 WPS 中打开，另存为“CSV UTF-8（逗号分隔）”格式，并按日志命名，例如 会议记录.csv。",
            en: "not read: .xls files are not read. If it is a log, open it in Excel or WPS and save it as CSV UTF-8, named for its log: meetings.csv, 会议记录.csv")
        let workbookAsCSV = Note(.warning, "trainings.csv", "workbook_under_text_name",
            zh: "这是一个 Excel 工作簿，只是文件名以 .csv 结尾，已按工作簿读取。请把文件名改为以 .xlsx 结尾。",
            en: "this is an Excel workbook saved under a .csv name, read as a workbook: rename it to end in .xlsx")
        let et = Note(.warning, "培训记录-旧.et", "format_not_read",
            zh: "未读取：不能读取 .et 文件。请在 Excel 或 WPS 中打开，另存为“CSV UTF-8（逗号分隔）”格式的 培训记录-旧.csv。",
            en: "not read: .et files are not read. Open it in Excel or WPS and save it as CSV UTF-8 (培训记录-旧.csv)")
        let cutShort = (
            zh: "未读取：无法读取此 Excel 工作簿（它不是完整的 zip 文件，可能已损坏或没有复制完整），其中的记录均未计入。",
            en: "not read: the Excel workbook cannot be read (it is not a whole zip archive: damaged, or cut short); none of its rows count")
        let missingTrainings = Note(.warning, "trainings.csv", "missing_log",
            zh: "缺少培训记录：\(folder.path) 中没有可读取的 培训记录.csv 或 trainings.csv。由它得出的数字（培训次数、参训人次、培训学时及相应得分）留空，不按 0 计。如有此记录，请将文件命名为 培训记录.csv 或 trainings.csv。",
            en: "no trainings log: \(folder.path) holds no trainings.csv or 培训记录.csv that can be read. The figures it feeds (the trainings, their participants and person-hours, and their score parts) stay empty, not 0. To add it, name the file trainings.csv or 培训记录.csv")
        let folderNotes = [
            Note(.warning, "notes.csv", "not_a_log_file", zh: notALog.zh, en: notALog.en),
            xls,
            workbookAsCSV,
            et,
            Note(.warning, "汇总.xlsx", "not_a_log_file", zh: notALog.zh, en: notALog.en),
        ]
        XCTAssertEqual(Array(run.diagnostics.prefix(folderNotes.count)).map(Note.init), folderNotes)
        assertNotes(run.diagnostics.filter { Self.folderCodes.contains($0.code) }, folderNotes + [
            Note(.error, "lectures-2016.xlsx", "workbook_unreadable", zh: cutShort.zh, en: cutShort.en),
            Note(.error, "trainings.csv", "workbook_unreadable", zh: cutShort.zh, en: cutShort.en),
            missingTrainings,
        ])

        // Each goes with its log's file problems (a file of no log with the register's), so the
        // Data quality sheet lists them all; one error for each workbook, none for its "lines".
        // (The column gaps of the files read are told apart: NearMissHeaderTests.)
        func folderProblems(_ log: LogKind) -> [String] {
            run.quality(log).fileProblems.filter { !Ingested.columnGapCodes.contains($0.code) }.map(\.location.file)
        }
        XCTAssertEqual(folderProblems(.sites), ["notes.csv", "old.xls", "汇总.xlsx"])
        XCTAssertEqual(folderProblems(.lectures), ["lectures-2016.xlsx"])
        XCTAssertEqual(run.quality(.trainings).fileProblems.map(\.location.file), ["trainings.csv", "培训记录-旧.et", "trainings.csv", "trainings.csv"])
        XCTAssertEqual(run.quality(.trainings).rowProblems, [])
        XCTAssertEqual(run.diagnostics.filter { $0.severity == .error }.map(\.location.file), ["lectures-2016.xlsx", "trainings.csv"])

        // The UTF-16 .txt is read like a CSV file: its encoding noted, its tabs split.
        XCTAssertEqual(run.diagnostics(in: "会议记录.txt").map(\.severity), [.info])
        // Every row accounted for: meetings 1 + 2 (one of 2016), lectures 2 + 1; a refused log 0.
        assertCounts(run.counts(.sites), read: 3, accepted: 3, rejected: 0)
        assertCounts(run.counts(.meetings), read: 3, accepted: 2, rejected: 0, outOfPeriod: 1)
        assertCounts(run.counts(.lectures), read: 3, accepted: 3, rejected: 0)
        assertCounts(run.counts(.trainings), read: 0, accepted: 0, rejected: 0)
        XCTAssertEqual(run.sink.meetings, [
            .meeting(site: 1, day: "2017-01-10", type: .branch_committee, attendees: nil, expected: nil),
            .meeting(site: 2, day: "2017-02-10", type: .party_group, attendees: nil, expected: nil),
            .meeting(site: 2, day: "2016-12-10", type: .branch_committee, attendees: nil, expected: nil),
        ])
        XCTAssertEqual(run.sink.lectures, [
            .lecture(site: 1, day: "2017-03-01", role: .other),
            .lecture(site: 2, day: "2017-04-01", role: .other),
            .lecture(site: 1, day: "2017-05-01", role: .secretary),
        ])
        XCTAssertEqual(run.sink.trainings, [])
    }

    /// `meetings.xlsx` beside `Meetings.csv` (stems equal ignoring ASCII case) stops the run,
    /// naming both; so do text files of one stem, every group named at once.
    func testTwoFilesOfOneStemStopTheRun() throws {
        let folder = try clerksFolder()
        try folder.write("meetings.xlsx", Self.workbookBytes)
        XCTAssertThrowsError(try ingest(folder)) { error in
            XCTAssertEqual(error as? IngestError, .sameLogFileTwice(inputs: folder.path, groups: [["Meetings.csv", "meetings.xlsx"]]))
            XCTAssertEqual((error as? IngestError)?.message(.en),
                           "error: files of the same log share a name: Meetings.csv and meetings.xlsx. Their rows would count twice (an export beside its source?): keep one of each and move the others out of \(folder.path)")
            XCTAssertEqual((error as? IngestError)?.message(.zh),
                           "error: 同一日志的文件重名：Meetings.csv 和 meetings.xlsx。其中的记录会被重复计算（可能一个是另一个导出的副本）：每组只保留一个，把其余的移出 \(folder.path)。")
            XCTAssertEqual((error as? IngestError)?.description, (error as? IngestError)?.message(.en))
        }
        try folder.write("LECTURES.txt", Self.utf16LE("日期\t单位编码\r\n"))
        try folder.write("lectures.csv", "日期,单位编码\n")
        XCTAssertThrowsError(try ingest(folder)) { error in
            // The folder's Lectures.CSV makes three of one stem. Groups in the order of their first
            // names: LECTURES.txt (L E) before Lectures.CSV (L e) before Meetings.csv (M).
            XCTAssertEqual(error as? IngestError, .sameLogFileTwice(inputs: folder.path, groups: [
                ["LECTURES.txt", "Lectures.CSV", "lectures.csv"], ["Meetings.csv", "meetings.xlsx"],
            ]))
            XCTAssertEqual((error as? IngestError)?.message(.en),
                           "error: files of the same log share a name: LECTURES.txt, Lectures.CSV and lectures.csv; Meetings.csv and meetings.xlsx. Their rows would count twice (an export beside its source?): keep one of each and move the others out of \(folder.path)")
            XCTAssertEqual((error as? IngestError)?.message(.zh),
                           "error: 同一日志的文件重名：LECTURES.txt、Lectures.CSV 和 lectures.csv；Meetings.csv 和 meetings.xlsx。其中的记录会被重复计算（可能一个是另一个导出的副本）：每组只保留一个，把其余的移出 \(folder.path)。")
        }
    }

    /// A bad alias in the config stops the run before any file of the folder is told of: the
    /// config error alone, not a list of file notes followed by it.
    func testABadConfigAliasStopsTheRunBeforeAnyFileNote() throws {
        let folder = try TempInputs(utf8Files(["sites.csv": standardSites, "notes.csv": "x\n"]), testCase: self)
        var config = ReviewConfig()
        config.valueAliases = ["meeting_type": ["branch_general": ["支委会"]]]  // 支委会 is branch_committee's
        var seen: [Diagnostic] = []
        XCTAssertThrowsError(try Ingestor.run(inputs: folder.path, config: config, onDiagnostic: { diagnostic, _ in seen.append(diagnostic) },
                                              makeSink: { RecordingSink(siteCount: $0) })) { error in
            XCTAssertTrue(error is ConfigError, "\(error)")
        }
        XCTAssertEqual(seen, [])
    }

    /// A register none of whose files could be read is missing, and without it the run stops
    /// (exit 2), after the files that could not be read were named.
    func testARegisterThatCannotBeReadStopsTheRun() throws {
        for (name, bytes) in [("单位名册.csv", Self.workbookBytes), ("Sites.xlsx", Self.workbookBytes), ("sites-2017.TXT", Self.workbookBytes)] {
            let folder = try TempInputs(utf8Files(["meetings.csv": "日期,单位编码,会议类型\n"]), testCase: self)
            try folder.write(name, bytes)
            var seen: [Diagnostic] = []
            XCTAssertThrowsError(try Ingestor.run(inputs: folder.path, config: ReviewConfig(), onDiagnostic: { diagnostic, _ in seen.append(diagnostic) },
                                                  makeSink: { RecordingSink(siteCount: $0) })) { error in
                XCTAssertEqual(error as? IngestError, .noSitesLog(folder.path))
                XCTAssertEqual((error as? IngestError)?.message(.en),
                               "error: \(folder.path) has no sites.csv or 单位名册.csv that can be read; the register of sites is required (run `annual-review template` for its columns)")
                XCTAssertEqual((error as? IngestError)?.message(.zh),
                               "error: \(folder.path) 中没有可读取的 单位名册.csv 或 sites.csv；单位名册是必需的（运行“annual-review template”可得到它的各列）。")
            }
            // The other logs have no file: missing, told before any file is read.
            let underTextName = name.hasSuffix(".xlsx") ? [] : [name]
            XCTAssertEqual(seen.map(\.location.file), underTextName + ["lectures.csv", "trainings.csv", name], name)
            XCTAssertEqual(seen.map(\.code), underTextName.map { _ in "workbook_under_text_name" } + ["missing_log", "missing_log", "workbook_unreadable"], name)
            if name.hasSuffix(".TXT") {
                // A workbook under a .txt name is named by its extension, in small letters.
                XCTAssertEqual(seen.first?.text, Localized(
                    zh: "这是一个 Excel 工作簿，只是文件名以 .txt 结尾，已按工作簿读取。请把文件名改为以 .xlsx 结尾。",
                    en: "this is an Excel workbook saved under a .txt name, read as a workbook: rename it to end in .xlsx"))
            }
        }
        XCTAssertThrowsError(try ingest(TempInputs(utf8Files(["meetings.csv": "日期,单位编码,会议类型\n", "site.csv": standardSites]), testCase: self)))
    }

    /// The log a name is named for: its id or its Chinese name starts the name, ASCII case
    /// ignored, nothing else folded.
    func testTheLogANameIsNamedFor() {
        let cases: [(String, LogKind?)] = [
            ("Lectures.CSV", .lectures), ("MEETINGS-s01.csv", .meetings), ("党课记录-2017.csv", .lectures),
            ("单位名册.csv", .sites), ("SiTeS.txt", .sites), ("trainings2017.xlsx", .trainings), ("培训记录.txt", .trainings),
            ("site.csv", nil), ("training.csv", nil), ("my-meetings.csv", nil), ("会议.csv", nil), ("单位名册", .sites),
            ("ｍeetings.csv", nil), ("lectures", .lectures), ("党课.csv", nil), (" sites.csv", nil),
        ]
        for (name, log) in cases { XCTAssertEqual(InputFolder.log(named: name), log, name) }
        // What makes the match unambiguous: no name is a prefix of another, nor of another's
        // ASCII-case variant.
        let names = LogKind.allCases.flatMap(\.fileNames)
        XCTAssertEqual(names, ["sites", "单位名册", "meetings", "会议记录", "lectures", "党课记录", "trainings", "培训记录"])
        for a in names { for b in names where a != b { XCTAssertFalse(b.lowercased().hasPrefix(a.lowercased()), "\(a) starts \(b)") } }
    }

    /// The missing-log warning in both languages for each log the register does not need.
    func testMissingLogsSayWhatStaysEmpty() throws {
        let folder = try TempInputs(utf8Files(["sites.csv": standardSites]), testCase: self)
        let run = try ingest(folder)
        let p = folder.path
        assertNotes(run.diagnostics.filter { !Ingested.columnGapCodes.contains($0.code) }, [
            Note(.warning, "meetings.csv", "missing_log",
                 zh: "缺少会议记录：\(p) 中没有可读取的 会议记录.csv 或 meetings.csv。由它得出的数字（各类会议次数、月度调度、会议规范完成率、出勤率及相应得分）留空，不按 0 计。如有此记录，请将文件命名为 会议记录.csv 或 meetings.csv。",
                 en: "no meetings log: \(p) holds no meetings.csv or 会议记录.csv that can be read. The figures it feeds (the meetings by type, the monthly dispatch, the meeting norms, the attendance rate and their score parts) stay empty, not 0. To add it, name the file meetings.csv or 会议记录.csv"),
            Note(.warning, "lectures.csv", "missing_log",
                 zh: "缺少党课记录：\(p) 中没有可读取的 党课记录.csv 或 lectures.csv。由它得出的数字（党课次数、按主讲人身份统计的党课、党课规范完成率及相应得分）留空，不按 0 计。如有此记录，请将文件命名为 党课记录.csv 或 lectures.csv。",
                 en: "no lectures log: \(p) holds no lectures.csv or 党课记录.csv that can be read. The figures it feeds (the lectures, the lectures by role, the lecture norm and their score parts) stay empty, not 0. To add it, name the file lectures.csv or 党课记录.csv"),
            Note(.warning, "trainings.csv", "missing_log",
                 zh: "缺少培训记录：\(p) 中没有可读取的 培训记录.csv 或 trainings.csv。由它得出的数字（培训次数、参训人次、培训学时及相应得分）留空，不按 0 计。如有此记录，请将文件命名为 培训记录.csv 或 trainings.csv。",
                 en: "no trainings log: \(p) holds no trainings.csv or 培训记录.csv that can be read. The figures it feeds (the trainings, their participants and person-hours, and their score parts) stay empty, not 0. To add it, name the file trainings.csv or 培训记录.csv"),
        ])
        XCTAssertEqual(LogKind.allCases.map { run.quality($0).isMissing }, [false, true, true, true])
    }

    /// The errors that stop the run before a file is read, in both languages.
    func testErrorsThatStopTheRunInBothLanguages() throws {
        let noFolder = IngestError.noInputsFolder("logs")
        XCTAssertEqual(noFolder.message(.en),
                       "error: the inputs folder logs does not exist; give the folder holding the logs with --inputs DIR, or run `annual-review template` to start one")
        XCTAssertEqual(noFolder.message(.zh),
                       "error: 输入文件夹 logs 不存在；请用 --inputs DIR 指定存放日志的文件夹，或运行“annual-review template”新建一个。")
        XCTAssertThrowsError(try ingest(TempInputs(testCase: self), config: ReviewConfig())) { error in
            XCTAssertEqual((error as? IngestError).map { if case .noSitesLog = $0 { true } else { false } }, true)
        }

        let unlistable = IngestError.unlistable(folder: "Inputs", reason: "Permission denied")
        XCTAssertEqual(unlistable.message(.en), "Inputs: error: cannot list the files of the inputs folder: Permission denied")
        XCTAssertEqual(unlistable.message(.zh), "Inputs: error: 无法列出输入文件夹中的文件：Permission denied")
    }
}
