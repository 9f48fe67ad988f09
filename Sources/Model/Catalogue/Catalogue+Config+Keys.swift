extension Catalogue.Config {
    /// What each key of `review.yml` is for, one line: `template` writes it above the key.
    public enum Keys {
        public static let year = Localized(
            zh: "评估年度；不填时取会议记录最多的年份",
            en: "review year; without it, the year with the most meeting rows")
        public static let organisation = Localized(
            zh: "单位名称（报告抬头）",
            en: "organisation named in the report")
        public static let title = Localized(
            zh: "报告标题；不填时由单位名称和年度生成",
            en: "report title; without it, made from the organisation and year")
        public static let language = Localized(
            zh: "报告语言：zh 或 en",
            en: "report language: zh or en")
        public static let partyDay = Localized(
            zh: "每月主题党日的日期（1–31）",
            en: "day of the month of the monthly Party day (1–31)")
        public static let bottomN = Localized(
            zh: "末位名单最多几个单位（≥ 0）",
            en: "most sites on the bottom list (≥ 0)")
        public static let bottomShare = Localized(
            zh: "末位名单最多占已排名单位的比例（0–1，最多6位小数，向上取整）；只列得分低于平均分的单位",
            en: "most sites on the bottom list as a share of the ranked sites (0–1, at most 6 decimals, rounded up); only sites below the mean score are listed")
        public static let trainingHoursTarget = Localized(
            zh: "人均培训学时目标（得分满分所需，> 0，最大 10000）",
            en: "training hours per member that earn the full training score (> 0, at most 10000)")
        public static let weightColumn = Localized(
            zh: "加权差异系数的权重列：party_members、students 或 teachers",
            en: "weight of the weighted CV: party_members, students or teachers")
        public static let imbalanceDimensions = Localized(
            zh: "额外的均衡分析维度：level（学段）、district（镇街）",
            en: "extra imbalance dimensions: level, district")
        public static let weights = Localized(
            zh: "得分权重，合计必须为 100",
            en: "score weights; they must sum to 100")
        public static let starThresholds = Localized(
            zh: "星级所需最低得分（递减，0–100）",
            en: "minimum score for each star rating (decreasing, 0–100)")
        public static let norms = Localized(
            zh: "七项组织生活规范：每个周期（month/quarter/year）至少次数",
            en: "the seven norms: required count per period (month, quarter or year)")
        public static let annualMeetingsUntil = Localized(
            zh: "次年1月1日至该日（月-日）召开的组织生活会、民主评议党员计入上一年度；不填时按会议日期所在年度计",
            en: "org_life and democratic_review meetings held from 1 January to this day (MM-DD) count for the year before; when empty, for the year of their date")
        public static let targets = Localized(
            zh: "本年度目标值（总览表的完成率），键见文档",
            en: "this year's targets (completion on the Summary); keys in the docs")
        public static let nextYearTargets = Localized(
            zh: "下一年度目标（述职要点“下一步措施”），键同 targets",
            en: "next year's targets (the draft's next steps); same keys as targets")
        public static let aliases = Localized(
            zh: "额外别名：columns（表头）及 meeting_type、locale 等枚举值",
            en: "extra aliases: columns (headers) and enumeration values such as meeting_type, locale")
    }

    /// The first lines of the `review.yml` that `template` writes.
    public static let templateHeader = [
        Localized(zh: "# annual-review 配置文件（review.yml），放在输入文件夹中。",
                  en: "# annual-review config (review.yml), kept in the inputs folder."),
        Localized(zh: "# 下列各项均为默认值；删除某项或留空，即使用默认值。说明见 docs/config.md。",
                  en: "# Every value below is the default; delete a key or leave it empty to keep the default. See docs/config.md."),
    ]
}
