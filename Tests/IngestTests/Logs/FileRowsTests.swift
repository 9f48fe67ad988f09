import Foundation
import Model
import XCTest
@testable import Ingest

/// A file's rows wait in `FileRows` until it was read whole; past `waitingLimit` (4,096) they go
/// to the file's own sink, which the ingestor merges into the caller's at the file's end.
final class FileRowsTests: XCTestCase {
    private static func meetings(_ sites: Range<Int32>) -> ActivityRows {
        ActivityRows(meetings: sites.map { MeetingRow(site: $0, day: Day(year: 2017, month: 3, day: 1)!, type: .talk, attendees: nil, expected: nil) })
    }

    /// 2,000 + 2,000 rows wait (4,000 ≤ 4,096); 2,000 more make 6,000, which spill at once, in
    /// order; the next batch spills as it comes. The file's end forgets them: the next file's
    /// rows wait again.
    func testRowsWaitUpToTheLimitThenSpillInOrder() {
        var spilled: [ActivityRows] = []
        let rows = FileRows { spilled.append($0) }
        rows.add(Self.meetings(0..<2_000))
        rows.add(Self.meetings(2_000..<4_000))
        XCTAssertEqual(rows.waiting.count, 4_000)
        XCTAssertEqual(spilled, [])

        rows.add(Self.meetings(4_000..<6_000))
        XCTAssertEqual(spilled, [Self.meetings(0..<6_000)])
        XCTAssertTrue(rows.waiting.isEmpty)
        let training = TrainingRow(training: 0, start: Day(year: 2017, month: 4, day: 1)!, site: nil, participants: 3,
                                   hours: ScaledDecimal(significand: 2, scale: 0))
        rows.add(ActivityRows(trainings: [training]))
        XCTAssertEqual(spilled, [Self.meetings(0..<6_000), ActivityRows(trainings: [training])])

        rows.endFile()
        XCTAssertTrue(rows.waiting.isEmpty)
        rows.add(Self.meetings(0..<1))
        XCTAssertEqual(rows.waiting, Self.meetings(0..<1))
        XCTAssertEqual(spilled.count, 2)
    }

    /// A meetings file of 5,000 kept rows (past the limit: counted in a sink of its own) between
    /// two small ones, and trainings of two files: the caller's sink gets every row in the order
    /// of the files and their rows, the training ids numbered across the files.
    func testALargeFileJoinsTheOthersInFileOrder() throws {
        var large = "日期,单位编码,会议类型\n"
        for i in 0..<5_000 {
            let month = i % 12 + 1
            large += "2017-\(month < 10 ? "0" : "")\(month)-01,S00\(i % 2 + 1),支委会\n"
        }
        let run = try ingest([
            "sites.csv": standardSites,
            "meetings-1.csv": "日期,单位编码,会议类型\n2016-03-01,JYJ,党委会\n",
            "meetings-2.csv": large,
            "meetings-3.csv": "日期,单位编码,会议类型\n2017-12-31,JYJ,党委会\n",
            "trainings-1.csv": "培训编号,开始日期,参训人数,学时\nT1,2017-04-01,3,2\nT2,2017-05-01,4,1\n",
            "trainings-2.csv": "培训编号,开始日期,参训人数,学时\nT2,2017-06-01,5,1\nT3,2017-07-01,6,1\n",
        ])
        let days = run.sink.meetings.map { if case let .meeting(_, day, _, _, _) = $0 { day } else { "" } }
        XCTAssertEqual(days.count, 5_002)
        XCTAssertEqual(days.first, "2016-03-01")
        XCTAssertEqual(Array(days[1...3]), ["2017-01-01", "2017-02-01", "2017-03-01"])
        XCTAssertEqual(days[5_000], "2017-08-01")   // the large file's last row: 4,999 = 12 × 416 + 7, month 8
        XCTAssertEqual(days.last, "2017-12-31")
        XCTAssertEqual(run.sink.trainings, [
            .training(id: 0, start: "2017-04-01", site: nil, participants: 3, hours: 2),
            .training(id: 1, start: "2017-05-01", site: nil, participants: 4, hours: 1),
            .training(id: 1, start: "2017-06-01", site: nil, participants: 5, hours: 1),
            .training(id: 2, start: "2017-07-01", site: nil, participants: 6, hours: 1),
        ])
    }
}
