import Foundation
import TestSupport
import XCTest
@testable import Ingest

/// `ByteValidation.isValidUTF8` (sixteen bytes at a time) agrees with the standard library's
/// own validation, `String(validating:as:)`, an independent implementation, on every input.
final class UTF8ValidationTests: XCTestCase {
    private func ours(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { ByteValidation.isValidUTF8($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count) }
    }

    private func standard(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    func testTableThreeSevenBoundaries() {
        let cases: [([UInt8], Bool)] = [
            ([], true), ([0x41], true), ([0x7F], true), ([0x80], false), ([0xC1, 0xBF], false), ([0xC2, 0x80], true),
            ([0xDF, 0xBF], true), ([0xE0, 0x9F, 0x80], false), ([0xE0, 0xA0, 0x80], true), ([0xED, 0x9F, 0xBF], true),
            ([0xED, 0xA0, 0x80], false), ([0xEF, 0xBF, 0xBF], true), ([0xF0, 0x8F, 0xBF, 0xBF], false),
            ([0xF0, 0x90, 0x80, 0x80], true), ([0xF4, 0x8F, 0xBF, 0xBF], true), ([0xF4, 0x90, 0x80, 0x80], false),
            ([0xF5, 0x80, 0x80, 0x80], false), ([0xFF], false), ([0xE4, 0xB8], false), ([0xE4, 0xB8, 0xAD], true),
        ]
        for (bytes, valid) in cases {
            XCTAssertEqual(ours(bytes), valid, "\(bytes.map { String($0, radix: 16) })")
            // The same sequence at every position of a block and across block boundaries.
            for pad in [1, 13, 14, 15, 16, 17, 31] {
                let padded = Array(repeating: UInt8(0x61), count: pad) + bytes + Array(repeating: 0x62, count: 3)
                XCTAssertEqual(ours(padded), valid, "after \(pad) bytes: \(bytes.map { String($0, radix: 16) })")
                let ended = Array(repeating: UInt8(0x61), count: pad) + bytes
                XCTAssertEqual(ours(ended), valid, "at the end after \(pad) bytes: \(bytes.map { String($0, radix: 16) })")
            }
        }
    }

    func testAgreesWithTheStandardLibraryOnRandomBytes() {
        var rng = SplitMix64(seed: 20_171_231)
        // Bytes around every boundary of Table 3-7, ASCII and CJK, weighted toward sequences.
        let alphabet: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xAD, 0xB8, 0xBF, 0xC0, 0xC1, 0xC2,
                                 0xDF, 0xE0, 0xE4, 0xE9, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF]
        for round in 0..<60_000 {
            let length = Int.random(in: 0...70, using: &rng)
            var bytes = (0..<length).map { _ in alphabet.randomElement(using: &rng)! }
            if round % 3 == 0 {
                // Mostly valid text with one change, so long valid runs cross the blocks.
                let text = String(repeating: "党建a三会一课😀é,", count: Int.random(in: 1...6, using: &rng))
                bytes = Array(text.utf8)
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = alphabet.randomElement(using: &rng)!
            }
            if ours(bytes) != standard(bytes) {
                XCTFail("round \(round): \(bytes.map { String($0, radix: 16) }) ours \(ours(bytes))")
                return
            }
        }
    }

    func testRealTextOfEveryLength() {
        let text = Array("2017-03-28,S0001,主题党日,12,15,学习习近平总书记“7·26”重要讲话精神,M2017-000088\r\n".utf8)
        for end in 0...text.count {
            let prefix = Array(text[..<end])
            XCTAssertEqual(ours(prefix), standard(prefix), "prefix of \(end) bytes")
        }
    }
}
