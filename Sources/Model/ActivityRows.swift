/// A kept meeting row, as ingest hands it to an `ActivitySink`.
public struct MeetingRow: Sendable, Equatable {
    /// The site's index in the register.
    public var site: Int32
    public var day: Day
    public var type: MeetingType
    public var attendees: Int?
    public var expected: Int?

    public init(site: Int32, day: Day, type: MeetingType, attendees: Int?, expected: Int?) {
        self.site = site; self.day = day; self.type = type; self.attendees = attendees; self.expected = expected
    }
}

/// A kept lecture row.
public struct LectureRow: Sendable, Equatable {
    public var site: Int32
    public var day: Day
    public var role: LecturerRole

    public init(site: Int32, day: Day, role: LecturerRole) {
        self.site = site; self.day = day; self.role = role
    }
}

/// A kept training row. It belongs to the year of its start date.
public struct TrainingRow: Sendable, Equatable {
    /// The training_id, interned to a small integer in the order the rows were kept.
    public var training: Int32
    public var start: Day
    /// The site's index in the register; `nil` for a bureau-wide row.
    public var site: Int32?
    public var participants: Int
    public var hours: ScaledDecimal

    public init(training: Int32, start: Day, site: Int32?, participants: Int, hours: ScaledDecimal) {
        self.training = training; self.start = start; self.site = site; self.participants = participants; self.hours = hours
    }
}

/// Kept rows of any log, each log's in the order they were kept: what ingest hands an
/// `ActivitySink`, a batch at a time.
public struct ActivityRows: Sendable, Equatable {
    public var meetings: [MeetingRow]
    public var lectures: [LectureRow]
    public var trainings: [TrainingRow]

    public init(meetings: [MeetingRow] = [], lectures: [LectureRow] = [], trainings: [TrainingRow] = []) {
        self.meetings = meetings; self.lectures = lectures; self.trainings = trainings
    }

    /// The rows of every log.
    public var count: Int { meetings.count + lectures.count + trainings.count }

    public var isEmpty: Bool { meetings.isEmpty && lectures.isEmpty && trainings.isEmpty }

    /// Appends `other`'s rows after these, log by log.
    public mutating func append(_ other: ActivityRows) {
        if !other.meetings.isEmpty { meetings += other.meetings }
        if !other.lectures.isEmpty { lectures += other.lectures }
        if !other.trainings.isEmpty { trainings += other.trainings }
    }

    /// Forgets every row, keeping the arrays' memory for the next ones.
    public mutating func removeAll() {
        meetings.removeAll(keepingCapacity: true)
        lectures.removeAll(keepingCapacity: true)
        trainings.removeAll(keepingCapacity: true)
    }
}
