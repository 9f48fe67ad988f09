import Foundation
import TestSupport
import XCTest

/// The sample year's draft (Inputs/, 2017), built by the real binary in both languages and read as
/// the secretary would: the generator's headline figures in their sentences, the three parts, no
/// statistics, no zero, no school named.
final class DraftSampleBuildTests: XCTestCase {
    private static let binary: Result<AnnualReviewBinary, any Error> = Result { try AnnualReviewBinary() }
    private static let zh: Result<String, any Error> = Result { try build(lang: "zh") }
    private static let en: Result<String, any Error> = Result { try build(lang: "en") }

    private static func build(lang: String) throws -> String {
        let binary = try binary.get()
        let path = binary.path("draft-\(lang).xlsx")
        try binary.build(AnnualReviewBinary.sampleInputs, to: path, lang: lang)
        return try String(contentsOfFile: binary.path("draft-\(lang).md"), encoding: .utf8)
    }

    override class func tearDown() {
        if case .success(let binary) = binary { binary.remove() }
        super.tearDown()
    }

    /// What a secretary's report never prints. A zero count ("0个", "0次" …) is looked for as a
    /// number: "10个" and "300个" are no zero.
    static let forbidden = ["p=", "p <", "p<", "相当于全系统平均", "CV", "基尼", "Gini", "**", "\n- ", "（要点）", "—"]
    static let zeroCount = #"(?<![0-9.])0(个|次|期|人次|人学时|分| )"#

    /// The generator's exact figures for 2017 (see WorkbookSampleTests): the bureau held 7 Party
    /// committee meetings, 11 special meetings, 12 study sessions and 43 research visits; its
    /// secretary gave 6 lectures; 3 trainings ran.
    func testTheChineseDraftStatesTheHeadlineFiguresInTheFirstPerson() throws {
        let text = try Self.zh.get()
        for phrase in ["党委会7次", "专题会11次", "专题学习研讨12次", "调研指导40余次", "书记讲党课6次", "专题培训班3期"] {
            XCTAssertTrue(text.contains(phrase), "“\(phrase)” not in:\n\(text)")
        }
        XCTAssertTrue(text.hasPrefix("# 澜江市教育局党委书记2017年度抓基层党建工作述职报告\n\n2017年，我认真履行"), text)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
        XCTAssertEqual(headings, ["## 一、履职情况", "## 二、存在的主要问题和原因", "## 三、下一步打算"])
        XCTAssertTrue(text.contains("\n一是加强组织领导，压实党建工作责任。主持召开党委会7次、专题会11次，"), text)
        // Every meeting type of organisational life the log carries, 谈心谈话 too.
        for type in ["支部党员大会", "支委会", "党小组会", "主题党日活动", "组织生活会", "民主评议党员", "谈心谈话"] {
            XCTAssertTrue(text.contains(type), "“\(type)” not in:\n\(text)")
        }
        XCTAssertTrue(text.contains("【请补充原因】"), text)
        XCTAssertTrue(text.contains("以上报告，请予评议。\n"), text)
        XCTAssertNotNil(text.range(of: #"\n\n<!-- annual-review [0-9.]+ · 输入指纹 [0-9a-f]{12} · 数据截至 2017-12-31 -->\n$"#, options: .regularExpression), text)
        for phrase in Self.forbidden {
            XCTAssertFalse(text.contains(phrase), "“\(phrase)” in:\n\(text)")
        }
        XCTAssertNil(text.range(of: Self.zeroCount, options: .regularExpression), text)
    }

    /// The 末位 units are counted, not named: no school of the register is named in the draft.
    func testNoSchoolIsNamed() throws {
        let text = try Self.zh.get()
        let register = try String(contentsOf: TestPackage.root.appendingPathComponent("Inputs/sites.csv"), encoding: .utf8)
        let names = register.components(separatedBy: .newlines).dropFirst().compactMap { line -> String? in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return fields.count > 1 && fields[0] != "JYJ" ? String(fields[1]) : nil
        }
        XCTAssertGreaterThan(names.count, 250)
        for name in names where !name.isEmpty {
            XCTAssertFalse(text.contains(name), "\(name) named in:\n\(text)")
        }
        XCTAssertTrue(text.contains("综合得分低于全系统平均的末位单位有"), text)
    }

    func testTheEnglishDraft() throws {
        let text = try Self.en.get()
        for phrase in ["7 Party committee meetings", "11 special meetings", "12 study sessions", "40+ research visits",
                       "6 Party lectures", "3 training courses", "heart-to-heart talks", "[add the causes]"] {
            XCTAssertTrue(text.contains(phrase), "“\(phrase)” not in:\n\(text)")
        }
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
        XCTAssertEqual(headings, ["## 1. What we did", "## 2. Main problems and their causes", "## 3. Plans for 2018"])
        XCTAssertNotNil(text.range(of: #"\n\n<!-- annual-review [0-9.]+ · input fingerprint [0-9a-f]{12} · data as of 2017-12-31 -->\n$"#, options: .regularExpression), text)
        for phrase in Self.forbidden + ["p-value", "of the overall mean"] {
            XCTAssertFalse(text.contains(phrase), "“\(phrase)” in:\n\(text)")
        }
        XCTAssertNil(text.range(of: Self.zeroCount, options: .regularExpression), text)
    }
}
