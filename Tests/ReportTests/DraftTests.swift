import Foundation
import Indicators
import Model
import Report
import XCTest

/// The default drafts of a review counted by hand (see `DraftFixture`): every figure in its
/// sentence, the problems drawn from the gaps, next year's targets.
final class DraftTests: XCTestCase {
    func testChineseDraftHasTheHandCountedFiguresInTheirSentences() throws {
        let text = try ReportDraft.make(DraftFixture.data()).text

        XCTAssertTrue(text.hasPrefix("# 临江市教育局党委2023年度抓基层党建工作述职报告（要点）\n"), text)
        XCTAssertTrue(text.contains("全年主持召开党委会7次、专题会11次，开展专题学习研讨2次，深入基层学校调研指导40余次，"), text)
        XCTAssertTrue(text.contains("书记带头讲党课3次，全系统各级党组织共讲党课3次；举办专题培训班2期，培训党员干部20余人次、40余人学时。"), text)
        XCTAssertTrue(text.contains("全系统4个基层单位中，3个建有独立党支部，党组织覆盖4个单位，覆盖率100.0%；全年新建民办学校党支部1个。"), text)
        XCTAssertTrue(text.contains("培育基层党建示范点2个，其中省级0个、市级1个、县级1个，"), text)
        XCTAssertTrue(text.contains("2个党支部全年至少有一个月没有开展主题党日，占66.7%。"), text)
        XCTAssertTrue(text.contains("（三）完成2024年度目标：\n\n- 举办专题培训班3期（2023年2期）。\n- 培育基层党建示范点5个（2023年2个）。\n"), text)
        XCTAssertTrue(text.contains("输入指纹 0123456789ab。"), text)
        XCTAssertFalse(text.contains("{{"), text)
        XCTAssertFalse(text.contains("\n\n\n"), "a conditional left a hole:\n\(text)")
        XCTAssertTrue(text.hasSuffix("。）\n"), text)
    }

    func testTheBottomListIsTheRankingsWorstFirst() throws {
        let data = DraftFixture.data()
        let text = try DraftFixture.draft(data, template: "{{#bottom_sites}}{{rank}}.{{site_id}}{{^is_last}},{{/is_last}}{{/bottom_sites}}")
        let sites = Dictionary(uniqueKeysWithValues: data.indicators.sites.map { ($0.site.id, $0) })
        let expected = data.indicators.bottom.map { "\(sites[$0]!.rank!).\($0)" }.joined(separator: ",")
        // Three ranked (S1, S2, S4): at most ⌈0.1 × 3⌉ = 1. S1 20 + 20 + 10 × 0.45/8 = 40.5625,
        // S4 20 × 7/8 + 20 = 37.5, S2 20 × 6/12 + 20 × 4/5 = 26: S2 is last and below the mean.
        XCTAssertEqual(data.indicators.bottom, ["S2"])
        XCTAssertEqual(text, expected + "\n")
    }

    func testProblemsNameTheSignificantGapsLargestRelativeToTheMeanFirst() throws {
        var data = DraftFixture.data()
        DraftFixture.clearGaps(&data)
        // Rural schools 0.8 vs urban 0.9, overall mean 0.85: 10 points, 0.1 / 0.85 = 11.8 %.
        DraftFixture.setGap(&data, .sanhui_rate, .locale, first: 0.9, second: 0.8, p: 0.01, overall: 0.85)
        // Urban 4 h vs rural 6 h, overall 5 h: 2 h, 40 %.
        DraftFixture.setGap(&data, .training_hours_per_member, .locale, first: 4, second: 6, p: 0.04, overall: 5)
        // Public 90 vs private 80, but p = 0.2: not significant, not named.
        DraftFixture.setGap(&data, .score, .ownership, first: 90, second: 80, p: 0.2, overall: 85)
        // p exactly 0.05 is not below 0.05.
        DraftFixture.setGap(&data, .party_day_rate, .ownership, first: 0.9, second: 0.5, p: 0.05, overall: 0.8)

        let text = try ReportDraft.make(data).text
        XCTAssertTrue(text.contains("（一）组织生活的经常性不够平衡。农村学校党组织生活不够经常、规范"), text)
        XCTAssertTrue(text.contains("- 农村学校三会一课完成率80.0%，比城区学校（90.0%）低10.0个百分点，相当于全系统平均的11.8%（p=0.010）。"), text)
        XCTAssertTrue(text.contains("（二）教育培训资源分布不均：\n\n- 城区学校党员人均培训学时4.0学时，比农村学校（6.0学时）少2.0学时，相当于全系统平均的40.0%（p=0.040）。"), text)
        XCTAssertFalse(text.contains("80.0分"), text)
        XCTAssertFalse(text.contains("主题党日完成率50.0%"), text)
        XCTAssertFalse(text.contains("未达到统计显著"), text)
        XCTAssertTrue(text.contains("针对农村学校组织生活不够经常的问题"), text)

        let order = try DraftFixture.draft(data, template: "{{significant_gap_count}}:{{#significant_gaps}}{{indicator}} {{relative_gap}}|{{/significant_gaps}}")
        XCTAssertEqual(order, "2:党员人均培训学时 40.0%|三会一课完成率 11.8%|\n")
    }

    func testNoSignificantGapIsSaidPlainly() throws {
        var data = DraftFixture.data()
        DraftFixture.clearGaps(&data)
        let text = try ReportDraft.make(data).text
        XCTAssertTrue(text.contains("城区与农村学校、公办与民办学校在各项指标上的差距都未达到统计显著水平（p < 0.05）"), text)
        XCTAssertFalse(text.contains("组织生活的经常性不够平衡"), text)
        XCTAssertTrue(text.contains("（一）巩固规范成果。"), text)
        XCTAssertEqual(try DraftFixture.draft(data, template: "{{#no_significant_gap}}none{{/no_significant_gap}}{{#has_significant_gap}}some{{/has_significant_gap}}"), "none\n")
    }

    func testEnglishDraftBuilds() throws {
        let text = try ReportDraft.make(DraftFixture.data(language: .en, organisation: "Linjiang Education Bureau")).text
        XCTAssertTrue(text.hasPrefix("# Linjiang Education Bureau: year-end report on Party-building work, 2023 (draft)\n"), text)
        XCTAssertTrue(text.contains("We held 7 Party committee meetings and 11 special meetings, 2 study sessions, and made 40+ research visits to schools."), text)
        XCTAssertTrue(text.contains("Of 4 sites, 3 have a branch of their own and 4 are covered by a branch (100.0%)."), text)
        XCTAssertTrue(text.contains("2 branches (66.7%) missed the Party day in at least one month."), text)
        XCTAssertTrue(text.contains("- Demonstration sites: 5 (2 in 2023)\n"), text)
        XCTAssertFalse(text.contains("{{"), text)
        XCTAssertNil(text.range(of: #"\p{Han}"#, options: .regularExpression).flatMap { text[$0] == "三" ? nil : $0 },
                     "only 三会一课 is written in Chinese in the English draft")
    }

    func testWithoutNextYearTargetsTheDraftSaysSo() throws {
        var data = DraftFixture.data()
        data.config.nextYearTargets = [:]
        let text = try ReportDraft.make(data).text
        XCTAssertTrue(text.contains("（三）2024年度目标待定（review.yml 未设置 next_year_targets）。"), text)
    }
}
