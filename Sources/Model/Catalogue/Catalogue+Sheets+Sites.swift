extension Catalogue.Sheets {
    /// The words of the Sites sheet (单位明细).
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
}
