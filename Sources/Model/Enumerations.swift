/// The closed vocabularies of rules §2. Each case has a canonical id (its raw value), the
/// Chinese name the workbook shows, and the aliases an office may type. The order of `allCases`
/// is the order of the tables in rules §2 and is the order of every output.
public protocol Vocabulary: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// Chinese aliases accepted in the inputs; the first is the display name.
    var chineseAliases: [String] { get }
}

extension Vocabulary {
    public var chineseName: String { chineseAliases[0] }
    /// English display name: the canonical id with underscores as spaces.
    public var englishName: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }
}

/// 城乡.
public enum SiteLocale: String, Vocabulary {
    case urban, rural
    public var chineseAliases: [String] {
        switch self {
        case .urban: ["城区", "城市", "县城"]
        case .rural: ["农村", "乡村", "乡镇"]
        }
    }
}

/// 办学性质.
public enum Ownership: String, Vocabulary {
    case `public`, `private`
    public var chineseAliases: [String] {
        switch self {
        case .public: ["公办"]
        case .private: ["民办"]
        }
    }
}

/// 学段.
public enum SchoolLevel: String, Vocabulary {
    case bureau, kindergarten, primary, junior, nine_year, senior, vocational, special, training, other
    public var chineseAliases: [String] {
        switch self {
        case .bureau: ["机关"]
        case .kindergarten: ["幼儿园"]
        case .primary: ["小学"]
        case .junior: ["初中"]
        case .nine_year: ["九年一贯制"]
        case .senior: ["高中"]
        case .vocational: ["职业学校"]
        case .special: ["特殊教育"]
        case .training: ["培训机构"]
        case .other: ["其他"]
        }
    }
}

/// 会议类型.
public enum MeetingType: String, Vocabulary {
    case party_committee, special_meeting, study_session, branch_general, branch_committee,
         party_group, party_day, org_life, democratic_review, talk, visit, other
    public var chineseAliases: [String] {
        switch self {
        case .party_committee: ["党委会"]
        case .special_meeting: ["专题会"]
        case .study_session: ["专题学习研讨", "中心组学习"]
        case .branch_general: ["支部党员大会"]
        case .branch_committee: ["支委会"]
        case .party_group: ["党小组会"]
        case .party_day: ["主题党日", "党员活动日"]
        case .org_life: ["组织生活会"]
        case .democratic_review: ["民主评议党员"]
        case .talk: ["谈心谈话"]
        case .visit: ["调研", "调研指导"]
        case .other: ["其他"]
        }
    }

    /// The position in `allCases` (a jump, not a search: this runs once per row).
    public var ordinal: Int {
        switch self {
        case .party_committee: 0
        case .special_meeting: 1
        case .study_session: 2
        case .branch_general: 3
        case .branch_committee: 4
        case .party_group: 5
        case .party_day: 6
        case .org_life: 7
        case .democratic_review: 8
        case .talk: 9
        case .visit: 10
        case .other: 11
        }
    }

    /// The types that count as a branch's organisational life in the monthly dispatch (rules §4.3).
    public var isOrganisationalLife: Bool {
        switch self {
        case .branch_general, .branch_committee, .party_group, .party_day, .org_life, .democratic_review: true
        default: false
        }
    }
}

/// 主讲人身份.
public enum LecturerRole: String, Vocabulary {
    case secretary, leader, member, expert, other

    /// The position in `allCases`.
    public var ordinal: Int {
        switch self {
        case .secretary: 0
        case .leader: 1
        case .member: 2
        case .expert: 3
        case .other: 4
        }
    }
    public var chineseAliases: [String] {
        switch self {
        case .secretary: ["书记"]
        case .leader: ["班子成员"]
        case .member: ["党员"]
        case .expert: ["专家"]
        case .other: ["其他"]
        }
    }
}

/// 培训对象.
public enum TrainingTarget: String, Vocabulary {
    case secretary, party_worker, member, teacher
    public var chineseAliases: [String] {
        switch self {
        case .secretary: ["支部书记"]
        case .party_worker: ["党务工作者"]
        case .member: ["党员"]
        case .teacher: ["教师"]
        }
    }
}

/// 示范点.
public enum DemoLevel: String, Vocabulary {
    case none, county, city, province
    public var chineseAliases: [String] {
        switch self {
        case .none: ["无"]
        case .county: ["县级"]
        case .city: ["市级"]
        case .province: ["省级"]
        }
    }
}
