import Model
import XCTest
@testable import Ingest

/// The `review.yml` that `template` writes: generated from `ConfigKeys.all`, it names every key
/// and loads to exactly the defaults, in both languages.
final class ConfigTemplateTests: XCTestCase {
    func testTemplateLoadsToTheDefaults() throws {
        for language in ReportLanguage.allCases {
            let config = try ConfigLoader.parse(ConfigTemplate.yaml(language: language), file: "review.yml")
            XCTAssertEqual(config, ReviewConfig(), "\(language)")
        }
    }

    func testTemplateHasEveryKeyWithItsComment() {
        for language in ReportLanguage.allCases {
            let lines = ConfigTemplate.yaml(language: language).components(separatedBy: "\n")
            for info in ConfigKeys.all {
                guard let at = lines.firstIndex(where: { $0.hasPrefix("\(info.key):") }) else {
                    XCTFail("\(language): no line for \(info.key)")
                    continue
                }
                XCTAssertEqual(lines[at - 1], "# \(info.help.text(language))", "\(language): \(info.key)")
            }
        }
    }

    /// Chinese in the English template only where it lists the spellings the logs use.
    func testEnglishTemplateHasNoChineseComments() {
        let spellings = (VocabularyKind.allCases.flatMap { $0.entries.flatMap(\.aliases) + $0.refusedSpellings } + ["党日活动"])
            .sorted { $0.count > $1.count }
        let comments = ConfigTemplate.yaml(language: .en).components(separatedBy: "\n").filter { $0.hasPrefix("#") }
        for line in comments {
            let prose = spellings.reduce(line) { $0.replacingOccurrences(of: $1, with: "") }
            XCTAssertFalse(prose.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, line)
        }
    }

    /// Above `aliases:`, every vocabulary with its key, every id with its built-in aliases, and
    /// how to add one. Pinned for one vocabulary in each language.
    func testTemplateListsTheAllowedValues() throws {
        let zh = ConfigTemplate.yaml(language: .zh).components(separatedBy: "\n")
        let at = try XCTUnwrap(zh.firstIndex(of: "#   主讲人身份（lectures.csv 的“主讲人身份”列；别名加在 aliases.lecturer_role 下）："))
        XCTAssertEqual(Array(zh[at + 1...at + 5]), [
            "#     secretary: 书记, 支部书记, 党支部书记, 党委书记, 党组织书记",
            "#     leader: 班子成员",
            "#     member: 党员",
            "#     expert: 专家",
            "#     other: 其他",
        ])
        XCTAssertTrue(zh.contains("#     “三会一课”“三会一课会议”不是会议类型：请填写支部党员大会、支委会或党小组会，党课记入党课记录。"))
        let en = ConfigTemplate.yaml(language: .en).components(separatedBy: "\n")
        let key = try XCTUnwrap(en.firstIndex(of: "aliases: {}"))
        XCTAssertEqual(Array(en[key - 5...key]), [
            "# To accept a spelling of your own, add it under aliases, by vocabulary and canonical id, e.g.:",
            "#   aliases:",
            "#     meeting_type:",
            "#       party_day: [党日活动]",
            "# extra aliases: columns (headers) and enumeration values such as meeting_type, locale",
            "aliases: {}",
        ])
        XCTAssertTrue(en.contains("#   training audience (column target_group of trainings.csv; aliases under aliases.target_group):"))
        for kind in VocabularyKind.allCases {
            for entry in kind.entries {
                XCTAssertTrue(en.contains("#     \(entry.id): \(entry.aliases.joined(separator: ", "))"), "\(kind).\(entry.id)")
            }
        }
    }

    /// The example in the comment, uncommented, is a config that loads.
    func testTheAliasExampleLoads() throws {
        for language in ReportLanguage.allCases {
            let lines = ConfigTemplate.yaml(language: language).components(separatedBy: "\n")
            let start = try XCTUnwrap(lines.firstIndex(of: "#   aliases:"))
            let example = lines[start..<start + 3].map { String($0.dropFirst(4)) }.joined(separator: "\n")
            let config = try ConfigLoader.parse(example, file: "review.yml")
            XCTAssertEqual(config.valueAliases, ["meeting_type": ["party_day": ["党日活动"]]], example)
        }
    }

    func testTemplateFilesAreUTF8WithBOMAndCRLF() {
        for language in ReportLanguage.allCases {
            for file in InputTemplates.files(language: language) where file.path.hasSuffix(".csv") {
                XCTAssertEqual(Array(file.bytes.prefix(3)), [0xEF, 0xBB, 0xBF], file.path)
                let text = String(decoding: file.bytes.dropFirst(3), as: UTF8.self)
                XCTAssertTrue(text.hasSuffix("\r\n"), file.path)
                XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), file.path)
            }
        }
    }

    func testHeadersAreTheAliasesOrTheIDs() {
        let zh = InputTemplates.files(language: .zh).first { $0.path == "meetings.csv" }!
        XCTAssertEqual(String(decoding: zh.bytes.dropFirst(3), as: UTF8.self), "日期,单位编码,会议类型,实到人数,应到人数,主题,记录编号\r\n")
        let en = InputTemplates.files(language: .en).first { $0.path == "trainings.csv" }!
        XCTAssertEqual(String(decoding: en.bytes.dropFirst(3), as: UTF8.self),
                       "training_id,title,start_date,end_date,site_id,participants,hours,target_group\r\n")
    }

    func testExampleConfigLoads() throws {
        for language in ReportLanguage.allCases {
            let file = InputTemplates.files(language: language).first { $0.path == "example/review.yml" }!
            let config = try ConfigLoader.parse(String(decoding: file.bytes, as: UTF8.self), file: "review.yml")
            XCTAssertEqual(config.year, ExampleYear.year)
        }
    }
}
