/// A chunk of a part's inflated bytes, as a `BatchPipeline` of them hands it out: a part is
/// read a chunk at a time, inflated ahead on a thread of its own (`threaded`) so that inflating
/// runs on one core while the caller parses on another, or on the caller's thread.
/// Memory: `size × count` when threaded, `size` otherwise, whatever the part's size.
final class PartChunk {
    static let size = 256 << 10
    static let count = 4

    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: PartChunk.size, alignment: 16)
    private var filled = 0
    /// Compressed bytes read from the file up to the end of this chunk.
    private(set) var compressedRead: UInt64 = 0

    deinit { buffer.deallocate() }

    /// The chunk's bytes, valid until the chunk is filled again.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer[..<filled]) }

    /// The chunks of `stream`, its size and checksum checked at its end.
    static func pipeline(_ stream: PartStream, threaded: Bool) -> BatchPipeline<PartChunk> {
        BatchPipeline(threaded: threaded, batches: count, name: "inflate", make: PartChunk.init) { chunk throws(WorkbookReadError) in
            chunk.filled = try stream.read(into: chunk.buffer)
            chunk.compressedRead = stream.compressedRead
            return chunk.filled > 0
        }
    }
}
