import Model

/// What rules 1–4 made of a run of consecutive records of one file: the decoded rows in order,
/// their diagnostics, and the counts of the rows already settled. Rule 5 (record ids) and the
/// commit to the sink happen when the batch is merged, in file order, on one thread.
///
/// Lines in a batch count from the batch's first record (`lineOffset` is added on merging);
/// places are already the file's.
struct RowBatch<Decoded> {
    /// A row that passed rules 1–4.
    struct Kept {
        /// The position of the row among the batch's records (diagnostics carry the same).
        var ordinal: Int
        var row: Decoded
        var day: Day?
        /// Its trimmed, normalised record_id in `idBytes`, empty when it has none, and the id's
        /// `RecordIDIndex.hash` (worked out where the row is decoded, off the merging thread).
        var id: Range<Int>
        var idHash: RecordIDHash
        /// Where the record is in its file, for finding its id again (`RecordIDRegistry`):
        /// its UTF-8 offset, or a worksheet row's shared string or row number.
        var place: Int
        /// The physical line where the record starts (batch-relative).
        var line: Int
    }

    /// Plain values only (no reference to count), so a batch of thousands is freed at once.
    var kept: [Kept] = []
    /// The warnings of kept rows that have any, by index in `kept`, ascending: told only if the
    /// row is kept after rule 5.
    var warnings: [(row: Int, diagnostics: [Diagnostic])] = []
    /// Diagnostics of records that are not kept rows (rejected rows, notes, repeated headers),
    /// in record order.
    var diagnostics: [(ordinal: Int, diagnostic: Diagnostic)] = []
    var idBytes: [UInt8] = []
    /// Rows read (rule 1's blank records and repeated headers not counted) and rejected.
    var read = 0
    var rejected = 0
    /// Line breaks consumed: the next batch's lines start after them.
    var lineBreaks = 0
    /// Whether the reader had no more records (else the batch stopped at its limit).
    var isEndOfInput = false

    /// - Parameter rows: about how many rows it will hold (its arrays are sized once).
    init(rows: Int) {
        kept.reserveCapacity(rows)
    }

    /// Shifts batch-relative lines to the file's.
    static func shifted(_ diagnostic: Diagnostic, by lineOffset: Int) -> Diagnostic {
        guard lineOffset != 0, let line = diagnostic.location.line else { return diagnostic }
        var moved = diagnostic
        moved.location.line = line + lineOffset
        return moved
    }
}
