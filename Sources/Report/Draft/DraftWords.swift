import Indicators
import Model

/// The few words the draft's values carry themselves (group names, units of mixed lists); the
/// sentences around them come from the template.
struct DraftWords {
    let language: ReportLanguage
    var zh: Bool { language == .zh }
    func pick(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

    /// A headline figure as a noun phrase and its unit, for the next-year list (English: a
    /// capitalised label, as it starts a list item).
    func headline(_ key: HeadlineKey) -> (label: String, unit: String) {
        switch key {
        case .party_committee: (pick("召开党委会", "Party committee meetings"), pick("次", ""))
        case .special_meeting: (pick("召开专题会", "Special meetings"), pick("次", ""))
        case .study_session: (pick("专题学习研讨", "Study sessions"), pick("次", ""))
        case .visits: (pick("深入基层调研指导", "Research visits"), pick("次", ""))
        case .secretary_lectures: (pick("书记讲党课", "Lectures by the secretary"), pick("次", ""))
        case .lectures: (pick("全系统讲党课", "Party lectures, all"), pick("次", ""))
        case .trainings: (pick("举办专题培训班", "Training courses"), pick("期", ""))
        case .training_participants: (pick("培训党员干部", "Training participants"), pick("人次", ""))
        case .training_person_hours: (pick("培训", "Training person-hours"), pick("人学时", ""))
        case .sites_with_branch: (pick("建有独立党支部的单位", "Sites with a branch of their own"), pick("个", ""))
        case .sites_covered: (pick("党组织覆盖单位", "Sites covered by a branch"), pick("个", ""))
        case .branches_founded_private: (pick("新建民办学校党支部", "New branches in private schools"), pick("个", ""))
        case .demo_sites: (pick("培育基层党建示范点", "Demonstration sites"), pick("个", ""))
        }
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

    /// An indicator's name inside a sentence.
    func indicator(_ i: ImbalanceIndicator) -> String {
        switch i {
        case .sanhui_rate: pick("三会一课完成率", "Sanhui-yike completion rate")
        case .party_day_rate: pick("主题党日完成率", "Party-day completion rate")
        case .attendance_rate: pick("党员参会率", "Attendance rate")
        case .training_hours_per_member: pick("党员人均培训学时", "Training hours per member")
        case .lectures_per_100_members: pick("每百名党员党课数", "Lectures per 100 members")
        case .score: pick("综合得分", "Compliance score")
        }
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
