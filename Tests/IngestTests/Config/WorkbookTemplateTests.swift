import Model
import XCTest
@testable import Ingest

/// The workbooks `template --xlsx` writes, as described before Excel: their names, the drop-down
/// lists (the vocabulary table's display names or ids, each read back by the reader's matcher as
/// itself), the input messages and the example's typed cells.
final class WorkbookTemplateTests: XCTestCase {
    func testTemplatesThenTheExampleNamedInChineseInBothLanguages() {
        for language in ReportLanguage.allCases {
            XCTAssertEqual(InputTemplates.workbooks(language: language).map(\.path), [
                "xlsx/单位名册.xlsx", "xlsx/会议记录.xlsx", "xlsx/党课记录.xlsx", "xlsx/培训记录.xlsx",
                "xlsx/example/单位名册.xlsx", "xlsx/example/会议记录.xlsx", "xlsx/example/党课记录.xlsx", "xlsx/example/培训记录.xlsx",
            ])
            XCTAssertEqual(InputTemplates.workbooks(language: language).map(\.rows.isEmpty),
                           [true, true, true, true, false, false, false, false])
        }
        XCTAssertEqual(InputTemplates.workbooks(language: .zh).prefix(4).map(\.sheetName), ["单位名册", "会议记录", "党课记录", "培训记录"])
        XCTAssertEqual(InputTemplates.workbooks(language: .en).prefix(4).map(\.sheetName), ["sites", "meetings", "lectures", "trainings"])
        XCTAssertEqual(InputTemplates.workbookExampleConfig(language: .zh).path, "xlsx/example/review.yml")
        XCTAssertEqual(InputTemplates.workbookExampleConfig(language: .en).bytes,
                       InputTemplates.files(language: .en).first { $0.path == "example/review.yml" }?.bytes)
    }

    func testHeadersAreTheCSVTemplatesHeaders() {
        for language in ReportLanguage.allCases {
            for workbook in InputTemplates.workbooks(language: language) {
                XCTAssertEqual(workbook.columns.map(\.header), InputTemplates.header(workbook.log, language: language))
            }
        }
    }

    /// The lists, written out by hand from rules §2: the display names in Chinese, the ids in English.
    func testDropDownListsByColumn() {
        let zh: [String: [String]] = [
            "城乡": ["城区", "农村"],
            "办学性质": ["公办", "民办"],
            "学段": ["机关", "幼儿园", "小学", "初中", "九年一贯制", "高中", "职业学校", "特殊教育", "培训机构", "其他"],
            "示范点": ["无", "县级", "市级", "省级"],
            "会议类型": ["党委会", "专题会", "专题学习研讨", "支部党员大会", "支委会", "党小组会", "主题党日", "组织生活会",
                     "民主评议党员", "谈心谈话", "调研", "其他"],
            "主讲人身份": ["书记", "班子成员", "党员", "专家", "其他"],
            "培训对象": ["支部书记", "党务工作者", "党员", "教师"],
        ]
        let en: [String: [String]] = [
            "locale": ["urban", "rural"],
            "ownership": ["public", "private"],
            "level": ["bureau", "kindergarten", "primary", "junior", "nine_year", "senior", "vocational", "special", "training", "other"],
            "demo_site": ["none", "county", "city", "province"],
            "type": ["party_committee", "special_meeting", "study_session", "branch_general", "branch_committee", "party_group",
                     "party_day", "org_life", "democratic_review", "talk", "visit", "other"],
            "lecturer_role": ["secretary", "leader", "member", "expert", "other"],
            "target_group": ["secretary", "party_worker", "member", "teacher"],
        ]
        for (language, expected) in [(ReportLanguage.zh, zh), (.en, en)] {
            let lists = InputTemplates.workbooks(language: language).prefix(4).flatMap(\.columns).filter { !$0.choices.isEmpty }
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: lists.map { ($0.header, $0.choices) }), expected, "\(language)")
        }
    }

    /// Each value of a list is read by the reader's own matcher as the case at its position.
    func testEveryListedValueIsReadAsItself() {
        for language in ReportLanguage.allCases {
            for workbook in InputTemplates.workbooks(language: language).prefix(4) {
                for column in workbook.columns {
                    guard case .enumeration(let kind) = column.type else {
                        XCTAssertEqual(column.choices, [], column.header)
                        continue
                    }
                    switch kind {
                    case .locale: assertReadAsItself(column.choices, SiteLocale.self)
                    case .ownership: assertReadAsItself(column.choices, Ownership.self)
                    case .level: assertReadAsItself(column.choices, SchoolLevel.self)
                    case .demo_site: assertReadAsItself(column.choices, DemoLevel.self)
                    case .meeting_type: assertReadAsItself(column.choices, MeetingType.self)
                    case .lecturer_role: assertReadAsItself(column.choices, LecturerRole.self)
                    case .target_group: assertReadAsItself(column.choices, TrainingTarget.self)
                    }
                }
            }
        }
    }

    private func assertReadAsItself<V: Vocabulary>(_ choices: [String], _: V.Type, line: UInt = #line) {
        let matcher = VocabularyMatcher<V>()
        XCTAssertEqual(choices.map { matcher.value(forSpelling: $0) }, V.allCases.map { Optional($0) }, line: line)
    }

    func testMessagesOfAVocabularyColumn() throws {
        let zh = try XCTUnwrap(InputTemplates.workbooks(language: .zh)[1].columns.first { $0.header == "会议类型" })
        XCTAssertEqual(zh.inputTitle, "会议类型（必填）")
        XCTAssertEqual(zh.inputMessage, "会议类型。从下拉列表中选择；内置别名和 review.yml 中 aliases.meeting_type 下添加的写法也能读取。")
        XCTAssertEqual(zh.alertTitle, "不在下拉列表中")
        XCTAssertEqual(zh.alertMessage, "这不是下拉列表中的写法。如是内置别名（见模板 review.yml 中的说明），或已在 review.yml 的 aliases.meeting_type 下添加，可以保留；否则请从列表中选择。")
        let en = try XCTUnwrap(InputTemplates.workbooks(language: .en)[1].columns.first { $0.header == "type" })
        XCTAssertEqual(en.inputTitle, "type (required)")
        XCTAssertEqual(en.inputMessage, "The kind of meeting. Choose from the list; a built-in alias, or a spelling added under aliases.meeting_type in review.yml, is read too.")
        XCTAssertEqual(en.alertTitle, "Not in the list")
        XCTAssertEqual(en.alertMessage, "This is not one of the listed values. A built-in alias (listed in the template's review.yml) or a spelling added under aliases.meeting_type in review.yml may stay; otherwise choose from the list.")
    }

    func testMessagesOfOtherColumns() {
        let sites = InputTemplates.workbooks(language: .zh)[0].columns
        XCTAssertEqual(sites.map(\.inputTitle), [
            "单位编码（必填）", "单位名称（必填）", "城乡（必填）", "办学性质（必填）", "学段（必填）", "镇街（选填）", "学生数（选填）",
            "教师数（选填）", "党员数（选填）", "党支部数（选填）", "联合党支部（选填）", "支部成立日期（选填）", "示范点（选填）",
        ])
        XCTAssertEqual(sites[0].inputMessage, "单位的编码，名册中唯一；其他记录以它指明单位（不区分大小写）。")
        XCTAssertEqual(sites[8].inputMessage, "党员人数；空为 0。填 0 或正整数。")
        XCTAssertEqual(sites[11].inputMessage, "党支部成立日期。填日期，如 2024-03-05。")
        XCTAssertEqual(sites[0].alertMessage, nil)
        let lectures = InputTemplates.workbooks(language: .en)[2].columns
        XCTAssertEqual(lectures[5].inputTitle, "hours (optional)")
        XCTAssertEqual(lectures[5].inputMessage, "Hours. A number, e.g. 1.5.")
        // The schema's backticks are for docs/values.md, not for Excel.
        XCTAssertEqual(lectures[3].inputMessage, "The lecturer's role; empty is other. Choose from the list; a built-in alias, or a spelling added under aliases.lecturer_role in review.yml, is read too.")
    }

    /// Excel's limits (32 for a title, 255 for a message, and 255 bytes for a list, see
    /// `DataValidation`), checked here so a longer schema text fails a test, not a clerk's run.
    func testEveryTextFitsExcel() {
        for language in ReportLanguage.allCases {
            for column in InputTemplates.workbooks(language: language).flatMap(\.columns) {
                XCTAssertLessThanOrEqual(column.inputTitle.utf16.count, 32, column.inputTitle)
                XCTAssertLessThanOrEqual(column.inputMessage.utf16.count, 255, column.inputMessage)
                XCTAssertLessThanOrEqual((column.alertTitle ?? "").utf16.count, 32)
                XCTAssertLessThanOrEqual((column.alertMessage ?? "").utf16.count, 255, column.alertMessage ?? "")
                XCTAssertLessThanOrEqual(column.choices.joined(separator: ",").utf8.count, 255, column.header)
            }
        }
    }

    /// The example's cells are typed as a clerk types them: its first meeting (a branch
    /// committee meeting of S001 on 8 January, five of five present) and the bureau's register
    /// row (no students or teachers, no founding date).
    func testExampleCellsAreTyped() throws {
        let example = InputTemplates.workbooks(language: .zh)
        let meeting = try XCTUnwrap(example[5].rows.first)
        XCTAssertEqual(meeting, [.date(try XCTUnwrap(Day(year: 2024, month: 1, day: 8))), .text("S001"), .text("支委会"),
                                 .number(5), .number(5), .text("支委会"), .text("M2024-0001")])
        let bureau = try XCTUnwrap(example[4].rows.first)
        XCTAssertEqual(bureau, [.text("JYJ"), .text("示例县教育局"), .text("城区"), .text("公办"), .text("机关"), .text("城关镇"),
                                .empty, .empty, .number(32), .number(3), .empty, .empty, .text("无")])
        // The first lecture: a branch secretary's at S001 on 14 February, 1.5 hours.
        let lecture = try XCTUnwrap(InputTemplates.workbooks(language: .en)[6].rows.first)
        XCTAssertEqual(lecture[0], .date(try XCTUnwrap(Day(year: 2024, month: 2, day: 14))))
        XCTAssertEqual(lecture[3], .text("secretary"))
        XCTAssertEqual(lecture[5], .number(1.5))
        XCTAssertEqual(example.map(\.rows.count), [0, 0, 0, 0, 5, 131, 15, 7])
    }
}
