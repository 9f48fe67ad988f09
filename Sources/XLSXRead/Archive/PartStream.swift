#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CInflate

/// One part of a workbook's archive, inflated as it is read: the reader's one bounded inflater.
///
/// It reads exactly the entry's compressed bytes from the file (never past them) and refuses,
/// as soon as it shows, a stream that inflates to more than its entry states (which the archive
/// checked against 1 GiB and 200 × the compressed size before opening it), that ends before its
/// compressed bytes do or not at all, that zlib cannot inflate, or whose size or CRC-32 at the end
/// is not the entry's. Memory: 64 KiB of input and zlib's 32 KiB window, whatever the part's size.
final class PartStream {
    let part: String
    /// The inflated size the entry states (checked at the end).
    let declaredSize: UInt64
    /// Compressed bytes read from the file so far, for a progress display.
    private(set) var compressedRead: UInt64 = 0

    private let fd: Int32
    private var offset: UInt64
    private var remaining: UInt64
    private let checksum: UInt32
    private let stored: Bool
    private var stream: UnsafeMutablePointer<z_stream>
    private var input: UnsafeMutablePointer<UInt8>
    private static let inputCapacity = 64 << 10
    private var produced: UInt64 = 0
    private var crc: UInt = 0
    private var finished = false

    init(path: String, part: String, dataOffset: UInt64, compressedSize: UInt64, declaredSize: UInt64,
         checksum: UInt32, stored: Bool) throws(WorkbookReadError) {
        let fd = openFile(path)
        guard fd >= 0 else { throw .damagedPart(part, .io(String(cString: strerror(errno)))) }
        self.fd = fd
        self.part = part
        self.offset = dataOffset
        self.remaining = compressedSize
        self.declaredSize = declaredSize
        self.checksum = checksum
        self.stored = stored
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(capacity: Self.inputCapacity)
        if !stored, inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) != Z_OK {
            release(inflating: false)
            throw .damagedPart(part, .cannotInflate)
        }
    }

    deinit { release(inflating: !stored) }

    private func release(inflating: Bool) {
        if inflating { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
        close(fd)
    }

    /// Fills `buffer` with the part's next bytes and returns how many; 0 at the end of the part,
    /// once its size and checksum are found right.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(WorkbookReadError) -> Int {
        guard !finished, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let out = base.assumingMemoryBound(to: UInt8.self)
        var count = 0
        var ended = false
        if stored {
            let n = Int(min(UInt64(buffer.count), remaining))
            try readFile(into: out, count: n)
            count = n
            ended = remaining == 0
        } else {
            stream.pointee.next_out = out
            stream.pointee.avail_out = UInt32(clamping: buffer.count)
            while stream.pointee.avail_out > 0 {
                if stream.pointee.avail_in == 0 {
                    // A stream still open after its entry's last compressed byte is cut short.
                    guard remaining > 0 else { throw .damagedPart(part, .cutShort) }
                    let n = Int(min(UInt64(Self.inputCapacity), remaining))
                    try readFile(into: input, count: n)
                    stream.pointee.next_in = input
                    stream.pointee.avail_in = UInt32(n)
                }
                let result = inflate(stream, Z_NO_FLUSH)
                if result == Z_STREAM_END { ended = true; break }
                guard result == Z_OK else { throw .damagedPart(part, .cannotInflate) }
            }
            count = buffer.count - Int(stream.pointee.avail_out)
        }
        produced += UInt64(count)
        guard produced <= declaredSize else { throw .damagedPart(part, .size(declared: declaredSize)) }
        crc = crc32(crc, out, UInt32(count))
        if ended {
            finished = true
            guard produced == declaredSize else { throw .damagedPart(part, .size(declared: declaredSize)) }
            guard UInt32(truncatingIfNeeded: crc) == checksum else { throw .damagedPart(part, .checksum) }
        }
        return count
    }

    /// Reads exactly `count` bytes of the entry's data at the current offset.
    private func readFile(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(WorkbookReadError) {
        var done = 0
        while done < count {
            let n = pread(fd, destination + done, count - done, off_t(offset))
            if n < 0 {
                if errno == EINTR { continue }
                throw .damagedPart(part, .io(String(cString: strerror(errno))))
            }
            guard n > 0 else { throw .damagedPart(part, .cutShort) }
            done += n
            offset += UInt64(n)
        }
        remaining -= UInt64(count)
        compressedRead += UInt64(count)
    }
}
