extension Catalogue.Draft {
    /// The few words the draft's values carry themselves (group names, meeting names, units of
    /// mixed lists), in the forms a sentence takes: 农村学校主题党日完成率比城区学校低…, "in rural
    /// schools the Party-day completion rate was … lower". The sheets' column headings are
    /// other words (short, capitalised: `Catalogue.Sheets`).
    public enum Words {
        /// A headline figure as a phrase and its unit, for the next-year list: 书记讲党课 + 6 +
        /// 次; in English a noun phrase after the number and no unit, 6 lectures by the secretary.
        public static func headline(_ key: HeadlineKey) -> (label: Localized, unit: Localized) {
            let times = Localized(zh: "次", en: ""), sites = Localized(zh: "个", en: "")
            return switch key {
            case .party_committee: (Localized(zh: "召开党委会", en: "Party committee meetings"), times)
            case .special_meeting: (Localized(zh: "召开专题会", en: "special meetings"), times)
            case .study_session: (Localized(zh: "专题学习研讨", en: "study sessions"), times)
            case .visits: (Localized(zh: "深入基层调研指导", en: "research visits"), times)
            case .secretary_lectures: (Localized(zh: "书记讲党课", en: "lectures by the secretary"), times)
            case .lectures: (Localized(zh: "全系统讲党课", en: "Party lectures in all"), times)
            case .trainings: (Localized(zh: "举办专题培训班", en: "training courses"), Localized(zh: "期", en: ""))
            case .training_participants: (Localized(zh: "培训党员干部", en: "training participants"), Localized(zh: "人次", en: ""))
            case .training_person_hours: (Localized(zh: "培训", en: "training person-hours"), Localized(zh: "人学时", en: ""))
            case .sites_with_branch: (Localized(zh: "建有独立党支部的单位", en: "sites with a branch of their own"), sites)
            case .sites_covered: (Localized(zh: "党组织覆盖单位", en: "sites covered by a branch"), sites)
            case .branches_founded_private: (Localized(zh: "新建民办学校党支部", en: "new branches in private schools"), sites)
            case .demo_sites: (Localized(zh: "培育基层党建示范点", en: "demonstration sites"), sites)
            }
        }

        /// A group of a pairwise grouping as the subject of a sentence: 农村学校, rural schools.
        public static func group(_ locale: SiteLocale) -> Localized {
            switch locale {
            case .urban: Localized(zh: "城区学校", en: "urban schools")
            case .rural: Localized(zh: "农村学校", en: "rural schools")
            }
        }

        public static func group(_ ownership: Ownership) -> Localized {
            switch ownership {
            case .public: Localized(zh: "公办学校", en: "public schools")
            case .private: Localized(zh: "民办学校", en: "private schools")
            }
        }

        /// Between whom a grouping's gap lies: 城乡之间, urban and rural schools.
        public static let betweenLocales = Localized(zh: "城乡之间", en: "urban and rural schools")
        public static let betweenOwnerships = Localized(zh: "公办与民办学校之间", en: "public and private schools")
        public static let betweenLevels = Localized(zh: "各学段之间", en: "school levels")
        public static let betweenDistricts = Localized(zh: "各镇街之间", en: "districts")

        /// An indicator's name inside a sentence.
        public static let sanhuiRate = Localized(zh: "“三会一课”完成率", en: "sanhui-yike completion rate")
        public static let partyDayRate = Localized(zh: "主题党日完成率", en: "Party-day completion rate")
        public static let attendanceRate = Localized(zh: "党员参会率", en: "attendance rate")
        public static let trainingHoursPerMember = Localized(zh: "党员人均培训学时", en: "training time per member")
        public static let lecturesPer100Members = Localized(zh: "每百名党员党课数", en: "number of lectures per 100 members")
        public static let score = Localized(zh: "综合得分", en: "compliance score")

        /// A meeting type as the report names it after a count: 支委会3700余次, 3,700+ branch
        /// committee meetings.
        public static func meeting(_ type: MeetingType) -> Localized {
            switch type {
            case .party_committee: Localized(zh: "党委会", en: "Party committee meetings")
            case .special_meeting: Localized(zh: "专题会", en: "special meetings")
            case .study_session: Localized(zh: "专题学习研讨", en: "study sessions")
            case .branch_general: Localized(zh: "支部党员大会", en: "branch general meetings")
            case .branch_committee: Localized(zh: "支委会", en: "branch committee meetings")
            case .party_group: Localized(zh: "党小组会", en: "Party group meetings")
            case .party_day: Localized(zh: "主题党日", en: "Party days")
            case .org_life: Localized(zh: "组织生活会", en: "organisational-life meetings")
            case .democratic_review: Localized(zh: "民主评议党员", en: "democratic reviews of members")
            case .talk: Localized(zh: "谈心谈话", en: "heart-to-heart talks")
            case .visit: Localized(zh: "调研指导", en: "research visits")
            case .other: Localized(zh: "其他会议", en: "other meetings")
            }
        }

        /// A demonstration level: 省级, provincial; none is no word.
        public static func demoLevel(_ level: DemoLevel) -> Localized {
            switch level {
            case .province: Localized(zh: "省级", en: "provincial")
            case .city: Localized(zh: "市级", en: "city")
            case .county: Localized(zh: "县级", en: "county")
            case .none: Localized(zh: "", en: "")
            }
        }

        /// The English points of a part, First … Twelfth (then 13th, 14th …); in Chinese 一是、二是 …
        public static let ordinalsEn = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
                                        "Tenth", "Eleventh", "Twelfth"]
        /// After the Chinese numeral of a point: 一是.
        public static let ordinalSuffixZh = "是"

        /// Units after a number in running text: 6.9学时, 32.7次, 85.0分, 7.6个百分点.
        public static let hoursUnit = Localized(zh: "学时", en: " h")
        public static let timesUnit = Localized(zh: "次", en: "")
        public static let pointsUnit = Localized(zh: "分", en: " points")
        public static let percentagePointsUnit = Localized(zh: "个百分点", en: " percentage points")
        /// Before the last item of an English list: private schools and rural schools.
        public static let lastItemEn = " and "
    }
}
