import XCTest

// The passages a text (a draft, a sheet's words) holds and lacks, each named when it fails.

/// Each of `passages` stands in `text`.
func assertContains(_ text: String, _ passages: String..., file: StaticString = #filePath, line: UInt = #line) {
    for passage in passages {
        XCTAssertTrue(text.contains(passage), "“\(passage)” not in:\n\(text)", file: file, line: line)
    }
}

/// None of `phrases` stands in `text`.
func assertLacks(_ text: String, _ phrases: [String], file: StaticString = #filePath, line: UInt = #line) {
    for phrase in phrases {
        XCTAssertFalse(text.contains(phrase), "“\(phrase)” in:\n\(text)", file: file, line: line)
    }
}
