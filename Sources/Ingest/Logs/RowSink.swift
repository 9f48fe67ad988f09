import Foundation
import Model

/// The caller's sink as the decoders see it: one class-bound protocol, so the decoders and the
/// reading loop are concrete types, compiled once at full speed, rather than generic over a
/// sink type that only the caller's module knows (Swift would run them unspecialised). Rows
/// come a batch at a time, so the dynamic call costs nothing per row.
protocol RowSink: AnyObject {
    func addMeetings(_ rows: [MeetingRow])
    func addLectures(_ rows: [LectureRow])
    func addTraining(training: Int32, start: Day, site: Int?, participants: Int, hours: ScaledDecimal)
}

/// Holds the caller's sink; every log's rows go into it, in reading order.
final class SinkBox<Sink: ActivitySink>: RowSink {
    var sink: Sink

    init(_ sink: Sink) { self.sink = sink }

    func addMeetings(_ rows: [MeetingRow]) {
        sink.addMeetings(rows)
    }

    func addLectures(_ rows: [LectureRow]) {
        sink.addLectures(rows)
    }

    func addTraining(training: Int32, start: Day, site: Int?, participants: Int, hours: ScaledDecimal) {
        sink.addTraining(training: training, start: start, site: site, participants: participants, hours: hours)
    }
}
