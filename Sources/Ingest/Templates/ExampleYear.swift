import Model

/// The small filled example that `template` writes to `example/`: the bureau and four schools
/// and one year (``year``) of their meetings, lectures and trainings, in the template's language.
/// It builds as it is, with no rejected row and no warning, and still shows what the workbook
/// does: a school that keeps every norm, one that misses a few months, a private kindergarten
/// covered by a joint branch, and a private school whose branch was founded in March.
///
/// Everything is made up and fixed (no clock, no randomness), so the same version writes the
/// same bytes.
struct ExampleYear {
    static let year = 2024

    let language: ReportLanguage
    private var zh: Bool { language == .zh }
    private var year: Int { Self.year }

    /// A vocabulary value as an office types it: the Chinese name, or the canonical id.
    private func word<V: Vocabulary>(_ value: V) -> String { zh ? value.chineseName : value.rawValue }
    private func text(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
    private func date(_ month: Int, _ day: Int) -> String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// A school of the example with a branch of its own: who it is and how it keeps the norms.
    private struct Branch {
        var site: String
        var members: Int
        /// The first month with a branch (founded that month).
        var firstMonth: Int
        /// Months without a branch committee meeting / party group meeting.
        var missedCommittee: Set<Int>
        var missedGroup: Set<Int>
        /// The day of its monthly Party day (the config's default day is the 28th).
        var partyDay: (Int) -> Int
        var heldDemocraticReview: Bool
        var lectureQuarters: [Int]
    }

    private var branches: [Branch] {
        [
            Branch(site: "S001", members: 24, firstMonth: 1, missedCommittee: [], missedGroup: [],
                   partyDay: { _ in 28 }, heldDemocraticReview: true, lectureQuarters: [1, 2, 3, 4]),
            Branch(site: "S002", members: 15, firstMonth: 1, missedCommittee: [7, 8], missedGroup: [2, 8],
                   partyDay: { $0 % 3 == 0 ? 25 : 28 }, heldDemocraticReview: false, lectureQuarters: [1, 2, 4]),
            Branch(site: "S004", members: 6, firstMonth: 3, missedCommittee: [], missedGroup: [5],
                   partyDay: { _ in 28 }, heldDemocraticReview: true, lectureQuarters: [2, 3, 4]),
        ]
    }

    func rows(_ log: LogKind) -> [[String]] {
        switch log {
        case .sites: sites
        case .meetings: meetings
        case .lectures: lectures
        case .trainings: trainings
        }
    }

    /// The example's own config: the organisation, the year and a few targets.
    var configYAML: String {
        let lines = zh
            ? ["# 示例配置：完整的配置项及默认值见 annual-review template 写出的文件夹中的 review.yml。",
               "year: \(year)",
               "organisation: 示例县教育局",
               "targets:",
               "  party_committee: 6",
               "  secretary_lectures: 4",
               "  trainings: 3",
               "  sites_covered: 4"]
            : ["# Example config: review.yml in the folder annual-review template wrote holds every key and its default.",
               "year: \(year)",
               "organisation: Example County Education Bureau",
               "language: en",
               "targets:",
               "  party_committee: 6",
               "  secretary_lectures: 4",
               "  trainings: 3",
               "  sites_covered: 4"]
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - sites.csv: site_id, name, locale, ownership, level, district, students, teachers,
    // party_members, branches, joint_branch, branch_founded, demo_site

    private var sites: [[String]] {
        let town = text("城关镇", "Chengguan"), village = text("河湾镇", "Hewan")
        return [
            ["JYJ", text("示例县教育局", "Example County Education Bureau"), word(SiteLocale.urban), word(Ownership.public),
             word(SchoolLevel.bureau), town, "", "", "32", "3", "", "", word(DemoLevel.none)],
            ["S001", text("示例县第一小学", "Example County No. 1 Primary School"), word(SiteLocale.urban), word(Ownership.public),
             word(SchoolLevel.primary), town, "1500", "90", "24", "1", "", "2009-06-30", word(DemoLevel.county)],
            ["S002", text("河湾镇中学", "Hewan Town Middle School"), word(SiteLocale.rural), word(Ownership.public),
             word(SchoolLevel.junior), village, "800", "60", "15", "1", "", "", word(DemoLevel.none)],
            ["S003", text("阳光幼儿园", "Sunshine Kindergarten"), word(SiteLocale.urban), word(Ownership.private),
             word(SchoolLevel.kindergarten), town, "300", "25", "3", "0", text("民办学校联合党支部", "Private Schools Joint Branch"), "", word(DemoLevel.none)],
            ["S004", text("育才学校", "Yucai School"), word(SiteLocale.rural), word(Ownership.private),
             word(SchoolLevel.nine_year), village, "600", "45", "6", "1", "", date(3, 15), word(DemoLevel.none)],
        ]
    }

    // MARK: - meetings.csv: date, site_id, type, attendees, expected, topic, record_id

    private var meetings: [[String]] {
        var rows: [(date: String, site: String, type: MeetingType, attendees: Int?, expected: Int?, topic: String)] = []
        // The bureau: the meetings behind the secretary's report.
        for month in [1, 3, 5, 7, 9, 11] {
            rows.append((date(month, 10), "JYJ", .party_committee, 9, 9, text("研究部署党建工作", "Planning the Party-building work")))
        }
        for month in [2, 6, 10] {
            rows.append((date(month, 15), "JYJ", .special_meeting, 8, 9, text("基层党建专题会", "Grassroots Party building")))
        }
        for month in [4, 8, 12] {
            rows.append((date(month, 20), "JYJ", .study_session, 12, 12, text("理论学习中心组学习", "Theory study group")))
        }
        rows.append((date(3, 22), "JYJ", .visit, nil, nil, text("调研河湾镇中学党建工作", "Visit to Hewan Town Middle School")))
        rows.append((date(9, 12), "JYJ", .visit, nil, nil, text("调研育才学校党支部建设", "Visit to the Yucai School branch")))
        // The schools with a branch: organisational life month by month.
        for branch in branches {
            let members = branch.members
            for month in branch.firstMonth...12 {
                let attendees = month % 4 == 0 ? members - 1 : members
                if !branch.missedCommittee.contains(month) {
                    rows.append((date(month, 8), branch.site, .branch_committee, min(5, members), min(5, members), text("支委会", "Branch committee")))
                }
                if !branch.missedGroup.contains(month) {
                    rows.append((date(month, 18), branch.site, .party_group, attendees, members, text("党小组学习", "Party group study")))
                }
                rows.append((date(month, branch.partyDay(month)), branch.site, .party_day, attendees, members,
                             text("主题党日活动", "Monthly Party day")))
                if month % 3 == 0 {
                    rows.append((date(month, 12), branch.site, .branch_general, attendees, members, text("支部党员大会", "Branch general meeting")))
                }
            }
            rows.append((date(12, 20), branch.site, .org_life, members, members, text("年度组织生活会", "Annual organisational life meeting")))
            if branch.heldDemocraticReview {
                rows.append((date(12, 22), branch.site, .democratic_review, members, members, text("民主评议党员", "Democratic review of members")))
            }
            rows.append((date(6, 5), branch.site, .talk, nil, nil, text("谈心谈话", "Heart-to-heart talks")))
        }
        rows.sort { ($0.date, $0.site) < ($1.date, $1.site) }
        return rows.enumerated().map { index, row in
            [row.date, row.site, word(row.type), row.attendees.map(String.init) ?? "", row.expected.map(String.init) ?? "",
             row.topic, "M\(year)-\(String(index + 1).leftPadded(to: 4))"]
        }
    }

    // MARK: - lectures.csv: date, site_id, lecturer, lecturer_role, audience, hours, topic

    private var lectures: [[String]] {
        var rows: [[String]] = []
        for quarter in 1...4 {
            rows.append([date(quarter * 3 - 1, 26), "JYJ", text("张书记", "Secretary Zhang"), word(LecturerRole.secretary), "60", "2",
                         text("学习贯彻党的创新理论", "Studying the Party's new theory")])
        }
        for branch in branches {
            for quarter in branch.lectureQuarters {
                rows.append([date(quarter * 3 - 1, 14), branch.site, text("支部书记", "Branch secretary"), word(LecturerRole.secretary),
                             String(branch.members), "1.5", text("党课：不忘初心", "Party lecture: our founding mission")])
            }
        }
        rows.append([date(11, 6), "S001", text("李老师", "Ms Li"), word(LecturerRole.member), "20", "1",
                     text("师德师风专题党课", "Teachers' ethics")])
        return rows.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
    }

    // MARK: - trainings.csv: training_id, title, start_date, end_date, site_id, participants, hours, target_group

    private var trainings: [[String]] {
        let secretaries = text("党支部书记培训班", "Branch secretaries' course")
        let workers = text("党务工作者培训", "Party workers' training")
        let members = text("党员网上集中轮训", "Online training of members")
        var rows: [[String]] = []
        for branch in branches {
            rows.append(["T\(year)-01", secretaries, date(4, 10), date(4, 12), branch.site, "1", "24", word(TrainingTarget.secretary)])
        }
        rows.append(["T\(year)-02", workers, date(9, 5), date(9, 5), "", "30", "3", word(TrainingTarget.party_worker)])
        for (site, count) in [("S001", 24), ("S002", 15), ("S003", 3)] {
            rows.append(["T\(year)-03", members, date(11, 1), date(11, 30), site, String(count), "8", word(TrainingTarget.member)])
        }
        return rows
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
