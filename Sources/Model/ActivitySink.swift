import Foundation

/// Where ingest puts each accepted row. Sites are referred to by their index in the register
/// as ingest returns it; training ids are interned to small integers.
public protocol ActivitySink {
    mutating func addMeeting(site: Int, day: Day, type: MeetingType, attendees: Int?, expected: Int?)
    mutating func addLecture(site: Int, day: Day, role: LecturerRole)
    /// `site` is `nil` for a bureau-wide row.
    mutating func addTraining(training: Int32, start: Day, site: Int?, participants: Int, hours: ScaledDecimal)
    /// Adds what another sink of the same register counted (another log, file or chunk).
    mutating func merge(_ other: Self)
    /// Adds kept rows in the order of the logs, many at once (ingest hands them on a few
    /// thousand at a time, so a sink can count them in one tight loop).
    mutating func addMeetings(_ rows: [MeetingRow])
    mutating func addLectures(_ rows: [LectureRow])
}

extension ActivitySink {
    public mutating func addMeetings(_ rows: [MeetingRow]) {
        for r in rows {
            addMeeting(site: Int(r.site), day: r.day, type: r.type, attendees: r.attendees, expected: r.expected)
        }
    }

    public mutating func addLectures(_ rows: [LectureRow]) {
        for r in rows { addLecture(site: Int(r.site), day: r.day, role: r.role) }
    }
}

