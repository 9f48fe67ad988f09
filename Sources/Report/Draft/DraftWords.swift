import Indicators
import Model

/// The few words the draft's values carry themselves (group names, units of mixed lists); the
/// sentences around them come from the template.
struct DraftWords {
    let language: ReportLanguage
    var zh: Bool { language == .zh }
    func pick(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

    /// A headline figure as a phrase and its unit, for the next-year list: 书记讲党课 + 6 + 次;
    /// in English a noun phrase after the number and no unit, 6 lectures by the secretary.
    func headline(_ key: HeadlineKey) -> (label: String, unit: String) {
        let (label, en, unit): (String, String, String) = switch key {
        case .party_committee: ("召开党委会", "Party committee meetings", "次")
        case .special_meeting: ("召开专题会", "special meetings", "次")
        case .study_session: ("专题学习研讨", "study sessions", "次")
        case .visits: ("深入基层调研指导", "research visits", "次")
        case .secretary_lectures: ("书记讲党课", "lectures by the secretary", "次")
        case .lectures: ("全系统讲党课", "Party lectures in all", "次")
        case .trainings: ("举办专题培训班", "training courses", "期")
        case .training_participants: ("培训党员干部", "training participants", "人次")
        case .training_person_hours: ("培训", "training person-hours", "人学时")
        case .sites_with_branch: ("建有独立党支部的单位", "sites with a branch of their own", "个")
        case .sites_covered: ("党组织覆盖单位", "sites covered by a branch", "个")
        case .branches_founded_private: ("新建民办学校党支部", "new branches in private schools", "个")
        case .demo_sites: ("培育基层党建示范点", "demonstration sites", "个")
        }
        return (pick(label, en), pick(unit, ""))
    }

    /// A group of a pairwise dimension as the subject of a sentence: 农村学校, rural schools.
    func group(_ label: String) -> String {
        switch label {
        case SiteLocale.urban.rawValue: pick("城区学校", "urban schools")
        case SiteLocale.rural.rawValue: pick("农村学校", "rural schools")
        case Ownership.public.rawValue: pick("公办学校", "public schools")
        case Ownership.private.rawValue: pick("民办学校", "private schools")
        default: label
        }
    }

    func dimension(_ d: ImbalanceDimension) -> String {
        switch d {
        case .locale: pick("城乡之间", "urban and rural schools")
        case .ownership: pick("公办与民办学校之间", "public and private schools")
        case .level: pick("各学段之间", "school levels")
        case .district: pick("各镇街之间", "districts")
        }
    }

    /// An indicator's name inside a sentence: 农村学校“三会一课”完成率比城区学校低…; in rural
    /// schools the sanhui-yike completion rate was … lower.
    func indicator(_ i: ImbalanceIndicator) -> String {
        switch i {
        case .sanhui_rate: pick("“三会一课”完成率", "sanhui-yike completion rate")
        case .party_day_rate: pick("主题党日完成率", "Party-day completion rate")
        case .attendance_rate: pick("党员参会率", "attendance rate")
        case .training_hours_per_member: pick("党员人均培训学时", "training time per member")
        case .lectures_per_100_members: pick("每百名党员党课数", "number of lectures per 100 members")
        case .score: pick("综合得分", "compliance score")
        }
    }

    /// A meeting type as the report names it after a count: 支委会3700余次, 3,700+ branch
    /// committee meetings.
    func meeting(_ type: MeetingType) -> String {
        switch type {
        case .party_committee: pick("党委会", "Party committee meetings")
        case .special_meeting: pick("专题会", "special meetings")
        case .study_session: pick("专题学习研讨", "study sessions")
        case .branch_general: pick("支部党员大会", "branch general meetings")
        case .branch_committee: pick("支委会", "branch committee meetings")
        case .party_group: pick("党小组会", "Party group meetings")
        case .party_day: pick("主题党日", "Party days")
        case .org_life: pick("组织生活会", "organisational-life meetings")
        case .democratic_review: pick("民主评议党员", "democratic reviews of members")
        case .talk: pick("谈心谈话", "heart-to-heart talks")
        case .visit: pick("调研指导", "research visits")
        case .other: pick("其他会议", "other meetings")
        }
    }

    /// A demonstration level: 省级, provincial.
    func demoLevel(_ level: DemoLevel) -> String {
        switch level {
        case .province: pick("省级", "provincial")
        case .city: pick("市级", "city")
        case .county: pick("县级", "county")
        case .none: ""
        }
    }

    /// The `n`-th point of a part of the report (n ≥ 1): 一是、二是 … 十是、十一是; First, Second
    /// … Twelfth, then 13th.
    func ordinal(_ n: Int) -> String {
        if zh { return Self.chineseNumeral(n) + "是" }
        let words = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth"]
        if n <= words.count { return words[n - 1] + "," }
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix),"
    }

    /// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九; from 100 on the digits as they are.
    static func chineseNumeral(_ n: Int) -> String {
        let digits = Array("〇一二三四五六七八九")
        guard (1...99).contains(n) else { return String(n) }
        let tens = n / 10, ones = n % 10
        let head = tens == 0 ? "" : (tens == 1 ? "" : String(digits[tens])) + "十"
        return head + (ones == 0 ? "" : String(digits[ones]))
    }

    /// An indicator's value with its unit: 85.3%, 6.9学时, 32.7次, 85.0分.
    func value(_ x: Double, of i: ImbalanceIndicator) -> String {
        switch i {
        case .sanhui_rate, .party_day_rate, .attendance_rate: DraftNumber.percent(x)
        case .training_hours_per_member: DraftNumber.fixedOne(x) + pick("学时", " h")
        case .lectures_per_100_members: DraftNumber.fixedOne(x) + pick("次", "")
        case .score: DraftNumber.fixedOne(x) + pick("分", " points")
        }
    }

    /// A difference between two groups with its unit: 7.6个百分点, 2.5学时, 16.7次, 3.8分.
    func difference(_ x: Double, of i: ImbalanceIndicator) -> String {
        switch i {
        case .sanhui_rate, .party_day_rate, .attendance_rate: DraftNumber.points(x) + pick("个百分点", " percentage points")
        default: value(x, of: i)
        }
    }

    var dash: String { "—" }

    /// A list in running text: 民办学校、农村学校; private schools and rural schools.
    func join(_ items: [String]) -> String {
        if zh || items.count < 2 { return items.joined(separator: "、") }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
