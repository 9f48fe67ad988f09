import Foundation
import Model
import TestSupport
import XCTest
@testable import Ingest

/// The same logs saved as UTF-8 and as GB18030 (what Excel/WPS on Chinese Windows writes) must
/// give the same rows, counts and diagnostics; only the encoding info line (and the
/// fingerprint, over the raw bytes) differ.
final class GB18030TwinTests: XCTestCase {
    /// `Tests/Fixtures/small` (its sites.csv has a UTF-8 BOM), with meetings in every date form
    /// of rules §2, a bad row of each kind and a quoted multi-line topic added.
    static func makeUTF8Twin(in folder: TempInputs) throws {
        let fixtures = try TestPackage.fixture("small")
        for name in ["sites.csv", "lectures.csv", "trainings.csv"] {
            try folder.write(name, [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name))))
        }
        var meetings = String(decoding: try Data(contentsOf: fixtures.appendingPathComponent("meetings.csv")), as: UTF8.self)
        meetings += """
            2017/3/5,S001,支委会,5,5,斜线日期,M20
            2017年3月6日,S001,党小组会,6,6,中文日期,M21
            20170307,S002,党小组会,7,6,八位日期,M22
            42801,S002,组织生活会,8,10,Excel 序列日,M23
            2017/3/9 0:00,S004,民主评议党员,5,5,"多行
            主题，含全角逗号",M24
            2017.3.10,S004,谈心谈话,,,,M25
            ２０１７－０３－１１,S004,主题党日,３,５,全角,M26
            3/5/2017,S001,支委会,5,5,年份在后,M27
            2017-03-12,S001,支部会议,5,5,类型不对,M28
            2017-03-13,S001,支委会,五,5,人数是汉字,M29

            """
        try folder.write("meetings.csv", meetings)
    }

    /// Converts every CSV of `source` to GB18030 with iconv into a new folder.
    func gb18030Copy(of source: TempInputs) throws -> TempInputs {
        let twin = try TempInputs(testCase: self)
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".csv") {
            let run = try runProgram("/usr/bin/iconv", ["-f", "UTF-8", "-t", "GB18030", "\(source.path)/\(name)"])
            XCTAssertEqual(run.status, 0, String(decoding: run.stderr, as: UTF8.self))
            try twin.write(name, run.stdout)
        }
        return twin
    }

    /// The file's one note on how it was read, whole in both languages: two lines hold
    /// Chinese, both valid GB18030 and neither valid UTF-8.
    func testTheEncodingNote() throws {
        let folder = try TempInputs(utf8Files(["sites.csv": standardSites]), testCase: self)
        try folder.write("meetings.csv", try gb18030("日期,单位编码,会议类型\n2017-03-01,S001,支委会\n"))
        XCTAssertEqual(try ingest(folder).diagnostics.filter { $0.code == "encoding" }, [
            Diagnostic(.info, SourceLocation(file: "meetings.csv"), code: "encoding", text: Localized(
                zh: "按 GB18030 读取：含非 ASCII 字节的2行中，2行是有效的 GB18030，0行是有效的 UTF-8",
                en: "read as GB18030: 2 of 2 non-ASCII lines are valid GB18030, 0 valid UTF-8")),
        ])
    }

    func testUTF8AndGB18030GiveTheSameResults() throws {
        let utf8 = try TempInputs(testCase: self)
        try Self.makeUTF8Twin(in: utf8)
        let gb = try gb18030Copy(of: utf8)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: "\(utf8.path)/meetings.csv")),
                          try Data(contentsOf: URL(fileURLWithPath: "\(gb.path)/meetings.csv")))

        let a = try ingest(utf8), b = try ingest(gb)
        XCTAssertEqual(a.sink, b.sink)
        XCTAssertEqual(a.result.sites, b.result.sites)
        for log in LogKind.allCases {
            XCTAssertEqual(a.counts(log), b.counts(log), "\(log)")
        }
        XCTAssertEqual(a.result.meetingYearVotes, b.result.meetingYearVotes)
        XCTAssertNotEqual(a.result.fingerprint, b.result.fingerprint)

        // Every GB18030 file says so once; nothing else differs.
        let encodingInfo = b.diagnostics.filter { $0.code == "encoding" }
        XCTAssertEqual(encodingInfo.map(\.location.file), ["sites.csv", "lectures.csv", "meetings.csv", "trainings.csv"])
        XCTAssertTrue(encodingInfo.allSatisfy { $0.severity == .info && $0.location.line == nil && $0.text.en.hasPrefix("read as GB18030") })
        XCTAssertEqual(a.diagnostics.filter { $0.code == "encoding" }, [])
        XCTAssertEqual(a.diagnostics, b.diagnostics.filter { $0.code != "encoding" })

        // The added rows, worked by hand: every date form is kept (the serial 42799 is
        // 2017-03-05, so 42801 is 2017-03-07), as is the row with an invalid optional count.
        let added = a.sink.meetings.suffix(8)
        XCTAssertEqual(Array(added), [
            .meeting(site: 1, day: "2017-03-05", type: .branch_committee, attendees: 5, expected: 5),
            .meeting(site: 1, day: "2017-03-06", type: .party_group, attendees: 6, expected: 6),
            .meeting(site: 2, day: "2017-03-07", type: .party_group, attendees: 7, expected: 6),
            .meeting(site: 2, day: "2017-03-07", type: .org_life, attendees: 8, expected: 10),
            .meeting(site: 4, day: "2017-03-09", type: .democratic_review, attendees: 5, expected: 5),
            .meeting(site: 4, day: "2017-03-10", type: .talk, attendees: nil, expected: nil),
            .meeting(site: 4, day: "2017-03-11", type: .party_day, attendees: 3, expected: 5),
            .meeting(site: 1, day: "2017-03-13", type: .branch_committee, attendees: nil, expected: 5),
        ])
        let addedProblems = a.diagnostics.filter { ($0.location.line ?? 0) > 15 && $0.location.file == "meetings.csv" }
        assertDiagnostics(addedProblems, [
            Expect(.warning, "meetings.csv", line: 18, column: 4, "实到人数", "attendees_over_expected"),
            Expect(.error, "meetings.csv", line: 24, column: 1, "日期", "bad_date", contains: ["has the year last"], value: "3/5/2017"),
            Expect(.error, "meetings.csv", line: 25, column: 3, "会议类型", "unknown_value", contains: ["`支部会议`", "did you mean `支委会议`?"]),
            Expect(.warning, "meetings.csv", line: 26, column: 4, "实到人数", "not_a_number", contains: ["`五`"]),
        ])
    }
}
