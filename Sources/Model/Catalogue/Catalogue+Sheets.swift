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

        // MARK: Summary 总览

        public enum Summary {
            public static let organisation = Localized(zh: "单位", en: "Organisation")
            public static let reviewYear = Localized(zh: "评估年度", en: "Review year")
            public static let asOf = Localized(zh: "统计截至", en: "As of")
            public static let toolVersion = Localized(zh: "工具版本", en: "Tool version")

            public static let headlines = Localized(zh: "一、主要指标", en: "1. Headline figures")
            public static let figure = Localized(zh: "指标", en: "Figure")
            public static let thisYear = Localized(zh: "本年", en: "This year")
            public static let target = Localized(zh: "目标", en: "Target")
            public static let completion = Localized(zh: "完成率", en: "Completion")
            public static let lastYear = Localized(zh: "上年", en: "Last year")
            public static let change = Localized(zh: "增减", en: "Change")
            public static let changePercent = Localized(zh: "增减%", en: "Change %")
            public static let completionNote = Localized(
                zh: "完成率 = 本年 ÷ 目标：绿色 ≥ 100%，黄色 ≥ 80%，红色 < 80%；",
                en: "Completion = this year ÷ target: green ≥ 100 %, amber ≥ 80 %, red below;")
            public static let targetsNote = Localized(
                zh: "目标在 review.yml 的 targets 中设置；上年为输入中上一年度的记录。",
                en: "targets are set in review.yml; last year counts the inputs' rows of the year before.")

            public static let meetings = Localized(zh: "二、会议与活动（次）", en: "2. Meetings by type")
            public static let meetingType = Localized(zh: "会议类型", en: "Type")
            public static let all = Localized(zh: "全部", en: "All")
            public static let ofWhichBureau = Localized(zh: "其中：机关", en: "Of which bureau")
            public static let lastYearAll = Localized(zh: "上年全部", en: "Last year, all")

            public static let register = Localized(zh: "三、基层单位（不含机关）", en: "3. Sites (the bureau excluded)")
            public static let group = Localized(zh: "分类", en: "Group")
            public static let siteCount = Localized(zh: "单位数", en: "Sites")
            public static let allSites = Localized(zh: "单位总数", en: "All sites")
            public static let withBranch = Localized(zh: "建有独立党支部", en: "With a branch of their own")
            public static let covered = Localized(zh: "党组织覆盖（含联合党支部）", en: "Covered (incl. joint branches)")

            /// Branches founded in the year at sites of an ownership (`Schema.valueName`).
            public static func newBranches(_ ownership: Localized) -> Localized {
                Localized(zh: "本年新建党支部：\(ownership.zh)", en: "New branches: \(ownership.en.lowercased())")
            }

            /// Demonstration sites of a level (`Schema.valueName`).
            public static func demoSites(_ level: Localized) -> Localized {
                Localized(zh: "示范点：\(level.zh)", en: "Demonstration sites: \(level.en.lowercased())")
            }

            public static let lectures = Localized(zh: "四、党课（次）", en: "4. Party lectures by lecturer")
            public static let lecturer = Localized(zh: "主讲人身份", en: "Lecturer")

            /// The unit in the number format of person-hours: `16,932人学时`, `16,932 person-hours`.
            public static let personHoursUnit = Localized(zh: "人学时", en: " person-hours")

            /// The small line at the sheet's foot: the tool and the fingerprint's first 12 digits.
            public static func footLine(version: String, fingerprint: String) -> Localized {
                Localized(zh: "本表由 annual-review \(version) 根据输入数据生成，输入指纹 \(fingerprint)。",
                          en: "Made by annual-review \(version) from the inputs with fingerprint \(fingerprint).")
            }
        }

        // MARK: Monthly 月度调度

        public enum Monthly {
            public static func title(year: Int) -> Localized {
                Localized(zh: "\(year)年月度调度（一月一调度）", en: "Monthly dispatch \(year)")
            }

            public static let countsNote = Localized(
                zh: "会议与党课按月计数（含机关）；“无组织生活的支部”为当月已建支部但无任何组织生活的单位数；",
                en: "Counts per month (bureau included); inactive branches = sites with a branch and no organisational life that month;")
            public static let completionNote = Localized(
                zh: "完成进度为截至当月末已结束周期中达标周期的累计比例，全年栏为年末值。",
                en: "completion = the cumulative share of the periods ended by the month's end that met the norm; the year column is the year-end value.")

            public static let item = Localized(zh: "项目", en: "Item")

            public static func month(_ month: Int) -> Localized {
                let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
                return Localized(zh: "\(month)月", en: names[month - 1])
            }

            public static let year = Localized(zh: "全年", en: "Year")
            public static let meetings = Localized(zh: "会议与活动（次）", en: "Meetings and activities")
            public static let otherActivity = Localized(zh: "党课、培训与组织生活", en: "Lectures, trainings, organisational life")
            public static let lectures = Localized(zh: "党课（次）", en: "Party lectures")
            public static let trainings = Localized(zh: "培训班（期）", en: "Trainings started")
            public static let inactiveBranches = Localized(zh: "无组织生活的支部（个）", en: "Inactive branches")
            public static let completion = Localized(zh: "规范累计完成进度", en: "Cumulative completion of the norms")

            public static let chartTitle = Localized(zh: "组织生活规范累计完成进度", en: "Cumulative completion of the norms")
            public static let chartMonth = Localized(zh: "月份", en: "Month")
            public static let chartCompletion = Localized(zh: "完成进度", en: "Completion")
        }

        // MARK: Sites 单位明细

        public enum Sites {
            public static let district = Localized(zh: "镇街", en: "District")
            public static let members = Localized(zh: "党员数", en: "Members")
            public static let ownBranch = Localized(zh: "独立党支部", en: "Own branch")
            public static let sanhuiRate = Localized(zh: "三会一课完成率", en: "Sanhui-yike rate")
            public static let fullyCompliant = Localized(zh: "全面达标", en: "Fully compliant")
            public static let partyDayOnTheDay = Localized(zh: "主题党日按期率", en: "Party day on the day")
            public static let trainingHours = Localized(zh: "人均培训学时", en: "Training h / member")
            public static let lecturesPer100 = Localized(zh: "每百名党员党课", en: "Lectures / 100 members")
            public static let lectures = Localized(zh: "党课", en: "Lectures")
            public static let personHours = Localized(zh: "培训人学时", en: "Training person-hours")

            /// The line above the table naming the count columns left out, each as the sheet
            /// names it: no school had any.
            public static func leftOut(_ columns: [Localized]) -> Localized {
                Localized(zh: "各学校全年均为 0、未列出的列：\(columns.map(\.zh).joined(separator: "、"))。",
                          en: "Not shown, as no school had any: \(columns.map { $0.en.prefix(1).lowercased() + $0.en.dropFirst() }.joined(separator: ", ")).")
            }
        }

        // MARK: Imbalance 均衡分析

        public enum Imbalance {
            public static let title = Localized(
                zh: "均衡分析：城乡、公办民办差异与总体离散程度",
                en: "Imbalance: urban/rural, public/private and overall spread")
            public static let note = Localized(
                zh: "差距 = 前组均值 − 后组均值；比值 = 前组 ÷ 后组；p 值为 Welch t 检验（双侧），p < 0.05 视为差异显著。三会一课、主题党日和得分仅统计建有独立党支部的单位。",
                en: "Gap = first group's mean − second's; ratio = first ÷ second; p = Welch's t-test, two-sided (p < 0.05: significant). Sanhui, Party-day and score cover sites with a branch only.")

            /// A comparison's heading, `dimension` as `Sheets.dimension` names it.
            public static func by(_ dimension: Localized) -> Localized {
                Localized(zh: "按\(dimension.zh)", en: "By \(dimension.en.lowercased())")
            }

            /// A group's mean, `group` as the sheet names it.
            public static func groupMean(_ group: Localized) -> Localized {
                Localized(zh: "\(group.zh)均值", en: "\(group.en) mean")
            }

            public static let gap = Localized(zh: "差距", en: "Gap")
            public static let ratio = Localized(zh: "比值", en: "Ratio")
            public static let pValue = Localized(zh: "p 值", en: "p-value")
            public static let significant = Localized(zh: "显著", en: "Significant")

            public static let spread = Localized(zh: "总体离散程度", en: "Overall spread")
            public static let mean = Localized(zh: "均值", en: "Mean")
            public static let cv = Localized(zh: "变异系数", en: "CV")
            public static let weightedCV = Localized(zh: "加权差异系数", en: "Weighted CV")
            public static let gini = Localized(zh: "基尼系数", en: "Gini")
            public static let theil = Localized(zh: "泰尔指数", en: "Theil T")

            /// The share of Theil's T between the groups of a grouping, over two lines.
            public static func betweenShare(_ dimension: Localized) -> Localized {
                Localized(zh: "组间占比\n（\(dimension.zh)）", en: "Between share\n(\(dimension.en.lowercased()))")
            }

            /// `weight` is the register's column that weighs the weighted CV.
            public static func spreadNote(weight: ColumnSpec) -> Localized {
                Localized(
                    zh: "变异系数 = 标准差 ÷ 均值；加权差异系数以\(weight.alias)为权重；组间占比 = 泰尔指数中组间差异所占比例。空白表示无法计算（如均值为 0）。",
                    en: "CV = SD ÷ mean; the weighted CV is weighted by \(weight.id.replacingOccurrences(of: "_", with: " ")); between share = the part of Theil's T that lies between the groups. A blank cell cannot be computed (e.g. a mean of 0).")
            }

            /// The heading of a grouping's table of groups.
            public static func groupedBy(_ dimension: Localized) -> Localized {
                Localized(zh: "按\(dimension.zh)分组", en: "By \(dimension.en.lowercased())")
            }

            /// The mean's column under each indicator.
            public static let meanColumn = Localized(zh: "均值", en: "mean")

            /// A chart comparing two groups, as the sheet names them.
            public static func chartTitle(_ first: Localized, _ second: Localized) -> Localized {
                Localized(zh: "\(first.zh)与\(second.zh)对比",
                          en: "\(first.en.prefix(1).uppercased())\(first.en.dropFirst()) vs \(second.en)")
            }

            /// In place of the gap, ratio and p-value of a comparison with a group too small.
            public static let tooFewSites = Localized(zh: "样本过少", en: "too few sites")

            /// The note under a comparison table that has "too few sites" in it.
            public static func tooFewSitesNote(minimum: Int) -> Localized {
                Localized(zh: "样本过少：一组不足 \(minimum) 个单位时不作比较，只列各组单位数和均值，不列差距、比值和 p 值。",
                          en: "Too few sites: a group with fewer than \(minimum) sites is not compared; only each group's n and mean are shown, no gap, ratio or p-value.")
            }
        }

        // MARK: Report draft 述职要点

        public enum DraftSheet {
            /// The left of the draft sheet's page footer: the tool, the fingerprint's first 12
            /// digits and the as-of date (`Sheets.date`).
            public static func provenance(version: String, fingerprint: String, asOf: String) -> Localized {
                Localized(zh: "annual-review \(version) 生成 · 输入指纹 \(fingerprint) · 数据截至\(asOf)",
                          en: "annual-review \(version) · input fingerprint \(fingerprint) · data as of \(asOf)")
            }
        }

        // MARK: Ranking 排名

        public enum Ranking {
            /// The title when `marked` sites are on the 末位 list (rules §4.2): how many and why, with
            /// the config's `bottom_n` and `bottom_share` (in millionths).
            public static func title(marked: Int, bottomN: Int, shareMillionths: Int) -> Localized {
                let share = percent(shareMillionths)
                return Localized(
                    zh: "综合得分排名（末位\(marked)个单位以红色标出：排名最后且得分低于平均分，至多\(bottomN)个、不超过已排名单位的\(share)）",
                    en: "Ranking by score: bottom \(marked) in red (below the mean; at most \(bottomN) and \(share) of ranked sites)")
            }

            /// The title when sites are ranked but none scores below the mean (all equal, say).
            public static let titleNoneBelowMean = Localized(
                zh: "综合得分排名（无末位：没有单位得分低于平均分）",
                en: "Ranking by score (no bottom list: no site scores below the mean)")

            /// The title when `bottom_n` or `bottom_share` is 0.
            public static let titleNoBottomList = Localized(
                zh: "综合得分排名（不列末位：配置中 bottom_n 或 bottom_share 为 0）",
                en: "Ranking by score (no bottom list: bottom_n or bottom_share is 0 in review.yml)")

            /// The title when no site is ranked (the sheet's note says why).
            public static let titleNothingRanked = Localized(
                zh: "综合得分排名（没有单位参加排名，无末位）",
                en: "Ranking by score (no site is ranked: no bottom list)")

            /// A share in millionths as a percentage: 100,000 → `10%`, 125,000 → `12.5%`.
            public static func percent(_ millionths: Int) -> String {
                exact(millionths, unit: 10_000) + "%"
            }

            /// A share in millionths as review.yml writes it: 100,000 → `0.1`, 1,000,000 → `1`.
            public static func decimal(_ millionths: Int) -> String {
                exact(millionths, unit: 1_000_000)
            }

            /// `value ÷ unit` (a power of ten) in decimals, without trailing zeros.
            private static func exact(_ value: Int, unit: Int) -> String {
                var fraction = String(String(value % unit + unit).dropFirst())
                while fraction.hasSuffix("0") { fraction.removeLast() }
                return "\(value / unit)" + (fraction.isEmpty ? "" : "." + fraction)
            }

            /// Two words, so the header wraps and the column stays narrow.
            public static let sanhui = Localized(zh: "三会一课完成率", en: "Sanhui yike")
            public static let partyDay = Localized(zh: "主题党日完成率", en: "Party day")
            public static let bottom = Localized(zh: "末位", en: "Bottom")
            /// The mark of a site on the bottom list.
            public static let bottomMark = Localized(zh: "末位", en: "bottom")
            public static let noBranch = Localized(
                zh: "没有建有独立党支部的单位，无排名。",
                en: "No site has a branch of its own: nothing to rank.")
        }

        // MARK: Data quality 数据质量

        public enum Quality {
            public static let title = Localized(zh: "数据质量：每一行都有交代", en: "Data quality: every row accounted for")

            /// A section's heading with its number: `二、…`, `2. …`.
            public static func section(_ number: Int, _ title: Localized) -> Localized {
                Localized(zh: "\(["一", "二", "三", "四"][number - 1])、\(title.zh)", en: "\(number). \(title.en)")
            }

            public static let reconciliation = Localized(
                zh: "行数核对（读取 = 接受 + 拒绝 + 非本年度）",
                en: "Reconciliation (read = accepted + rejected + out of period)")
            public static let log = Localized(zh: "日志", en: "Log")
            public static let files = Localized(zh: "文件", en: "Files")
            public static let read = Localized(zh: "读取", en: "Read")
            public static let accepted = Localized(zh: "接受", en: "Accepted")
            public static let rejected = Localized(zh: "拒绝", en: "Rejected")
            public static let outOfPeriod = Localized(zh: "非本年度", en: "Out of period")
            public static let withWarnings = Localized(zh: "含警告", en: "With warnings")

            public static let fileNotes = Localized(
                zh: "文件级提示与未逐条列出的问题",
                en: "File-level notes and problems beyond the list")
            public static let file = Localized(zh: "文件", en: "File")
            public static let severity = Localized(zh: "级别", en: "Severity")
            public static let message = Localized(zh: "说明", en: "Message")

            /// Problems of one kind beyond the list; `label` is `Codes.label` of their code.
            public static func notListed(_ count: Int, _ label: Localized) -> Localized {
                Localized(zh: "另有 \(count) 条“\(label.zh)”未逐条列出（运行 annual-review validate 查看全部）",
                          en: "\(count) more of the kind \"\(label.en)\" not listed here (annual-review validate lists them all)")
            }

            /// Text cut to Excel's cell limit on another sheet.
            public static func cut(length: Int) -> Localized {
                Localized(zh: "文本长 \(length) 字符，超过 Excel 单元格上限，已截断并以“…”结尾",
                          en: "text of \(length) characters exceeds Excel's cell limit; cut, ending in “…”")
            }

            public static func problems(cap: Int) -> Localized {
                Localized(zh: "被拒绝的行与警告（每个日志最多列出 \(cap) 条）", en: "Rejected rows and warnings (at most \(cap) per log)")
            }

            public static let line = Localized(zh: "行", en: "Line")
            public static let column = Localized(zh: "列", en: "Column")
            public static let columnName = Localized(zh: "列名", en: "Column name")
            public static let outcome = Localized(zh: "处理", en: "Outcome")
            public static let reason = Localized(zh: "原因", en: "Reason")
            public static let value = Localized(zh: "值", en: "Value")
            public static let noProblems = Localized(zh: "没有被拒绝的行，也没有警告。", en: "No rejected rows and no warnings.")
        }

        // MARK: Definitions 指标说明

        public enum Definitions {
            public static let formula = Localized(zh: "计算方法", en: "Formula")
            public static let normOrSetting = Localized(zh: "规范 / 参数", en: "Norm / setting")

            public static let normRateFormula = Localized(
                zh: "范围内达标周期数 ÷ 范围内周期数。范围：本年的月/季/年；年内新建支部只计成立日及以后结束的周期；--as-of 只计截至该日已结束的周期。",
                en: "periods in scope that met the norm ÷ periods in scope. Scope: the year's months/quarters/year; for a branch founded in the year only periods ending on or after its founding; with --as-of only periods ended by then.")
            public static let sanhuiFormula = Localized(
                zh: "支部党员大会、支委会、党小组会、党课四项完成率的平均值；四项均为 100% 为“全面达标”。",
                en: "mean of the rates of branch general meetings, branch committees, party groups and lectures; all four at 100 % = fully compliant.")
            public static let partyDayOnTheDay = Localized(zh: "主题党日按期率", en: "Party day on the day")
            public static let partyDayOnTheDayFormula = Localized(
                zh: "在每月规定日期召开的主题党日 ÷ 召开的主题党日。",
                en: "Party days held on the configured day ÷ Party days held.")
            public static func partyDay(_ day: Int) -> Localized {
                Localized(zh: "每月 \(day) 日", en: "day \(day) of each month")
            }
            public static let attendanceFormula = Localized(
                zh: "Σ min(实到, 应到) ÷ Σ 应到，只计两者都填写且应到 > 0 的会议。",
                en: "Σ min(attendees, expected) ÷ Σ expected over meetings with both and expected > 0.")
            public static let trainingFormula = Localized(
                zh: "该单位参训人次 × 学时之和 ÷ 党员数。",
                en: "Σ participants × hours of its training rows ÷ party members.")
            /// `hours` as the sheet writes numbers.
            public static func trainingTarget(_ hours: String) -> Localized {
                Localized(zh: "目标 \(hours) 学时", en: "target \(hours) hours")
            }
            public static let lecturesFormula = Localized(zh: "党课次数 ÷ 党员数 × 100。", en: "lectures ÷ party members × 100.")

            /// The score's formula with the config's weights (as written), and the rule for a
            /// part no site can have (`Figures.scoreRule`).
            public static func scoreFormula(_ w: [ScorePart: String]) -> Localized {
                let rule = Figures.scoreRule
                return Localized(
                    zh: "\(w[.sanhui]!)×三会一课 + \(w[.party_day]!)×主题党日 + \(w[.attendance]!)×参会率 + \(w[.training]!)×min(1, 人均培训学时 ÷ 目标) + \(w[.org_life]!)×[召开组织生活会] + \(w[.democratic_review]!)×[开展民主评议]；空值按 0 计。"
                        + rule.zh,
                    en: "\(w[.sanhui]!)·sanhui + \(w[.party_day]!)·party day + \(w[.attendance]!)·attendance + \(w[.training]!)·min(1, training h per member ÷ target) + \(w[.org_life]!)·[org-life meeting held] + \(w[.democratic_review]!)·[democratic review held]; an empty part counts 0. "
                        + rule.en)
            }

            /// The stars' thresholds (5, 4, 3 and 2 stars), as written.
            public static func starsFormula(_ t: [String]) -> Localized {
                Localized(zh: "得分（四舍五入到 6 位小数）≥ \(t[0]) 为 5 星，≥ \(t[1]) 为 4 星，≥ \(t[2]) 为 3 星，≥ \(t[3]) 为 2 星，其余 1 星。",
                          en: "score rounded to 6 decimals: ≥ \(t[0]) five stars, ≥ \(t[1]) four, ≥ \(t[2]) three, ≥ \(t[3]) two, else one.")
            }

            public static let rankAndBottom = Localized(zh: "排名与末位", en: "Rank and bottom list")
            /// The rank and the 末位 list (rules §4.2), with `bottom_n` and `bottom_share` (in millionths).
            public static func rankFormula(bottomN: Int, shareMillionths: Int) -> Localized {
                let share = Ranking.percent(shareMillionths)
                return Localized(
                    zh: "按得分（四舍五入到 6 位小数）从高到低排名，同分按单位编码。末位：排名最后、得分低于已排名单位平均分的单位，至多 \(bottomN) 个，且不超过已排名单位数的 \(share)（向上取整）；没有单位低于平均分时不列末位。",
                    en: "by score rounded to 6 decimals, highest first, ties by site id. Bottom list: the lowest-ranked sites scoring below the mean of the ranked sites, at most \(bottomN) and at most \(share) of the ranked sites (rounded up); none when no site is below the mean.")
            }

            public static let gapRatioP = Localized(zh: "差距、比值、p 值", en: "Gap, ratio, p-value")
            public static let gapRatioPFormula = Localized(
                zh: "城区 − 农村、公办 − 民办的均值差与比；Welch t 检验双侧 p 值（任一组少于 2 个单位或两组方差均为 0 时为空）。",
                en: "urban − rural and public − private means and their ratio; Welch's two-sided t-test (empty when a group has fewer than 2 sites or both have zero variance).")
            public static let cvFormula = Localized(zh: "总体标准差 ÷ 均值。", en: "population SD ÷ mean.")
            public static let weightedCVFormula = Localized(
                zh: "√(Σwᵢ(xᵢ − x̄w)² ÷ Σwᵢ) ÷ x̄w，权重为 0 或空的单位不计。",
                en: "√(Σwᵢ(xᵢ − x̄w)² ÷ Σwᵢ) ÷ x̄w; sites with weight 0 or empty drop out.")
            public static let giniFormula = Localized(zh: "Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2n²x̄)", en: "Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2n²x̄)")
            public static let theilAndShare = Localized(zh: "泰尔指数与组间占比", en: "Theil T and between share")
            public static let theilFormula = Localized(
                zh: "T = (1/n) Σ (xᵢ/x̄) ln(xᵢ/x̄)；组间 = Σ (n_g/n)(x̄_g/x̄) ln(x̄_g/x̄)，组间占比 = 组间 ÷ T。",
                en: "T = (1/n) Σ (xᵢ/x̄) ln(xᵢ/x̄); between = Σ (n_g/n)(x̄_g/x̄) ln(x̄_g/x̄); share = between ÷ T.")
            public static let inactiveBranches = Localized(zh: "月度无组织生活的支部", en: "Inactive branches (monthly)")
            public static let inactiveBranchesFormula = Localized(
                zh: "当月末前已建支部、当月没有任何支部党员大会、支委会、党小组会、主题党日、组织生活会、民主评议或党课的单位数。",
                en: "sites with a branch by the month's end and no branch meeting, committee, party group, Party day, org-life meeting, democratic review or lecture that month.")
            public static let fingerprintFormula = Localized(
                zh: "全部输入文件（CSV、配置、述职模板）按文件名排序后的 SHA-256，前 12 位。",
                en: "SHA-256 over every input file (CSVs, config, draft template) in name order; its first 12 digits.")
        }
    }
}
