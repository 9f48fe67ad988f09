extension Catalogue {
    /// Every word the workbook's sheets show (rules §5): sheet names, titles, column headers, row
    /// labels, notes and the workbook's properties. The names of the vocabularies' values come
    /// from the schema (`Schema.valueName`), the words about missing figures and score parts
    /// from `Figures`. Numbers stay as the sheets write them; names of indicators and groupings
    /// defined in the Indicators target are looked up by their stable ids (`sanhui_rate`, `locale`).
    public enum Sheets {
        // MARK: The workbook

        /// Sheet names (at most 31 characters, none of `[]:*?/\`).
        public static let summary = Localized(zh: "总览", en: "Summary")
        public static let monthly = Localized(zh: "月度调度", en: "Monthly")
        public static let sites = Localized(zh: "单位明细", en: "Sites")
        public static let imbalance = Localized(zh: "均衡分析", en: "Imbalance")
        public static let ranking = Localized(zh: "排名", en: "Ranking")
        public static let quality = Localized(zh: "数据质量", en: "Data quality")
        public static let definitions = Localized(zh: "指标说明", en: "Definitions")
        public static let draft = Localized(zh: "述职要点", en: "Report draft")

        /// The report's title when the config gives none.
        public static func title(organisation: String, year: Int) -> Localized {
            Localized(zh: "\(organisation)\(year)年度基层党建工作年终评估",
                      en: "\(organisation.isEmpty ? "" : organisation + " — ")Party-building year-end review \(year)")
        }

        /// The workbook's properties (File › Info).
        public static func subject(year: Int) -> Localized {
            Localized(zh: "\(year)年度基层党建工作年终评估", en: "Year-end review of Party-building work, \(year)")
        }

        public static let keywords = Localized(zh: "党建, 三会一课, 年终评估", en: "Party building, compliance, year-end review")

        /// The right part of every printed page's footer (`&P` the page, `&N` the pages).
        public static let pageNumber = Localized(zh: "第 &P 页，共 &N 页", en: "Page &P of &N")

        // MARK: Words several sheets share

        public static let yes = Localized(zh: "是", en: "yes")
        public static let no = Localized(zh: "否", en: "no")

        /// What happened to a row with a problem of this severity.
        public static func outcome(_ severity: Severity) -> Localized {
            switch severity {
            case .error: Localized(zh: "拒绝", en: "rejected")
            case .warning: Localized(zh: "警告", en: "warning")
            case .info: Localized(zh: "提示", en: "info")
            }
        }

        /// A log in a sheet's cell: `会议记录`, `Meetings`.
        public static func log(_ log: LogKind) -> Localized {
            let name = Schema.logName(log)
            return Localized(zh: name.zh, en: name.en.prefix(1).uppercased() + name.en.dropFirst())
        }

        public static let indicator = Localized(zh: "指标", en: "Indicator")
        public static let siteID = Localized(zh: "单位编码", en: "Site id")
        public static let siteName = Localized(zh: "单位名称", en: "Name")
        public static let locale = Localized(zh: "城乡", en: "Locale")
        public static let ownership = Localized(zh: "办学性质", en: "Ownership")
        public static let level = Localized(zh: "学段", en: "Level")
        public static let score = Localized(zh: "得分", en: "Score")
        public static let stars = Localized(zh: "星级", en: "Stars")
        public static let rank = Localized(zh: "排名", en: "Rank")
        public static let attendance = Localized(zh: "参会率", en: "Attendance")
        public static let inputFingerprint = Localized(zh: "输入指纹", en: "Input fingerprint")

        /// A norm of organisational life by its full name.
        public static func norm(_ key: NormKey) -> Localized {
            switch key {
            case .branch_general: Localized(zh: "支部党员大会", en: "Branch general meeting")
            case .branch_committee: Localized(zh: "支委会", en: "Branch committee")
            case .party_group: Localized(zh: "党小组会", en: "Party group")
            case .lecture: Localized(zh: "党课", en: "Party lecture")
            case .party_day: Localized(zh: "主题党日", en: "Party day")
            case .org_life: Localized(zh: "组织生活会", en: "Organisational-life meeting")
            case .democratic_review: Localized(zh: "民主评议党员", en: "Democratic review")
            }
        }

        /// A norm's completion rate; `short` for a narrow column (the English names are long).
        public static func normRate(_ key: NormKey, short: Bool = false) -> Localized {
            let name = norm(key)
            guard short else { return Localized(zh: "\(name.zh)完成率", en: "\(name.en) rate") }
            let en = switch key {
            case .branch_general: "General meeting"
            case .branch_committee: "Committee"
            case .party_group: "Party group"
            case .lecture: "Lecture"
            case .party_day: "Party day"
            case .org_life: "Org life"
            case .democratic_review: "Democratic review"
            }
            return Localized(zh: "\(name.zh)完成率", en: "\(en) rate")
        }

        /// A norm's rule: `每季度至少1次`, `at least 1 per quarter`.
        public static func normRule(_ norm: Norm) -> Localized {
            let period = switch norm.period {
            case .month: Localized(zh: "每月", en: "per month")
            case .quarter: Localized(zh: "每季度", en: "per quarter")
            case .year: Localized(zh: "每年", en: "per year")
            }
            return Localized(zh: "\(period.zh)至少\(norm.required)次", en: "at least \(norm.required) \(period.en)")
        }

        /// A headline figure with its unit, as the Summary lists them.
        public static func headline(_ key: HeadlineKey) -> Localized {
            switch key {
            case .party_committee: Localized(zh: "召开党委会（次）", en: "Party committee meetings")
            case .special_meeting: Localized(zh: "召开专题会（次）", en: "Special meetings")
            case .study_session: Localized(zh: "专题学习研讨（次）", en: "Study sessions")
            case .visits: Localized(zh: "调研指导（次）", en: "Research visits")
            case .secretary_lectures: Localized(zh: "书记讲党课（次）", en: "Lectures by the secretary")
            case .lectures: Localized(zh: "党课总数（次）", en: "Party lectures, all")
            case .trainings: Localized(zh: "举办培训班（期）", en: "Trainings held")
            case .training_participants: Localized(zh: "参训人次", en: "Training participants")
            case .training_person_hours: Localized(zh: "培训人学时", en: "Training person-hours")
            case .sites_with_branch: Localized(zh: "建有独立党支部的单位（个）", en: "Sites with a branch of their own")
            case .sites_covered: Localized(zh: "党组织覆盖单位（个）", en: "Sites covered by a branch")
            case .branches_founded_private: Localized(zh: "新建民办学校党支部（个）", en: "New branches in private schools")
            case .demo_sites: Localized(zh: "基层党建示范点（个）", en: "Demonstration sites")
            }
        }

        /// An indicator whose spread is measured (rules §4.4), by its id (`sanhui_rate`); an
        /// unknown id is shown as it is.
        public static func indicator(_ id: String) -> Localized {
            switch id {
            case "sanhui_rate": Localized(zh: "三会一课完成率", en: "Sanhui-yike rate")
            case "party_day_rate": Localized(zh: "主题党日完成率", en: "Party-day rate")
            case "attendance_rate": Localized(zh: "参会率", en: "Attendance rate")
            case "training_hours_per_member": Localized(zh: "党员人均培训学时", en: "Training hours per member")
            case "lectures_per_100_members": Localized(zh: "每百名党员党课数", en: "Lectures per 100 members")
            case "score": Figures.scoreLabel
            default: Localized(zh: id, en: id)
            }
        }

        /// A grouping of the sites (rules §4.4), by its key (`locale`); an unknown key is shown as it is.
        public static func dimension(_ key: String) -> Localized {
            switch key {
            case "locale": Localized(zh: "城乡", en: "Urban / rural")
            case "ownership": Localized(zh: "办学性质", en: "Public / private")
            case "level": Localized(zh: "学段", en: "Level")
            case "district": Localized(zh: "镇街", en: "District")
            default: Localized(zh: key, en: key)
            }
        }

        /// The group of the sites whose district is empty.
        public static let noDistrict = Localized(zh: "（未填）", en: "(none)")
    }
}
