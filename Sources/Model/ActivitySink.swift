/// Where ingest puts the kept rows of every log, a batch at a time, in the order of the files
/// and their rows. Sites are referred to by their index in the register as ingest returns
/// it; training ids are interned to small integers.
public protocol ActivitySink {
    /// Counts kept rows.
    mutating func add(_ rows: ActivityRows)
    /// Adds what another sink of the same register counted: a large file's rows, counted
    /// apart until the file was read whole (rules §2: an unreadable file counts nothing).
    mutating func merge(_ other: Self)
}
