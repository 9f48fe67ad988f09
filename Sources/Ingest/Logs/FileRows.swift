import Model

/// The kept rows of the log file being read, until it was read whole: a file that turns out
/// unreadable counts nothing (rules §2). Every decoder hands its committed rows here after
/// each batch; `Ingestor.run` hands them to the caller's sink at the file's end.
///
/// Up to `waitingLimit` rows wait as rows, which a small file's end adds at once; past that,
/// they go to `spill` as they come, which counts them in a sink of the file's own that the
/// ingestor merges into the caller's at the file's end. So a file costs one copy of at most
/// that many rows, or one merge of a sink, and memory still follows the sites.
///
/// Not generic over the caller's sink, which only the caller's module knows: so the decoders
/// and the reading loop are concrete types, compiled once at full speed, not run
/// unspecialised. `spill` is called once a batch, never once a row.
final class FileRows {
    /// The rows of a file that wait as rows: a batch's worth (a few hundred kilobytes). A
    /// larger file's own sink costs a merge, a few thousand rows' time for 2,000 sites.
    static var waitingLimit: Int { 1 << 12 }

    /// The file's rows not yet spilled.
    private(set) var waiting = ActivityRows()
    /// Whether the file's rows passed `waitingLimit`: the rest then go straight to `spill`.
    private var spilled = false
    /// Counts rows in the file's own sink.
    private let spill: (ActivityRows) -> Void

    init(spill: @escaping (ActivityRows) -> Void) {
        self.spill = spill
    }

    /// Adds a batch of the file's committed rows.
    func add(_ rows: ActivityRows) {
        if spilled {
            spill(rows)
            return
        }
        waiting.append(rows)
        guard waiting.count > Self.waitingLimit else { return }
        spill(waiting)
        waiting.removeAll()
        spilled = true
    }

    /// Forgets the file's rows, once the ingestor handed them on (or dropped them), for the
    /// next file.
    func endFile() {
        waiting.removeAll()
        spilled = false
    }
}
