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
        assertContains(text, "\nparty_committee=7\n")
        assertContains(text, "\ntraining_person_hours=44.5\n")
        assertContains(text, "\ntraining_person_hours_about=40余\n")
        assertContains(text, "\nnext_demo_sites=5\n")
        assertContains(text, "\nnext_visits=—\n")
    }

    /// Plain text, not HTML: `&` stays as it is; the Markdown marks of a value from the inputs
    /// are escaped with a backslash (`MarkdownText`).
    func testTextIsNotHTMLEscaped() throws {
        let data = DraftFixture.data(organisation: "A & B <局>")
        XCTAssertEqual(try DraftFixture.draft(data, template: "{{organisation}}"), "A & B \\<局\\>\n")
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
        XCTAssertThrowsError(try DraftFixture.draft(data, template: "x {{difference}}")) { error in
            XCTAssertEqual("\(error)", "templates/draft.zh.md:1:3: error: `difference` is a value of each item of `significant_gaps`: use it inside `{{#significant_gaps}}…{{/significant_gaps}}`")
        }
        // Inside it is fine, and outer values stay known there.
        XCTAssertNoThrow(try DraftFixture.draft(data, template: "{{#org_life_gaps}}{{difference}}{{year}}{{/org_life_gaps}}"))
        XCTAssertEqual(try DraftFixture.draft(data, template: "{{#demo_levels}}{{level}}{{count}}{{^is_last}}、{{/is_last}}{{/demo_levels}}"), "市级1、县级1\n")
    }

    /// A value the draft no longer has: the message says why and names what to use instead,
    /// rather than "unknown value".
    func testARetiredValueNamesItsReplacement() {
        func message(_ template: String, _ language: ReportLanguage) -> String {
            do { _ = try DraftFixture.draft(data, template: template); return "no error" } catch {
                return (error as? DraftTemplateError)?.rendered(language) ?? "\(error)"
            }
        }
        let pValue = "{{#org_life_gaps}}{{indicator}}（{{p_value}}）{{/org_life_gaps}}"
        XCTAssertEqual(message(pValue, .en),
                       "templates/draft.zh.md:1:33: error: `p_value` is no longer available: the draft does not state p-values (a gap is still named only when p < 0.05); use `difference`")
        XCTAssertEqual(message(pValue, .zh),
                       "templates/draft.zh.md:1:33: error: 述职要点模板中的值“p_value”已不再提供：述职报告不写p值（差距是否写入仍按p < 0.05判断）；请改用“difference”")
        XCTAssertEqual(message("{{#significant_gaps}}{{relative_gap}}{{/significant_gaps}}", .en),
                       "templates/draft.zh.md:1:22: error: `relative_gap` is no longer available: the draft does not state a gap as a share of the mean; use `difference`")
        XCTAssertEqual(message("{{#significant_gaps}}{{relative_gap}}{{/significant_gaps}}", .zh),
                       "templates/draft.zh.md:1:22: error: 述职要点模板中的值“relative_gap”已不再提供：述职报告不把差距写成全系统平均的百分之几；请改用“difference”")
        XCTAssertEqual(message("{{#locale_gaps}}{{overall_mean}}{{/locale_gaps}}", .en),
                       "templates/draft.zh.md:1:17: error: `overall_mean` is no longer available: the draft does not compare with the mean over all sites; use `lagging_mean` and `leading_mean`")
        XCTAssertEqual(message("{{#locale_gaps}}{{overall_mean}}{{/locale_gaps}}", .zh),
                       "templates/draft.zh.md:1:17: error: 述职要点模板中的值“overall_mean”已不再提供：述职报告不写全系统平均作比较；请改用“lagging_mean”、“leading_mean”")
        XCTAssertEqual(message("输入指纹 {{fingerprint}}", .en),
                       "templates/draft.zh.md:1:6: error: `fingerprint` is no longer available: the tool version, input fingerprint and as-of date close the draft as a comment the tool writes, out of the prose; remove the tag")
        XCTAssertEqual(message("输入指纹 {{fingerprint}}", .zh),
                       "templates/draft.zh.md:1:6: error: 述职要点模板中的值“fingerprint”已不再提供：工具版本、输入指纹和数据截止日期由程序写在稿末的注释中，不写入正文；请删去这个标签")
        let names = "{{#bottom_sites}}{{site_name}}{{/bottom_sites}}"
        XCTAssertEqual(message(names, .en),
                       "templates/draft.zh.md:1:1: error: `bottom_sites` is no longer available: the draft counts the bottom sites and does not name them (their names are on the Ranking and Overdue sheets); use `bottom_count`")
        XCTAssertEqual(message(names, .zh),
                       "templates/draft.zh.md:1:1: error: 述职要点模板中的值“bottom_sites”已不再提供：述职报告只写末位单位的个数，不点名（名单见“排名”和“督办清单”表）；请改用“bottom_count”")
        XCTAssertEqual(message("末位：{{site_name}}", .en),
                       "templates/draft.zh.md:1:4: error: `site_name` is no longer available: the draft counts the bottom sites and does not name them (their names are on the Ranking and Overdue sheets); use `bottom_count`")
    }

    /// Every replacement a retired value names is a value; no retired name is one.
    func testTheRetiredNamesAreNotValuesAndTheirReplacementsAre() {
        var names = Set(DraftValues.catalog.map(\.name))
        for entry in DraftValues.catalog { if case .list(let items) = entry.kind { names.formUnion(items.map(\.name)) } }
        XCTAssertEqual(DraftValues.retired.map(\.name).filter(names.contains), [])
        for retired in DraftValues.retired {
            XCTAssertEqual(retired.use.filter { !names.contains($0) }, [], retired.name)
        }
    }

    func testMalformedSectionsAreErrorsWithTheirLine() {
        func message(_ template: String) -> String {
            do { _ = try DraftFixture.draft(data, template: template); return "no error" } catch { return "\(error)" }
        }
        XCTAssertEqual(message("a\n{{#has_bottom}}\nb\n"),
                       "templates/draft.zh.md:2:1: error: the section `{{#has_bottom}}` is never closed: add `{{/has_bottom}}`")
        XCTAssertEqual(message("{{#has_bottom}}{{/has_org_life_gap}}"),
                       "templates/draft.zh.md:1:16: error: `{{/has_org_life_gap}}` closes `{{#has_bottom}}` of line 1: close it with `{{/has_bottom}}`")
        XCTAssertEqual(message("{{org_life_gaps}}"),
                       "templates/draft.zh.md:1:1: error: `org_life_gaps` is a list: use it as a section, `{{#org_life_gaps}}…{{/org_life_gaps}}`")
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
        XCTAssertEqual(message("x {{difference}}"),
                       "templates/draft.zh.md:1:3: error: “difference”是“significant_gaps”中每一项的值：请在“{{#significant_gaps}}…{{/significant_gaps}}”中使用")
        XCTAssertEqual(message("a\n{{#has_bottom}}\nb\n"),
                       "templates/draft.zh.md:2:1: error: 段落“{{#has_bottom}}”没有结束：请加上“{{/has_bottom}}”")
        XCTAssertEqual(message("{{#has_bottom}}{{/has_org_life_gap}}"),
                       "templates/draft.zh.md:1:16: error: “{{/has_org_life_gap}}”要结束的是第1行的“{{#has_bottom}}”：请用“{{/has_bottom}}”结束它")
        XCTAssertEqual(message("{{/has_bottom}}"), "templates/draft.zh.md:1:1: error: “{{/has_bottom}}”结束的段落没有开始过")
        XCTAssertEqual(message("{{org_life_gaps}}"),
                       "templates/draft.zh.md:1:1: error: “org_life_gaps”是列表：请作为段落使用，“{{#org_life_gaps}}…{{/org_life_gaps}}”")
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
