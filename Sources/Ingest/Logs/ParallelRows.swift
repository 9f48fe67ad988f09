import Dispatch
import Foundation
import Model

/// How many threads read one large file, and in what parts. The output never depends on it.
public struct Parallelism: Sendable, Equatable {
    /// Threads that decode parts of a file at once (1: everything on the calling thread).
    public var threads: Int
    /// The size of a part, in bytes; a file is read in parts only when it has at least two.
    public var partSize: Int

    public init(threads: Int, partSize: Int = 512 << 10) {
        self.threads = max(1, threads)
        self.partSize = max(1, partSize)
    }

    /// On one processor, one thread; else a thread per processor and one more (at most 4),
    /// parts of 512 KiB. The calling thread, which reads the file and merges the parts, needs
    /// only part of a core: with one lane more than the processors, none idles (measured on
    /// two cores: 4 % faster than one lane a processor).
    public static var automatic: Parallelism {
        let processors = ProcessInfo.processInfo.activeProcessorCount
        return Parallelism(threads: processors == 1 ? 1 : min(4, processors + 1))
    }

    public static let sequential = Parallelism(threads: 1)
}

/// Reads the data part of one large UTF-8 file on several threads.
///
/// The calling thread reads the file in order (so the fingerprint sees every byte in order) and
/// cuts it into parts just after a line break that ends a record: it follows the quotes
/// (`RecordCut`), so a quoted field holding line breaks is never cut, and a lone CR (old Mac line
/// ends) is a line break like LF. Each part goes to a lane — a thread with its own copy of the
/// decoder — which applies rules 1–4 to it; every part starts at a record, so no lane ever reads
/// a part from a wrong start, and every byte is decoded once. The calling thread merges the parts'
/// batches in file order: rule 5, the commit to the sink and every diagnostic happen there,
/// exactly as when one thread reads the whole file. A record longer than a part makes its part
/// grow until it holds the record whole (as one thread's record buffer does); a quote left open
/// to the end of the file thus makes the last part, which rejects it as one record.
///
/// Memory: at most two parts a lane in flight, each the part size (512 KiB) or one record.
struct ParallelRows<D: RowDecoder> {
    let parallelism: Parallelism

    /// - Parameters:
    ///   - reader: the file's reader, just after the header; `source` is what it reads.
    ///   - merge: merges a batch whose lines start at the given line offset.
    func read(
        _ reader: CSVReader, source: UTF8Source, rules: RowRules<D>, delimiter: CSVDelimiter, decoder: D,
        merge: (RowBatch<D.Decoded>, _ lineOffset: Int) throws -> Void
    ) throws {
        let taken = reader.takeBuffered()
        var carry = taken.bytes
        var carryOffset = taken.offset
        var dropLF = taken.lfPending
        var sourceDone = false
        var lineBase = reader.currentLine   // the line of the next part's first byte
        var cut = RecordCut(delimiter: delimiter.rawValue)

        /// The next part: at least the part size (all that is left at the end), cut just after
        /// the last line break in it that ends a record. The source reads straight into the
        /// part's own array.
        func nextPart() throws -> Part? {
            var minimumPart = parallelism.partSize
            while true {
                let capacity = max(minimumPart, carry.count) + Self.readAhead
                var bytes = try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                    let base = buffer.baseAddress!
                    count = carry.count
                    carry.withUnsafeBufferPointer { if let from = $0.baseAddress { base.update(from: from, count: $0.count) } }
                    while !sourceDone, count < minimumPart {
                        var n = try source.read(into: base + count, capacity: capacity - count)
                        if n == 0 { sourceDone = true; break }
                        if dropLF {
                            // The LF of a CRLF whose CR ended the header's line: already counted.
                            dropLF = false
                            if base[count] == 0x0A {
                                (base + count).update(from: base + count + 1, count: n - 1)
                                n -= 1
                                carryOffset += 1
                            }
                        }
                        count += n
                    }
                }
                carry = []
                if bytes.isEmpty { return nil }
                let offset = carryOffset
                if !sourceDone {
                    guard let end = bytes.withUnsafeBufferPointer({ cut.lastRecordEnd(in: $0) }) else {
                        // No record ends in it (one longer than the part): read on, twice as far.
                        carry = bytes
                        minimumPart = bytes.count * 2
                        continue
                    }
                    carry = Array(bytes[end...])
                    bytes.removeSubrange(end...)
                }
                carryOffset = offset + bytes.count
                return Part(bytes: bytes, streamOffset: offset)
            }
        }

        let lanes = (0..<parallelism.threads).map { Lane(rules: rules, decoder: decoder, delimiter: delimiter, index: $0) }
        var inFlight: [Slot] = []
        var dispatched = 0
        defer {
            // Never leave a lane working on a part after this returns (an error stops the merge).
            for slot in inFlight { _ = try? slot.wait() }
        }
        while true {
            // Two parts per lane: a lane has its next part at hand while the merging thread is
            // busy with an earlier one.
            while inFlight.count < 2 * lanes.count, let part = try nextPart() {
                let slot = Slot()
                lanes[dispatched % lanes.count].submit(part, to: slot)
                dispatched += 1
                inFlight.append(slot)
            }
            guard !inFlight.isEmpty else { return }
            let batch = try inFlight.removeFirst().wait()
            try merge(batch, lineBase - 1)
            lineBase += batch.lineBreaks
        }
    }

    /// Bytes read beyond a part's minimum size in the same read, so a part is cut at a line feed
    /// without a second read.
    static var readAhead: Int { 64 << 10 }

    /// A run of whole records of the file.
    struct Part: Sendable {
        var bytes: [UInt8]
        /// Its first byte's offset in the file's UTF-8 stream.
        var streamOffset: Int
    }

    /// One part's result, waited for in file order by the merging thread.
    final class Slot: @unchecked Sendable {
        // Written once by its lane before `done` is signalled, read only after waiting on it.
        private var result: Result<RowBatch<D.Decoded>, Error>?
        private let done = DispatchSemaphore(value: 0)
        private var waited = false

        func fill(_ value: Result<RowBatch<D.Decoded>, Error>) {
            result = value
            done.signal()
        }

        @discardableResult
        func wait() throws -> RowBatch<D.Decoded> {
            if !waited {
                done.wait()
                waited = true
            }
            return try result!.get()
        }
    }

    /// A thread with its own copy of the decoder, working through its parts in turn.
    final class Lane: @unchecked Sendable {
        // `decoder` is touched only on `queue`, one part after another.
        private var decoder: D
        private let rules: RowRules<D>
        private let delimiter: CSVDelimiter
        private let queue: DispatchQueue

        init(rules: RowRules<D>, decoder: D, delimiter: CSVDelimiter, index: Int) {
            self.rules = rules
            self.decoder = decoder
            self.delimiter = delimiter
            queue = DispatchQueue(label: "annual-review.lane.\(index)")
        }

        func submit(_ part: Part, to slot: Slot) {
            queue.async { [self] in
                slot.fill(Result { try self.decode(part) })
            }
        }

        private func decode(_ part: Part) throws -> RowBatch<D.Decoded> {
            // A part is whole lines, so no character is cut at its ends: one pass over it
            // replaces a check per record when (as nearly always) all of it is valid.
            let valid = part.bytes.withUnsafeBufferPointer { ByteValidation.isValidUTF8($0.baseAddress!, count: $0.count) }
            return try CSVReader.withReader(inPlace: part.bytes, delimiter: delimiter, knownValidUTF8: valid) { reader in
                // Rows of real logs take 60 bytes and more: room for a row per 48 bytes.
                try rules.read(reader, decoder: &decoder, expectedRows: part.bytes.count / 48 + 1, base: part.streamOffset)
            }
        }
    }
}
