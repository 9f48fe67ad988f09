import Model
/// 学段, the levels of rules §2 (the bureau apart).
enum Level: Int, CaseIterable {
    case senior, vocational, junior, nineYear, primary, special, kindergarten, training, other

    /// The register's 学段 value (written as its Chinese name).
    var schoolLevel: SchoolLevel {
        switch self {
        case .senior: .senior
        case .vocational: .vocational
        case .junior: .junior
        case .nineYear: .nine_year
        case .primary: .primary
        case .special: .special
        case .kindergarten: .kindergarten
        case .training: .training
        case .other: .other
        }
    }

    /// Of 300 sites: how many, how many private, how many rural (≈ 21 % private, ≈ 45 % rural).
    var quota: (count: Int, privately: Int, rural: Int) {
        switch self {
        case .senior: (12, 2, 3)
        case .vocational: (6, 1, 1)
        case .junior: (38, 3, 22)
        case .nineYear: (20, 2, 14)
        case .primary: (105, 5, 62)
        case .special: (2, 0, 0)
        case .kindergarten: (82, 30, 31)
        case .training: (22, 20, 2)
        case .other: (13, 0, 0)
        }
    }

    /// Students per teacher and the range of students.
    var students: (urban: ClosedRange<Int>, rural: ClosedRange<Int>, perTeacher: Double)? {
        switch self {
        case .senior: (1800...4200, 900...2200, 12)
        case .vocational: (800...3000, 600...1500, 14)
        case .junior: (900...2600, 200...1300, 12)
        case .nineYear: (700...1800, 250...1200, 13)
        case .primary: (900...3200, 90...900, 17)
        case .special: (60...220, 60...120, 4)
        case .kindergarten: (150...600, 60...300, 10)
        case .training: (80...900, 60...300, 20)
        case .other: nil
        }
    }

    /// Share of the teachers who are Party members in a public site.
    var memberShare: Double {
        switch self {
        case .senior: 0.45
        case .vocational: 0.36
        case .junior: 0.36
        case .nineYear: 0.33
        case .primary: 0.31
        case .special: 0.33
        case .kindergarten: 0.19
        case .training: 0.12
        case .other: 0.6
        }
    }
}

enum Demo: Int { case none, county, city, province
    /// The register's 示范点 cell: empty for none (an empty demo_site is `none`), else the
    /// level's Chinese name.
    var chinese: String {
        switch self {
        case .none: ""
        case .county: DemoLevel.county.chineseName
        case .city: DemoLevel.city.chineseName
        case .province: DemoLevel.province.chineseName
        }
    }
}

/// One row of the register, with the behaviour that drives its logs.
struct Site {
    var index = 0                 // 0 = the bureau
    var id = ""
    var idBytes: [UInt8] = []
    var name = ""
    var level: Level? = nil       // nil = the bureau (机关)
    var rural = false
    var privately = false
    var district = ""
    var districtIndex = 0
    var students: Int? = nil
    var teachers: Int? = nil
    var members = 0
    var branches = 0
    var jointBranch = ""
    var founded: Day? = nil
    var foundedStyle = DateStyle.iso
    var demo = Demo.none
    /// Probability of meeting a monthly norm; quarterly and yearly ones follow from it.
    var regularity = 0.9
    /// Share of the Party days held on the 28th.
    var onDay = 0.8
    /// Mean share of the expected members absent.
    var absence = 0.05
    var groups = 1
    var dateStyle = DateStyle.iso
    var usesActivityDayAlias = false
    var bottom = false
    var secretary = ""
    var leaders: [String] = []
    /// Meetings and lectures of a site without a branch of its own in the year.
    var lowMeetings = 0
    var lowLectures = 0
    /// Sample mode: the 学生数 cell written instead of the number (a deliberate warning).
    var studentsOverride: String? = nil

    var isBureau: Bool { level == nil }
    /// As rules §2 reads `branches` and `branch_founded` for the review year 2017.
    var hasBranch: Bool { branches > 0 && (founded.map { $0.year <= 2017 } ?? true) }
    var branchActiveFrom: Day {
        if let f = founded, f.year == 2017 { return f }
        return Day(2017, 1, 1)
    }
    var existedIn2016: Bool { hasBranch && (founded.map { $0.year < 2017 } ?? true) }
}
