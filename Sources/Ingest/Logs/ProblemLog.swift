import Model

/// Collects one log's problems and its row counts by year (rules §3).
///
/// Every diagnostic goes to `emit` as it is found (so `validate` can print millions without
/// keeping them); the first `LogQuality.listCap` row problems are kept for the workbook and the
/// rest counted by reason. Rows are counted per year because the review year may be decided
/// only after reading (rules §2).
struct ProblemLog {
    let log: LogKind
    var quality = LogQuality()
    var emit: ((Diagnostic, DiagnosticScope) -> Void)?
    /// An as-of run's cut: rows after it are out of period and not handed to the sink.
    let cut: AsOfCut?

    /// The most rows a log may have read, files together (rules §2): a file that would pass it
    /// is not read. So a tally's count of rows fits its 32 bits, and a sum of counts (each at
    /// most 10^9) fits 64 bits; person-hours are summed as decimals.
    static let rowLimit = Int(Int32.max)

    /// Rows read (after the header; blank records and repeated headers not counted).
    var read = 0
    var rejected = 0
    /// Kept rows, warned rows, the latest date and the votes, per year.
    private var years = YearCounts()
    /// Kept rows without a date (the register).
    var keptUndated = 0
    var warnedUndated = 0

    /// Kept rows per year, those after the as-of cut included.
    var keptByYear: [Int: Int] { years.dictionary(\.kept) }
    /// The latest date among kept rows not after the as-of cut, per year.
    var latestByYear: [Int: Day] { years.dictionary(\.latest).compactMapValues { $0 } }
    /// Meeting rows that passed rules 1–4, per year: the votes for the review year.
    var yearVotes: [Int: Int] { years.dictionary(\.votes).filter { $0.value > 0 } }

    init(log: LogKind, emit: ((Diagnostic, DiagnosticScope) -> Void)?, cut: AsOfCut? = nil) {
        self.log = log
        self.emit = emit
        self.cut = cut
    }

    /// How far the log has got: its counts, and the lengths of its lists.
    struct Mark {
        fileprivate var read, rejected, keptUndated, warnedUndated: Int
        fileprivate var years: YearCounts
        fileprivate var fileProblems, rowProblems, rowInfo: Int
        fileprivate var overflow: [OverflowCount]
        fileprivate var missingColumns: [(column: String, files: Int, nearMisses: Int)]
    }

    /// Costs the few years and codes counted, whatever the number of problems listed.
    var mark: Mark {
        Mark(read: read, rejected: rejected, keptUndated: keptUndated, warnedUndated: warnedUndated, years: years,
             fileProblems: quality.fileProblems.count, rowProblems: quality.rowProblems.count, rowInfo: quality.rowInfo.count,
             overflow: quality.overflow,
             missingColumns: quality.missingColumns.map { ($0.column, $0.files.count, $0.nearMisses.count) })
    }

    /// Forgets what was counted and listed since `mark` (a file that turned out unreadable).
    /// What `emit` was told stays told.
    mutating func rollBack(to mark: Mark) {
        read = mark.read
        rejected = mark.rejected
        keptUndated = mark.keptUndated
        warnedUndated = mark.warnedUndated
        years = mark.years
        quality.fileProblems.removeSubrange(mark.fileProblems...)
        quality.rowProblems.removeSubrange(mark.rowProblems...)
        quality.rowInfo.removeSubrange(mark.rowInfo...)
        quality.overflow = mark.overflow
        quality.missingColumns = quality.missingColumns.compactMap { column in
            guard let before = mark.missingColumns.first(where: { $0.column == column.column }) else { return nil }
            var kept = column
            kept.files.removeSubrange(before.files...)
            kept.nearMisses.removeSubrange(before.nearMisses...)
            return kept
        }
    }

    mutating func file(_ diagnostic: Diagnostic) {
        emit?(diagnostic, .file)
        quality.fileProblems.append(diagnostic)
    }

    mutating func row(_ diagnostic: Diagnostic) {
        emit?(diagnostic, .row)
        if diagnostic.severity == .info {
            if quality.rowInfo.count < LogQuality.listCap { quality.rowInfo.append(diagnostic); return }
        } else if quality.rowProblems.count < LogQuality.listCap {
            quality.rowProblems.append(diagnostic)
            return
        }
        if let i = quality.overflow.firstIndex(where: { $0.severity == diagnostic.severity && $0.code == diagnostic.code }) {
            quality.overflow[i].count += 1
        } else {
            quality.overflow.append(OverflowCount(severity: diagnostic.severity, code: diagnostic.code, count: 1))
        }
    }

    /// Notes that `file`, which has data rows, lacks the column `id` (one that feeds figures),
    /// with the headers in it that were probably meant as it. Columns stay in schema order,
    /// files in reading order.
    mutating func missingColumn(_ id: String, file: String, nearMisses: [String]) {
        if let i = quality.missingColumns.firstIndex(where: { $0.column == id }) {
            quality.missingColumns[i].files.append(file)
            quality.missingColumns[i].nearMisses += nearMisses
            return
        }
        let order = LogSchema.columns(log).map(\.id)
        let position = order.firstIndex(of: id) ?? order.count
        let i = quality.missingColumns.firstIndex { (order.firstIndex(of: $0.column) ?? order.count) > position }
        quality.missingColumns.insert(MissingColumn(column: id, files: [file], nearMisses: nearMisses),
                                      at: i ?? quality.missingColumns.count)
    }

    mutating func vote(_ year: Int) {
        years.update(year) { $0.votes += 1 }
    }

    /// Counts a kept row; false when it falls after the as-of cut (then it is out of period and
    /// its figures are not counted). Inlined into the loop that merges rows.
    @inline(__always)
    mutating func kept(day: Day?, warned: Bool) -> Bool {
        guard let day else {
            keptUndated += 1
            if warned { warnedUndated += 1 }
            return true
        }
        let isCut = cut?.cuts(day) ?? false
        years.update(day.year) { counts in
            counts.kept += 1
            if warned { counts.warned += 1 }
            if isCut {
                counts.cut += 1
            } else if counts.latest.map({ $0 < day }) ?? true {
                counts.latest = day
            }
        }
        return !isCut
    }

    /// The reconciliation for `year`: rows of other years, and of `year` after the as-of cut,
    /// are out of period.
    func counts(year: Int) -> LogCounts {
        let kept = years.total(\.kept)
        let inPeriod = (years.dictionary(\.kept)[year] ?? 0) - (years.dictionary(\.cut)[year] ?? 0)
        return LogCounts(
            read: read, accepted: inPeriod + keptUndated, rejected: rejected, outOfPeriod: kept - inPeriod,
            warnings: years.total(\.warned) + warnedUndated)
    }
}

/// Counts per year for a handful of years: a short list searched from the last year used (a
/// row of the same year as the one before finds it first), not a hash per row.
struct YearCounts {
    struct Counts {
        var kept = 0
        /// Kept rows after the as-of cut.
        var cut = 0
        var warned = 0
        var latest: Day?
        var votes = 0
    }

    private var years: [Int] = []
    private var counts: [Counts] = []
    private var last = 0

    @inline(__always)
    mutating func update(_ year: Int, _ change: (inout Counts) -> Void) {
        if !(last < years.count && years[last] == year) {
            if let i = years.firstIndex(of: year) {
                last = i
            } else {
                years.append(year)
                counts.append(Counts())
                last = years.count - 1
            }
        }
        change(&counts[last])
    }

    func dictionary<T>(_ value: KeyPath<Counts, T>) -> [Int: T] {
        Dictionary(uniqueKeysWithValues: zip(years, counts.map { $0[keyPath: value] }))
    }

    func total(_ value: KeyPath<Counts, Int>) -> Int {
        counts.reduce(0) { $0 + $1[keyPath: value] }
    }
}
