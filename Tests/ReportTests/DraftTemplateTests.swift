import Foundation
import Model
import Report
import XCTest

/// A template from the inputs folder: it changes the wording, and a name it cannot use is an
/// error naming it and its line before anything is rendered.
final class DraftTemplateTests: XCTestCase {
    let data = DraftFixture.data()

    func testAnEditedTemplateChangesTheWording() throws {
        let text = try DraftFixture.draft(data, template: "今年下基层调研{{visits}}次（约{{visits_about}}次），目标{{target_visits}}次。\n")
        XCTAssertEqual(text, "今年下基层调研43次（约40余次），目标40次。\n")
    }

    func testAnUndefinedValueIsChosenByItsFlagAndNeverReadsNil() throws {
        let text = try DraftFixture.draft(data, template: """
            {{previous_visits}}|{{#has_previous_visits}}上年{{previous_visits}}次{{/has_previous_visits}}{{^has_previous_visits}}无上年数据{{/has_previous_visits}}
            """)
        XCTAssertEqual(text, "—|无上年数据\n")
    }

    func testEveryTextValueRendersWithoutNaNOrNil() throws {
        let names = DraftValues.catalog.filter { $0.kind == .text }.map(\.name)
        let template = names.map { "\($0)={{\($0)}}" }.joined(separator: "\n")
        let text = try DraftFixture.draft(data, template: template)
        for bad in ["nan", "NaN", "inf", "nil", "Optional("] {
            XCTAssertFalse(text.contains(bad), "\(bad) in:\n\(text)")
        }
        XCTAssertTrue(text.contains("\nparty_committee=7\n"), text)
        XCTAssertTrue(text.contains("\ntraining_person_hours=44.5\n"), text)
        XCTAssertTrue(text.contains("\ntraining_person_hours_about=40余\n"), text)
        XCTAssertTrue(text.contains("\nnext_demo_sites=5\n"), text)
        XCTAssertTrue(text.contains("\nnext_visits=—\n"), text)
    }

    func testTextIsNotHTMLEscaped() throws {
        let data = DraftFixture.data(organisation: "A & B <局>")
        XCTAssertEqual(try DraftFixture.draft(data, template: "{{organisation}}"), "A & B <局>\n")
    }

    func testAnUnknownValueIsAnErrorNamingItAndItsLine() {
        XCTAssertThrowsError(try DraftFixture.draft(data, template: "第一行\n第二行 {{visitz}}\n")) { error in
            XCTAssertEqual("\(error)", "templates/draft.zh.md:2:5: error: unknown value `visitz` in the draft template (did you mean `visits`?); the values a template may use are listed in docs/draft-template.md")
        }
        XCTAssertThrowsError(try DraftFixture.draft(data, template: "{{#has_bottom}}\n\n  {{#nothing_like_it}}x{{/nothing_like_it}}{{/has_bottom}}")) { error in
            XCTAssertEqual("\(error)", "templates/draft.zh.md:3:3: error: unknown value `nothing_like_it` in the draft template; the values a template may use are listed in docs/draft-template.md")
        }
    }

    func testAnItemValueOutsideItsListIsAnError() {
        XCTAssertThrowsError(try DraftFixture.draft(data, template: "x {{site_name}}")) { error in
            XCTAssertEqual("\(error)", "templates/draft.zh.md:1:3: error: `site_name` is a value of each item of `bottom_sites`: use it inside `{{#bottom_sites}}…{{/bottom_sites}}`")
        }
        // Inside it is fine, and outer values stay known there.
        XCTAssertNoThrow(try DraftFixture.draft(data, template: "{{#bottom_sites}}{{site_name}}{{year}}{{/bottom_sites}}"))
    }

    func testMalformedSectionsAreErrorsWithTheirLine() {
        func message(_ template: String) -> String {
            do { _ = try DraftFixture.draft(data, template: template); return "no error" } catch { return "\(error)" }
        }
        XCTAssertEqual(message("a\n{{#has_bottom}}\nb\n"),
                       "templates/draft.zh.md:2:1: error: the section `{{#has_bottom}}` is never closed: add `{{/has_bottom}}`")
        XCTAssertEqual(message("{{#has_bottom}}{{/has_org_life_gap}}"),
                       "templates/draft.zh.md:1:16: error: `{{/has_org_life_gap}}` closes `{{#has_bottom}}` of line 1: close it with `{{/has_bottom}}`")
        XCTAssertEqual(message("{{bottom_sites}}"),
                       "templates/draft.zh.md:1:1: error: `bottom_sites` is a list: use it as a section, `{{#bottom_sites}}…{{/bottom_sites}}`")
        XCTAssertEqual(message("{{> other}}"),
                       "templates/draft.zh.md:1:1: error: partials, parents and blocks (`{{>…}}`) are not supported in the draft template")
        XCTAssertEqual(message("x {{year"),
                       "templates/draft.zh.md:1:3: error: the tag `{{year` is never closed with `}}`")
    }

    /// Each problem in Chinese, whole; the place and the word `error` stay as they are.
    func testTheMessagesInChinese() {
        func message(_ template: String) -> String {
            do { _ = try DraftFixture.draft(data, template: template); return "no error" } catch {
                return (error as? DraftTemplateError)?.rendered(.zh) ?? "\(error)"
            }
        }
        XCTAssertEqual(message("第二行 {{visitz}}"),
                       "templates/draft.zh.md:1:5: error: 述职要点模板中的值“visitz”不存在（是否应为“visits”？）；可用的值见 docs/draft-template.md")
        XCTAssertEqual(message("{{nothing_like_it}}"),
                       "templates/draft.zh.md:1:1: error: 述职要点模板中的值“nothing_like_it”不存在；可用的值见 docs/draft-template.md")
        XCTAssertEqual(message("x {{site_name}}"),
                       "templates/draft.zh.md:1:3: error: “site_name”是“bottom_sites”中每一项的值：请在“{{#bottom_sites}}…{{/bottom_sites}}”中使用")
        XCTAssertEqual(message("a\n{{#has_bottom}}\nb\n"),
                       "templates/draft.zh.md:2:1: error: 段落“{{#has_bottom}}”没有结束：请加上“{{/has_bottom}}”")
        XCTAssertEqual(message("{{#has_bottom}}{{/has_org_life_gap}}"),
                       "templates/draft.zh.md:1:16: error: “{{/has_org_life_gap}}”要结束的是第1行的“{{#has_bottom}}”：请用“{{/has_bottom}}”结束它")
        XCTAssertEqual(message("{{/has_bottom}}"), "templates/draft.zh.md:1:1: error: “{{/has_bottom}}”结束的段落没有开始过")
        XCTAssertEqual(message("{{bottom_sites}}"),
                       "templates/draft.zh.md:1:1: error: “bottom_sites”是列表：请作为段落使用，“{{#bottom_sites}}…{{/bottom_sites}}”")
        XCTAssertEqual(message("{{> other}}"), "templates/draft.zh.md:1:1: error: 述职要点模板不支持局部模板、父模板和块（“{{>…}}”）")
        XCTAssertEqual(message("{{=<% %>=}}"), "templates/draft.zh.md:1:1: error: 述职要点模板不支持更改分隔符（“{{=… =}}”）")
        XCTAssertEqual(message("x {{year"), "templates/draft.zh.md:1:3: error: 标签“{{year”没有用“}}”结束")
        XCTAssertEqual(message("{{ }}"), "templates/draft.zh.md:1:1: error: 空标签“{{}}”")
        XCTAssertEqual(message("{{.}}"), "templates/draft.zh.md:1:1: error: “{{.}}”只能用在列表的段落中")
        XCTAssertEqual(message("{{year | upper}}"),
                       "templates/draft.zh.md:1:1: error: “year | upper”不是值的名称：不支持变换和空格；可用的值见 docs/draft-template.md")
    }

    func testCommentsAndTripleMustachesAreRead() throws {
        XCTAssertEqual(try DraftFixture.draft(data, template: "{{! a comment, not_a_value }}{{{year}}}{{&next_year}}"), "20232024\n")
        // As in Mustache, a comment ends at the first closing braces.
        XCTAssertEqual(try DraftFixture.draft(data, template: "{{! a {{year}} x }}"), " x }}\n")
    }

    func testTheBuiltInTemplatesUseOnlyDocumentedValues() throws {
        for language in ReportLanguage.allCases {
            var data = DraftFixture.data(language: language)
            data.draftTemplate = DraftTemplateSource(text: DefaultDraftTemplate.text(language), file: "t")
            XCTAssertNoThrow(try ReportDraft.make(data))
        }
    }

    /// The values are exactly the documented names, list items included.
    func testTheValuesAreTheCatalog() throws {
        let values = DraftValues.make(data)
        XCTAssertEqual(Set(values.keys), Set(DraftValues.catalog.map(\.name)))
        for entry in DraftValues.catalog {
            guard case .list(let items) = entry.kind else { continue }
            let list = try XCTUnwrap(values[entry.name] as? [[String: Any]], entry.name)
            for item in list {
                XCTAssertEqual(Set(item.keys), Set(items.map(\.name)), entry.name)
            }
        }
    }

    /// docs/draft-template.md lists every name.
    func testEveryValueIsDocumented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/draft-template.md"), encoding: .utf8)
        var names = Set(DraftValues.catalog.map(\.name))
        for entry in DraftValues.catalog { if case .list(let items) = entry.kind { names.formUnion(items.map(\.name)) } }
        for name in names.sorted() {
            XCTAssertTrue(doc.contains("`\(name)`"), "docs/draft-template.md does not list `\(name)`")
        }
    }
}
