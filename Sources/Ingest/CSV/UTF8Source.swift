#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// A log file's bytes as a stream of UTF-8, read in bounded chunks (no memory map, never the whole
/// file at once).
///
/// On creation it reads the first up-to-1 MiB, decides the encoding from it
/// (``detectEncoding(_:isWholeFile:forced:)``) and drops the BOM. Then:
/// - **UTF-8** bytes pass through untouched, invalid sequences included: the CSV reader flags the
///   record that holds them (``CSVRecord/firstInvalidUTF8Field``) and the row is rejected.
/// - **GB18030 / UTF-16** are converted by the system's iconv, streaming: a sequence cut by a chunk
///   end is carried to the next chunk. An invalid sequence becomes the single byte `0xFF` (never
///   valid UTF-8, so again only its record is flagged) and decoding resumes after one byte
///   (GB18030) or one 2-byte code unit (UTF-16: skipping one byte would shift every later
///   character). A sequence cut off by the end of the file also becomes `0xFF`. Line breaks are
///   kept, so physical line numbers stay true.
///
/// `onRawBytes` sees every raw chunk of the file in order, exactly once (BOM included), so the
/// caller can fingerprint the input in the same pass; ``rawByteCount`` totals them.
///
/// Memory: the detection prefix (≤ 1 MiB, released once served), plus one raw and one output
/// buffer of about `chunkSize` each.
package final class UTF8Source {
    /// The encoding the file is read in, and why.
    package private(set) var decision: EncodingDecision
    /// Raw file bytes read so far (the file's size once the stream is exhausted).
    private(set) var rawByteCount = 0
    /// Invalid or truncated sequences replaced by `0xFF` so far (always 0 for UTF-8).
    package private(set) var invalidSequenceCount = 0

    private let path: String
    private var fd: Int32 = -1
    private var memory: [UInt8] = []
    private var memoryOffset = 0
    private let chunkSize: Int
    private let onRawBytes: ((UnsafeRawBufferPointer) -> Void)?

    /// The detection prefix, then `prefixOffset` into it; released when consumed.
    private var prefix: [UInt8]
    private var prefixOffset: Int
    private var rawEOF = false

    // Conversion state (GB18030 / UTF-16 only).
    private var converter: IconvConverter?
    private var invalidSkip: Int
    private var rawBuffer: UnsafeMutableBufferPointer<UInt8>
    private var rawStart = 0, rawEnd = 0
    private var outBuffer: UnsafeMutableBufferPointer<UInt8>
    private var outStart = 0, outEnd = 0
    /// iconv stopped inside a multi-byte sequence: read more before converting again.
    private var needsMoreInput = false

    /// The default size of a raw read.
    package static let defaultChunkSize = 256 << 10

    /// Opens the file at `path` for reading.
    /// - Parameters:
    ///   - forcedEncoding: `--encoding`, overriding detection.
    ///   - chunkSize: bytes per raw read (tests use tiny ones to cut sequences).
    ///   - onRawBytes: called with each raw chunk, in order, during this initialiser and reads.
    convenience init(
        path: String, forcedEncoding: ForcedEncoding? = nil, chunkSize: Int = UTF8Source.defaultChunkSize,
        onRawBytes: ((UnsafeRawBufferPointer) -> Void)? = nil
    ) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw InputFileError.cannotOpen(path: path, errno: errno) }
        try self.init(fd: fd, memory: [], path: path, forcedEncoding: forcedEncoding, chunkSize: chunkSize, onRawBytes: onRawBytes)
    }

    /// Reads from bytes in memory as if they were a file (for tests and small inputs).
    package convenience init(
        bytes: [UInt8], name: String = "<memory>", forcedEncoding: ForcedEncoding? = nil, chunkSize: Int = UTF8Source.defaultChunkSize
    ) throws {
        try self.init(fd: -1, memory: bytes, path: name, forcedEncoding: forcedEncoding, chunkSize: chunkSize, onRawBytes: nil)
    }

    /// Reads from bytes in memory, telling `onRawBytes` each raw chunk as a file's would be.
    convenience init(bytes: [UInt8], chunkSize: Int, onRawBytes: @escaping (UnsafeRawBufferPointer) -> Void) throws {
        try self.init(fd: -1, memory: bytes, path: "<memory>", forcedEncoding: nil, chunkSize: chunkSize, onRawBytes: onRawBytes)
    }

    private init(
        fd: Int32, memory: [UInt8], path: String, forcedEncoding: ForcedEncoding?, chunkSize: Int,
        onRawBytes: ((UnsafeRawBufferPointer) -> Void)?
    ) throws {
        precondition(chunkSize > 0, "chunkSize must be positive")
        self.fd = fd
        self.memory = memory
        self.path = path
        self.chunkSize = chunkSize
        self.onRawBytes = onRawBytes
        self.prefix = []
        self.prefixOffset = 0
        self.rawBuffer = .allocate(capacity: 0)
        self.outBuffer = .allocate(capacity: 0)
        self.converter = nil
        self.invalidSkip = 1
        self.decision = EncodingDecision(encoding: .utf8, bomLength: 0, text: Catalogue.CSV.encodingOfEmptyFile)
        // The real values, once the prefix is read. Every property is set from here on: if a
        // read or iconv fails, `deinit` runs, closing the file and freeing the buffers.
        // Uninitialised: a small file touches a page of it, not the whole MiB.
        let head = try [UInt8](unsafeUninitializedCapacity: encodingDetectionPrefixLength) { buffer, filled in
            while filled < buffer.count {
                let n = try readRaw(into: buffer.baseAddress! + filled, capacity: min(chunkSize, buffer.count - filled))
                if n == 0 { break }
                filled += n
            }
        }
        let decision = detectEncoding(head, isWholeFile: rawEOF, forced: forcedEncoding)
        self.decision = decision
        self.prefix = head
        self.prefixOffset = decision.bomLength
        if decision.encoding != .utf8 {
            self.converter = try IconvConverter(from: decision.encoding)
            self.invalidSkip = decision.encoding == .gb18030 ? 1 : 2
            rawBuffer.deallocate()
            outBuffer.deallocate()
            // Room for one chunk plus a carried incomplete sequence (< 4 bytes); output ≤ 2× input.
            rawBuffer = .allocate(capacity: chunkSize + 8)
            outBuffer = .allocate(capacity: 2 * chunkSize + 16)
        }
    }

    deinit {
        closeFile()
        rawBuffer.deallocate()
        outBuffer.deallocate()
    }

    /// Closes the file early; further reads return end of stream.
    func close() {
        closeFile()
        rawEOF = true
    }

    private func closeFile() {
        if fd >= 0 { _ = posixClose(fd); fd = -1 }
    }

    /// Fills `destination` with up to `capacity` bytes of UTF-8 and returns how many; 0 only at the
    /// end of the stream.
    func read(into destination: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        guard capacity > 0 else { return 0 }
        if converter == nil { return try readRawOrPrefix(into: destination, capacity: capacity) }
        while outStart == outEnd {
            if try !convertMore() { return 0 }
        }
        let n = min(capacity, outEnd - outStart)
        destination.update(from: outBuffer.baseAddress! + outStart, count: n)
        outStart += n
        return n
    }

    // MARK: Raw bytes

    /// Serves the rest of the detection prefix, then reads the file directly.
    private func readRawOrPrefix(into destination: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        if prefixOffset < prefix.count {
            let n = min(capacity, chunkSize, prefix.count - prefixOffset)
            prefix.withUnsafeBufferPointer { destination.update(from: $0.baseAddress! + prefixOffset, count: n) }
            prefixOffset += n
            if prefixOffset == prefix.count { prefix = []; prefixOffset = 0 }
            return n
        }
        return try readRaw(into: destination, capacity: min(capacity, chunkSize))
    }

    /// One read of raw file bytes (the prefix is made of these too); reports them to `onRawBytes`.
    private func readRaw(into destination: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        if rawEOF { return 0 }
        var n = 0
        if fd >= 0 {
            while true {
                n = posixRead(fd, destination, capacity)
                if n >= 0 { break }
                if errno == EINTR { continue }
                throw InputFileError.cannotRead(path: path, errno: errno)
            }
        } else {
            n = min(capacity, memory.count - memoryOffset)
            memory.withUnsafeBufferPointer { destination.update(from: $0.baseAddress! + memoryOffset, count: n) }
            memoryOffset += n
        }
        if n == 0 {
            rawEOF = true
            closeFile()
            return 0
        }
        rawByteCount += n
        onRawBytes?(UnsafeRawBufferPointer(start: destination, count: n))
        return n
    }

    // MARK: Conversion

    /// Converts more raw bytes into the output buffer. Returns false at the end of the stream.
    private func convertMore() throws -> Bool {
        guard let converter else { return false }
        outStart = 0; outEnd = 0
        while outEnd == 0 {
            if rawStart == rawEnd || needsMoreInput {
                // Carry an incomplete sequence to the front, then read behind it.
                let carried = rawEnd - rawStart
                if carried > 0 && rawStart > 0 {
                    (rawBuffer.baseAddress! + 0).update(from: rawBuffer.baseAddress! + rawStart, count: carried)
                }
                rawStart = 0; rawEnd = carried
                let n = try readRawOrPrefix(into: rawBuffer.baseAddress! + rawEnd, capacity: rawBuffer.count - rawEnd)
                if n == 0 {
                    if carried > 0 {  // the file ends inside a sequence
                        outBuffer[outEnd] = 0xFF; outEnd += 1
                        invalidSequenceCount += 1
                        rawStart = 0; rawEnd = 0
                    }
                    needsMoreInput = false
                    return outEnd > 0
                }
                rawEnd += n
                needsMoreInput = false
            }
            var input = UnsafeMutableBufferPointer(rebasing: rawBuffer[rawStart..<rawEnd])
            var output = UnsafeMutableBufferPointer(rebasing: outBuffer[outEnd...])
            let outcome = converter.convert(input: &input, output: &output)
            rawStart = rawEnd - input.count
            outEnd = outBuffer.count - output.count
            switch outcome {
            case .done, .outputFull:
                break
            case .incompleteInput:
                needsMoreInput = true
            case .invalidInput:
                if outEnd == outBuffer.count { break }  // no room for the marker yet: next call
                outBuffer[outEnd] = 0xFF; outEnd += 1
                invalidSequenceCount += 1
                rawStart = min(rawEnd, rawStart + invalidSkip)
            }
        }
        return true
    }
}

// The class's own `read` and `close` shadow the C functions.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}

private func posixClose(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}
