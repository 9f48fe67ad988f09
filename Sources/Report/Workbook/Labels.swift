import Model
import Indicators

/// Every word the workbook and the draft show, in the report's language.
struct Labels {
    let language: ReportLanguage
    var zh: Bool { language == .zh }

    func pick(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

    // Sheet names (≤ 31 characters, no []:*?/\).
    var summarySheet: String { pick("总览", "Summary") }
    var monthlySheet: String { pick("月度调度", "Monthly") }
    var sitesSheet: String { pick("单位明细", "Sites") }
    var imbalanceSheet: String { pick("均衡分析", "Imbalance") }
    var rankingSheet: String { pick("排名", "Ranking") }
    var qualitySheet: String { pick("数据质量", "Data quality") }
    var definitionsSheet: String { pick("指标说明", "Definitions") }
    var draftSheet: String { pick("述职要点", "Report draft") }

    func name<V: Vocabulary>(_ value: V) -> String { zh ? value.chineseName : value.englishName }

    func meetingType(_ t: MeetingType) -> String {
        zh ? t.chineseName : t.englishName
    }

    func norm(_ key: NormKey) -> String {
        switch key {
        case .branch_general: pick("支部党员大会", "Branch general meeting")
        case .branch_committee: pick("支委会", "Branch committee")
        case .party_group: pick("党小组会", "Party group")
        case .lecture: pick("党课", "Party lecture")
        case .party_day: pick("主题党日", "Party day")
        case .org_life: pick("组织生活会", "Organisational-life meeting")
        case .democratic_review: pick("民主评议党员", "Democratic review")
        }
    }

    /// A norm's name for a narrow column header (the English names are long).
    func shortNorm(_ key: NormKey) -> String {
        guard !zh else { return norm(key) }
        switch key {
        case .branch_general: return "General meeting"
        case .branch_committee: return "Committee"
        case .party_group: return "Party group"
        case .lecture: return "Lecture"
        case .party_day: return "Party day"
        case .org_life: return "Org life"
        case .democratic_review: return "Democratic review"
        }
    }

    func period(_ p: NormPeriod) -> String {
        switch p {
        case .month: pick("每月", "per month")
        case .quarter: pick("每季度", "per quarter")
        case .year: pick("每年", "per year")
        }
    }

    func normRule(_ norm: Norm) -> String {
        zh ? "\(period(norm.period))至少\(norm.required)次" : "at least \(norm.required) \(period(norm.period))"
    }

    func indicator(_ i: ImbalanceIndicator) -> String {
        switch i {
        case .sanhui_rate: pick("三会一课完成率", "Sanhui-yike rate")
        case .party_day_rate: pick("主题党日完成率", "Party-day rate")
        case .attendance_rate: pick("参会率", "Attendance rate")
        case .training_hours_per_member: pick("党员人均培训学时", "Training hours per member")
        case .lectures_per_100_members: pick("每百名党员党课数", "Lectures per 100 members")
        case .score: pick("综合得分", "Score")
        }
    }

    func dimension(_ d: ImbalanceDimension) -> String {
        switch d {
        case .locale: pick("城乡", "Urban / rural")
        case .ownership: pick("办学性质", "Public / private")
        case .level: pick("学段", "Level")
        case .district: pick("镇街", "District")
        }
    }

    /// A group label of a dimension in the report's language.
    func group(_ label: String, of dimension: ImbalanceDimension) -> String {
        switch dimension {
        case .locale: SiteLocale(rawValue: label).map(name) ?? label
        case .ownership: Ownership(rawValue: label).map(name) ?? label
        case .level: SchoolLevel(rawValue: label).map(name) ?? label
        case .district: label == ImbalanceDimension.noDistrict ? pick("（未填）", "(none)") : label
        }
    }

    func headline(_ key: HeadlineKey) -> String {
        switch key {
        case .party_committee: pick("召开党委会（次）", "Party committee meetings")
        case .special_meeting: pick("召开专题会（次）", "Special meetings")
        case .study_session: pick("专题学习研讨（次）", "Study sessions")
        case .visits: pick("调研指导（次）", "Research visits")
        case .secretary_lectures: pick("书记讲党课（次）", "Lectures by the secretary")
        case .lectures: pick("党课总数（次）", "Party lectures, all")
        case .trainings: pick("举办培训班（期）", "Trainings held")
        case .training_participants: pick("参训人次", "Training participants")
        case .training_person_hours: pick("培训人学时", "Training person-hours")
        case .sites_with_branch: pick("建有独立党支部的单位（个）", "Sites with a branch of their own")
        case .sites_covered: pick("党组织覆盖单位（个）", "Sites covered by a branch")
        case .branches_founded_private: pick("新建民办学校党支部（个）", "New branches in private schools")
        case .demo_sites: pick("基层党建示范点（个）", "Demonstration sites")
        }
    }

    var yes: String { pick("是", "yes") }
    var no: String { pick("否", "no") }

    func severity(_ s: Severity) -> String {
        switch s {
        case .error: pick("拒绝", "rejected")
        case .warning: pick("警告", "warning")
        case .info: pick("提示", "info")
        }
    }

    func log(_ l: LogKind) -> String {
        switch l {
        case .sites: pick("单位名册", "Sites")
        case .meetings: pick("会议记录", "Meetings")
        case .lectures: pick("党课记录", "Lectures")
        case .trainings: pick("培训记录", "Trainings")
        }
    }

    func stars(_ n: Int) -> String { String(repeating: "★", count: n) + String(repeating: "☆", count: max(0, 5 - n)) }
}

// MARK: - Figures the data cannot carry (issue 15)
// Kept apart so the Catalogue can take them over: the words are in `Catalogue.Figures`.

extension Labels {
    /// A catalogue text in the report's language.
    func text(_ localized: Localized) -> String { localized.text(language) }

    /// The omitted score parts and the weights applied instead, or `nil` when every part counts
    /// (rules §4.2): weights with at most one decimal, as the Definitions sheet writes them.
    func scoreWeightsNote(_ weights: ScoreWeights, config: ReviewConfig) -> String? {
        guard !weights.omitted.isEmpty else { return nil }
        guard weights.isScored else { return text(Catalogue.Figures.nothingScored(weights.omitted)) }
        let kept = ScorePart.allCases.filter { !weights.omitted.contains($0) && config.weight($0) > 0 }
        let sum = kept.reduce(0) { $0 + config.weight($1) }
        return text(Catalogue.Figures.partsOmitted(
            weights.omitted, keptSum: DraftNumber.hours(sum),
            weights: kept.map { ($0, DraftNumber.hours(weights.weight($0))) }))
    }
}
