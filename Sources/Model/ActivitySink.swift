import Foundation

/// Where ingest puts each accepted row. Sites are referred to by their index in the register
/// as ingest returns it; training ids are interned to small integers.
public protocol ActivitySink {
    mutating func addMeeting(site: Int, day: Day, type: MeetingType, attendees: Int?, expected: Int?)
    mutating func addLecture(site: Int, day: Day, role: LecturerRole)
    /// `site` is `nil` for a bureau-wide row.
    mutating func addTraining(training: Int32, start: Day, site: Int?, participants: Int, hours: Decimal)
    /// Adds what another sink of the same register counted (another log, file or chunk).
    mutating func merge(_ other: Self)
}

