import Model
import XCTest
@testable import Ingest

/// The built-in aliases of rules §2, written out here by hand (not read from the
/// code): every one maps to its id, the table holds exactly these, and the first of each (the
/// name the workbook shows) is what it was before v1.3, so the sample's outputs keep their words.
final class BuiltInAliasTests: XCTestCase {
    private static let spec: [(VocabularyKind, String, [String])] = [
        (.locale, "urban", ["城区", "城市", "县城", "市区", "城镇"]),
        (.locale, "rural", ["农村", "乡村", "乡镇", "村"]),
        (.ownership, "public", ["公办", "公立"]),
        (.ownership, "private", ["民办", "私立", "民营"]),
        (.level, "bureau", ["机关", "教育局"]),
        (.level, "kindergarten", ["幼儿园", "学前"]),
        (.level, "primary", ["小学"]),
        (.level, "junior", ["初中", "初级中学"]),
        (.level, "nine_year", ["九年一贯制", "九年制", "九年一贯制学校"]),
        (.level, "senior", ["高中", "高级中学", "完全中学", "完中"]),
        (.level, "vocational", ["职业学校", "中职", "职高", "中等职业学校"]),
        (.level, "special", ["特殊教育", "特教", "特殊教育学校"]),
        (.level, "training", ["培训机构"]),
        (.level, "other", ["其他"]),
        (.demo_site, "none", ["无", "否"]),
        (.demo_site, "county", ["县级", "区级", "县级示范点", "区级示范点"]),
        (.demo_site, "city", ["市级", "市级示范点"]),
        (.demo_site, "province", ["省级", "省级示范点"]),
        (.meeting_type, "party_committee", ["党委会", "党委会议", "党委扩大会议", "党委(扩大)会议"]),
        (.meeting_type, "special_meeting", ["专题会", "专题会议"]),
        (.meeting_type, "study_session", ["专题学习研讨", "中心组学习", "理论学习中心组学习"]),
        (.meeting_type, "branch_general", ["支部党员大会", "党员大会", "支部大会"]),
        (.meeting_type, "branch_committee", ["支委会", "支委会议", "支部委员会会议"]),
        (.meeting_type, "party_group", ["党小组会", "党小组会议"]),
        (.meeting_type, "party_day", ["主题党日", "党员活动日", "主题党日活动", "固定党日"]),
        (.meeting_type, "org_life", ["组织生活会", "专题组织生活会"]),
        (.meeting_type, "democratic_review", ["民主评议党员", "民主评议"]),
        (.meeting_type, "talk", ["谈心谈话", "谈心"]),
        (.meeting_type, "visit", ["调研", "调研指导"]),
        (.meeting_type, "other", ["其他"]),
        (.lecturer_role, "secretary", ["书记", "支部书记", "党支部书记", "党委书记", "党组织书记"]),
        (.lecturer_role, "leader", ["班子成员"]),
        (.lecturer_role, "member", ["党员"]),
        (.lecturer_role, "expert", ["专家"]),
        (.lecturer_role, "other", ["其他"]),
        (.target_group, "secretary", ["支部书记", "书记"]),
        (.target_group, "party_worker", ["党务工作者"]),
        (.target_group, "member", ["党员", "全体党员"]),
        (.target_group, "teacher", ["教师"]),
    ]

    /// The display names before v1.3 (the first alias of each value), in table order.
    private static let displayNames: [VocabularyKind: [String]] = [
        .locale: ["城区", "农村"],
        .ownership: ["公办", "民办"],
        .level: ["机关", "幼儿园", "小学", "初中", "九年一贯制", "高中", "职业学校", "特殊教育", "培训机构", "其他"],
        .demo_site: ["无", "县级", "市级", "省级"],
        .meeting_type: ["党委会", "专题会", "专题学习研讨", "支部党员大会", "支委会", "党小组会", "主题党日",
                        "组织生活会", "民主评议党员", "谈心谈话", "调研", "其他"],
        .lecturer_role: ["书记", "班子成员", "党员", "专家", "其他"],
        .target_group: ["支部书记", "党务工作者", "党员", "教师"],
    ]

    /// The id a spelling gives in `kind`'s column, read through the matcher from raw bytes.
    private func id(_ kind: VocabularyKind, _ spelling: String) -> Result<String?, ValueError> {
        func run<V: Vocabulary>(_: V.Type) -> Result<String?, ValueError> {
            var matcher = VocabularyMatcher<V>()
            return decoded(spelling) { (raw) throws(ValueError) in try matcher.match(raw) }.map { $0?.rawValue }
        }
        switch kind {
        case .locale: return run(SiteLocale.self)
        case .ownership: return run(Ownership.self)
        case .level: return run(SchoolLevel.self)
        case .demo_site: return run(DemoLevel.self)
        case .meeting_type: return run(MeetingType.self)
        case .lecturer_role: return run(LecturerRole.self)
        case .target_group: return run(TrainingTarget.self)
        }
    }

    func testEveryAliasOfTheSpecMapsToItsID() {
        for (kind, expected, aliases) in Self.spec {
            for alias in aliases + [expected, expected.uppercased()] {
                XCTAssertEqual(id(kind, alias), .success(expected), "\(kind): \(alias)")
            }
        }
    }

    func testTheTableHoldsExactlyTheSpecsAliases() {
        for kind in VocabularyKind.allCases {
            let expected = Self.spec.filter { $0.0 == kind }.map { VocabularyEntry(id: $0.1, aliases: $0.2) }
            XCTAssertEqual(kind.entries, expected, "\(kind)")
        }
    }

    func testDisplayNamesAreUnchanged() {
        for kind in VocabularyKind.allCases {
            XCTAssertEqual(kind.entries.map { $0.aliases[0] }, Self.displayNames[kind], "\(kind)")
        }
    }

    /// 党委(扩大)会议 is written with ASCII brackets; NFKC makes full-width ones the same.
    func testFullWidthBrackets() {
        XCTAssertEqual(id(.meeting_type, "党委（扩大）会议"), .success("party_committee"))
        XCTAssertEqual(id(.meeting_type, " 党委(扩大)会议\u{3000}"), .success("party_committee"))
    }

    /// The vocabularies' keys are the config's keys under `aliases`.
    func testKindsAreTheConfigsAliasGroups() {
        XCTAssertEqual(Set(VocabularyKind.allCases.map(\.rawValue)), Set(ConfigKeys.vocabularies.keys))
        for kind in VocabularyKind.allCases {
            XCTAssertEqual(ConfigKeys.vocabularies[kind.rawValue], kind.entries.map(\.id))
        }
    }
}
