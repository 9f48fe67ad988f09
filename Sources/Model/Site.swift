/// One row of the register (sites.csv): a school, a kindergarten, a training body, or the bureau.
public struct Site: Hashable, Sendable {
    public var id: String
    public var name: String
    public var locale: SiteLocale
    public var ownership: Ownership
    public var level: SchoolLevel
    public var district: String?
    public var students: Int?
    public var teachers: Int?
    public var partyMembers: Int
    public var branches: Int
    public var jointBranch: String?
    public var branchFounded: Day?
    public var demo: DemoLevel

    public init(
        id: String, name: String, locale: SiteLocale, ownership: Ownership, level: SchoolLevel,
        district: String? = nil, students: Int? = nil, teachers: Int? = nil, partyMembers: Int = 0,
        branches: Int = 0, jointBranch: String? = nil, branchFounded: Day? = nil, demo: DemoLevel = .none
    ) {
        self.id = id; self.name = name; self.locale = locale; self.ownership = ownership
        self.level = level; self.district = district; self.students = students; self.teachers = teachers
        self.partyMembers = partyMembers; self.branches = branches; self.jointBranch = jointBranch
        self.branchFounded = branchFounded; self.demo = demo
    }

    /// The bureau's own row(s): counted in totals, never compared with schools.
    public var isBureau: Bool { level == .bureau }

    /// Whether the site has a branch of its own in `year` (rules §2): `branches > 0` and the branch
    /// was not founded after the year's end.
    public func hasBranch(in year: Int) -> Bool {
        branches > 0 && (branchFounded.map { $0.year <= year } ?? true)
    }

    /// Whether the site has a branch of its own by the end of `day`.
    public func hasBranch(by day: Day) -> Bool {
        branches > 0 && (branchFounded.map { $0 <= day } ?? true)
    }

    /// A branch of its own, or a joint branch covering it (rules §4.1 "sites covered").
    public func isCovered(in year: Int) -> Bool {
        hasBranch(in: year) || !(jointBranch ?? "").isEmpty
    }
}

extension String {
    /// Orders by UTF-8 bytes, the order of site ids in every output (rules §4.2).
    public func utf8Precedes(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}
