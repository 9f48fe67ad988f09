import Foundation
import TestSupport
import XCTest

/// `build` lists the first 50 row errors and warnings and counts the rest, but every problem of a
/// whole file — a column missing or misspelt, a log not read — is told however many rows came
/// before it: each one empties figures.
final class BuildProblemListTests: XCTestCase {
    func testAFileProblemAfterManyRowWarningsIsStillTold() throws {
        let workspace = try Workspace(copying: "small")
        defer { workspace.remove() }
        // A meetings log without 记录编号 (repeated meetings cannot be found), whose 60 rows each
        // have more attendees than expected: its column warning comes after 60 row warnings.
        var meetings = "日期,单位编码,会议类型,实到人数,应到人数\n"
        for n in 1...60 { meetings += "2017-05-\(String(format: "%02d", n % 28 + 1)),S001,支委会,6,5\n" }
        try workspace.write(meetings, to: "Inputs/meetings.csv")

        let run = try ReviewBinary.run(["build", "--quiet"], in: workspace.path)
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let rowWarnings = lines.filter { $0.hasPrefix("meetings.csv:") && !$0.hasPrefix("meetings.csv: ") && $0.contains(": warning: ") }
        XCTAssertEqual(rowWarnings.count, 50)
        XCTAssertTrue(lines.contains { $0.hasPrefix("meetings.csv: warning: ") && $0.contains("“记录编号”") }, run.stderr)
        XCTAssertTrue(lines.last?.contains("另有 10 个问题未列出") == true, run.stderr)
    }
}
