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
                XCTAssertEqual(lines[at - 1], "# \(language == .zh ? info.zh : info.en)", "\(language): \(info.key)")
            }
        }
    }

    func testEnglishTemplateHasNoChineseComments() {
        let comments = ConfigTemplate.yaml(language: .en).components(separatedBy: "\n").filter { $0.hasPrefix("#") }
        for line in comments {
            XCTAssertFalse(line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, line)
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
