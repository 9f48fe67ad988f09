import Model

/// meetings.csv rows → the sink (§2 rules 3–6).
struct MeetingDecoder<Sink: ActivitySink>: RowDecoder {
    typealias Column = MeetingColumn
    static var log: LogKind { .meetings }

    let register: SiteRegister
    let sitesFiles: String
    var vocab: Vocabularies
    var recordIDs: RecordIDRegistry
    var sink: Sink
    /// Meeting rows that passed rules 1–4, per year (the review-year vote).
    var yearVotes: [Int: Int] = [:]

    mutating func begin(_ file: FileContext) {
        guard let field = file.fieldIndex[MeetingColumn.record_id.rawValue] else { return }
        let isUTF8 = file.decision.encoding == .utf8
        recordIDs.register(file: file.number, info: .init(
            path: file.path, name: file.name, utf8Start: isUTF8 ? file.decision.bomLength : nil,
            delimiter: file.delimiter, recordIDField: field))
    }

    mutating func decode(_ row: inout Row, file: Int) -> Day?? {
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
        yearVotes[day.year, default: 0] += 1

        // Rule 5: a repeated record_id rejects every row after the first.
        if let first = recordIDs.firstOccurrence(of: row, column: C.record_id.rawValue, file: file) {
            let id = row.shown(C.record_id.rawValue)
            row.reject(C.record_id.rawValue, reason: "duplicate record_id",
                       "\(row.columnLabel(C.record_id.rawValue)): `\(id)` was already used in \(first); the first row is kept", value: id)
            return nil
        }
        if let a = attendees, let e = expected, a > e {
            row.warn(C.attendees.rawValue, reason: "attendees > expected",
                     "\(row.columnLabel(C.attendees.rawValue)): \(a) attended but \(e) were expected; attendance counts at most \(e)")
        }
        sink.addMeeting(site: site, day: day, type: type, attendees: attendees, expected: expected)
        return .some(day)
    }
}

/// lectures.csv rows → the sink.
struct LectureDecoder<Sink: ActivitySink>: RowDecoder {
    typealias Column = LectureColumn
    static var log: LogKind { .lectures }

    let register: SiteRegister
    let sitesFiles: String
    var vocab: Vocabularies
    var sink: Sink

    mutating func decode(_ row: inout Row, file: Int) -> Day?? {
        typealias C = LectureColumn
        let day = row.required(C.date.rawValue, DateField.day)
        let site = row.site(C.site_id.rawValue, in: register, sitesFiles: sitesFiles, required: true)
        _ = row.optional(C.lecturer.rawValue) { raw throws(ValueError) in try FieldText.checkedText(raw) }
        let role = row.optional(C.lecturer_role.rawValue) { raw throws(ValueError) in try vocab.lecturerRole.match(raw) }
        _ = row.optional(C.audience.rawValue, IntegerField.count)
        _ = row.optional(C.hours.rawValue, DecimalField.nonNegative)
        _ = row.optional(C.topic.rawValue) { raw throws(ValueError) in try FieldText.checkedText(raw) }
        guard let day, let site = site ?? nil, !row.isRejected else { return nil }
        sink.addLecture(site: site, day: day, role: role ?? .other)
        return .some(day)
    }
}

/// trainings.csv rows → the sink. A row belongs to the year of its start_date.
struct TrainingDecoder<Sink: ActivitySink>: RowDecoder {
    typealias Column = TrainingColumn
    static var log: LogKind { .trainings }

    let register: SiteRegister
    let sitesFiles: String
    var vocab: Vocabularies
    var sink: Sink
    /// Training ids interned to small integers.
    var trainingIDs = ByteMap<Int32>()

    mutating func decode(_ row: inout Row, file: Int) -> Day?? {
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
            row.reject(C.end_date.rawValue, reason: "end before start",
                       "\(row.columnLabel(C.end_date.rawValue)): the training ends on \(end), before it starts (\(start))", value: row.shown(C.end_date.rawValue))
        }
        guard hasID, let start, let site, let participants, let hours, !row.isRejected else { return nil }
        var training: Int32 = 0
        do {
            training = try row.withField(C.training_id.rawValue) { raw throws(ValueError) in
                try FieldText.withNormalized(raw) { bytes throws(ValueError) in
                    let next = Int32(trainingIDs.count)
                    return trainingIDs[index: trainingIDs.insert(next, forKey: bytes).index]
                }
            }
        } catch {
            row.reject(C.training_id.rawValue, error)
            return nil
        }
        sink.addTraining(training: training, start: start, site: site, participants: participants, hours: hours)
        return .some(start)
    }
}
