import Model
/// A bureau training and who it is for; written as one row per participating site.
struct Training {
    var id: String
    var title: String
    var start: Day
    var end: Day
    var target: TrainingTarget
    var hoursTenths: Int
    var style: DateStyle
    var participation: Double
    var participants: ClosedRange<Int>
    /// Participants of a row with an empty site_id (bureau-wide), if any.
    var bureauWide: Int? = nil
    var eligible: (Site) -> Bool

    /// The trainings of the year: the secretaries' training of 2016, exactly three starting in
    /// 2017, one of January 2018.
    static func standard(plain: Bool) -> [Training] {
        [
            Training(id: "T2016-02", title: "2016年全市教育系统党支部书记培训班", start: Day(2016, 11, 15), end: Day(2016, 11, 17),
                     target: .secretary, hoursTenths: 240, style: plain ? .iso : .slashTime, participation: 0.9,
                     participants: 1...1, eligible: { $0.existedIn2016 }),
            Training(id: "T2017-01", title: "2017年全市教育系统党支部书记培训班", start: Day(2017, 4, 11), end: Day(2017, 4, 13),
                     target: .secretary, hoursTenths: 240, style: .iso, participation: 0.92,
                     participants: 1...1, eligible: { $0.hasBranch && $0.branchActiveFrom <= Day(2017, 4, 11) }),
            Training(id: "T2017-02", title: "党务工作者业务培训班", start: Day(2017, 7, 18), end: Day(2017, 7, 19),
                     target: .party_worker, hoursTenths: 160, style: plain ? .iso : .slash, participation: 0.75,
                     participants: 1...3, bureauWide: 12, eligible: { $0.members > 0 }),
            Training(id: "T2017-03", title: "新发展党员和入党积极分子培训班", start: Day(2017, 11, 21), end: Day(2017, 11, 21),
                     target: .member, hoursTenths: 85, style: .iso, participation: 0.5,
                     participants: 1...5, eligible: { $0.hasBranch }),
            Training(id: "T2018-01", title: "学习贯彻党的十九大精神集中轮训班（第一期）", start: Day(2018, 1, 9), end: Day(2018, 1, 11),
                     target: .member, hoursTenths: 160, style: .iso, participation: 0.15,
                     participants: 1...4, eligible: { $0.hasBranch }),
        ]
    }

    /// The sample's full 2016 adds the year's first training (written before the others).
    static func previousYear(plain: Bool) -> [Training] {
        [
            Training(id: "T2016-01", title: "“两学一做”学习教育专题培训班", start: Day(2016, 6, 14), end: Day(2016, 6, 15),
                     target: .member, hoursTenths: 120, style: plain ? .iso : .slashTime, participation: 0.7,
                     participants: 1...3, bureauWide: 15, eligible: { $0.existedIn2016 && $0.branchActiveFrom2016 < Day(2016, 6, 14) }),
        ]
    }

    /// Scale mode: the further trainings of 2017 (T2017-04 …).
    static func extra(_ k: Int, _ rng: inout Rng) -> Training {
        let titles = ["党员教师师德师风专题培训班", "基层党组织书记轮训班", "学习贯彻党的十九大精神专题培训班",
                      "民办学校党建工作指导员培训班", "党费收缴与管理业务培训班"]
        let targets: [TrainingTarget] = [.teacher, .secretary, .member, .party_worker, .party_worker]
        let t = k % titles.count
        let start = rng.day(2017, rng.int(1, 12), workday: true)
        let digits = String(k + 4)
        return Training(id: "T2017-" + (digits.count < 2 ? "0" : "") + digits,
                        title: titles[t] + "（第\(k / titles.count + 1)期）", start: start, end: start.adding(rng.int(0, 2)),
                        target: targets[t], hoursTenths: [80, 120, 160, 240][rng.below(4)], style: .iso,
                        participation: 0.6, participants: 1...5, eligible: { $0.members > 0 })
    }
}
