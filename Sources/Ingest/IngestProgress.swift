/// How far ingest has got in the file it is reading, for a progress display.
public struct IngestProgress: Sendable, Equatable {
    /// The file's base name.
    public var file: String
    /// 1-based position of the file among the log files, and how many there are.
    public var fileNumber: Int
    public var fileCount: Int
    /// Data records read from this file so far (counted every ``ProgressMeter/rowInterval`` rows).
    public var rows: Int
    /// Raw bytes read from this file so far (counted per raw chunk), and its size.
    public var bytes: Int
    public var size: Int
    /// Whether the file has been read to its end.
    public var isFinished: Bool
}

/// Collects ingest's progress cheaply and hands it to the caller's hook: raw bytes per chunk
/// (256 KiB, from ``UTF8Source``'s `onRawBytes`), rows every ``rowInterval`` records. Rate
/// limiting for display is the hook's business.
final class ProgressMeter {
    /// Rows between two reports (a power of two: the reader tests it with a mask).
    static let rowInterval = 1 << 12

    private let hook: (IngestProgress) -> Void
    private var state: IngestProgress

    init(fileCount: Int, hook: @escaping (IngestProgress) -> Void) {
        self.hook = hook
        self.state = IngestProgress(file: "", fileNumber: 0, fileCount: fileCount, rows: 0, bytes: 0, size: 0, isFinished: false)
    }

    func begin(file: String, size: Int) {
        state.file = file
        state.fileNumber += 1
        state.rows = 0
        state.bytes = 0
        state.size = size
        state.isFinished = false
        hook(state)
    }

    func bytes(_ count: Int) {
        state.bytes += count
        hook(state)
    }

    func rows(_ count: Int) {
        state.rows = count
        hook(state)
    }

    func end(rows: Int) {
        state.rows = rows
        state.bytes = max(state.bytes, state.size)
        state.isFinished = true
        hook(state)
    }
}
