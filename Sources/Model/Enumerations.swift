/// The closed vocabularies of rules §2, part of the log schema (`LogSchema`). Each case has a
/// canonical id (its raw value), the Chinese name the outputs show, and the aliases an office
/// may type. The order of `allCases` is the order of its tables and is the order of every
/// output. These lists are the only place the built-in spellings are written: the matcher, the
/// template's review.yml, docs/values.md and the sample generator all read them here.
public protocol Vocabulary: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// Which vocabulary this is: its key under `aliases` in review.yml.
    static var kind: VocabularyKind { get }
    /// Chinese aliases accepted in the inputs; the first is the display name (the workbook and
    /// the report draft show it, so new aliases go after it).
    var chineseAliases: [String] { get }
}

extension Vocabulary {
    public var chineseName: String { chineseAliases[0] }
    /// English display name: the canonical id with underscores as spaces.
    public var englishName: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }

    /// Every case as a table row: its id and its built-in aliases.
    public static var entries: [VocabularyEntry] {
        allCases.map { VocabularyEntry(id: $0.rawValue, aliases: $0.chineseAliases) }
    }
}

/// One value of a vocabulary as the table lists it.
public struct VocabularyEntry: Hashable, Sendable {
    /// The canonical id (`branch_general`).
    public var id: String
    /// The built-in aliases, the display name first (`支部党员大会`, `党员大会`, `支部大会`).
    public var aliases: [String]

    public init(id: String, aliases: [String]) { self.id = id; self.aliases = aliases }
}

/// The vocabularies, named by their key under `aliases` in review.yml (`aliases.meeting_type`).
/// In the order of the tables of rules §2.
public enum VocabularyKind: String, CaseIterable, Hashable, Sendable {
    case locale, ownership, level, demo_site, meeting_type, lecturer_role, target_group

    /// The values and their built-in aliases, in table order.
    public var entries: [VocabularyEntry] {
        switch self {
        case .locale: SiteLocale.entries
        case .ownership: Ownership.entries
        case .level: SchoolLevel.entries
        case .demo_site: DemoLevel.entries
        case .meeting_type: MeetingType.entries
        case .lecturer_role: LecturerRole.entries
        case .target_group: TrainingTarget.entries
        }
    }

    /// Spellings that are not a value and are refused with a message of their own: 三会一课 names
    /// four kinds of meeting, so it cannot be one meeting type (rules §2).
    public var refusedSpellings: [String] {
        self == .meeting_type ? ["三会一课", "三会一课会议"] : []
    }

    /// The config key that adds a spelling: `aliases.meeting_type`.
    public var aliasKey: String { "aliases.\(rawValue)" }
}

/// 城乡.
public enum SiteLocale: String, Vocabulary {
    case urban, rural
    public static var kind: VocabularyKind { .locale }
    public var chineseAliases: [String] {
        switch self {
        case .urban: ["城区", "城市", "县城", "市区", "城镇"]
        case .rural: ["农村", "乡村", "乡镇", "村"]
        }
    }
}

/// 办学性质.
public enum Ownership: String, Vocabulary {
    case `public`, `private`
    public static var kind: VocabularyKind { .ownership }
    public var chineseAliases: [String] {
        switch self {
        case .public: ["公办", "公立"]
        case .private: ["民办", "私立", "民营"]
        }
    }
}

/// 学段.
public enum SchoolLevel: String, Vocabulary {
    case bureau, kindergarten, primary, junior, nine_year, senior, vocational, special, training, other
    public static var kind: VocabularyKind { .level }
    public var chineseAliases: [String] {
        switch self {
        case .bureau: ["机关", "教育局"]
        case .kindergarten: ["幼儿园", "学前"]
        case .primary: ["小学"]
        case .junior: ["初中", "初级中学"]
        case .nine_year: ["九年一贯制", "九年制", "九年一贯制学校"]
        case .senior: ["高中", "高级中学", "完全中学", "完中"]
        case .vocational: ["职业学校", "中职", "职高", "中等职业学校"]
        case .special: ["特殊教育", "特教", "特殊教育学校"]
        case .training: ["培训机构"]
        case .other: ["其他"]
        }
    }
}

/// 会议类型.
public enum MeetingType: String, Vocabulary {
    case party_committee, special_meeting, study_session, branch_general, branch_committee,
         party_group, party_day, org_life, democratic_review, talk, visit, other
    public static var kind: VocabularyKind { .meeting_type }
    public var chineseAliases: [String] {
        switch self {
        case .party_committee: ["党委会", "党委会议", "党委扩大会议", "党委(扩大)会议"]
        case .special_meeting: ["专题会", "专题会议"]
        case .study_session: ["专题学习研讨", "中心组学习", "理论学习中心组学习"]
        case .branch_general: ["支部党员大会", "党员大会", "支部大会"]
        case .branch_committee: ["支委会", "支委会议", "支部委员会会议"]
        case .party_group: ["党小组会", "党小组会议"]
        case .party_day: ["主题党日", "党员活动日", "主题党日活动", "固定党日"]
        case .org_life: ["组织生活会", "专题组织生活会"]
        case .democratic_review: ["民主评议党员", "民主评议"]
        case .talk: ["谈心谈话", "谈心"]
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

/// 主讲人身份. An empty role is `other`.
public enum LecturerRole: String, Vocabulary {
    case secretary, leader, member, expert, other
    public static var kind: VocabularyKind { .lecturer_role }

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
        case .secretary: ["书记", "支部书记", "党支部书记", "党委书记", "党组织书记"]
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
    public static var kind: VocabularyKind { .target_group }
    public var chineseAliases: [String] {
        switch self {
        case .secretary: ["支部书记", "书记"]
        case .party_worker: ["党务工作者"]
        case .member: ["党员", "全体党员"]
        case .teacher: ["教师"]
        }
    }
}

/// 示范点. An empty value is `none`.
public enum DemoLevel: String, Vocabulary {
    case none, county, city, province
    public static var kind: VocabularyKind { .demo_site }
    public var chineseAliases: [String] {
        switch self {
        case .none: ["无", "否"]
        case .county: ["县级", "区级", "县级示范点", "区级示范点"]
        case .city: ["市级", "市级示范点"]
        case .province: ["省级", "省级示范点"]
        }
    }
}
