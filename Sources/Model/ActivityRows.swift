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
