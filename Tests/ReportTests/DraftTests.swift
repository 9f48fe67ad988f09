import Foundation
import Indicators
import Model
import Report
import XCTest

/// The built-in drafts of reviews counted by hand (`DraftFixture`): the report a secretary signs —
/// first person, 一、履职情况 / 二、存在的主要问题和原因 / 三、下一步打算 with their points
/// numbered 一是、二是 …, every figure in its sentence, no statistics, no zero, the causes left
/// to the office.
final class DraftTests: XCTestCase {
    /// What a secretary's report never prints: test statistics, shares of a mean, a zero count,
    /// Markdown emphasis or lists.
    static let forbidden = ["p=", "p <", "p<", "相当于全系统平均", "CV", "基尼", "**", "\n- ", "Gini", "of the overall mean"]

    func assertReadsLikeAReport(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        assertLacks(text, Self.forbidden, file: file, line: line)
        // No count of 0 before a unit: 0个, 0次, 0期, 0人次 … (10.0个百分点 is no zero).
        XCTAssertNil(text.range(of: #"(?<![0-9.])0(个|次|期|人次|人学时|分| )"#, options: .regularExpression),
                     "a zero figure in:\n\(text)", file: file, line: line)
        XCTAssertFalse(text.contains("—"), "an empty figure in:\n\(text)", file: file, line: line)
        XCTAssertFalse(text.contains("{{"), text, file: file, line: line)
        XCTAssertFalse(text.contains("\n\n\n"), "a conditional left a hole:\n\(text)", file: file, line: line)
        XCTAssertFalse(text.contains("\u{E000}"), "an ordinal left unnumbered:\n\(text)", file: file, line: line)
        assertOrdinalsRunOn(text, file: file, line: line)
    }

    /// In every part, the points read 一是、二是、三是 … (First, Second …) without a hole.
    func assertOrdinalsRunOn(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let zh = ["一是", "二是", "三是", "四是", "五是", "六是", "七是"]
        let en = ["First,", "Second,", "Third,", "Fourth,", "Fifth,", "Sixth,", "Seventh,"]
        for part in text.components(separatedBy: "\n## ") {
            let starts = part.split(separator: "\n").compactMap { paragraph -> String? in
                (zh + en).first { paragraph.hasPrefix($0) }
            }
            let expected = Array((starts.first.map { en.contains($0) } ?? false ? en : zh).prefix(starts.count))
            XCTAssertEqual(starts, expected, "in the part:\n\(part)", file: file, line: line)
        }
    }

    // MARK: The fixture of DraftFixture.data()

    func testChineseDraftHasTheHandCountedFiguresInTheirSentences() throws {
        let text = try ReportDraft.make(DraftFixture.data()).text
        assertReadsLikeAReport(text)

        XCTAssertTrue(text.hasPrefix("# 临江市教育局党委书记2023年度抓基层党建工作述职报告\n\n2023年，我认真履行抓基层党建工作第一责任人职责，"), text)
        assertContains(text, "\n## 一、履职情况\n\n一是加强组织领导，压实党建工作责任。主持召开党委会7次、专题会11次，研究部署基层党建重点工作。组织开展专题学习研讨2次，推动理论学习常态化。深入基层学校调研指导40余次，了解情况、指导工作。\n")
        assertContains(text, "\n二是抓实教育培训，提升党员队伍素质。书记讲党课3次，带动全系统各级党组织讲党课3次。举办专题培训班2期，培训党员干部20余人次、40余人学时。\n")
        assertContains(text, "\n三是扩大组织覆盖，夯实基层组织基础。全系统4个基层单位中，3个单独建立党支部，党的组织覆盖4个单位，覆盖率100.0%。加强民办学校党建工作，新建民办学校党支部1个。\n")
        // No provincial site: the levels that have sites, no "省级0个".
        assertContains(text, "\n四是培育示范典型，发挥引领带动作用。培育基层党建示范点2个，其中市级1个、县级1个，以点带面推动整体提升。\n")
        // Party days: S1 12, S2 6, S4 7 = 25; no branch meeting, org-life meeting, review or talk.
        // Party-day rates 1, 6/12, 7/8 → 79.2%; attendance 1, 24/30, 1 → 93.3%; scores (40 · 0 +
        // 20 · pd + 20 · att + 10 · training): S1 20 + 20 + 10 × 0.45/8 = 40.5625, S2 10 + 16 = 26,
        // S4 17.5 + 20 = 37.5 → 34.7.
        assertContains(text, "\n五是严格组织生活，推动党内政治生活规范化。全系统各基层党支部开展主题党日活动20余次。党员参加组织生活的平均参会率为93.3%。按照年度考评办法，各单位党建工作综合得分平均34.7分。\n")
        assertLacks(text, ["谈心谈话", "组织生活会"])

        // The 三会一课 rates are 0 and the Party-day rate 79.2 %: below the standard.
        assertContains(text, "\n## 二、存在的主要问题和原因\n\n对照上级要求和基层党建工作标准，我们的工作还存在一些差距和不足，主要是：\n\n一是组织生活制度落实还不够到位。“三会一课”平均完成率为0.0%。主题党日平均完成率为79.2%，2个单位至少有一个月没有开展主题党日，占建有党支部单位的66.7%。【请补充原因】\n")
        // Three ranked (S1, S2, S4): at most ⌈0.1 × 3⌉ = 1, and S2 (26 points) is last and below
        // the mean: one 末位 unit.
        assertContains(text, "\n二是部分单位党建工作相对滞后。综合得分低于全系统平均的末位单位有1个。【请补充原因】\n")
        XCTAssertFalse(text.contains("城关小学"), "the 末位 units are counted, not named:\n\(text)")

        assertContains(text, "\n## 三、下一步打算\n\n2024年，我将继续履行好第一责任人职责，坚持问题导向，重点抓好以下几项工作：\n\n一是着力提升组织生活规范化水平。")
        assertLacks(text, ["巩固"])
        assertContains(text, "\n二是抓实末位单位整改。对综合得分低于全系统平均的1个末位单位逐一分析原因、督促整改，实行一月一调度、跟踪问效。\n")
        assertContains(text, "\n三是确保完成2024年度目标任务：举办专题培训班3期，培育基层党建示范点5个。\n\n以上报告，请予评议。\n")
        XCTAssertTrue(text.hasSuffix("\n\n<!-- annual-review \(ToolVersion.current) · 输入指纹 0123456789ab · 数据截至 2023-12-31 -->\n"), text)
        assertLacks(text, ["说明"])
    }

    func testEnglishDraftBuilds() throws {
        let text = try ReportDraft.make(DraftFixture.data(language: .en, organisation: "Linjiang Education Bureau")).text
        assertReadsLikeAReport(text)
        XCTAssertTrue(text.hasPrefix("# Linjiang Education Bureau: Report of the Party secretary on Party building at the grassroots, 2023\n"), text)
        assertContains(text, "\n## 1. What we did\n\nFirst, we strengthened the leadership of Party building. I chaired 7 Party committee meetings and 11 special meetings that set the tasks of Party building. We held 2 study sessions. We made 40+ research visits to schools to see their work and guide it.\n")
        assertContains(text, "\nThird, we widened the reach of Party organisations. Of the 4 sites of the system, 3 have a branch of their own and 4 are covered by a Party organisation (100.0%).")
        assertContains(text, "\nFourth, we built up demonstration sites. We have 2 demonstration sites (1 city, 1 county) to lead the others by example.\n")
        assertContains(text, "The mean Party-day rate was 79.2%; 2 sites (66.7% of those with a branch) missed the Party day in at least one month. [add the causes]\n")
        assertContains(text, "\nThird, we will meet the targets for 2024: 3 training courses, 5 demonstration sites.\n\nI submit this report for review.\n")
        XCTAssertTrue(text.hasSuffix("\n\n<!-- annual-review \(ToolVersion.current) · input fingerprint 0123456789ab · data as of 2023-12-31 -->\n"), text)
        XCTAssertNil(text.range(of: #"\p{Han}"#, options: .regularExpression).flatMap { text[$0] == "三" ? nil : $0 },
                     "only 三会一课 is written in Chinese in the English draft")
    }

    // MARK: The problems

    func testProblemsStateTheGapsInPlainWordsAndLeaveTheCausesToTheOffice() throws {
        var data = DraftFixture.data()
        DraftFixture.clearGaps(&data)
        // Rural schools 0.8 vs urban 0.9, overall mean 0.85: 10 points, 11.8 % of the mean.
        DraftFixture.setGap(&data, .sanhui_rate, .locale, first: 0.9, second: 0.8, p: 0.01, overall: 0.85)
        // Urban 4 h vs rural 6 h, overall 5 h: 2 h, 40 % of the mean.
        DraftFixture.setGap(&data, .training_hours_per_member, .locale, first: 4, second: 6, p: 0.04, overall: 5)
        // Public 90 vs private 80, but p = 0.2: not named.
        DraftFixture.setGap(&data, .score, .ownership, first: 90, second: 80, p: 0.2, overall: 85)
        // p exactly 0.05 is not below 0.05.
        DraftFixture.setGap(&data, .party_day_rate, .ownership, first: 0.9, second: 0.5, p: 0.05, overall: 0.8)
        // p = 0.001, but 4 rural schools: too few sites to state the gap.
        DraftFixture.setGap(&data, .attendance_rate, .locale, first: 0.99, second: 0.7, p: 0.001, overall: 0.9, n: (12, 4))

        let text = try ReportDraft.make(data).text
        assertReadsLikeAReport(text)
        assertContains(text, "\n二是组织生活开展还不够平衡。农村学校“三会一课”完成率比城区学校低10.0个百分点。农村学校党组织生活的经常性、规范性还有差距。【请补充原因】\n")
        assertContains(text, "\n三是教育培训资源分布还不均衡。城区学校党员人均培训学时比农村学校少2.0学时。【请补充原因】\n")
        assertLacks(text, ["综合得分比", "主题党日完成率比", "参会率比"])
        assertContains(text, "推动每个党支部按月开展主题党日、按期落实“三会一课”，对农村学校加强分类指导和督促检查。\n")
        assertContains(text, "\n二是推动教育培训资源均衡配置。统筹安排党课和培训计划，向城区学校倾斜，缩小校际差距。\n")

        let order = try DraftFixture.draft(data, template: "{{significant_gap_count}}:{{#significant_gaps}}{{indicator}} {{lagging_mean}}/{{leading_mean}} {{difference}}|{{/significant_gaps}}")
        XCTAssertEqual(order, "2:党员人均培训学时 4.0学时/6.0学时 2.0学时|“三会一课”完成率 80.0%/90.0% 10.0个百分点|\n")
    }

    func testSeveralGapsAreOneSentenceSeparatedBySemicolons() throws {
        var data = DraftFixture.data()
        DraftFixture.clearGaps(&data)
        DraftFixture.setGap(&data, .party_day_rate, .locale, first: 0.925, second: 0.843, p: 0.001, overall: 0.888)
        DraftFixture.setGap(&data, .score, .ownership, first: 87.6, second: 80.9, p: 0.001, overall: 87.0)
        let text = try ReportDraft.make(data).text
        // 8.2 points ÷ 88.8 % = 9.2 % of the mean, 6.7 ÷ 87 = 7.7 %: the Party day first.
        assertContains(text, "二是组织生活开展还不够平衡。农村学校主题党日完成率比城区学校低8.2个百分点；民办学校综合得分比公办学校低6.7分。农村学校、民办学校党组织生活的经常性、规范性还有差距。【请补充原因】\n")
    }

    func testWithoutAProblemInTheDataTheOfficeIsAskedForThem() throws {
        var data = DraftFixture.data()
        DraftFixture.clearGaps(&data)
        DraftFixture.setOrgLifeRates(&data, sanhui: 0.95, partyDay: 0.92)
        data.indicators.bottom = []
        let text = try ReportDraft.make(data).text
        assertReadsLikeAReport(text)
        assertContains(text, "主要是：\n\n【请补充存在的主要问题及原因】\n\n## 三、下一步打算\n")
        assertLacks(text, ["末位", "一是组织生活制度落实"])
    }

    // MARK: Consolidate or strengthen (下一步打算)

    /// Both mean rates at 90 % or more, as the draft shows them: consolidate; else strengthen.
    func testTheNextStepsFollowTheLevelOfTheRates() throws {
        func draft(sanhui: Double?, partyDay: Double?) throws -> String {
            var data = DraftFixture.data()
            DraftFixture.clearGaps(&data)
            DraftFixture.setOrgLifeRates(&data, sanhui: sanhui, partyDay: partyDay)
            return try ReportDraft.make(data).text
        }
        let consolidate = "\n一是巩固组织生活规范成果。持续抓好“三会一课”、主题党日、组织生活会等制度落实，推动基层组织生活常态化、长效化。\n"
        let strengthen = "\n一是着力提升组织生活规范化水平。以“三会一课”、主题党日为重点，坚持一月一调度，对未按期开展的逐项督办，推动每个党支部按月开展主题党日、按期落实“三会一课”。\n"

        // 89.96 % shows as 90.0 %: it reaches the standard as the reader sees it.
        let high = try draft(sanhui: 0.8996, partyDay: 0.93)
        assertContains(high, consolidate)
        assertLacks(high, ["着力提升", "组织生活制度落实还不够到位"])
        // At that level the rates are stated among what was done.
        assertContains(high, "“三会一课”平均完成率90.0%。主题党日平均完成率93.0%。党员参加组织生活的平均参会率为93.3%。")

        // 89.94 % shows as 89.9 %: below it.
        let low = try draft(sanhui: 0.8994, partyDay: 0.93)
        assertContains(low, strengthen)
        assertLacks(low, ["巩固"])
        assertContains(low, "一是组织生活制度落实还不够到位。“三会一课”平均完成率为89.9%。主题党日平均完成率为93.0%，2个单位")

        // Half the 三会一课 is never "consolidated".
        let half = try draft(sanhui: 0.5, partyDay: 0.95)
        assertContains(half, strengthen)
        assertLacks(half, ["巩固"])

        // One rate unknown: the other decides; both unknown: neither step is written.
        XCTAssertTrue(try draft(sanhui: nil, partyDay: 0.95).contains(consolidate))
        let none = try draft(sanhui: nil, partyDay: nil)
        assertLacks(none, ["巩固", "着力提升"])

        let values = DraftValues.make(DraftFixture.data())
        XCTAssertEqual(values["org_life_standard"] as? String, "90%")
        XCTAssertEqual(DraftValues.orgLifeStandard, 0.9)
    }

    func testWithoutNextYearTargetsTheOfficeIsAskedForThem() throws {
        var data = DraftFixture.data()
        data.config.nextYearTargets = [:]
        let text = try ReportDraft.make(data).text
        assertContains(text, "\n三是【请补充2024年度目标任务】\n")
        assertLacks(text, ["review.yml"])
    }

    // MARK: A small county: seven schools

    func testSevenSchoolsReadLikeAReportWithoutZerosOrStatistics() throws {
        let data = DraftFixture.sevenSchools()
        let text = try ReportDraft.make(data).text
        assertReadsLikeAReport(text)
        XCTAssertTrue(text.hasPrefix("# 小河县教育局党委书记2023年度抓基层党建工作述职报告\n"), text)
        // No special meeting: the Party committee meetings alone.
        assertContains(text, "\n一是加强组织领导，压实党建工作责任。主持召开党委会4次，研究部署基层党建重点工作。组织开展专题学习研讨3次，推动理论学习常态化。深入基层学校调研指导9次，了解情况、指导工作。\n")
        assertLacks(text, ["专题会"])
        assertContains(text, "\n二是抓实教育培训，提升党员队伍素质。书记讲党课2次，带动全系统各级党组织讲党课10余次。举办专题培训班1期，培训党员干部6人次、10余人学时。\n")
        // No branch founded in the year, no demonstration site: neither is mentioned.
        assertContains(text, "\n三是扩大组织覆盖，夯实基层组织基础。全系统7个基层单位中，7个单独建立党支部，党的组织覆盖7个单位，覆盖率100.0%。\n")
        assertLacks(text, ["示范", "新建"])
        // So organisational life is the fourth point; no org-life meeting, review or talk.
        assertContains(text, "\n四是严格组织生活，推动党内政治生活规范化。全系统各基层党支部共召开支部党员大会20余次、支委会80余次、党小组会80余次，开展主题党日活动60次。党员参加组织生活的平均参会率为90.0%。按照年度考评办法，各单位党建工作综合得分平均67.6分。\n")
        assertLacks(text, ["组织生活会", "民主评议", "谈心谈话", "全面达标"])
        // No school is fully compliant: nothing said about it, not "0个".
        assertContains(text, "\n一是组织生活制度落实还不够到位。“三会一课”平均完成率为87.5%。主题党日平均完成率为71.4%，4个单位至少有一个月没有开展主题党日，占建有党支部单位的57.1%。【请补充原因】\n")
        // 3 urban and 4 rural schools, all public: too few for any gap to be named.
        XCTAssertTrue(data.imbalance.significantGaps().isEmpty)
        assertLacks(text, ["城区学校", "农村学校", "民办学校", "公办学校", "不够平衡", "不均衡"])
        // Seven ranked: at most ⌈0.1 × 7⌉ = 1 末位 unit, and the last is below the mean.
        assertContains(text, "\n二是部分单位党建工作相对滞后。综合得分低于全系统平均的末位单位有1个。【请补充原因】\n")
        XCTAssertFalse(text.contains("小河县R"), "no school is named:\n\(text)")
        // A target of 0 is no target.
        assertContains(text, "\n三是确保完成2024年度目标任务：书记讲党课4次。\n")
    }

    func testSevenSchoolsInEnglish() throws {
        let text = try ReportDraft.make(DraftFixture.sevenSchools(language: .en)).text
        assertReadsLikeAReport(text)
        assertContains(text, "\nFourth, we kept branch life strict. The branches held 20+ branch general meetings, 80+ branch committee meetings, 80+ Party group meetings and 60 Party days. Mean attendance was 90.0%. Under the year's assessment the sites scored 67.6 on average.\n")
        assertLacks(text, ["special meetings", "heart-to-heart", "rural schools"])
    }

    /// A log with no file: its figures are empty, and the draft states none of them — never as 0.
    func testSevenSchoolsWithoutMeetingsOrTrainingsStateNoFigureOfThem() throws {
        let data = DraftFixture.sevenSchools(missing: [.meetings, .trainings])
        let values = DraftValues.make(data)
        for name in ["party_committee", "visits", "trainings", "training_participants", "meetings_party_day", "meetings_talk"] {
            XCTAssertEqual(values[name] as? String, "—", name)
            XCTAssertEqual(values["has_\(name)"] as? Bool, false, name)
        }
        let text = try ReportDraft.make(data).text
        assertReadsLikeAReport(text)
        assertLacks(text, ["党委会", "调研", "培训班", "人学时", "主题党日活动", "支委会", "加强组织领导"])
        // The lectures remain: the education point is the first now.
        assertContains(text, "\n## 一、履职情况\n\n一是抓实教育培训，提升党员队伍素质。书记讲党课2次，带动全系统各级党组织讲党课10余次。\n")
        assertContains(text, "\n【说明：没有提供会议记录、培训记录，由其得出的数字未列入本稿。】\n")
    }

    // MARK: Ordinals

    func testOrdinalsAreCountedInTheRenderedTextFromEachHeading() throws {
        let data = DraftFixture.data()  // has_bottom true, has_training_gap false
        // A section with text beside it is no tag alone on its line: it leaves an empty line.
        let template = """
            # 标题{{ordinal}}
            ## 甲
            {{ordinal}}a
            {{#has_training_gap}}{{ordinal}}left out{{/has_training_gap}}
            {{#has_bottom}}{{ordinal}}b，{{ordinal}}c{{/has_bottom}}
            ## 乙
            {{ordinal}}d
            """
        XCTAssertEqual(try DraftFixture.draft(data, template: template),
                       "# 标题一是\n## 甲\n一是a\n\n二是b，三是c\n## 乙\n一是d\n")
        var en = DraftFixture.data(language: .en)
        en.draftTemplate = DraftTemplateSource(text: "## A\n{{ordinal}} a\n{{ordinal}} b\n", file: "t")
        XCTAssertTrue(try ReportDraft.make(en).text.hasPrefix("## A\nFirst, a\nSecond, b\n"))
    }

    // MARK: Provenance

    func testProvenanceIsACommentTheToolAddsAfterAnyTemplate() throws {
        var zh = DraftFixture.data()
        zh.draftTemplate = DraftTemplateSource(text: "今年调研{{visits}}次。\n", file: "t")
        let text = try ReportDraft.make(zh).text
        XCTAssertEqual(text, "今年调研43次。\n\n<!-- annual-review \(ToolVersion.current) · 输入指纹 0123456789ab · 数据截至 2023-12-31 -->\n")
        var data = DraftFixture.data(language: .en)
        data.draftTemplate = DraftTemplateSource(text: "", file: "t")
        XCTAssertEqual(try ReportDraft.make(data).text,
                       "<!-- annual-review \(ToolVersion.current) · input fingerprint 0123456789ab · data as of 2023-12-31 -->\n")
        XCTAssertEqual(ReportDraft.provenance(DraftFixture.data()),
                       "annual-review \(ToolVersion.current) · 输入指纹 0123456789ab · 数据截至 2023-12-31")
        XCTAssertEqual(Catalogue.Draft.provenance(version: "1.2.3", fingerprint: "abc", asOf: "2017-06-30"),
                       Localized(zh: "annual-review 1.2.3 · 输入指纹 abc · 数据截至 2017-06-30",
                                 en: "annual-review 1.2.3 · input fingerprint abc · data as of 2017-06-30"))
    }

    func testTheOrdinalWords() {
        let zh = DraftWordsProbe.ordinals(.zh, [1, 2, 10, 11, 12, 20, 21, 99, 100])
        XCTAssertEqual(zh, ["一是", "二是", "十是", "十一是", "十二是", "二十是", "二十一是", "九十九是", "100是"])
        let en = DraftWordsProbe.ordinals(.en, [1, 2, 3, 12, 13, 21, 22, 23, 111])
        XCTAssertEqual(en, ["First,", "Second,", "Third,", "Twelfth,", "13th,", "21st,", "22nd,", "23rd,", "111th,"])
    }
}

/// The ordinal words through a template (DraftWords is internal): `{{ordinal}}` n times.
enum DraftWordsProbe {
    static func ordinals(_ language: ReportLanguage, _ positions: [Int]) -> [String] {
        var data = DraftFixture.data(language: language)
        data.draftTemplate = DraftTemplateSource(text: String(repeating: "{{ordinal}}|", count: positions.max()!), file: "t")
        guard let text = try? ReportDraft.make(data).text else { return [] }
        let words = text.split(separator: "\n")[0].split(separator: "|").map(String.init)
        return positions.map { words[$0 - 1] }
    }
}
