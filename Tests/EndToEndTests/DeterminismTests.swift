import Foundation
import TestSupport
import XCTest

/// Same inputs and config, same bytes (rules §5, §6): whatever the clock, the time zone, the locale,
/// the environment or the order the folder lists its files in.
final class DeterminismTests: XCTestCase {
    /// The sample year (with its review.yml: targets, decimals, an extra imbalance dimension)
    /// built four times, a second apart, each under another time zone, locale and environment.
    func testBuildsUnderOtherClocksTimeZonesLocalesAndEnvironmentsAreByteIdentical() throws {
        let workspace = try Workspace(copying: nil)
        defer { workspace.remove() }
        let runs: [(name: String, environment: [String: String], clean: Bool)] = [
            ("utc", ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"], false),
            ("shanghai", ["TZ": "Asia/Shanghai", "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"], false),
            // A locale that writes decimal commas (in effect where it is installed).
            ("los-angeles", ["TZ": "America/Los_Angeles", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "TMPDIR": workspace.path], false),
            // Nothing but PATH: no HOME, no TZ, no LANG.
            ("bare", [:], true),
        ]
        for (i, run) in runs.enumerated() {
            if i > 0 { Thread.sleep(forTimeInterval: 1.1) }  // the clock moves on by a whole second
            let built = try ReviewBinary.run(
                ["build", "--quiet", "--out", "\(run.name).xlsx", "--json-file", "\(run.name).json"],
                in: workspace.path, environment: run.environment, clean: run.clean)
            XCTAssertEqual(built.status, 0, "\(run.name): \(built.stderr)")
        }
        let workbook = try workspace.read("utc.xlsx"), json = try workspace.read("utc.json")
        for run in runs.dropFirst() {
            XCTAssertEqual(try workspace.read("\(run.name).xlsx"), workbook, "\(run.name).xlsx differs from utc.xlsx")
            XCTAssertEqual(try workspace.read("\(run.name).json"), json, "\(run.name).json differs from utc.json")
        }
    }

    /// The creation time is midnight UTC of the latest date among the review year's accepted
    /// rows, here T2's start (2017-09-01): the latest meeting is 2017-04-12, the latest lecture
    /// 2017-05-20; a training counts by its start date. Read with Python's zipfile, built in a
    /// time zone far from UTC.
    func testCreationTimeComesFromTheInputs() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let built = try ReviewBinary.run(["build", "--quiet"], in: workspace.path, environment: ["TZ": "Pacific/Kiritimati"])
        XCTAssertEqual(built.status, 0, built.stderr)
        let core = try IndependentReader.zipEntry(workspace.file("Reports/annual-review-2017.xlsx"), "docProps/core.xml")
        XCTAssertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2017-09-01T00:00:00Z</dcterms:created>"), core)
        XCTAssertTrue(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2017-09-01T00:00:00Z</dcterms:modified>"), core)
    }

    /// One log split over two files (`meetings-1.csv`, `meetings-2.csv`), created in one order in
    /// one folder and in the other order in another: the files are read in the order of their
    /// names' UTF-8 bytes, so both folders give the same bytes.
    func testTheOrderFilesAreCreatedOrListedInDoesNotMatter() throws {
        let a = try Workspace(), b = try Workspace()
        defer { a.remove(); b.remove() }
        let lines = try a.text("Inputs/meetings.csv").components(separatedBy: "\n")
        let header = lines[0]
        let first = ([header] + lines[1...7]).joined(separator: "\n") + "\n"
        let second = ([header] + lines[8...]).joined(separator: "\n")
        for workspace in [a, b] { try FileManager.default.removeItem(atPath: workspace.file("Inputs/meetings.csv")) }
        try a.write(first, to: "Inputs/meetings-1.csv")
        try a.write(second, to: "Inputs/meetings-2.csv")
        try b.write(second, to: "Inputs/meetings-2.csv")
        try b.write(first, to: "Inputs/meetings-1.csv")
        for workspace in [a, b] {
            let built = try ReviewBinary.run(["build", "--quiet", "--json-file", "summary.json"], in: workspace.path)
            XCTAssertEqual(built.status, 0, built.stderr)
        }
        XCTAssertEqual(try a.read("Reports/annual-review-2017.xlsx"), try b.read("Reports/annual-review-2017.xlsx"))
        XCTAssertEqual(try a.read("Reports/annual-review-2017.md"), try b.read("Reports/annual-review-2017.md"))
        XCTAssertEqual(try a.read("summary.json"), try b.read("summary.json"))
        // And a check in one folder of the report built in the other finds nothing to say.
        try FileManager.default.createDirectory(atPath: a.file("other"), withIntermediateDirectories: true)
        for name in ["annual-review-2017.xlsx", "annual-review-2017.md"] {
            try FileManager.default.copyItem(atPath: b.file("Reports/\(name)"), toPath: a.file("other/\(name)"))
        }
        let checked = try ReviewBinary.run(["check", "--report", "other/annual-review-2017.xlsx"], in: a.path)
        XCTAssertEqual(checked.status, 0, checked.stdout + checked.stderr)
    }
}
