import Foundation

/// A part's inflated bytes in chunks, inflated ahead on a thread of their own (`threaded`), so
/// that inflating runs on one core while the caller parses on another; or on the caller's thread.
///
/// Threaded, a few chunk buffers go round between the two threads: the inflater fills a free one,
/// the caller parses it and hands it back with its next call. Memory: `chunkSize × buffers`.
final class ChunkPipeline: @unchecked Sendable {
    /// A chunk of the part, valid until the next call of `next()`.
    struct Chunk {
        var bytes: UnsafeRawBufferPointer
        /// Compressed bytes read from the file up to the end of this chunk.
        var compressedRead: UInt64
    }

    static let chunkSize = 256 << 10
    static let bufferCount = 4

    private let stream: PartStream
    private let threaded: Bool
    private let buffers: [UnsafeMutableRawBufferPointer]
    // Shared between the two threads, under `condition`.
    private let condition = NSCondition()
    private var free: [Int]
    private var filled: [(index: Int, count: Int, compressedRead: UInt64)] = []
    private var outcome: Result<Void, WorkbookReadError>?
    private var cancelled = false
    private var running = false
    // The caller's side.
    private var held: Int?
    private var started = false
    private var finished = false

    init(_ stream: PartStream, threaded: Bool) {
        self.stream = stream
        self.threaded = threaded
        let count = threaded ? Self.bufferCount : 1
        buffers = (0..<count).map { _ in .allocate(byteCount: Self.chunkSize, alignment: 16) }
        free = Array(0..<count)
    }

    deinit {
        cancel()
        for buffer in buffers { buffer.deallocate() }
    }

    /// The next chunk, nil at the end of the part (its size and checksum checked).
    func next() throws(WorkbookReadError) -> Chunk? {
        guard !finished else { return nil }
        guard threaded else {
            let n = try stream.read(into: buffers[0])
            if n == 0 { finished = true; return nil }
            return Chunk(bytes: UnsafeRawBufferPointer(rebasing: buffers[0][..<n]), compressedRead: stream.compressedRead)
        }
        if !started { start() }
        condition.lock()
        defer { condition.unlock() }
        if let held {
            free.append(held)
            self.held = nil
            condition.broadcast()
        }
        while filled.isEmpty && outcome == nil { condition.wait() }
        if !filled.isEmpty {
            let chunk = filled.removeFirst()
            held = chunk.index
            return Chunk(bytes: UnsafeRawBufferPointer(rebasing: buffers[chunk.index][..<chunk.count]), compressedRead: chunk.compressedRead)
        }
        finished = true
        if case .failure(let error) = outcome { throw error }
        return nil
    }

    private func start() {
        started = true
        condition.lock()
        running = true
        condition.unlock()
        let thread = Thread { [self] in inflate() }
        thread.name = "inflate"
        thread.start()
    }

    /// The inflating thread: fills free buffers until the part ends, fails or is cancelled.
    private func inflate() {
        var result: Result<Void, WorkbookReadError> = .success(())
        while true {
            condition.lock()
            while free.isEmpty && !cancelled { condition.wait() }
            if cancelled { condition.unlock(); break }
            let index = free.removeFirst()
            condition.unlock()
            let n: Int
            do {
                n = try stream.read(into: buffers[index])
            } catch {
                result = .failure(error)
                break
            }
            if n == 0 { break }
            condition.lock()
            filled.append((index, n, stream.compressedRead))
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        outcome = result
        running = false
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the inflating thread (the caller stopped early) and waits until it has.
    func cancel() {
        guard threaded else { return }
        condition.lock()
        cancelled = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }
}
