import XCTest
@testable import Ingest

final class FieldTextTests: XCTestCase {
    private func text(_ s: String) -> Result<String?, ValueError> { decoded(s, FieldText.text) }

    func testTrimsEveryListedSpaceAtBothEnds() {
        XCTAssertEqual(text(" \t abc \t "), .success("abc"))
        XCTAssertEqual(text("\u{3000}张三\u{3000}"), .success("张三"))
        XCTAssertEqual(text("\u{00A0}x\u{00A0}"), .success("x"))
        XCTAssertEqual(text("\u{200B}\u{200C}\u{200D}\u{2060}李四\u{2060}\u{200D}\u{200C}\u{200B}"), .success("李四"))
        XCTAssertEqual(text("\u{FEFF}序号"), .success("序号"))
        XCTAssertEqual(text("序号\u{FEFF}"), .success("序号"))
        XCTAssertEqual(text(" \u{3000}\u{00A0}\t\u{200B}\u{FEFF}mixed\u{FEFF}\u{200B}\t\u{00A0}\u{3000} "), .success("mixed"))
    }

    func testKeepsInnerSpacesAndOtherCharacters() {
        XCTAssertEqual(text(" 杭州市 第一中学 "), .success("杭州市 第一中学"))
        XCTAssertEqual(text("a\u{200B}b"), .success("a\u{200B}b"))
        XCTAssertEqual(text("line\n"), .success("line\n"), "CR and LF are not in the list of rules §2")
    }

    func testWhitespaceOnlyIsEmpty() {
        for blank in ["", " ", "   ", "\t", "\u{3000}", "\u{00A0}\u{200B}", "\u{FEFF}", " \u{3000} \t "] {
            XCTAssertEqual(text(blank), .success(nil), "\(blank.unicodeScalars.map { $0.value })")
            XCTAssertTrue(withBytes(blank, FieldText.isBlank))
        }
        XCTAssertFalse(withBytes(" x ", FieldText.isBlank))
    }

    func testNFKCFullWidth() {
        XCTAssertEqual(text("Ｔ０００１"), .success("T0001"))
        XCTAssertEqual(text("ＵＲＢＡＮ"), .success("URBAN"))
        XCTAssertEqual(text("２０１７－０３－０５"), .success("2017-03-05"))
        // NFKC turns other spaces into U+0020, which is then trimmed too.
        XCTAssertEqual(text("\u{2003}x\u{2003}"), .success("x"))
        XCTAssertEqual(text("\u{2003}"), .success(nil))
        // Compatibility characters inside text are normalised as rules §2 asks.
        XCTAssertEqual(text("①"), .success("1"))
    }

    func testCase25WhitespaceFile() throws {
        let records = try testDataRecords("25_whitespace.csv")
        XCTAssertEqual(decoded(records[1][1], FieldText.text), .success("杭州市第一中学"))
        XCTAssertEqual(decoded(records[1][2], FieldText.text), .success("张三"))
        XCTAssertEqual(decoded(records[1][3], FieldText.text), .success("T0001"))
        XCTAssertEqual(decoded(records[1][5], DateField.day).map { $0?.description }, .success("2017-03-05"))
        XCTAssertEqual(decoded(records[1][6], IntegerField.count), .success(2))
        XCTAssertEqual(decoded(records[2][1], FieldText.text), .success("杭州市第二中学"))
        XCTAssertEqual(decoded(records[2][2], FieldText.text), .success("李四"))
        XCTAssertEqual(decoded(records[2][3], FieldText.text), .success("T0002"))
        XCTAssertEqual(decoded(records[3][2], FieldText.text), .success(nil), "whitespace-only is empty")
    }

    func testNULAndInvalidUTF8AreRejected() {
        XCTAssertEqual(text("王\u{0}五"), .failure(.invalidText(.nul)))
        XCTAssertEqual(text("ab\u{0}"), .failure(.invalidText(.nul)))
        let invalid: [UInt8] = [0x61, 0xE5, 0xBC, 0x2C]
        let result = invalid.withUnsafeBytes { raw in Result { () throws(ValueError) in try FieldText.text(raw) } }
        XCTAssertEqual(result, .failure(.invalidText(.notUTF8)))
    }

    func testASCIITrimmedIsASliceOfTheInput() {
        withBytes("  S0001\t") { raw in
            let slice = FieldText.asciiTrimmed(raw)
            XCTAssertEqual(slice.map { Array($0) }, Array("S0001".utf8))
            XCTAssertEqual(slice?.baseAddress, raw.baseAddress! + 2)
        }
        XCTAssertNil(withBytes("学校", FieldText.asciiTrimmed))
        XCTAssertNil(withBytes("Ｓ0001", FieldText.asciiTrimmed), "full-width needs NFKC")
        XCTAssertEqual(withBytes("\u{3000}S1\u{3000}") { FieldText.asciiTrimmed($0).map { Array($0) } }, Array("S1".utf8),
                       "only the trimmed bytes must be ASCII")
        XCTAssertEqual(withBytes("   ") { FieldText.asciiTrimmed($0)?.count }, 0)
    }
}
