import Model

/// Whether each dated log's rows of the year before cover that year (rules §4.5): only then are its
/// figures compared with the review year's. Judged from the tallies (months, quarters and sites
/// with rows), never from the rows themselves, so it costs nothing per row.
public struct PreviousYearCoverage: Sendable, Equatable {
    /// Why a log's rows do not cover the previous year.
    public enum Shortfall: Sendable, Equatable {
        /// No row of the log in that year (up to the as-of day).
        case noRows
        /// Meeting rows in `months` of its months, fewer than `needed`.
        case months(Int, needed: Int)
        /// Meeting rows from `sites` of the `of` sites (bureau included) that have meeting rows in
        /// the review year, fewer than `needed` (half of them, rounded up).
        case sites(Int, of: Int, needed: Int)
        /// Lecture rows in `quarters` of its quarters, fewer than `needed`.
        case quarters(Int, needed: Int)
        /// No training starting in that year.
        case noTraining
        /// The meetings log (missing, or not covering the year) does not cover it.
        case meetingsNotCovered
    }

    /// A log that has a file but whose rows do not cover the previous year.
    public struct Gap: Sendable, Equatable {
        public var log: LogKind
        public var shortfall: Shortfall
        public init(log: LogKind, shortfall: Shortfall) { self.log = log; self.shortfall = shortfall }
    }

    /// In `LogKind.allCases` order. A missing log is not listed: it has no figures to compare
    /// (rules §2). Empty when the previous year has no row at all (nothing is compared).
    public var gaps: [Gap]

    public init(gaps: [Gap]) { self.gaps = gaps }

    /// How many months with meeting rows and quarters with lecture rows cover a year up to
    /// `asOf`'s month and day: 10 months and 3 quarters for the whole year (`asOf` 31 December);
    /// before that ⌈10 × months ended ÷ 12⌉ months and every quarter ended, each at least 1.
    public static func needed(asOf: Day) -> (months: Int, quarters: Int) {
        if asOf == Day.endOf(month: 12, year: asOf.year) { return (10, 3) }
        let monthsEnded = asOf.month - (asOf == Day.endOf(month: asOf.month, year: asOf.year) ? 0 : 1)
        return (max(1, (10 * monthsEnded + 11) / 12), max(1, monthsEnded / 3))
    }

    /// Judges the logs that have files.
    ///
    /// - Parameters:
    ///   - previous: the tally of the year before, cut in an as-of run at the same month and day.
    ///   - current: the tally of the review year, up to the as-of date.
    public static func judge(previous: YearTally, current: YearTally, asOf: Day, missing: Set<LogKind>) -> PreviousYearCoverage {
        let needed = needed(asOf: asOf)
        var gaps: [Gap] = []

        var meetingsCover = false
        if !missing.contains(.meetings) {
            var months = Array(repeating: false, count: 12)
            var sitesThisYear = 0, sitesBothYears = 0
            for s in 0..<previous.siteCount {
                var heldBefore = false
                for month in 1...12 where MeetingType.allCases.contains(where: { previous.meetings(site: s, month: month, type: $0) > 0 }) {
                    months[month - 1] = true
                    heldBefore = true
                }
                if MeetingType.allCases.contains(where: { current.meetings(site: s, type: $0) > 0 }) {
                    sitesThisYear += 1
                    if heldBefore { sitesBothYears += 1 }
                }
            }
            let monthsHeld = months.filter { $0 }.count
            let sitesNeeded = (sitesThisYear + 1) / 2
            let shortfall: Shortfall? =
                if monthsHeld == 0 { .noRows }
                else if monthsHeld < needed.months { .months(monthsHeld, needed: needed.months) }
                else if sitesBothYears < sitesNeeded { .sites(sitesBothYears, of: sitesThisYear, needed: sitesNeeded) }
                else { nil }
            if let shortfall { gaps.append(Gap(log: .meetings, shortfall: shortfall)) }
            meetingsCover = shortfall == nil
        }

        if !missing.contains(.lectures) {
            let quarters = (1...4).filter { q in
                (0..<previous.siteCount).contains { s in (3 * q - 2...3 * q).contains { previous.lectures(site: s, month: $0) > 0 } }
            }.count
            if quarters == 0 {
                gaps.append(Gap(log: .lectures, shortfall: .noRows))
            } else if quarters < needed.quarters {
                gaps.append(Gap(log: .lectures, shortfall: .quarters(quarters, needed: needed.quarters)))
            }
        }

        if !missing.contains(.trainings) {
            if previous.trainings == 0 {
                gaps.append(Gap(log: .trainings, shortfall: .noTraining))
            } else if !meetingsCover {
                gaps.append(Gap(log: .trainings, shortfall: .meetingsNotCovered))
            }
        }
        return PreviousYearCoverage(gaps: gaps)
    }

    /// Whether `log`'s rows were found not to cover the year.
    public func isShort(_ log: LogKind) -> Bool { gaps.contains { $0.log == log } }

    /// `totals` without the figures of the logs that do not cover the year: those are empty.
    public func keepingCovered(_ totals: ActivityTotals) -> ActivityTotals {
        var t = totals
        if isShort(.meetings) {
            t.meetingsByType = nil
            t.bureauMeetingsByType = nil
        }
        if isShort(.lectures) {
            t.lectures = nil
            t.lecturesByRole = nil
            t.bureauLecturesByRole = nil
        }
        if isShort(.trainings) {
            t.trainings = nil
            t.trainingParticipants = nil
            t.trainingPersonHours = nil
        }
        return t
    }

    /// One info line per gap (code `previous_year_not_covered`), on the log's file (its
    /// `NAME.csv` when it has several), for `validate` and the Data quality sheet.
    ///
    /// - Parameters:
    ///   - year: the review year; the previous year is the one before.
    ///   - asOf: in an as-of run (before 31 December) the lines say up to which day of the
    ///     previous year the rows were counted.
    ///   - files: each log's files, in `LogKind.allCases` order (`LogQuality.files`).
    public func notes(year: Int, asOf: Day, files: [[String]]) -> [(log: LogKind, note: Diagnostic)] {
        let upTo = asOf < Day.endOf(month: 12, year: asOf.year) ? asOf.sameDate(in: year - 1) : nil
        return gaps.map { gap in
            let own = files[LogKind.allCases.firstIndex(of: gap.log)!]
            let location = SourceLocation(file: own.count == 1 ? own[0] : "\(gap.log.fileStem).csv")
            let text: Localized = switch gap.shortfall {
            case .noRows: Words.noRows(gap.log, year: year, upTo: upTo)
            case let .months(n, needed): Words.months(n, needed: needed, year: year, upTo: upTo)
            case let .sites(n, of, needed): Words.sites(n, of: of, needed: needed, year: year, upTo: upTo)
            case let .quarters(n, needed): Words.quarters(n, needed: needed, year: year, upTo: upTo)
            case .noTraining: Words.noTraining(year: year, upTo: upTo)
            case .meetingsNotCovered: Words.meetingsNotCovered(year: year, upTo: upTo)
            }
            return (gap.log, Diagnostic(.info, location, code: "previous_year_not_covered", text: text))
        }
    }
}

private typealias Words = Catalogue.Previous
