import FuzzChecks
import XCTest
@testable import Ingest

/// The same bytes read in pieces of 1, 2, 3 and 7 give the same records as read whole: CRLF, `""`,
/// GB18030 four-byte sequences and UTF-16 surrogate pairs cut across reads.
final class CSVChunkBoundaryTests: XCTestCase {
    private func assertSameInPieces(_ bytes: [UInt8], forced: ForcedEncoding? = nil, mode: CSVDelimiterMode = .perRecord,
                                    _ message: String, file: StaticString = #filePath, line: UInt = #line) throws -> [CopiedRecord] {
        let whole = try parseAll(bytes, forced: forced, mode: mode)
        for (chunk, buffer) in tinySizes {
            let pieces = try parseAll(bytes, forced: forced, mode: mode, chunkSize: chunk, bufferSize: buffer)
            XCTAssertEqual(pieces.records, whole.records, "\(message): chunk \(chunk), buffer \(buffer)", file: file, line: line)
        }
        return whole.records
    }

    func testCRLFAndDoubledQuotesAcrossReads() throws {
        let text = "a,\"b\"\"c\"\r\n\"\"\"\",d\r\r\n\"x\r\ny\",\"\"\r\nlast"
        let records = try assertSameInPieces(Array(text.utf8), "CRLF and quotes")
        XCTAssertEqual(records.map(\.strings), [["a", "b\"c"], ["\"", "d"], ["x\r\ny", ""], ["last"]])
        XCTAssertEqual(records.map(\.line), [1, 2, 4, 6])
    }

    func testLenientRulesAcrossReads() throws {
        let text = "a\"b,\"c\"d\n\"open,\"\"\r\nrest"
        let records = try assertSameInPieces(Array(text.utf8), "lenient")
        XCTAssertEqual(records.map(\.strings), [["a\"b", "cd"], ["open,\"\r\nrest"]])
        XCTAssertEqual(records.last?.unterminatedQuoteLine, 2)
    }

    func testGB18030FourByteSequencesAcrossReads() throws {
        // 姓名\r\n吉𠮷,王䶮\r\n in GB18030
        let bytes: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x0D, 0x0A, 0xBC, 0xAA, 0x95, 0x34, 0xB2, 0x35, 0x2C, 0xCD, 0xF5, 0xFE, 0x9F, 0x0D, 0x0A]
        let records = try assertSameInPieces(bytes, forced: .gb18030, "GB18030")
        XCTAssertEqual(records.map(\.strings), [["姓名"], ["吉𠮷", "王䶮"]])
    }

    func testUTF16SurrogatePairsAcrossReads() throws {
        let text = "姓名\t备注\r\n吉𠮷\t\"😀\t\"\"x\"\"\"\r\n"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let records = try assertSameInPieces(le, "UTF-16LE")
        XCTAssertEqual(records.map(\.strings), [["姓名", "备注"], ["吉𠮷", "😀\t\"x\""]])
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(try assertSameInPieces(be, "UTF-16BE"), records)
    }

    func testInvalidBytesAcrossReads() throws {
        let bytes: [UInt8] = Array("ok\r\n".utf8) + [0xD5, 0xC5, 0x2C, 0x80, 0x0D, 0x0A, 0xC8, 0xFD]
        let records = try assertSameInPieces(bytes, forced: .gb18030, "GB18030 with 0x80")
        XCTAssertEqual(records.map(\.firstInvalidUTF8Field), [nil, 1, nil])
        XCTAssertEqual(records.map(\.line), [1, 2, 3])
    }
}
