import Foundation
import XCTest
@testable import Ingest

/// docs/config.md, the users' reference, keeps up with `ConfigKeys.all`: every key has a row
/// in its table, and every YAML example in it loads.
final class ConfigDocsTests: XCTestCase {
    private func docs() throws -> String {
        let root = URL(fileURLWithPath: "\(#filePath)")
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("docs/config.md")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("cannot read \(url.path)")
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    func testEveryKeyHasARow() throws {
        let text = try docs()
        for info in ConfigKeys.all {
            XCTAssertTrue(text.contains("\n| `\(info.key)` |"), "docs/config.md has no table row for \(info.key)")
        }
    }

    func testTheTableHasNoKeyTheLoaderRejects() throws {
        let known = Set(ConfigKeys.all.map(\.key))
        let table = try docs().components(separatedBy: "## Keys")[1].components(separatedBy: "\n### ")[0]
        for line in table.components(separatedBy: "\n") where line.hasPrefix("| `") {
            let key = line.dropFirst(3).prefix { $0 != "`" }
            XCTAssertTrue(known.contains(String(key)), "docs/config.md documents \(key), which the loader does not know")
        }
    }

    func testYAMLExamplesLoad() throws {
        let blocks = try docs().components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        XCTAssertFalse(blocks.isEmpty)
        for block in blocks {
            XCTAssertNoThrow(try ConfigLoader.parse(block, file: "review.yml"), block)
        }
    }

    func testTableExamplesLoad() throws {
        let table = try docs().components(separatedBy: "## Keys")[1].components(separatedBy: "\n### ")[0]
        for line in table.components(separatedBy: "\n") where line.hasPrefix("| `") {
            let cells = line.components(separatedBy: " | ")
            guard cells.count >= 4 else { XCTFail(line); continue }
            let example = cells[3].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
                .replacingOccurrences(of: "\\|", with: "|")
            XCTAssertNoThrow(try ConfigLoader.parse(example, file: "review.yml"), example)
        }
    }
}
