import Model

/// Collects one log's problems and its row counts by year (§3).
///
/// Every diagnostic goes to `emit` as it is found (so `validate` can print millions without
/// keeping them); the first `LogQuality.listCap` row problems are kept for the workbook and the
/// rest counted by reason. Rows are counted per year because the review year may be decided
/// only after reading (§2).
struct ProblemLog {
    let log: LogKind
    var quality = LogQuality()
    var emit: ((Diagnostic) -> Void)?

    /// Rows read (after the header; blank records and repeated headers not counted).
    var read = 0
    var rejected = 0
    /// Kept rows per year, and those of them carrying a row warning.
    var keptByYear: [Int: Int] = [:]
    var warnedByYear: [Int: Int] = [:]
    /// Kept rows without a date (the register).
    var keptUndated = 0
    var warnedUndated = 0
    /// The latest date among kept rows, per year.
    var latestByYear: [Int: Day] = [:]
    /// Meeting rows that passed rules 1–4, per year: the votes for the review year.
    var yearVotes: [Int: Int] = [:]

    init(log: LogKind, emit: ((Diagnostic) -> Void)?) {
        self.log = log
        self.emit = emit
    }

    mutating func file(_ diagnostic: Diagnostic) {
        emit?(diagnostic)
        quality.fileProblems.append(diagnostic)
    }

    mutating func row(_ diagnostic: Diagnostic) {
        emit?(diagnostic)
        if diagnostic.severity == .info {
            if quality.rowInfo.count < LogQuality.listCap { quality.rowInfo.append(diagnostic); return }
        } else if quality.rowProblems.count < LogQuality.listCap {
            quality.rowProblems.append(diagnostic)
            return
        }
        if let i = quality.overflow.firstIndex(where: { $0.severity == diagnostic.severity && $0.reason == diagnostic.reason }) {
            quality.overflow[i].count += 1
        } else {
            quality.overflow.append(OverflowCount(severity: diagnostic.severity, reason: diagnostic.reason, count: 1))
        }
    }

    mutating func kept(day: Day?, warned: Bool) {
        guard let day else {
            keptUndated += 1
            if warned { warnedUndated += 1 }
            return
        }
        keptByYear[day.year, default: 0] += 1
        if warned { warnedByYear[day.year, default: 0] += 1 }
        if let latest = latestByYear[day.year], latest >= day { return }
        latestByYear[day.year] = day
    }

    /// The reconciliation for `year`: rows of other years are out of period.
    func counts(year: Int) -> LogCounts {
        let kept = keptByYear.values.reduce(0, +)
        let accepted = (keptByYear[year] ?? 0) + keptUndated
        return LogCounts(
            read: read, accepted: accepted, rejected: rejected, outOfPeriod: kept - (keptByYear[year] ?? 0),
            warnings: warnedByYear.values.reduce(0, +) + warnedUndated)
    }
}
