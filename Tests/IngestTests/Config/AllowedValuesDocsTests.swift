import Foundation
import Model
import TestSupport
import XCTest
@testable import Ingest

/// docs/values.md is `AllowedValues.markdown`, written from the schema table, so the page and
/// the table cannot drift apart. With `REGENERATE_DOCS=1` in the environment the test writes
/// the page instead (then review the diff and commit it).
final class AllowedValuesDocsTests: XCTestCase {
    private let page = TestPackage.root.appendingPathComponent("docs/values.md")

    func testThePageIsWrittenFromTheTable() throws {
        let expected = AllowedValues.markdown
        if ProcessInfo.processInfo.environment["REGENERATE_DOCS"] == "1" {
            try Data(expected.utf8).write(to: page)
        }
        let current = String(decoding: try Data(contentsOf: page), as: UTF8.self)
        guard current != expected else { return }
        let have = current.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
        let first = zip(have, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(have.count, want.count)
        XCTFail("""
            docs/values.md is not what the schema gives (first difference at line \(first + 1)):
              page:  \(first < have.count ? have[first] : "(end)")
              table: \(first < want.count ? want[first] : "(end)")
            Regenerate it: REGENERATE_DOCS=1 swift test --filter AllowedValuesDocsTests
            """)
    }

    /// Spot checks worked out from rules §2, so the generator itself is tested, not only echoed.
    func testThePageListsColumnsVocabulariesAndAliases() {
        let md = AllowedValues.markdown
        XCTAssertTrue(md.contains("\n### meetings.csv — 会议记录\n"))
        XCTAssertTrue(md.contains("\n| `type` | 会议类型 | required | one of [`meeting_type`](#meeting_type) | the kind of meeting |\n"))
        XCTAssertTrue(md.contains("\n| `hours` | 学时 | optional | number ≥ 0 | hours |\n"))
        XCTAssertTrue(md.contains("\n### meeting_type\n\nMeeting type (会议类型): the column `type` (会议类型) of meetings.csv. Add a spelling under `aliases.meeting_type` in review.yml.\n"))
        XCTAssertTrue(md.contains("\n| `party_committee` | 党委会, 党委会议, 党委扩大会议, 党委(扩大)会议 |\n"))
        XCTAssertTrue(md.contains("\n| `secretary` | 支部书记, 书记 |\n"))
        XCTAssertTrue(md.contains("`三会一课` and `三会一课会议`"))
        for kind in VocabularyKind.allCases {
            XCTAssertTrue(md.contains("\n### \(kind.rawValue)\n"), "\(kind)")
            for entry in kind.entries {
                XCTAssertTrue(md.contains("\n| `\(entry.id)` | \(entry.aliases.joined(separator: ", ")) |\n"), "\(kind).\(entry.id)")
            }
        }
        for log in LogKind.allCases {
            for column in LogSchema.columns(log) {
                XCTAssertTrue(md.contains("\n| `\(column.id)` | \(column.alias) | "), "\(log).\(column.id)")
            }
        }
    }
}
