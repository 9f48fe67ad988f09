import Foundation
import Model

/// Counts of one calendar year's accepted activity, per site and month.
///
/// Memory is proportional to sites × 12 months × 12 meeting types, never to rows. Tallies of
/// disjoint parts of the input (chunks of a file, files of a log) merge by addition, so ingest can
/// be split across cores and the result does not depend on how it was split.
public struct YearTally: Sendable, Equatable {
    public let siteCount: Int
    /// `[site][month 0…11][type]`, flattened.
    var meetings: [Int32]
    /// `[site][month 0…11]`.
    var lectures: [Int32]
    /// `[site][role]`.
    var lecturesByRole: [Int32]
    /// Σ min(attendees, expected) and Σ expected over meetings with both values and expected > 0.
    var attendedCapped: [Int64]
    var expectedSum: [Int64]
    /// Party days held on the configured day of the month.
    var partyDaysOnDay: [Int32]
    /// Σ participants × hours of the training rows naming the site, exact.
    var sitePersonHours: [DecimalSum]
    /// Distinct training ids (interned) starting in each month 0…11.
    var trainingsByMonth: [Set<Int32>]
    /// Σ participants and Σ participants × hours over every training row of the year.
    var trainingParticipants: Int64
    var personHours: DecimalSum

    static let types = MeetingType.allCases.count
    static let roles = LecturerRole.allCases.count

    public init(siteCount: Int) {
        self.siteCount = siteCount
        meetings = Array(repeating: 0, count: siteCount * 12 * Self.types)
        lectures = Array(repeating: 0, count: siteCount * 12)
        lecturesByRole = Array(repeating: 0, count: siteCount * Self.roles)
        attendedCapped = Array(repeating: 0, count: siteCount)
        expectedSum = Array(repeating: 0, count: siteCount)
        partyDaysOnDay = Array(repeating: 0, count: siteCount)
        sitePersonHours = Array(repeating: DecimalSum(), count: siteCount)
        trainingsByMonth = Array(repeating: [], count: 12)
        trainingParticipants = 0
        personHours = DecimalSum()
    }

    // MARK: Reading

    /// Meetings of `type` held by `site` in `month` (1…12).
    public func meetings(site: Int, month: Int, type: MeetingType) -> Int {
        Int(meetings[(site * 12 + month - 1) * Self.types + type.ordinal])
    }

    /// Meetings of `type` held by `site` over the year.
    public func meetings(site: Int, type: MeetingType) -> Int {
        (1...12).reduce(0) { $0 + meetings(site: site, month: $1, type: type) }
    }

    public func lectures(site: Int, month: Int) -> Int { Int(lectures[site * 12 + month - 1]) }
    public func lectures(site: Int) -> Int { (1...12).reduce(0) { $0 + lectures(site: site, month: $1) } }
    public func lectures(site: Int, role: LecturerRole) -> Int { Int(lecturesByRole[site * Self.roles + role.ordinal]) }
    public func attendance(site: Int) -> (attended: Int64, expected: Int64) { (attendedCapped[site], expectedSum[site]) }
    public func partyDaysOnDay(site: Int) -> Int { Int(partyDaysOnDay[site]) }
    public func trainingPersonHours(site: Int) -> Decimal { sitePersonHours[site].value }
    public func trainings(month: Int) -> Int { trainingsByMonth[month - 1].count }
    public var trainings: Int { trainingsByMonth.reduce(into: Set<Int32>()) { $0.formUnion($1) }.count }
    public var participants: Int64 { trainingParticipants }
    public var trainingPersonHours: Decimal { personHours.value }

    /// Whether anything at all was counted.
    public var isEmpty: Bool {
        !meetings.contains { $0 != 0 } && !lectures.contains { $0 != 0 } && trainingsByMonth.allSatisfy(\.isEmpty)
            && trainingParticipants == 0
    }

    // MARK: Adding

    /// Counts meeting rows of this year: each array is opened once for the whole run.
    mutating func addMeetings(_ rows: ArraySlice<MeetingRow>, partyDay: Int) {
        let types = Self.types
        meetings.withUnsafeMutableBufferPointer { meetings in
            attendedCapped.withUnsafeMutableBufferPointer { attended in
                expectedSum.withUnsafeMutableBufferPointer { expectedSum in
                    partyDaysOnDay.withUnsafeMutableBufferPointer { onDay in
                        for r in rows {
                            let site = Int(r.site)
                            meetings[(site * 12 + r.day.month - 1) * types + r.type.ordinal] += 1
                            if let a = r.attendees, let e = r.expected, e > 0 {
                                attended[site] += Int64(min(a, e))
                                expectedSum[site] += Int64(e)
                            }
                            if r.type == .party_day, r.day.day == partyDay { onDay[site] += 1 }
                        }
                    }
                }
            }
        }
    }

    /// Counts lecture rows of this year.
    mutating func addLectures(_ rows: ArraySlice<LectureRow>) {
        let roles = Self.roles
        lectures.withUnsafeMutableBufferPointer { lectures in
            lecturesByRole.withUnsafeMutableBufferPointer { byRole in
                for r in rows {
                    lectures[Int(r.site) * 12 + r.day.month - 1] += 1
                    byRole[Int(r.site) * roles + r.role.ordinal] += 1
                }
            }
        }
    }

    /// Counts training rows starting this year.
    mutating func addTrainings(_ rows: ArraySlice<TrainingRow>) {
        for r in rows {
            trainingsByMonth[r.start.month - 1].insert(r.training)
            trainingParticipants += Int64(r.participants)
            personHours.add(r.hours, times: r.participants)
            if let site = r.site { sitePersonHours[Int(site)].add(r.hours, times: r.participants) }
        }
    }

    /// Adds another tally of the same sites (another chunk or file of the same year).
    public mutating func merge(_ other: YearTally) {
        precondition(other.siteCount == siteCount, "tallies of different registers")
        for i in meetings.indices { meetings[i] += other.meetings[i] }
        for i in lectures.indices { lectures[i] += other.lectures[i] }
        for i in lecturesByRole.indices { lecturesByRole[i] += other.lecturesByRole[i] }
        for i in 0..<siteCount {
            attendedCapped[i] += other.attendedCapped[i]
            expectedSum[i] += other.expectedSum[i]
            partyDaysOnDay[i] += other.partyDaysOnDay[i]
            sitePersonHours[i].add(other.sitePersonHours[i])
        }
        for m in 0..<12 { trainingsByMonth[m].formUnion(other.trainingsByMonth[m]) }
        trainingParticipants += other.trainingParticipants
        personHours.add(other.personHours)
    }
}

/// The activity of every year found in the logs, by year.
///
/// Rows of any year are tallied (the review year may be decided only after reading, rules §2); a
/// year's arrays are made on its first row. Rows come in runs of one year, each counted at once;
/// the years are few, so they are kept in a short list searched from the last one used.
public struct ActivityTally: ActivitySink, Sendable, Equatable {
    public let siteCount: Int
    /// The day of the month of the Party day, needed while counting the on-day share.
    public let partyDay: Int
    private var yearList: [Int] = []
    private var tallies: [YearTally] = []
    private var last = 0

    public init(siteCount: Int, partyDay: Int) {
        self.siteCount = siteCount
        self.partyDay = partyDay
    }

    public static func == (a: ActivityTally, b: ActivityTally) -> Bool {
        a.siteCount == b.siteCount && a.partyDay == b.partyDay && a.byYear == b.byYear
    }

    /// Every year's tally.
    public var byYear: [Int: YearTally] { Dictionary(uniqueKeysWithValues: zip(yearList, tallies)) }

    /// The tally of `year`, empty when no row of that year was counted.
    public func year(_ year: Int) -> YearTally {
        yearList.firstIndex(of: year).map { tallies[$0] } ?? YearTally(siteCount: siteCount)
    }

    public func hasRows(in year: Int) -> Bool {
        yearList.firstIndex(of: year).map { !tallies[$0].isEmpty } ?? false
    }

    /// The position of `year` in the list, adding it on its first row.
    @inline(__always)
    private mutating func slot(_ year: Int) -> Int {
        if last < yearList.count, yearList[last] == year { return last }
        if let i = yearList.firstIndex(of: year) {
            last = i
            return i
        }
        yearList.append(year)
        tallies.append(YearTally(siteCount: siteCount))
        last = yearList.count - 1
        return last
    }

    /// Counts kept rows, each run of rows of one year in that year's tally at once.
    public mutating func add(_ rows: ActivityRows) {
        let partyDay = partyDay
        forEachYearRun(rows.meetings, year: { $0.day.year }) { $0.addMeetings($1, partyDay: partyDay) }
        forEachYearRun(rows.lectures, year: { $0.day.year }) { $0.addLectures($1) }
        forEachYearRun(rows.trainings, year: { $0.start.year }) { $0.addTrainings($1) }
    }

    /// Calls `add` with the tally of each run of consecutive rows of one year, in order.
    private mutating func forEachYearRun<Row>(
        _ rows: [Row], year: (Row) -> Int, _ add: (inout YearTally, ArraySlice<Row>) -> Void
    ) {
        var start = 0
        while start < rows.count {
            let runYear = year(rows[start])
            var end = start + 1
            while end < rows.count, year(rows[end]) == runYear { end += 1 }
            let i = slot(runYear)
            add(&tallies[i], rows[start..<end])
            start = end
        }
    }

    public mutating func merge(_ other: ActivityTally) {
        for (year, tally) in zip(other.yearList, other.tallies) {
            let i = slot(year)
            tallies[i].merge(tally)
        }
    }
}
