import Foundation
import Indicators
import Model
import XCTest

/// Small hand-built registers and tallies for the tests of rules §4.1–§4.4. Every fixture uses the review
/// year 2023 (not a leap year: February ends on the 28th).
enum Fixture {
    static let year = 2023

    /// A day of the review year (or of `year`).
    static func day(_ month: Int, _ day: Int, year: Int = Fixture.year) -> Day {
        Day(year: year, month: month, day: day)!
    }

    /// A non-bureau site; by default an urban public primary school with a branch of its own
    /// founded long ago and no party members.
    static func site(
        _ id: String, _ locale: SiteLocale = .urban, _ ownership: Ownership = .public,
        level: SchoolLevel = .primary, members: Int = 0, branches: Int = 1, founded: Day? = nil,
        joint: String? = nil, district: String? = nil, students: Int? = nil, demo: DemoLevel = .none
    ) -> Site {
        Site(
            id: id, name: "Site \(id)", locale: locale, ownership: ownership, level: level,
            district: district, students: students, partyMembers: members, branches: branches,
            jointBranch: joint, branchFounded: founded, demo: demo)
    }

    /// The bureau's own row.
    static func bureau(_ id: String = "J0", members: Int = 0, branches: Int = 1, demo: DemoLevel = .none) -> Site {
        Site(
            id: id, name: "Bureau", locale: .urban, ownership: .public, level: .bureau,
            partyMembers: members, branches: branches, demo: demo)
    }

    /// `missing`: the logs with no file (rules §2); by default every log is there.
    static func compute(
        _ sites: [Site], _ tally: ActivityTally, config: ReviewConfig = ReviewConfig(), asOf: Day? = nil,
        missing: Set<LogKind> = []
    ) -> ReviewIndicators {
        ReviewIndicators.compute(
            sites: sites, activity: tally, config: config, year: year,
            asOf: asOf ?? Day.endOf(month: 12, year: year), missingLogs: missing)
    }
}

extension ActivityTally {
    /// A tally for `sites` with the default Party day (28).
    init(_ sites: [Site], partyDay: Int = 28) {
        self.init(siteCount: sites.count, partyDay: partyDay)
    }

    mutating func meet(_ site: Int, _ day: Day, _ type: MeetingType, attendees: Int? = nil, expected: Int? = nil) {
        add(ActivityRows(meetings: [MeetingRow(site: Int32(site), day: day, type: type, attendees: attendees, expected: expected)]))
    }

    /// One meeting of `type` on `day` of each month in `months`.
    mutating func meet(_ site: Int, _ type: MeetingType, months: [Int], day: Int = 10) {
        for month in months { meet(site, Fixture.day(month, day), type) }
    }

    mutating func lecture(_ site: Int, _ day: Day, _ role: LecturerRole = .secretary) {
        add(ActivityRows(lectures: [LectureRow(site: Int32(site), day: day, role: role)]))
    }

    mutating func train(_ id: Int32, _ start: Day, site: Int?, participants: Int, hours: String) {
        let parts = hours.split(separator: ".", omittingEmptySubsequences: false)
        let scaled = ScaledDecimal(significand: UInt64(parts.joined())!, scale: parts.count > 1 ? parts[1].count : 0)
        add(ActivityRows(trainings: [TrainingRow(training: id, start: start, site: site.map { Int32($0) },
                                                 participants: participants, hours: scaled)]))
    }

    /// Everything 三会一课 asks for with the default norms and the whole year in scope:
    /// branch_general and a lecture in each quarter, branch_committee and party_group each month.
    /// All four rates are then 12/12 or 4/4 = 1.
    mutating func meetSanhuiFully(_ site: Int) {
        meet(site, .branch_general, months: [2, 5, 8, 11])
        meet(site, .branch_committee, months: Array(1...12))
        meet(site, .party_group, months: Array(1...12))
        for month in [2, 5, 8, 11] { lecture(site, Fixture.day(month, 15)) }
    }

    /// A party_day on the 28th of each month in `months`.
    mutating func holdPartyDays(_ site: Int, months: [Int]) {
        meet(site, .party_day, months: months, day: 28)
    }
}

extension ReviewIndicators {
    /// The result of the site with `id`; fails the test when it is not listed.
    func site(_ id: String, file: StaticString = #filePath, line: UInt = #line) -> SiteResult {
        guard let result = sites.first(where: { $0.site.id == id }) else {
            XCTFail("site \(id) not listed", file: file, line: line)
            fatalError("site \(id) not listed")
        }
        return result
    }

    func month(_ month: Int) -> MonthResult { monthly[month - 1] }
}

extension MonthResult {
    func completion(_ key: NormKey) -> Double? { completion[NormKey.allCases.firstIndex(of: key)!] }
    func meetings(_ type: MeetingType) -> Int? { meetingsByType?[type.ordinal] }
}

/// Asserts that two optional doubles are both nil or both within `accuracy`.
func assertEqual(
    _ actual: Double?, _ expected: Double?, accuracy: Double = 1e-12,
    _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
) {
    switch (actual, expected) {
    case (nil, nil): return
    case let (a?, e?): XCTAssertEqual(a, e, accuracy: accuracy, message(), file: file, line: line)
    default: XCTFail("\(String(describing: actual)) ≠ \(String(describing: expected)) \(message())", file: file, line: line)
    }
}
