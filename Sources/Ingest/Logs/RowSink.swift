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
///
/// A file's rows wait apart until the file was read whole (`keepFile`), so that a file that
/// turns out unreadable counts nothing (`dropFile`, rules §2). Up to `stagedRowLimit` of them
/// wait as rows, which a small file's end adds at once; past that, the rest are counted in a
/// sink of their own, added to the caller's at the file's end. So a file costs one copy of
/// at most that many rows, or one merge of a sink, and memory still follows the sites.
final class SinkBox<Sink: ActivitySink>: RowSink {
    private(set) var sink: Sink
    /// An empty sink of the same register.
    private let empty: Sink
    private var meetings: [MeetingRow] = []
    private var lectures: [LectureRow] = []
    private var trainings: [Training] = []
    /// The file's own sink, once its rows passed `stagedRowLimit`.
    private var own: Sink?

    private struct Training {
        var training: Int32, start: Day, site: Int?, participants: Int, hours: ScaledDecimal
    }

    /// The rows of a file that wait as rows: a batch's worth (a few hundred kilobytes). A
    /// larger file's own sink costs a merge, a few thousand rows' time for 2,000 sites.
    static var stagedRowLimit: Int { 1 << 12 }

    init(_ sink: Sink, empty: Sink) {
        self.sink = sink
        self.empty = empty
    }

    func addMeetings(_ rows: [MeetingRow]) {
        if own != nil { own?.addMeetings(rows); return }
        meetings += rows
        spillIfLarge()
    }

    func addLectures(_ rows: [LectureRow]) {
        if own != nil { own?.addLectures(rows); return }
        lectures += rows
        spillIfLarge()
    }

    func addTraining(training: Int32, start: Day, site: Int?, participants: Int, hours: ScaledDecimal) {
        if own != nil {
            own?.addTraining(training: training, start: start, site: site, participants: participants, hours: hours)
            return
        }
        trainings.append(Training(training: training, start: start, site: site, participants: participants, hours: hours))
        spillIfLarge()
    }

    /// The file was read whole: its rows count.
    func keepFile() {
        if var own {
            addWaiting(to: &own)
            sink.merge(own)
        } else {
            addWaiting(to: &sink)
        }
        dropFile()
    }

    /// The file turned out unreadable: none of its rows count.
    func dropFile() {
        meetings.removeAll(keepingCapacity: true)
        lectures.removeAll(keepingCapacity: true)
        trainings.removeAll(keepingCapacity: true)
        own = nil
    }

    private func spillIfLarge() {
        guard meetings.count + lectures.count + trainings.count > Self.stagedRowLimit else { return }
        var own = empty
        addWaiting(to: &own)
        dropFile()
        self.own = own
    }

    private func addWaiting(to target: inout Sink) {
        if !meetings.isEmpty { target.addMeetings(meetings) }
        if !lectures.isEmpty { target.addLectures(lectures) }
        for t in trainings {
            target.addTraining(training: t.training, start: t.start, site: t.site, participants: t.participants, hours: t.hours)
        }
    }
}
