import Indicators
import Model

/// One row at a time, for the hand-built tallies of these tests: each goes through the one
/// path ingest's rows take, `ActivitySink.add`.
extension ActivityTally {
    mutating func addMeeting(site: Int, day: Day, type: MeetingType, attendees: Int?, expected: Int?) {
        add(ActivityRows(meetings: [MeetingRow(site: Int32(site), day: day, type: type, attendees: attendees, expected: expected)]))
    }

    mutating func addLecture(site: Int, day: Day, role: LecturerRole) {
        add(ActivityRows(lectures: [LectureRow(site: Int32(site), day: day, role: role)]))
    }

    /// `site` is `nil` for a bureau-wide row.
    mutating func addTraining(training: Int32, start: Day, site: Int?, participants: Int, hours: ScaledDecimal) {
        add(ActivityRows(trainings: [TrainingRow(training: training, start: start, site: site.map { Int32($0) },
                                                 participants: participants, hours: hours)]))
    }
}
