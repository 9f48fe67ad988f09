import Foundation
import Model
@testable import Report
import TestSupport
import XCTest

/// Text from the inputs in the draft (rules §5): the organisation and the title go into the
/// Markdown on one line with their Markdown and HTML marks escaped, so a name never adds a
/// heading, a link, an image or a tag; the draft sheet shows them as written, without a
/// backslash. The template's own Markdown is left as it is.
final class DraftEscapeTests: XCTestCase {
    func testMarksAreEscapedAndLinesFolded() {
        XCTAssertEqual(MarkdownText.escaped("<img onerror=alert(1)>"), #"\<img onerror=alert\(1\)\>"#)
        XCTAssertEqual(MarkdownText.escaped("[x](javascript:alert(1))"), #"\[x\]\(javascript:alert\(1\)\)"#)
        XCTAssertEqual(MarkdownText.escaped("![图](a.png) *斜* __粗__ `码` a|b ~~删~~ C:\\"),
                       #"\!\[图\]\(a.png\) \*斜\* \_\_粗\_\_ \`码\` a\|b \~\~删\~\~ C:\\"#)
        // Line breaks, tabs and other controls are one space; runs of spaces one; none at the ends.
        XCTAssertEqual(MarkdownText.escaped("城关小学\n# 标题"), #"城关小学 # 标题"#)
        XCTAssertEqual(MarkdownText.escaped("  甲\r\n\t乙\u{2028}丙  \u{0}丁 "), "甲 乙 丙 丁")
        // What would start a block, at the start: a heading, a list item, a numbered item, an underline.
        XCTAssertEqual(MarkdownText.escaped("# 标题"), ##"\# 标题"##)
        XCTAssertEqual(MarkdownText.escaped("- 一"), #"\- 一"#)
        XCTAssertEqual(MarkdownText.escaped("+ 一"), #"\+ 一"#)
        XCTAssertEqual(MarkdownText.escaped("==="), #"\==="#)
        XCTAssertEqual(MarkdownText.escaped("2017. 年"), #"2017\. 年"#)
        XCTAssertEqual(MarkdownText.escaped("1) 甲"), #"1\) 甲"#)
        // Elsewhere they are text; full-width marks and `&` are no Markdown.
        XCTAssertEqual(MarkdownText.escaped("第1.2项 A-B #3 A & B（集团）【甲】"), "第1.2项 A-B #3 A & B（集团）【甲】")
    }

    /// The issue's three names in the built-in template: the Markdown has no image, link or
    /// second heading, and the draft sheet's title reads each name as written.
    func testHostileNamesStayTextInTheDraftAndOnItsSheet() throws {
        for (name, shown) in [("<img onerror=alert(1)>", "<img onerror=alert(1)>"),
                              ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
                              ("临江市\n# 标题", "临江市 # 标题")] {
            let data = DraftFixture.data(organisation: name)
            let markdown = try ReportDraft.make(data).text
            let lines = markdown.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.filter { $0.hasPrefix("# ") }.count, 1, markdown)
            XCTAssertTrue(lines[0].hasPrefix("# " + MarkdownText.escaped(name) + "党委书记2023年度"), lines[0])
            // No tag, image or link opens: every `<` and `](` there is escaped.
            XCTAssertNil(markdown.range(of: #"(?<!\\)<img|(?<!\\)\]\("#, options: .regularExpression), markdown)
            XCTAssertFalse(markdown.contains("\n# 标题"), markdown)
            let document = DraftDocument(markdown: markdown)
            XCTAssertEqual(document.blocks.first?.kind, .title)
            XCTAssertEqual(document.blocks.first?.text, shown + "党委书记2023年度抓基层党建工作述职报告")
            XCTAssertEqual(document.blocks.first?.runs.count, 1, "no slot, no emphasis")
        }
    }

    /// The template's own Markdown is not escaped: its emphasis, links and headings work.
    func testTheTemplatesOwnMarkdownIsLeftAlone() throws {
        let data = DraftFixture.data(organisation: "*甲*")
        let text = try DraftFixture.draft(data, template: "## {{organisation}}\n\n**粗** [链接](https://example.org) {{organisation}}\n")
        XCTAssertEqual(text, "## \\*甲\\*\n\n**粗** [链接](https://example.org) \\*甲\\*\n")
        XCTAssertEqual(DraftDocument(markdown: text).blocks, [
            DraftDocument.Block(kind: .heading, runs: [DraftDocument.Run("*甲*")]),
            DraftDocument.Block(kind: .paragraph, runs: [DraftDocument.Run("粗", DraftDocument.Emphasis(bold: true)),
                                                         DraftDocument.Run(" 链接 *甲*")]),
        ])
    }

    /// Escaped marks open nothing on the sheet: no tag dropped, no link, no emphasis, no slot;
    /// an escaped backslash at a line's end is no line break.
    func testTheDraftSheetReadsEscapesBack() {
        XCTAssertEqual(DraftDocument(markdown: #"甲\<b\>乙\</b\> \[x\]\(y\) \!\[图\]\(a.png\) \*丙\* \_丁\_ \`戊\`"#).blocks,
                       [DraftDocument.Block(kind: .paragraph, runs: [DraftDocument.Run("甲<b>乙</b> [x](y) ![图](a.png) *丙* _丁_ `戊`")])])
        XCTAssertEqual(DraftDocument(markdown: "C:\\\\\nD\n").blocks.map(\.text), ["C:\\ D"])
        XCTAssertEqual(DraftDocument(markdown: "C\\\nD\n").blocks.map(\.text), ["C\nD"])
        // An escaped mark does not close the template's emphasis.
        XCTAssertEqual(DraftDocument(markdown: "*甲\\*乙*\n").blocks,
                       [DraftDocument.Block(kind: .paragraph, runs: [DraftDocument.Run("甲*乙", DraftDocument.Emphasis(italic: true))])])
    }
}
