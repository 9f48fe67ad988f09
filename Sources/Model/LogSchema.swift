/// What a column holds (the "type" column of rules §2).
public enum ValueType: Hashable, Sendable {
    /// Free text (a name, a topic).
    case text
    /// A code: `site_id` (unique in the register, and what the other logs refer to, ASCII case
    /// ignored), `record_id` and `training_id` (matched exactly).
    case id
    /// A whole number ≥ 0, at most 1,000,000,000.
    case count
    /// A decimal ≥ 0 (hours), at most 10,000.
    case decimal
    case date
    /// One value of a vocabulary (`Enumerations.swift`), by canonical id or alias.
    case enumeration(VocabularyKind)
}

/// One column of a log: its canonical id, its Chinese alias, whether a row needs it, what it
/// holds and a short description in both languages.
public struct ColumnSpec: Sendable, Equatable {
    public var id: String
    /// The Chinese header (the template's header; the header matcher accepts it as well as `id`).
    public var alias: String
    public var required: Bool
    public var type: ValueType
    /// One short line: what the column is, and what an empty value means when it means something.
    public var description: Localized

    public init(id: String, alias: String, required: Bool, type: ValueType, description: Localized) {
        self.id = id; self.alias = alias; self.required = required; self.type = type; self.description = description
    }
}

/// The log schema (the tables of rules §2): the columns of each log, in the order of its tables
/// (the order of templates and of the `Column` enums below), with the vocabularies of
/// `Enumerations.swift`. The one table that the header matcher, the CSV templates, the sample
/// generator, the template's review.yml and docs/values.md all read, so they cannot drift apart.
public enum LogSchema {
    public static func columns(_ log: LogKind) -> [ColumnSpec] {
        switch log {
        case .sites: SiteColumn.allCases.map(\.spec)
        case .meetings: MeetingColumn.allCases.map(\.spec)
        case .lectures: LectureColumn.allCases.map(\.spec)
        case .trainings: TrainingColumn.allCases.map(\.spec)
        }
    }

    /// Every canonical column id of every log, each once, in schema order.
    public static let allColumnIDs: [String] = LogKind.allCases.flatMap { columns($0).map(\.id) }
        .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }

    /// The column of `log` with the id `id`, if it has one.
    public static func column(_ id: String, of log: LogKind) -> ColumnSpec? {
        columns(log).first { $0.id == id }
    }

    /// The log and column that hold each vocabulary.
    public static func column(of vocabulary: VocabularyKind) -> (log: LogKind, column: ColumnSpec) {
        for log in LogKind.allCases {
            for column in columns(log) where column.type == .enumeration(vocabulary) { return (log, column) }
        }
        preconditionFailure("no column holds \(vocabulary)")
    }
}

/// A column enum: raw value = position in the schema.
public protocol LogColumn: CaseIterable, Sendable where AllCases == [Self] {
    var spec: ColumnSpec { get }
}

private func column(_ id: String, _ alias: String, _ required: Bool, _ type: ValueType, zh: String, en: String) -> ColumnSpec {
    ColumnSpec(id: id, alias: alias, required: required, type: type, description: Localized(zh: zh, en: en))
}

public enum SiteColumn: Int, LogColumn {
    case site_id, name, locale, ownership, level, district, students, teachers, party_members, branches,
         joint_branch, branch_founded, demo_site
    public var spec: ColumnSpec {
        switch self {
        case .site_id: column("site_id", "单位编码", true, .id, zh: "单位的编码，名册中唯一；其他记录以它指明单位（不区分大小写）",
                              en: "the site's code, unique in the register; the other logs name the site by it (case ignored)")
        case .name: column("name", "单位名称", true, .text, zh: "单位全称", en: "the site's name")
        case .locale: column("locale", "城乡", true, .enumeration(.locale), zh: "城区或农村", en: "urban or rural")
        case .ownership: column("ownership", "办学性质", true, .enumeration(.ownership), zh: "公办或民办", en: "public or private")
        case .level: column("level", "学段", true, .enumeration(.level), zh: "学段；“机关”即教育局本身",
                            en: "school level; `bureau` is the education bureau itself")
        case .district: column("district", "镇街", false, .text, zh: "所在镇街", en: "town or street district")
        case .students: column("students", "学生数", false, .count, zh: "学生人数", en: "number of students")
        case .teachers: column("teachers", "教师数", false, .count, zh: "教师人数", en: "number of teachers")
        case .party_members: column("party_members", "党员数", false, .count, zh: "党员人数；空为 0",
                                    en: "number of Party members; empty is 0")
        case .branches: column("branches", "党支部数", false, .count, zh: "本单位自有的党支部数；空为 0",
                               en: "Party branches of its own; empty is 0")
        case .joint_branch: column("joint_branch", "联合党支部", false, .text, zh: "没有自有支部时，覆盖本单位的联合党支部",
                                   en: "the joint branch covering a site without a branch of its own")
        case .branch_founded: column("branch_founded", "支部成立日期", false, .date, zh: "党支部成立日期",
                                     en: "the date the branch was founded")
        case .demo_site: column("demo_site", "示范点", false, .enumeration(.demo_site), zh: "示范点级别；空为“无”",
                                en: "demonstration site level; empty is `none`")
        }
    }
}

public enum MeetingColumn: Int, LogColumn {
    case date, site_id, type, attendees, expected, topic, record_id
    public var spec: ColumnSpec {
        switch self {
        case .date: column("date", "日期", true, .date, zh: "会议日期", en: "the date of the meeting")
        case .site_id: column("site_id", "单位编码", true, .id, zh: "召开会议的单位，须在单位名册中",
                              en: "the site that held it; must be in the register")
        case .type: column("type", "会议类型", true, .enumeration(.meeting_type), zh: "会议类型", en: "the kind of meeting")
        case .attendees: column("attendees", "实到人数", false, .count, zh: "实到人数", en: "members present")
        case .expected: column("expected", "应到人数", false, .count, zh: "应到人数", en: "members expected")
        case .topic: column("topic", "主题", false, .text, zh: "会议主题", en: "the topic")
        case .record_id: column("record_id", "记录编号", false, .id, zh: "记录编号；编号重复的行是重复记录",
                                en: "the record's number; a repeated number is a duplicate row")
        }
    }
}

public enum LectureColumn: Int, LogColumn {
    case date, site_id, lecturer, lecturer_role, audience, hours, topic
    public var spec: ColumnSpec {
        switch self {
        case .date: column("date", "日期", true, .date, zh: "党课日期", en: "the date of the lecture")
        case .site_id: column("site_id", "单位编码", true, .id, zh: "讲党课的单位，须在单位名册中",
                              en: "the site where it was given; must be in the register")
        case .lecturer: column("lecturer", "主讲人", false, .text, zh: "主讲人姓名", en: "the lecturer's name")
        case .lecturer_role: column("lecturer_role", "主讲人身份", false, .enumeration(.lecturer_role),
                                    zh: "主讲人身份；空为“其他”", en: "the lecturer's role; empty is `other`")
        case .audience: column("audience", "听课人数", false, .count, zh: "听课人数", en: "the audience")
        case .hours: column("hours", "学时", false, .decimal, zh: "学时", en: "hours")
        case .topic: column("topic", "主题", false, .text, zh: "党课题目", en: "the topic")
        }
    }
}

public enum TrainingColumn: Int, LogColumn {
    case training_id, title, start_date, end_date, site_id, participants, hours, target_group
    public var spec: ColumnSpec {
        switch self {
        case .training_id: column("training_id", "培训编号", true, .id, zh: "培训编号；同一培训每个参训单位一行，编号相同",
                                  en: "the training's number; one row per participating site, all with that number")
        case .title: column("title", "培训名称", false, .text, zh: "培训名称", en: "the title")
        case .start_date: column("start_date", "开始日期", true, .date, zh: "开始日期，决定培训所属年度",
                                 en: "the first day; it decides the training's year")
        case .end_date: column("end_date", "结束日期", false, .date, zh: "结束日期，不得早于开始日期",
                               en: "the last day; not before the first")
        case .site_id: column("site_id", "单位编码", false, .id, zh: "参训单位；空为全系统培训",
                              en: "the participating site; empty for a bureau-wide training")
        case .participants: column("participants", "参训人数", true, .count, zh: "参训人数", en: "the number of participants")
        case .hours: column("hours", "学时", true, .decimal, zh: "每人学时", en: "hours per participant")
        case .target_group: column("target_group", "培训对象", false, .enumeration(.target_group),
                                   zh: "培训对象", en: "who the training is for")
        }
    }
}
