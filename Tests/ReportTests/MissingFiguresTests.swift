import Foundation
import Indicators
import Model
import Report
import XCTest

/// What the JSON and the draft say when a log is missing or a score part is left out (rules §2,
/// §4.2), on the review of `DraftFixture` counted by hand, and the words of `Catalogue.Figures`.
final class MissingFiguresTests: XCTestCase {
    // MARK: JSON

    func testWithoutLecturesTheJSONHasNullsNotZeros() throws {
        let json = ReviewJSON.make(DraftFixture.data(missing: [.lectures]))
        XCTAssertEqual(json["missing_logs"], .array([.string("lectures")]))
        XCTAssertEqual(json["score_parts_omitted"], .array([.string("sanhui")]))

        let totals = try XCTUnwrap(json["totals"])
        XCTAssertEqual(totals["lectures"], .null)
        for role in ["secretary", "leader", "member", "expert", "other"] {
            XCTAssertEqual(totals["lectures_by_role"]?[role], .null, role)
            XCTAssertEqual(totals["bureau_lectures_by_role"]?[role], .null, role)
        }
        // The other logs' totals are there: J0's 7 Party committee meetings, 2 trainings.
        XCTAssertEqual(totals["bureau_meetings_by_type"]?["party_committee"], .int(7))
        XCTAssertEqual(totals["trainings"], .int(2))

        guard case .array(let sites)? = json["sites"] else { return XCTFail("sites is not an array") }
        for site in sites {
            XCTAssertEqual(site["lectures"], .null)
            XCTAssertEqual(site["norm_rates"]?["lecture"], .null)
            XCTAssertEqual(site["sanhui_rate"], .null)
            XCTAssertEqual(site["fully_compliant"], .null)
            XCTAssertEqual(site["lectures_per_100_members"], .null)
        }
        // S1: Party day every month (1), attendance 10 of 10 (1), training 3 × 1.5 = 4.5 h for 10
        // members = 0.45 h → 0.45/8 = 0.05625, no org life or democratic review. Without the
        // sanhui part the weights sum to 60: (20 + 20 + 10 × 0.05625) × 100/60 = 40.5625 × 5/3.
        guard case .double(let score)? = sites[0]["score"] else { return XCTFail("S1 has no score") }
        XCTAssertEqual(score, 40.5625 * 5 / 3, accuracy: 1e-9)

        guard case .array(let months)? = json["monthly"] else { return XCTFail("monthly is not an array") }
        for month in months {
            XCTAssertEqual(month["lectures"], .null)
            XCTAssertEqual(month["completion"]?["lecture"], .null)
            XCTAssertNotEqual(month["inactive_sites"], .null)
        }
    }

    func testWithoutMeetingsAndLecturesInactiveSitesAreNull() throws {
        let json = ReviewJSON.make(DraftFixture.data(missing: [.meetings, .lectures]))
        XCTAssertEqual(json["missing_logs"], .array([.string("meetings"), .string("lectures")]))
        // Training alone is left: every other part is empty for every site with a branch.
        XCTAssertEqual(json["score_parts_omitted"], .array(["sanhui", "party_day", "attendance", "org_life", "democratic_review"].map { .string($0) }))
        XCTAssertEqual(json["totals"]?["visits"], .null)
        XCTAssertEqual(json["totals"]?["meetings_by_type"]?["party_day"], .null)
        guard case .array(let months)? = json["monthly"] else { return XCTFail("monthly is not an array") }
        for month in months {
            XCTAssertEqual(month["inactive_sites"], .null)
            XCTAssertEqual(month["meetings_by_type"]?["talk"], .null)
        }
    }

    // MARK: The draft

    func testWithoutLecturesTheChineseDraftStatesNoLectureFigure() throws {
        let text = try ReportDraft.make(DraftFixture.data(missing: [.lectures])).text
        assertLacks(text, ["讲党课"])
        assertContains(text, "\n二是抓实教育培训，提升党员队伍素质。举办专题培训班2期，培训党员干部20余人次、40余人学时。\n")
        // Party days 12 + 6 + 7 = 25; Party day S1 1, S2 6/12, S4 7/8 → mean 2.375/3 = 79.2%;
        // attendance S1 1, S2 4/5, S4 1 → 93.3%; scores × 100/60: S1 40.5625, S2 20 × 0.5 + 20 ×
        // 0.8 = 26, S4 20 × 7/8 + 20 = 37.5 → (40.5625 + 26 + 37.5) × 5/3 / 3 = 57.8125 → 57.8.
        assertContains(text, "\n五是严格组织生活，推动党内政治生活规范化。全系统各基层党支部开展主题党日活动20余次。党员参加组织生活的平均参会率为93.3%。按照年度考评办法，各单位党建工作综合得分平均57.8分。\n")
        // No 三会一课 rate: the Party-day rate alone is below the standard.
        assertContains(text, "\n一是组织生活制度落实还不够到位。主题党日平均完成率为79.2%，2个单位至少有一个月没有开展主题党日，占建有党支部单位的66.7%。【请补充原因】\n")
        assertLacks(text, ["三会一课”平均完成率"])
        assertContains(text, "\n【说明：没有提供党课记录，由其得出的数字未列入本稿。】\n")
        assertContains(text, "\n【说明：综合得分未计三会一课（建有党支部的单位都没有这部分数据，或其考核周期尚未结束），其余各项分值按比例调整为：主题党日33.3分、参会率33.3分、培训16.7分、组织生活会8.3分、民主评议8.3分。】\n")
        assertLacks(text, ["—"])
        XCTAssertFalse(text.contains("\n\n\n"), "a conditional left a hole:\n\(text)")
    }

    func testWithoutLecturesTheEnglishDraftStatesNoLectureFigure() throws {
        let text = try ReportDraft.make(DraftFixture.data(language: .en, missing: [.lectures])).text
        assertLacks(text, ["Party lectures", "As secretary"])
        assertContains(text, "\nSecond, we stepped up education and training. We ran 2 training courses with 20+ participants and 40+ person-hours.\n")
        assertContains(text, "\n[Note: the inputs have no lectures log; the figures built on it are left out of this draft.]\n")
        assertContains(text, "\n[Note: the score leaves out sanhui-yike, which no site with a branch has (no data, or no period ended yet); the other weights were scaled up to Party day 33.3, attendance 33.3, training 16.7, org-life meeting 8.3 and democratic review 8.3.]\n")
        assertLacks(text, ["—"])
    }

    func testWithoutLecturesAndTrainingsTheEducationPointIsLeftOut() throws {
        var data = DraftFixture.data(missing: [.lectures, .trainings])
        data.config.nextYearTargets = [.trainings: 3]
        let text = try ReportDraft.make(data).text
        assertLacks(text, ["教育培训"])
        // The points that remain are numbered without a hole: coverage is the second.
        assertContains(text, "\n二是扩大组织覆盖，夯实基层组织基础。")
        assertContains(text, "\n【说明：没有提供党课记录、培训记录，由其得出的数字未列入本稿。】\n")
        // Next year's target of a figure without this year's value.
        assertContains(text, "确保完成2024年度目标任务：举办专题培训班3期。\n")
        assertLacks(text, ["—"])
    }

    func testWithoutMeetingsNoLeadershipOrOrganisationalLifePointIsWritten() throws {
        let text = try ReportDraft.make(DraftFixture.data(missing: [.meetings])).text
        for absent in ["党委会", "调研", "加强组织领导", "严格组织生活", "主题党日活动", "主题党日平均完成率", "综合得分平均"] {
            XCTAssertFalse(text.contains(absent), "“\(absent)” in:\n\(text)")
        }
        assertContains(text, "\n## 一、履职情况\n\n一是抓实教育培训，提升党员队伍素质。书记讲党课3次，带动全系统各级党组织讲党课3次。")
        assertContains(text, "\n【说明：综合得分未计三会一课、主题党日、参会率、组织生活会、民主评议（建有党支部的单位都没有这部分数据，或其考核周期尚未结束），其余各项分值按比例调整为：培训100分。】\n")
        assertLacks(text, ["—"])
    }

    func testWhenNothingCanBeScoredTheNoteSaysSo() throws {
        let text = try ReportDraft.make(DraftFixture.data(missing: [.meetings, .lectures, .trainings])).text
        assertContains(text, "\n【说明：综合得分未计三会一课、主题党日、参会率、培训、组织生活会、民主评议（建有党支部的单位都没有这部分数据，或其考核周期尚未结束），不计得分和排名。】\n")
        assertLacks(text, ["末位"])
        // Nothing the data shows is a problem: the office is asked for them.
        assertContains(text, "【请补充存在的主要问题及原因】")
    }

    /// An office's own template written before the `has_…` flags renders, and shows "—" rather
    /// than a 0; with the flag it can leave the sentence out.
    func testAnOfficesOwnTemplateStillRenders() throws {
        let data = DraftFixture.data(missing: [.lectures])
        let old = try DraftFixture.draft(data, template: "书记带头讲党课{{secretary_lectures}}次，约{{lectures_about}}次。\n")
        XCTAssertEqual(old, "书记带头讲党课—次，约—次。\n")
        let new = try DraftFixture.draft(data, template: "{{#has_secretary_lectures}}书记带头讲党课{{secretary_lectures}}次。{{/has_secretary_lectures}}培训{{trainings}}期。\n")
        XCTAssertEqual(new, "培训2期。\n")
        let present = try DraftFixture.draft(DraftFixture.data(), template: "{{#has_secretary_lectures}}书记带头讲党课{{secretary_lectures}}次。{{/has_secretary_lectures}}{{^has_missing_logs}}齐全{{/has_missing_logs}}\n")
        XCTAssertEqual(present, "书记带头讲党课3次。齐全\n")
    }

    func testWithEveryLogTheNotesAreAbsent() throws {
        let values = DraftValues.make(DraftFixture.data())
        XCTAssertEqual(values["has_missing_logs"] as? Bool, false)
        XCTAssertEqual(values["missing_logs"] as? String, "")
        XCTAssertEqual(values["has_score_parts_omitted"] as? Bool, false)
        XCTAssertEqual(values["score_parts_omitted"] as? String, "")
        XCTAssertEqual(values["score_weights"] as? String, "")
        XCTAssertEqual(values["has_lectures"] as? Bool, true)
        XCTAssertEqual(values["has_sites_covered"] as? Bool, true)
    }

    // MARK: The words (Catalogue.Figures)

    func testCompletenessLineNamesMissingLogsColumnsAndNearMisses() {
        let meetings = Catalogue.Figures.completeness(of: .meetings, isMissing: false, missingColumns: [
            MissingColumn(column: "expected", files: ["m1.csv", "m2.csv", "m3.csv"], nearMisses: ["应道人数", "应道人数"]),
            MissingColumn(column: "attendees", files: ["m2.csv"]),
        ])
        XCTAssertEqual(meetings, Localized(
            zh: "会议记录：3个文件缺少“应到人数”列（近似表头“应道人数”），1个文件缺少“实到人数”列",
            en: "Meetings: 3 files lack the column `expected` (near-miss header `应道人数`), 1 file lacks the column `attendees`"))
        let lectures = Catalogue.Figures.completeness(of: .lectures, isMissing: true, missingColumns: [])
        XCTAssertEqual(lectures, Localized(zh: "党课记录：缺失（没有可读取的文件）", en: "Lectures: missing (no readable file)"))
        let sites = Catalogue.Figures.completeness(of: .sites, isMissing: false, missingColumns: [
            MissingColumn(column: "party_members", files: ["sites.csv"], nearMisses: ["党员人数", "党员 数x"]),
        ])
        XCTAssertEqual(sites, Localized(
            zh: "单位名册：1个文件缺少“党员数”列（近似表头“党员人数”、“党员 数x”）",
            en: "Sites: 1 file lacks the column `party_members` (near-miss headers `党员人数`, `党员 数x`)"))
        XCTAssertNil(Catalogue.Figures.completeness(of: .trainings, isMissing: false, missingColumns: []))

        XCTAssertEqual(Catalogue.Figures.completeness([meetings!, lectures!]), Localized(
            zh: "会议记录：3个文件缺少“应到人数”列（近似表头“应道人数”），1个文件缺少“实到人数”列；党课记录：缺失（没有可读取的文件）",
            en: "Meetings: 3 files lack the column `expected` (near-miss header `应道人数`), 1 file lacks the column `attendees`; Lectures: missing (no readable file)"))
        XCTAssertEqual(Catalogue.Figures.completeness([]), Localized(zh: "完整", en: "complete"))
    }

    func testScorePartsNotes() {
        XCTAssertEqual(
            Catalogue.Figures.partsOmitted([.sanhui], keptSum: "60", weights: [(.party_day, "33.3"), (.attendance, "33.3"), (.training, "16.7"), (.org_life, "8.3"), (.democratic_review, "8.3")]),
            Localized(
                zh: "未计三会一课（所有建有支部的单位都没有这一项的数据）；其余权重按 100 ÷ 60 放大：主题党日 33.3、参会率 33.3、培训 16.7、组织生活会 8.3、民主评议 8.3",
                en: "Sanhui-yike left out (no site with a branch has it); the other weights scaled by 100 ÷ 60: Party day 33.3, attendance 33.3, training 16.7, org-life meeting 8.3, democratic review 8.3"))
        XCTAssertEqual(
            Catalogue.Figures.partsOmitted([.attendance, .training], keptSum: "70", weights: [(.sanhui, "57.1"), (.party_day, "28.6"), (.org_life, "7.1"), (.democratic_review, "7.1")]),
            Localized(
                zh: "未计参会率、培训（所有建有支部的单位都没有这几项的数据）；其余权重按 100 ÷ 70 放大：三会一课 57.1、主题党日 28.6、组织生活会 7.1、民主评议 7.1",
                en: "Attendance, training left out (no site with a branch has them); the other weights scaled by 100 ÷ 70: sanhui-yike 57.1, Party day 28.6, org-life meeting 7.1, democratic review 7.1"))
        XCTAssertEqual(Catalogue.Figures.nothingScored(ScorePart.allCases), Localized(
            zh: "三会一课、主题党日、参会率、培训、组织生活会、民主评议均无数据，不计得分、星级和排名",
            en: "no data for sanhui-yike, Party day, attendance, training, org-life meeting, democratic review: no score, stars or rank"))
    }
}
