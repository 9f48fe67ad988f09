import Foundation
import TestSupport
import XCTest
@testable import Ingest

/// Streaming conversion to UTF-8: markers for bad bytes, sequences cut by chunk ends, the raw-byte
/// hook, files.
final class UTF8SourceTests: XCTestCase {
    private func utf8(of bytes: [UInt8], forced: ForcedEncoding? = nil, chunkSize: Int = 1 << 16, maxCount: Int = 1 << 16) throws -> [UInt8] {
        let source = try UTF8Source(bytes: bytes, forcedEncoding: forced, chunkSize: chunkSize)
        var out: [UInt8] = []
        while let chunk = try source.nextChunk(maxCount: maxCount) { out += chunk }
        return out
    }

    private func utf16LE(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
    private func utf16BE(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }

    func testUTF8PassesThroughUntouched() throws {
        let bytes: [UInt8] = Array("a,中\r\n".utf8) + [0xC0, 0xAF, 0xFF, 0x0A]
        for chunk in [1, 2, 3, 1 << 16] {
            XCTAssertEqual(try utf8(of: bytes, chunkSize: chunk, maxCount: 2), bytes, "chunk \(chunk)")
        }
    }

    func testGB18030IsConvertedAcrossEveryChunkCut() throws {
        let bytes: [UInt8] = [0x41, 0xD5, 0xC5, 0x95, 0x34, 0xB2, 0x35, 0xFE, 0x9F, 0x0D, 0x0A]  // A张𠮷䶮\r\n
        for chunk in 1...12 {
            for maxCount in [1, 3, 64] {
                XCTAssertEqual(try utf8(of: bytes, forced: .gb18030, chunkSize: chunk, maxCount: maxCount),
                               Array("A张𠮷䶮\r\n".utf8), "chunk \(chunk) maxCount \(maxCount)")
            }
        }
    }

    func testInvalidGB18030BecomesOneMarkerByte() throws {
        // 0x80 is invalid: one 0xFF, then decoding goes on with the next byte.
        let bytes: [UInt8] = [0xD5, 0xC5, 0x80, 0x2C, 0xC8, 0xFD, 0x0A, 0xFF, 0x41]
        for chunk in [1, 2, 3, 64] {
            let source = try UTF8Source(bytes: bytes, forcedEncoding: .gb18030, chunkSize: chunk)
            var out: [UInt8] = []
            while let c = try source.nextChunk(maxCount: 5) { out += c }
            XCTAssertEqual(out, Array("张".utf8) + [0xFF, 0x2C] + Array("三".utf8) + [0x0A, 0xFF, 0x41], "chunk \(chunk)")
            XCTAssertEqual(source.invalidSequenceCount, 2)
        }
    }

    func testSequenceCutByTheEndOfTheFileBecomesAMarker() throws {
        XCTAssertEqual(try utf8(of: [0x41, 0x2C, 0xD5], forced: .gb18030), [0x41, 0x2C, 0xFF])
        XCTAssertEqual(try utf8(of: [0x41, 0x2C, 0x95, 0x34, 0xB2], forced: .gb18030, chunkSize: 2), [0x41, 0x2C, 0xFF])
        XCTAssertEqual(try utf8(of: utf16LE("a") + [0x62], forced: .utf16), [0x61, 0xFF])
    }

    func testUTF16SurrogatePairsAcrossEveryChunkCut() throws {
        let text = "序号,𠮷😀\r\nx"
        for chunk in 1...9 {
            XCTAssertEqual(try utf8(of: [0xFF, 0xFE] + utf16LE(text), chunkSize: chunk, maxCount: 3), Array(text.utf8), "LE chunk \(chunk)")
            XCTAssertEqual(try utf8(of: [0xFE, 0xFF] + utf16BE(text), chunkSize: chunk, maxCount: 3), Array(text.utf8), "BE chunk \(chunk)")
        }
    }

    func testLoneSurrogateBecomesAMarkerAndKeepsAlignment() throws {
        // a, lone high surrogate D800, b
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00, 0x0A, 0x00, 0x63, 0x00]
        for chunk in [1, 2, 3, 64] {
            XCTAssertEqual(try utf8(of: bytes, chunkSize: chunk), [0x61, 0xFF, 0x62, 0x0A, 0x63], "chunk \(chunk)")
        }
    }

    func testRawBytesHookSeesEveryByteInOrder() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + utf16LE(String(repeating: "学校,姓名\r\n", count: 50))
        for chunk in [1, 7, 1 << 16] {
            var seen: [UInt8] = []
            let source = try UTF8Source(bytes: bytes, chunkSize: chunk) { seen += $0 }
            while try source.nextChunk() != nil {}
            XCTAssertEqual(seen, bytes, "chunk \(chunk)")
            XCTAssertEqual(source.rawByteCount, bytes.count)
        }
    }

    func testFileIsReadInBoundedChunks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("utf8source-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        // 3 MiB: more than the 1 MiB detection prefix.
        let line = Array("2017-03-05,S0001,党委会,12,15,主题,R1\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < 3 << 20 { bytes += line }
        try Data(bytes).write(to: url)
        var reads: [Int] = []
        var seen = 0
        let source = try UTF8Source(path: url.path, chunkSize: 64 << 10) { reads.append($0.count); seen += $0.count }
        XCTAssertEqual(source.decision.encoding, .utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        while let chunk = try source.nextChunk(maxCount: 100_000) { out += chunk }
        XCTAssertEqual(out, bytes)
        XCTAssertEqual(seen, bytes.count)
        XCTAssertEqual(source.rawByteCount, bytes.count)
        XCTAssertLessThanOrEqual(reads.max() ?? 0, 64 << 10)
    }

    func testMissingFileThrows() {
        XCTAssertThrowsError(try UTF8Source(path: "/nonexistent/meetings.csv")) { error in
            XCTAssertEqual(error as? InputFileError, .cannotOpen(path: "/nonexistent/meetings.csv", errno: ENOENT))
            XCTAssertEqual("\(error)", "/nonexistent/meetings.csv: cannot open: No such file or directory")
        }
    }

    func testDetectionUsesTheFirstMebibyte() throws {
        // 1 MiB of ASCII, then GBK: the GBK line lies beyond the prefix, so the file is UTF-8.
        var bytes = [UInt8](repeating: 0x41, count: (1 << 20) - 1) + [0x0A]
        bytes += [0xD5, 0xC5, 0x0A]
        let source = try UTF8Source(bytes: bytes, chunkSize: 100_000)
        XCTAssertEqual(source.decision.encoding, .utf8)
        XCTAssertEqual(source.decision.text.en, "read as UTF-8: no line holds non-ASCII bytes")
    }

    /// Random GB18030-ish and UTF-16 bytes, valid or not: every chunk size converts them alike.
    func testConversionDoesNotDependOnChunkSize() throws {
        var rng = SplitMix64(seed: 18030)
        let gbAlphabet: [UInt8] = [0x81, 0x95, 0x30, 0x34, 0x39, 0xB2, 0xFE, 0x40, 0x7F, 0x80, 0x0A, 0x41, 0xD5, 0xC5, 0xFF]
        let utf16Units: [UInt16] = [0x0041, 0x000A, 0x4E2D, 0xD842, 0xDFB7, 0xD83D, 0xDE00, 0xFEFF]
        for round in 0..<400 {
            let gb = (0..<Int.random(in: 0...24, using: &rng)).map { _ in gbAlphabet.randomElement(using: &rng)! }
            let units = (0..<Int.random(in: 0...12, using: &rng)).map { _ in utf16Units.randomElement(using: &rng)! }
            var le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            if round % 3 == 0 { le.append(0x41) }  // an odd byte at the end
            for (bytes, forced) in [(gb, ForcedEncoding.gb18030), (le, ForcedEncoding.utf16)] {
                let whole = try utf8(of: bytes, forced: forced)
                for chunk in [1, 2, 3, 5] {
                    XCTAssertEqual(try utf8(of: bytes, forced: forced, chunkSize: chunk, maxCount: 2), whole,
                                   "\(forced) \(bytes.map { String($0, radix: 16) }) chunk \(chunk)")
                }
            }
        }
    }
}

extension UTF8Source {
    /// The next up-to-`maxCount` bytes of UTF-8, or nil at the end: the stream in pieces, as a
    /// reader takes it.
    func nextChunk(maxCount: Int = UTF8Source.defaultChunkSize) throws -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: max(1, maxCount))
        let n = try chunk.withUnsafeMutableBufferPointer { try read(into: $0.baseAddress!, capacity: $0.count) }
        if n == 0 { return nil }
        chunk.removeSubrange(n...)
        return chunk
    }
}
