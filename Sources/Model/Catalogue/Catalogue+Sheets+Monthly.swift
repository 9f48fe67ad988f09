extension Catalogue.Sheets {
    /// The words of the Monthly sheet (月度调度).
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
}
