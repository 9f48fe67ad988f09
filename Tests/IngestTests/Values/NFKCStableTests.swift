import Foundation
@testable import Ingest
import XCTest

/// The CJK fast path of `FieldText.withNormalized` must give exactly what NFKC gives.
final class NFKCStableTests: XCTestCase {
    func check(_ text: String, stable: Bool, file: StaticString = #filePath, line: UInt = #line) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { raw in
            XCTAssertEqual(FieldText.isStableUnderNFKC(raw), stable, text, file: file, line: line)
            let normalized = try? FieldText.withNormalized(raw) { String(decoding: $0, as: UTF8.self) }
            XCTAssertEqual(normalized, text.precomposedStringWithCompatibilityMapping, text, file: file, line: line)
        }
    }

    func testChineseDatesAndTermsTakeTheFastPath() {
        check("2017年3月28日", stable: true)
        check("2017年3月28日 0:00", stable: true)
        check("支委会", stable: true)
        check("城区", stable: true)
    }

    func testFullWidthAndCompatibilityCharactersDoNot() {
        check("２０１７年３月５日", stable: false)   // full-width digits (U+FF10…)
        check("Ｓ0001", stable: false)
        check("㈠", stable: false)                 // U+3220, outside U+4000…U+9FFF
        check("\u{F900}", stable: false)          // a compatibility ideograph
    }

    func testEveryIdeographOfTheFastRangeIsUnchangedByNFKC() {
        // The claim the fast path rests on, checked over the whole range U+4000…U+9FFF.
        for value in 0x4000...0x9FFF {
            let s = String(UnicodeScalar(value)!)
            XCTAssertEqual(s.precomposedStringWithCompatibilityMapping, s, String(value, radix: 16))
        }
    }
}
