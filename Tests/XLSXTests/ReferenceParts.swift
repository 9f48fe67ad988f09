import Foundation
import TestSupport
import XCTest
import XLSXRead

/// The reference parts under Tests/Fixtures/xlsx-reference/ (their provenance in
/// Tests/Fixtures/README.md), compared with a written workbook's parts the way XlsxWriter's and
/// libxlsxwriter's own suites compare a file with Excel's: both parts split into elements at
/// `>\s*<` (`XMLElements`, the splitter `check` uses), so line breaks and indentation between
/// elements do not count, and only what is known to vary is normalised: the order of the
/// elements of a relationships part and of `[Content_Types].xml`. The document's dates are not
/// normalised: the wrapper writes the created time it is given, so they are pinned too.
enum ReferenceParts {
    /// The elements of `xml`, normalised for `part`.
    static func elements(_ xml: String, part: String) -> [String] {
        var elements = XMLElements.split(xml.trimmingCharacters(in: .whitespacesAndNewlines))
        if part.hasSuffix(".rels") || part == "[Content_Types].xml", elements.count > 3 {
            // The declaration and the root's opening and closing tags stay; the children sort.
            let children = elements[2..<(elements.count - 1)].sorted()
            elements.replaceSubrange(2..<(elements.count - 1), with: children)
        }
        return elements
    }
}

extension XCTestCase {
    /// Checks that each part of the workbook at `path` matches its reference file (`part` →
    /// file name under Tests/Fixtures/xlsx-reference/). A failure names the part, the element's
    /// index and the first differing element on each side.
    /// With `parts`, the workbook's sorted part list must be that list too.
    func assertParts(of path: String, match references: KeyValuePairs<String, String>, parts: [String]? = nil,
                     file: StaticString = #filePath, line: UInt = #line) throws {
        let package = try WorkbookPackage(contentsOf: path)
        if let parts { XCTAssertEqual(package.partNames, parts, "the workbook's parts", file: file, line: line) }
        for (part, reference) in references {
            guard let written = package.text(part) else {
                XCTFail("\(part): not in the workbook (parts: \(package.partNames))", file: file, line: line)
                continue
            }
            let expected = try String(contentsOf: TestPackage.fixture("xlsx-reference/" + reference), encoding: .utf8)
            let a = ReferenceParts.elements(expected, part: part), b = ReferenceParts.elements(written, part: part)
            if let d = XMLElements.firstDifference(a, b) {
                XCTFail("\(part) differs from \(reference) at element \(d.index): expected \(d.old ?? "the end of the part"), written \(d.new ?? "the end of the part")",
                        file: file, line: line)
            }
        }
    }
}
