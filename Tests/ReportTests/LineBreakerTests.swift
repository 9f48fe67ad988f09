@testable import Report
import XCTest

/// The draft sheet's line breaking (rules §5), worked out by hand: a CJK character is 2 wide, any
/// other character 1.
final class LineBreakerTests: XCTestCase {
    func testAFullStopThatDoesNotFitTakesTheCharacterBeforeItDown() {
        // 一二三四五 fill the 10; "。" may not start a line, so "五" goes down with it.
        XCTAssertEqual(LineBreaker.lines("一二三四五。", width: 10), ["一二三四", "五。"])
        // With room for the mark, the line takes it.
        XCTAssertEqual(LineBreaker.lines("一二三四五。", width: 12), ["一二三四五。"])
    }

    func testAClosingQuoteAndFullStopStayWithTheirWord() {
        // 我们要落实 10, “ 11, 三会一课 19, ” 20, 。 22: "。" and "”" may not start a line, so the
        // break comes before "课".
        XCTAssertEqual(LineBreaker.lines("我们要落实“三会一课”。", width: 20), ["我们要落实“三会一", "课”。"])
    }

    func testAnOpeningQuoteDoesNotEndALine() {
        // 他说： 6, “ 7, 好 9, 。 11 > 10: not before "。", not after "“", so after "：". Then
        // “好。”然后 is 10 wide.
        XCTAssertEqual(LineBreaker.lines("他说：“好。”然后走了", width: 10), ["他说：", "“好。”然后", "走了"])
        // An ASCII bracket likewise: "(" does not end a line, ")" does not start one.
        XCTAssertEqual(LineBreaker.lines("见附表(一)", width: 8), ["见附表", "(一)"])
    }

    func testNumbersStayWholeAndBreakBesideCJK() {
        // 党委会 6, 7 7, 次 9, 、 11, 专 13 > 12: the break after "、".
        XCTAssertEqual(LineBreaker.lines("党委会7次、专题会11次", width: 12), ["党委会7次、", "专题会11次"])
        // "16,932" is one word: it goes down whole.
        XCTAssertEqual(LineBreaker.lines("培训16,932人学时", width: 8), ["培训", "16,932人", "学时"])
    }

    func testEnglishBreaksAtSpacesAndDropsThem() {
        XCTAssertEqual(LineBreaker.lines("The quick brown fox jumps", width: 10), ["The quick", "brown fox", "jumps"])
        // A word longer than the line is cut.
        XCTAssertEqual(LineBreaker.lines("abcdefghijkl", width: 5), ["abcde", "fghij", "kl"])
        // A comma stays with its word: "rates," goes down whole.
        XCTAssertEqual(LineBreaker.lines("a rates, b", width: 7), ["a", "rates,", "b"])
    }

    func testLineFeedsEndLinesAndTheFirstLineMayBeShorter() {
        XCTAssertEqual(LineBreaker.lines("一二\n三", width: 10), ["一二", "三"])
        XCTAssertEqual(LineBreaker.lines("a\n\nb", width: 10), ["a", "", "b"])
        // An indented first line: 4 wide, the others 8.
        XCTAssertEqual(LineBreaker.lines("一二三四五六", width: 8, firstWidth: 4), ["一二", "三四五六"])
        XCTAssertEqual(LineBreaker.lines("", width: 8), [""])
    }

    func testNoLineOfALongParagraphStartsWithClosingPunctuation() {
        let paragraph = "（一）强化组织领导。全年主持召开党委会7次、专题会11次，开展专题学习研讨12次，深入基层学校调研指导40余次，"
            + "及时研究解决基层党建工作中的重点难点问题。书记带头讲“党课”，“三会一课”平均完成率88.0%；【请补充原因】。"
        for width in stride(from: 8.0, through: 60, by: 1) {
            let lines = LineBreaker.lines(paragraph, width: width)
            XCTAssertEqual(lines.joined(), paragraph, "width \(width)")
            for (i, line) in lines.enumerated() {
                XCTAssertLessThanOrEqual(TextWidth.of(line), width, "width \(width): \(line)")
                if i > 0, let first = line.first { XCTAssertFalse(LineBreaker.noStart.contains(first), "width \(width): \(line)") }
                if i < lines.count - 1, let last = line.last { XCTAssertFalse(LineBreaker.noEnd.contains(last), "width \(width): \(line)") }
                XCTAssertTrue(line.contains { !$0.isPunctuation }, "width \(width): \(line)")
            }
        }
    }
}
