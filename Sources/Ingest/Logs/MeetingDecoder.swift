import Foundation
import Model

/// meetings.csv rows → the file's rows (row rules 3–6, rules §2).
struct MeetingDecoder: RowDecoder {
    typealias Column = MeetingColumn
    static var log: LogKind { .meetings }
    static var decodesInParallel: Bool { true }
    static var recordIDColumn: MeetingColumn? { .record_id }
    static var votesForYear: Bool { true }

    /// A decoded row, and what it is as a possible annual meeting held early the next year
    /// (`annual_meetings_until`, rule 6).
    struct Decoded {
        var row: MeetingRow
        var annual: AnnualMeeting
    }

    /// An org_life or democratic_review meeting counted for the year before (its `row` dated 31
    /// December of that year), or one dated January or February and counted for its own year.
    enum AnnualMeeting { case none, heldNextYear, earlyInYear }

    let register: SiteRegister
    let sitesFiles: String
    var vocab: Vocabularies
    var recordIDs: RecordIDRegistry
    /// Where committed rows wait until their file was read whole.
    let fileRows: FileRows
    /// The config's `annual_meetings_until`.
    let annualMeetingsUntil: MonthDay?
    /// Committed rows not yet handed to `fileRows` (`flush`).
    var committed = ActivityRows()
    /// The committed org_life and democratic_review meetings the Data quality sheet tells of.
    var annualMeetings = AnnualMeetingCounts()

    mutating func begin(_ file: FileContext) {
        guard let field = file.fieldIndex[MeetingColumn.record_id.rawValue] else { return }
        let isUTF8 = file.decision.encoding == .utf8 && file.workbookStrings == nil
        recordIDs.register(.init(path: file.path, name: file.name, utf8Start: isUTF8 ? file.decision.bomLength : nil,
                                 delimiter: file.delimiter, recordIDField: field, workbookStrings: file.workbookStrings))
    }

    mutating func decode(_ row: inout Row) -> Decoded? {
        typealias C = MeetingColumn
        let day = row.required(C.date.rawValue, DateField.day)
        let site = row.site(C.site_id.rawValue, in: register, sitesFiles: sitesFiles, required: true)
        let type = row.required(C.type.rawValue) { raw throws(ValueError) in try vocab.meetingType.match(raw) }
        let attendees = row.optional(C.attendees.rawValue, IntegerField.count)
        let expected = row.optional(C.expected.rawValue, IntegerField.count)
        _ = row.optional(C.topic.rawValue) { raw throws(ValueError) in try FieldText.checkedText(raw) }
        // An invalid record_id (a NUL byte) is a warning and counts as empty: it claims nothing.
        _ = row.optional(C.record_id.rawValue) { raw throws(ValueError) in try FieldText.checkedText(raw) }
        guard let day, let site = site ?? nil, let type, !row.isRejected else { return nil }
        if let a = attendees, let e = expected, a > e {
            row.warn(C.attendees.rawValue, code: "attendees_over_expected",
                     Catalogue.Values.attendeesOverExpected(column: row.columnName(C.attendees.rawValue), attendees: a, expected: e))
        }
        var counted = day
        var annual = AnnualMeeting.none
        if type == .org_life || type == .democratic_review {
            // The year's annual meetings held early the next year count as dated 31 December of
            // the year before, for every purpose (rule 6).
            if let until = annualMeetingsUntil, until.includes(day), let yearEnd = Day(year: day.year - 1, month: 12, day: 31) {
                counted = yearEnd
                annual = .heldNextYear
            } else if day.month <= 2 {
                annual = .earlyInYear
            }
        }
        return Decoded(row: MeetingRow(site: Int32(site), day: counted, type: type, attendees: attendees, expected: expected),
                       annual: annual)
    }

    static func day(of row: Decoded) -> Day? { row.row.day }

    @inline(__always)
    mutating func commit(_ meeting: Decoded) {
        committed.meetings.append(meeting.row)
        if meeting.annual != .none { annualMeetings.add(meeting) }
    }

    mutating func flush() {
        fileRows.add(committed)
        committed.removeAll()
    }

    mutating func firstUse(ofRecordID id: UnsafeRawBufferPointer, hash: RecordIDHash, at place: Int) -> String? {
        recordIDs.firstUse(of: id, hash: hash, at: place)
    }

    mutating func prefetchRecordID(hash: RecordIDHash) { recordIDs.prefetch(hash: hash) }

    /// The record ids and the annual meetings counted so far (committed rows are handed to
    /// `fileRows` after every batch, so none wait in the decoder between files).
    struct Mark {
        fileprivate var recordIDs: RecordIDRegistry.Mark
        fileprivate var annualMeetings: AnnualMeetingCounts
    }

    var mark: Mark { Mark(recordIDs: recordIDs.mark, annualMeetings: annualMeetings) }

    mutating func rollBack(to mark: Mark) {
        recordIDs.rollBack(to: mark.recordIDs)
        annualMeetings = mark.annualMeetings
    }
}

/// The committed org_life and democratic_review meetings that may be a year's annual meetings
/// held early the next year (rules §2, row rule 6), by year.
struct AnnualMeetingCounts {
    /// Those counted for a year under `annual_meetings_until` (dated early the year after), by
    /// the year they count for.
    private(set) var heldNextYear: [Int: Int] = [:]
    /// Those dated January or February and counted for the year of their date, by that year.
    private(set) var earlyInYear: [Int: Int] = [:]

    /// Seldom called (a few meetings a year a site): kept out of the loop that commits rows.
    @inline(never)
    mutating func add(_ meeting: MeetingDecoder.Decoded) {
        switch meeting.annual {
        case .heldNextYear: heldNextYear[meeting.row.day.year, default: 0] += 1
        case .earlyInYear: earlyInYear[meeting.row.day.year, default: 0] += 1
        case .none: break
        }
    }
}

/// lectures.csv rows → the file's rows.
struct LectureDecoder: RowDecoder {
    typealias Column = LectureColumn
    static var log: LogKind { .lectures }
    static var decodesInParallel: Bool { true }

    let register: SiteRegister
    let sitesFiles: String
    var vocab: Vocabularies
    /// Where committed rows wait until their file was read whole.
    let fileRows: FileRows
    /// Committed rows not yet handed to `fileRows` (`flush`).
    var committed = ActivityRows()

    mutating func decode(_ row: inout Row) -> LectureRow? {
        typealias C = LectureColumn
        let day = row.required(C.date.rawValue, DateField.day)
        let site = row.site(C.site_id.rawValue, in: register, sitesFiles: sitesFiles, required: true)
        _ = row.optional(C.lecturer.rawValue) { raw throws(ValueError) in try FieldText.checkedText(raw) }
        let role = row.optional(C.lecturer_role.rawValue) { raw throws(ValueError) in try vocab.lecturerRole.match(raw) }
        _ = row.optional(C.audience.rawValue, IntegerField.count)
        _ = row.optional(C.hours.rawValue, DecimalField.nonNegative)
        _ = row.optional(C.topic.rawValue) { raw throws(ValueError) in try FieldText.checkedText(raw) }
        guard let day, let site = site ?? nil, !row.isRejected else { return nil }
        return LectureRow(site: Int32(site), day: day, role: role ?? .other)
    }

    static func day(of row: LectureRow) -> Day? { row.day }

    mutating func commit(_ row: LectureRow) { committed.lectures.append(row) }

    mutating func flush() {
        fileRows.add(committed)
        committed.removeAll()
    }
}

/// trainings.csv rows → the file's rows. A row belongs to the year of its start_date.
struct TrainingDecoder: RowDecoder {
    typealias Column = TrainingColumn
    static var log: LogKind { .trainings }
    static var decodesInParallel: Bool { true }

    /// A decoded row, its training id not yet interned.
    struct Training {
        /// The training_id, trimmed and normalised: interned when the row is committed, in the
        /// order of the file, so decoding needs no state that earlier rows change.
        var id: [UInt8]
        /// The row, its `training` set on committing.
        var row: TrainingRow
    }

    let register: SiteRegister
    let sitesFiles: String
    var vocab: Vocabularies
    /// Where committed rows wait until their file was read whole.
    let fileRows: FileRows
    /// Committed rows not yet handed to `fileRows` (`flush`).
    var committed = ActivityRows()
    /// Training ids interned to small integers.
    var trainingIDs = ByteMap<Int32>()

    mutating func decode(_ row: inout Row) -> Training? {
        typealias C = TrainingColumn
        let hasID = !row.withField(C.training_id.rawValue) { FieldText.isBlank($0) }
        if !hasID { row.reject(C.training_id.rawValue, .empty) }
        _ = row.optional(C.title.rawValue) { raw throws(ValueError) in try FieldText.checkedText(raw) }
        let start = row.required(C.start_date.rawValue, DateField.day)
        let end = row.optional(C.end_date.rawValue, DateField.day)
        let site = row.site(C.site_id.rawValue, in: register, sitesFiles: sitesFiles, required: false)
        let participants = row.required(C.participants.rawValue, IntegerField.count)
        let hours = row.required(C.hours.rawValue, DecimalField.nonNegative)
        _ = row.optional(C.target_group.rawValue) { raw throws(ValueError) in try vocab.targetGroup.match(raw) }
        if let start, let end, end < start {
            let shown = row.shown(C.end_date.rawValue)
            row.reject(C.end_date.rawValue, code: "end_before_start",
                       Catalogue.Values.endBeforeStart(column: row.columnName(C.end_date.rawValue), value: shown, start: "\(start)"),
                       value: shown)
        }
        guard hasID, let start, let site, let participants, let hours, !row.isRejected else { return nil }
        let id: [UInt8]
        do {
            id = try row.withField(C.training_id.rawValue) { raw throws(ValueError) in
                try FieldText.withNormalized(raw) { Array($0) }
            }
        } catch {
            row.reject(C.training_id.rawValue, error)
            return nil
        }
        return Training(id: id, row: TrainingRow(training: -1, start: start, site: site.map { Int32($0) },
                                                 participants: participants, hours: hours))
    }

    static func day(of decoded: Training) -> Day? { decoded.row.start }

    mutating func commit(_ decoded: Training) {
        let next = Int32(trainingIDs.count)
        let slot = decoded.id.withUnsafeBytes { trainingIDs.insert(next, forKey: $0).index }
        var row = decoded.row
        row.training = trainingIDs[index: slot]
        committed.trainings.append(row)
    }

    mutating func flush() {
        fileRows.add(committed)
        committed.removeAll()
    }
}
