extension Catalogue.Sheets {
    /// The words of the Summary sheet (总览).
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

        /// Branches founded in the year at sites of an ownership (`Catalogue.Schema.valueName`).
        public static func newBranches(_ ownership: Localized) -> Localized {
            Localized(zh: "本年新建党支部：\(ownership.zh)", en: "New branches: \(ownership.en.lowercased())")
        }

        /// Demonstration sites of a level (`Catalogue.Schema.valueName`).
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
}
