import Model

/// Every key of `review.yml`: the one place that lists them, with their default and a one-line
/// description in both languages. The loader accepts exactly these; `template` writes them; the
/// user documentation (docs/config.md) is written from this list.
struct ConfigKeyInfo: Sendable {
    var key: String
    /// The default as YAML text (what `template` writes).
    var defaultYAML: String
    var zh: String
    var en: String
}

enum ConfigKeys {
    static let all: [ConfigKeyInfo] = [
        .init(key: "year", defaultYAML: "# 2017", zh: "评估年度；不填时取会议记录最多的年份",
              en: "review year; without it, the year with the most meeting rows"),
        .init(key: "organisation", defaultYAML: "\"\"", zh: "单位名称（报告抬头）", en: "organisation named in the report"),
        .init(key: "title", defaultYAML: "# 某某教育局2017年度基层党建工作年终评估", zh: "报告标题；不填时由单位名称和年度生成",
              en: "report title; without it, made from the organisation and year"),
        .init(key: "language", defaultYAML: "zh", zh: "报告语言：zh 或 en", en: "report language: zh or en"),
        .init(key: "party_day", defaultYAML: "28", zh: "每月主题党日的日期（1–31）", en: "day of the month of the monthly Party day (1–31)"),
        .init(key: "bottom_n", defaultYAML: "10", zh: "末位名单最多几个单位（≥ 0）", en: "most sites on the bottom list (≥ 0)"),
        .init(key: "bottom_share", defaultYAML: "0.10",
              zh: "末位名单最多占已排名单位的比例（0–1，最多6位小数，向上取整）；只列得分低于平均分的单位",
              en: "most sites on the bottom list as a share of the ranked sites (0–1, at most 6 decimals, rounded up); only sites below the mean score are listed"),
        .init(key: "training_hours_target", defaultYAML: "8", zh: "人均培训学时目标（得分满分所需，> 0，最大 10000）",
              en: "training hours per member that earn the full training score (> 0, at most 10000)"),
        .init(key: "weight_column", defaultYAML: "party_members", zh: "加权差异系数的权重列：party_members、students 或 teachers",
              en: "weight of the weighted CV: party_members, students or teachers"),
        .init(key: "imbalance_dimensions", defaultYAML: "[]", zh: "额外的均衡分析维度：level（学段）、district（镇街）",
              en: "extra imbalance dimensions: level, district"),
        .init(key: "weights", defaultYAML: "{sanhui: 40, party_day: 20, attendance: 20, training: 10, org_life: 5, democratic_review: 5}",
              zh: "得分权重，合计必须为 100", en: "score weights; they must sum to 100"),
        .init(key: "star_thresholds", defaultYAML: "{5: 90, 4: 80, 3: 70, 2: 60}",
              zh: "星级所需最低得分（递减，0–100）", en: "minimum score for each star rating (decreasing, 0–100)"),
        .init(key: "norms", defaultYAML: """
            
              branch_general: {count: 1, period: quarter}
              branch_committee: {count: 1, period: month}
              party_group: {count: 1, period: month}
              lecture: {count: 1, period: quarter}
              party_day: {count: 1, period: month}
              org_life: {count: 1, period: year}
              democratic_review: {count: 1, period: year}
            """, zh: "七项组织生活规范：每个周期（month/quarter/year）至少次数",
              en: "the seven norms: required count per period (month, quarter or year)"),
        .init(key: "annual_meetings_until", defaultYAML: "# 01-31",
              zh: "次年1月1日至该日（月-日）召开的组织生活会、民主评议党员计入上一年度；不填时按会议日期所在年度计",
              en: "org_life and democratic_review meetings held from 1 January to this day (MM-DD) count for the year before; when empty, for the year of their date"),
        .init(key: "targets", defaultYAML: "{}", zh: "本年度目标值（总览表的完成率），键见文档",
              en: "this year's targets (completion on the Summary); keys in the docs"),
        .init(key: "next_year_targets", defaultYAML: "{}", zh: "下一年度目标（述职要点“下一步措施”），键同 targets",
              en: "next year's targets (the draft's next steps); same keys as targets"),
        .init(key: "aliases", defaultYAML: "{}", zh: "额外别名：columns（表头）及 meeting_type、locale 等枚举值",
              en: "extra aliases: columns (headers) and enumeration values such as meeting_type, locale"),
    ]

    /// The vocabularies whose values the config can alias, by their key under `aliases`.
    static let vocabularies: [String: [String]] = [
        "locale": SiteLocale.allCases.map(\.rawValue),
        "ownership": Ownership.allCases.map(\.rawValue),
        "level": SchoolLevel.allCases.map(\.rawValue),
        "meeting_type": MeetingType.allCases.map(\.rawValue),
        "lecturer_role": LecturerRole.allCases.map(\.rawValue),
        "target_group": TrainingTarget.allCases.map(\.rawValue),
        "demo_site": DemoLevel.allCases.map(\.rawValue),
    ]
}
