import Model
import XCTest
@testable import Ingest

/// The encoding rules of rules §2, one by one, with hand-made bytes.
final class EncodingDetectionTests: XCTestCase {
    private let gbk张三: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD]
    private let utf8中文: [UInt8] = Array("中文".utf8)  // also structurally valid GB18030
    private let neither: [UInt8] = [0xFF, 0x41]

    private func lines(_ lines: [[UInt8]]) -> [UInt8] { lines.flatMap { $0 + [0x0A] } }

    func testEmptyIsUTF8() {
        XCTAssertEqual(detectEncoding([], isWholeFile: true), EncodingDecision(encoding: .utf8, bomLength: 0, text: Localized(
            zh: "按 UTF-8 读取：文件为空", en: "read as UTF-8: the file is empty")))
    }

    func testBOMsDecide() {
        XCTAssertEqual(detectEncoding([0xEF, 0xBB, 0xBF] + gbk张三, isWholeFile: true),
                       EncodingDecision(encoding: .utf8, bomLength: 3, text: Localized(
                           zh: "按 UTF-8 读取：文件开头有该编码的字节顺序标记（BOM）",
                           en: "read as UTF-8: the file starts with its byte-order mark")))
        XCTAssertEqual(detectEncoding([0xFF, 0xFE, 0x41, 0x00], isWholeFile: true).encoding, .utf16le)
        XCTAssertEqual(detectEncoding([0xFE, 0xFF, 0x00, 0x41], isWholeFile: true).encoding, .utf16be)
        XCTAssertEqual(detectEncoding([0xFE, 0xFF], isWholeFile: true).bomLength, 2)
    }

    func testUTF16ByNULPositions() {
        let le = Array("a,b\r\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        // 10 bytes: the 5 odd positions all NUL, none of the 5 even ones.
        XCTAssertEqual(detectEncoding(le, isWholeFile: true), EncodingDecision(encoding: .utf16le, bomLength: 0, text: Localized(
            zh: "按 UTF-16LE 读取：没有字节顺序标记，但前10个字节中奇数位置有100%、偶数位置有0%是 NUL",
            en: "read as UTF-16LE: no byte-order mark, but NUL at 100 % of the odd and 0 % of the even positions of the first 10 bytes")))
        let be = Array("a,b\r\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(detectEncoding(be, isWholeFile: true), EncodingDecision(encoding: .utf16be, bomLength: 0, text: Localized(
            zh: "按 UTF-16BE 读取：没有字节顺序标记，但前10个字节中偶数位置有100%、奇数位置有0%是 NUL",
            en: "read as UTF-16BE: no byte-order mark, but NUL at 100 % of the even and 0 % of the odd positions of the first 10 bytes")))
    }

    func testUTF16ThresholdsAreAQuarterAndATwentieth() {
        // 4096 bytes: 2048 odd and 2048 even positions.
        func sample(oddNULs: Int, evenNULs: Int) -> [UInt8] {
            var bytes = [UInt8](repeating: 0x41, count: 4096)
            for k in 0..<oddNULs { bytes[2 * k + 1] = 0 }
            for k in 0..<evenNULs { bytes[4094 - 2 * k] = 0 }
            return bytes
        }
        XCTAssertEqual(detectEncoding(sample(oddNULs: 512, evenNULs: 102), isWholeFile: false).encoding, .utf16le)
        XCTAssertEqual(detectEncoding(sample(oddNULs: 511, evenNULs: 0), isWholeFile: false).encoding, .utf8, "below 25 %")
        XCTAssertEqual(detectEncoding(sample(oddNULs: 2048, evenNULs: 103), isWholeFile: false).encoding, .utf8, "5 % of even")
    }

    func testUTF16LooksOnlyAtTheFirst4096Bytes() {
        let bytes = [UInt8](repeating: 0x41, count: 4096) + [UInt8](repeating: 0, count: 8192)
        XCTAssertEqual(detectEncoding(bytes, isWholeFile: true).encoding, .utf8)
    }

    func testASCIIOnlyIsUTF8() {
        let d = detectEncoding(Array("a,b\nc,d\n".utf8), isWholeFile: true)
        XCTAssertEqual(d, EncodingDecision(encoding: .utf8, bomLength: 0, text: Localized(
            zh: "按 UTF-8 读取：没有一行含非 ASCII 字节", en: "read as UTF-8: no line holds non-ASCII bytes")))
    }

    func testNinetyPercentValidUTF8IsUTF8() {
        let bytes = lines(Array(repeating: utf8中文, count: 9) + [gbk张三])
        let d = detectEncoding(bytes, isWholeFile: true)
        XCTAssertEqual(d.encoding, .utf8)
        XCTAssertEqual(d.text, Localized(zh: "按 UTF-8 读取：含非 ASCII 字节的10行中，9行是有效的 UTF-8，10行是有效的 GB18030",
                                         en: "read as UTF-8: 9 of 10 non-ASCII lines are valid UTF-8, 10 valid GB18030"))
    }

    func testGBKLinesAreGB18030() {
        let bytes = lines([Array("h,h".utf8), gbk张三, gbk张三])
        let d = detectEncoding(bytes, isWholeFile: true)
        XCTAssertEqual(d, EncodingDecision(encoding: .gb18030, bomLength: 0, text: Localized(
            zh: "按 GB18030 读取：含非 ASCII 字节的2行中，2行是有效的 GB18030，0行是有效的 UTF-8",
            en: "read as GB18030: 2 of 2 non-ASCII lines are valid GB18030, 0 valid UTF-8")))
    }

    func testGB18030NeedsMoreValidLinesThanUTF8() {
        // 8 lines valid in both, 2 in neither: 80 % UTF-8, and GB18030 is not *more* valid: UTF-8.
        let tie = lines(Array(repeating: utf8中文, count: 8) + [neither, neither])
        XCTAssertEqual(detectEncoding(tie, isWholeFile: true).encoding, .utf8)
        // Nothing valid at all: UTF-8 (every row is then rejected as bad encoding).
        XCTAssertEqual(detectEncoding(lines([neither]), isWholeFile: true).text, Localized(
            zh: "按 UTF-8 读取（两种编码都不太吻合）：含非 ASCII 字节的1行中，0行是有效的 UTF-8，0行是有效的 GB18030",
            en: "read as UTF-8 (neither fits well): 0 of 1 non-ASCII lines are valid UTF-8, 0 valid GB18030"))
    }

    func testLone0x80IsInvalidGB18030() {
        let bytes = lines([gbk张三, gbk张三 + [0x80]])
        let d = detectEncoding(bytes, isWholeFile: true)
        XCTAssertEqual(d.encoding, .gb18030)
        XCTAssertEqual(d.text.en, "read as GB18030: 1 of 2 non-ASCII lines are valid GB18030, 0 valid UTF-8")
    }

    func testOnlyCompleteLinesCount() {
        let bytes = Array("a\n".utf8) + gbk张三  // the last line is cut off
        XCTAssertEqual(detectEncoding(bytes, isWholeFile: false).encoding, .utf8)
        XCTAssertEqual(detectEncoding(bytes, isWholeFile: true).encoding, .gb18030)
        // CR alone ends a line too.
        XCTAssertEqual(detectEncoding(gbk张三 + [0x0D], isWholeFile: false).encoding, .gb18030)
    }

    func testForcedEncodingOverridesAndStripsAMatchingBOM() {
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF, 0x41]
        XCTAssertEqual(detectEncoding(utf8BOM, isWholeFile: true, forced: .utf8).bomLength, 3)
        XCTAssertEqual(detectEncoding(utf8BOM, isWholeFile: true, forced: .gb18030),
                       EncodingDecision(encoding: .gb18030, bomLength: 0, text: Localized(
                           zh: "按 GB18030 读取（--encoding gb18030）", en: "read as GB18030 (--encoding gb18030)"), isForced: true))
        XCTAssertEqual(detectEncoding(gbk张三, isWholeFile: true, forced: .utf8).encoding, .utf8)
        XCTAssertEqual(detectEncoding([0x41, 0x00], isWholeFile: true, forced: .utf16),
                       EncodingDecision(encoding: .utf16le, bomLength: 0, text: Localized(
                           zh: "按 UTF-16LE 读取（--encoding utf16）", en: "read as UTF-16LE (--encoding utf16)"), isForced: true))
        XCTAssertEqual(detectEncoding([0xFE, 0xFF, 0x00, 0x41], isWholeFile: true, forced: .utf16).encoding, .utf16be)
        XCTAssertEqual(detectEncoding([0xFE, 0xFF, 0x00, 0x41], isWholeFile: true, forced: .utf16).bomLength, 2)
        XCTAssertEqual(detectEncoding([0xFF, 0xFE, 0x41, 0x00], isWholeFile: true, forced: .utf16).bomLength, 2)
        XCTAssertEqual(detectEncoding([0x84, 0x31, 0x95, 0x33, 0x41], isWholeFile: true, forced: .gb18030).bomLength, 4)
    }

    /// `--encoding` takes each encoding's own name and the names Windows gives them, in any case.
    func testForcedEncodingNames() {
        for (name, encoding) in [("utf8", ForcedEncoding.utf8), ("UTF-8", .utf8), ("Utf-8", .utf8),
                                 ("gb18030", .gb18030), ("GBK", .gb18030), ("gb2312", .gb18030), ("CP936", .gb18030),
                                 ("utf16", .utf16), ("UTF-16", .utf16)] {
            XCTAssertEqual(ForcedEncoding(name: name), encoding, name)
        }
        for name in ["latin1", "utf-16le", "big5", "gb 18030", ""] {
            XCTAssertNil(ForcedEncoding(name: name), name)
        }
    }

    // MARK: The validators

    private func utf8(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { ByteValidation.isValidUTF8($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count) } }
    private func gb(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { ByteValidation.isValidGB18030($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count) } }

    func testUTF8Validator() {
        XCTAssertTrue(utf8([]))
        XCTAssertTrue(utf8(Array("plain ASCII longer than eight bytes, 中文 and 😀 𠮷".utf8)))
        XCTAssertFalse(utf8([0xC0, 0xAF]), "overlong")
        XCTAssertFalse(utf8([0xE0, 0x80, 0xAF]), "overlong")
        XCTAssertFalse(utf8([0xED, 0xA0, 0x80]), "surrogate")
        XCTAssertFalse(utf8([0xF4, 0x90, 0x80, 0x80]), "above U+10FFFF")
        XCTAssertFalse(utf8([0xE5, 0xBC]), "cut off")
        XCTAssertFalse(utf8(Array("12345678".utf8) + [0x80]), "lone continuation after the fast path")
        XCTAssertFalse(utf8([0xFF]))
        XCTAssertTrue(utf8([0xF4, 0x8F, 0xBF, 0xBF]))
    }

    func testGB18030Validator() {
        XCTAssertTrue(gb(gbk张三))
        XCTAssertTrue(gb([0x95, 0x34, 0xB2, 0x35]), "four bytes: 𠮷")
        XCTAssertTrue(gb([0xFE, 0x9F]), "䶮")
        XCTAssertTrue(gb([0x81, 0x40, 0x81, 0x7E, 0x81, 0x80, 0xFE, 0xFE]))
        XCTAssertFalse(gb([0x80]), "a lone 0x80")
        XCTAssertFalse(gb([0xFF, 0x41]))
        XCTAssertFalse(gb([0x81, 0x7F]), "0x7F is no trail byte")
        XCTAssertFalse(gb([0x81, 0x30, 0x81]), "cut off")
        XCTAssertFalse(gb([0x81, 0x30, 0x30, 0x30]), "third byte must be 81–FE")
        XCTAssertFalse(gb([0xD5]), "cut off")
    }
}
