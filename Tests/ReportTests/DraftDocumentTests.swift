@testable import Report
import XCTest

/// The draft's Markdown read as a document for the draft sheet (rules §5): no mark is left.
final class DraftDocumentTests: XCTestCase {
    typealias Run = DraftDocument.Run
    typealias Block = DraftDocument.Block

    static let bold = DraftDocument.Emphasis(bold: true)
    static let italic = DraftDocument.Emphasis(italic: true)
    static let slot = DraftDocument.Emphasis(slot: true)

    func testHeadingsParagraphsListsQuotesAndSlots() {
        let markdown = """
            # 标题

            ## 一、履职情况

            ### （一）小标题 ###

            正文**加粗**和*斜体*，`代码`。

            - 第一项
            * 第二项
              接着第二项

            1. 甲
            2) 乙

            > 引文

            原因：【请补充原因】。

            <!-- annual-review 0.1.0 · 输入指纹 0123456789ab -->

            """
        XCTAssertEqual(DraftDocument(markdown: markdown).blocks, [
            Block(kind: .title, runs: [Run("标题")]),
            Block(kind: .heading, runs: [Run("一、履职情况")]),
            Block(kind: .subheading, runs: [Run("（一）小标题")]),
            Block(kind: .paragraph, runs: [Run("正文"), Run("加粗", Self.bold), Run("和"), Run("斜体", Self.italic), Run("，代码。")]),
            Block(kind: .item(depth: 0), runs: [Run("第一项")]),
            Block(kind: .item(depth: 0), runs: [Run("第二项接着第二项")]),
            Block(kind: .item(depth: 0), runs: [Run("1. 甲")]),
            Block(kind: .item(depth: 0), runs: [Run("2) 乙")]),
            Block(kind: .quote, runs: [Run("引文")]),
            Block(kind: .paragraph, runs: [Run("原因："), Run("【请补充原因】", Self.slot), Run("。")]),
        ])
    }

    func testLinesOfAParagraph() {
        // English lines join with a space; Chinese ones without; a Chinese sentence that ends
        // its line ends its paragraph; a backslash breaks the line.
        XCTAssertEqual(DraftDocument(markdown: "line one\nline two\n").blocks.map(\.text), ["line one line two"])
        XCTAssertEqual(DraftDocument(markdown: "第一部分\n第二部分\n").blocks.map(\.text), ["第一部分第二部分"])
        XCTAssertEqual(DraftDocument(markdown: "第一句。\n第二句“好！”\n第三句\n").blocks.map(\.text), ["第一句。", "第二句“好！”", "第三句"])
        XCTAssertEqual(DraftDocument(markdown: "a\\\nb\n").blocks.map(\.text), ["a\nb"])
        XCTAssertEqual(DraftDocument(markdown: "a<br>b\n").blocks.map(\.text), ["a\nb"])
    }

    func testMarksThatAreNotMarkdownStay() {
        // snake_case, a lone asterisk, a spaced "**", escapes.
        XCTAssertEqual(DraftDocument(markdown: "未设置 next_year_targets。\n").blocks.map(\.text), ["未设置 next_year_targets。"])
        XCTAssertEqual(DraftDocument(markdown: "5 * 3 and 5 ** 3\n").blocks.map(\.text), ["5 * 3 and 5 ** 3"])
        XCTAssertEqual(DraftDocument(markdown: "\\*不是强调\\*，\\# 不是标题\n").blocks.map(\.text), ["*不是强调*，# 不是标题"])
        XCTAssertEqual(DraftDocument(markdown: "p < 0.05\n").blocks.map(\.text), ["p < 0.05"])
    }

    func testLinksTagsCommentsRulesAndTables() {
        let markdown = """
            见[说明](https://example.org/a)和![图](a.png)，<https://example.org>，<b>粗</b>~~删~~。

            <!--
            多行注释
            -->
            标题
            ===

            ---

            | 指标 | 数值 |
            |---|:--:|
            | 党课 | 6 |

            ```
            **原样**
            ```

            未闭合 <!-- 注释
            """
        XCTAssertEqual(DraftDocument(markdown: markdown).blocks.map(\.text), [
            "见说明和图，https://example.org，粗删。",
            "标题",
            "指标  数值",
            "党课  6",
            "**原样**",
            "未闭合 ",
        ])
        XCTAssertEqual(DraftDocument(markdown: markdown).blocks[1].kind, .title)
        XCTAssertEqual(DraftDocument(markdown: markdown).blocks[4].kind, .code)
    }

    func testBoldAndItalicTogether() {
        XCTAssertEqual(DraftDocument(markdown: "***都有***，__粗__\n").blocks, [
            Block(kind: .paragraph, runs: [Run("都有", DraftDocument.Emphasis(bold: true, italic: true)), Run("，"), Run("粗", Self.bold)]),
        ])
        // As in CommonMark, "_" between two letters (a CJK character is one) is not a mark.
        XCTAssertEqual(DraftDocument(markdown: "与__粗__\n").blocks.map(\.text), ["与__粗__"])
    }

    /// The sheet's rows: a Chinese paragraph's first line indented by two ideographic spaces, a
    /// list item indented on every line, headings not at all; each wrapped at its font's share
    /// of the line.
    func testTheSheetsLines() {
        let document = DraftDocument(blocks: [
            Block(kind: .title, runs: [Run(String(repeating: "标", count: 40))]),
            Block(kind: .paragraph, runs: [Run(String(repeating: "正", count: 60) + "。")]),
            Block(kind: .item(depth: 0), runs: [Run(String(repeating: "项", count: 50))]),
        ])
        let lines = DraftSheet.lines(of: document, language: .zh)
        // The title at 16 points: 100 × 11 ÷ 16 = 68.75 wide, 34 characters a line.
        // The paragraph: 96 after the indent (48 characters), then 100 (50): 48 + 12 + "。".
        // The item: 96 on every line, 48 characters, then 2.
        XCTAssertEqual(lines.map(\.text), [
            String(repeating: "标", count: 34), String(repeating: "标", count: 6),
            "\u{3000}\u{3000}" + String(repeating: "正", count: 48), String(repeating: "正", count: 12) + "。",
            "\u{3000}\u{3000}" + String(repeating: "项", count: 48), "\u{3000}\u{3000}" + String(repeating: "项", count: 2),
        ])
        XCTAssertEqual(lines.map(\.opensBlock), [true, false, true, false, true, false])
        // In English, a paragraph is not indented and an item by four spaces.
        let english = DraftSheet.lines(of: DraftDocument(markdown: "Text.\n\n- item\n"), language: .en)
        XCTAssertEqual(english.map(\.text), ["Text.", "    item"])
    }
}
