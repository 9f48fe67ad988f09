import Model

/// One column of a log: its canonical id, its Chinese alias, whether a row needs it.
public struct ColumnSpec: Sendable, Equatable {
    public var id: String
    public var alias: String
    public var required: Bool
}

/// The columns of each log, in the order of the tables of rules §2 (the order of templates and of
/// the `Column` enums below).
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
}

/// A column enum: raw value = position in the schema.
public protocol LogColumn: CaseIterable, Sendable where AllCases == [Self] {
    var spec: ColumnSpec { get }
}

public enum SiteColumn: Int, LogColumn {
    case site_id, name, locale, ownership, level, district, students, teachers, party_members, branches,
         joint_branch, branch_founded, demo_site
    public var spec: ColumnSpec {
        switch self {
        case .site_id: ColumnSpec(id: "site_id", alias: "单位编码", required: true)
        case .name: ColumnSpec(id: "name", alias: "单位名称", required: true)
        case .locale: ColumnSpec(id: "locale", alias: "城乡", required: true)
        case .ownership: ColumnSpec(id: "ownership", alias: "办学性质", required: true)
        case .level: ColumnSpec(id: "level", alias: "学段", required: true)
        case .district: ColumnSpec(id: "district", alias: "镇街", required: false)
        case .students: ColumnSpec(id: "students", alias: "学生数", required: false)
        case .teachers: ColumnSpec(id: "teachers", alias: "教师数", required: false)
        case .party_members: ColumnSpec(id: "party_members", alias: "党员数", required: false)
        case .branches: ColumnSpec(id: "branches", alias: "党支部数", required: false)
        case .joint_branch: ColumnSpec(id: "joint_branch", alias: "联合党支部", required: false)
        case .branch_founded: ColumnSpec(id: "branch_founded", alias: "支部成立日期", required: false)
        case .demo_site: ColumnSpec(id: "demo_site", alias: "示范点", required: false)
        }
    }
}

public enum MeetingColumn: Int, LogColumn {
    case date, site_id, type, attendees, expected, topic, record_id
    public var spec: ColumnSpec {
        switch self {
        case .date: ColumnSpec(id: "date", alias: "日期", required: true)
        case .site_id: ColumnSpec(id: "site_id", alias: "单位编码", required: true)
        case .type: ColumnSpec(id: "type", alias: "会议类型", required: true)
        case .attendees: ColumnSpec(id: "attendees", alias: "实到人数", required: false)
        case .expected: ColumnSpec(id: "expected", alias: "应到人数", required: false)
        case .topic: ColumnSpec(id: "topic", alias: "主题", required: false)
        case .record_id: ColumnSpec(id: "record_id", alias: "记录编号", required: false)
        }
    }
}

public enum LectureColumn: Int, LogColumn {
    case date, site_id, lecturer, lecturer_role, audience, hours, topic
    public var spec: ColumnSpec {
        switch self {
        case .date: ColumnSpec(id: "date", alias: "日期", required: true)
        case .site_id: ColumnSpec(id: "site_id", alias: "单位编码", required: true)
        case .lecturer: ColumnSpec(id: "lecturer", alias: "主讲人", required: false)
        case .lecturer_role: ColumnSpec(id: "lecturer_role", alias: "主讲人身份", required: false)
        case .audience: ColumnSpec(id: "audience", alias: "听课人数", required: false)
        case .hours: ColumnSpec(id: "hours", alias: "学时", required: false)
        case .topic: ColumnSpec(id: "topic", alias: "主题", required: false)
        }
    }
}

public enum TrainingColumn: Int, LogColumn {
    case training_id, title, start_date, end_date, site_id, participants, hours, target_group
    public var spec: ColumnSpec {
        switch self {
        case .training_id: ColumnSpec(id: "training_id", alias: "培训编号", required: true)
        case .title: ColumnSpec(id: "title", alias: "培训名称", required: false)
        case .start_date: ColumnSpec(id: "start_date", alias: "开始日期", required: true)
        case .end_date: ColumnSpec(id: "end_date", alias: "结束日期", required: false)
        case .site_id: ColumnSpec(id: "site_id", alias: "单位编码", required: false)
        case .participants: ColumnSpec(id: "participants", alias: "参训人数", required: true)
        case .hours: ColumnSpec(id: "hours", alias: "学时", required: true)
        case .target_group: ColumnSpec(id: "target_group", alias: "培训对象", required: false)
        }
    }
}
