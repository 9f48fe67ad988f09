import Model
import XLSXRead

/// Decodes the data rows of one log (row rules 3–4, rules §2) into typed rows, and commits them
/// (to the file's `FileRows`, on to the caller's sink) once the reader has settled rule 5
/// (record ids) for them, in the order of the file.
///
/// Decoding and committing are apart so that rows can be decoded on several threads (each with
/// a copy of the decoder) and committed on one, in order: the sink then sees exactly the rows,
/// in exactly the order, that reading on one thread gives.
protocol RowDecoder: SendableMetatype {
    associatedtype Column: LogColumn & RawRepresentable where Column.RawValue == Int
    /// A decoded row, ready to be counted.
    associatedtype Decoded
    static var log: LogKind { get }
    /// Whether copies of the decoder may decode parts of one file at the same time: true when
    /// decoding needs no state that earlier rows change (the register and the training ids do).
    static var decodesInParallel: Bool { get }
    /// The record_id column, for logs that have one (rule 5).
    static var recordIDColumn: Column? { get }
    /// Whether rows of this log vote for the review year (rules §2: meeting rows that pass rules 1–4).
    static var votesForYear: Bool { get }

    /// Decodes `row`, adding its errors and warnings to it; `nil` when it is rejected.
    mutating func decode(_ row: inout Row) -> Decoded?
    /// The date that decides the row's year, `nil` for the undated register.
    static func day(of row: Decoded) -> Day?
    /// Counts a kept row (it may wait in the decoder until `flush`).
    mutating func commit(_ row: Decoded)
    /// Hands the committed rows to the file's `FileRows`; called after every merged batch.
    mutating func flush()
    /// Called once a file's header is found, before its rows.
    mutating func begin(_ file: FileContext)
    /// Called for a row rejected before its values were decoded (bad bytes, an unterminated
    /// quote, a long row), so the register can still tell its site_id was rejected.
    mutating func rejectedBeforeDecoding(_ row: borrowing Row)
    /// Rule 5 for a kept row's non-empty record_id (trimmed and normalised, with its
    /// `RecordIDIndex.hash`) at `place` in the file being read (`RowBatch.Kept.place`): `nil`
    /// when it is the first use (and it is recorded), else the file of its first use.
    mutating func firstUse(ofRecordID id: UnsafeRawBufferPointer, hash: RecordIDHash, at place: Int) -> String?
    /// A hint that the record_id with `hash` is checked soon.
    mutating func prefetchRecordID(hash: RecordIDHash)

    /// What the decoder has recorded so far that a file can add to (the register, the record
    /// ids …), so that a file that turns out unreadable is undone (rules §2: nothing of it
    /// counts): `rollBack(to:)` forgets what came after the mark. Taking a mark costs little.
    associatedtype Mark = Void
    var mark: Mark { get }
    mutating func rollBack(to mark: Mark)
}

extension RowDecoder {
    static var decodesInParallel: Bool { false }
    static var recordIDColumn: Column? { nil }
    static var votesForYear: Bool { false }
    mutating func flush() {}
    mutating func begin(_ file: FileContext) {}
    mutating func rejectedBeforeDecoding(_ row: borrowing Row) {}
    mutating func firstUse(ofRecordID id: UnsafeRawBufferPointer, hash: RecordIDHash, at place: Int) -> String? { nil }
    mutating func prefetchRecordID(hash: RecordIDHash) {}
}

extension RowDecoder where Mark == Void {
    /// Decoders whose rows go straight to `FileRows` (which keeps a file's rows apart until it
    /// was read whole) and that remember nothing else a file could undo.
    var mark: Void { () }
    mutating func rollBack(to mark: Void) {}
}

/// What a decoder may need to know of the file it is reading.
struct FileContext {
    var path: String
    var name: String
    var decision: EncodingDecision
    var delimiter: CSVDelimiter
    /// Field index per schema column.
    var fieldIndex: [Int?]
    /// A workbook's shared strings (nil for a CSV file).
    var workbookStrings: SharedStrings? = nil
}
