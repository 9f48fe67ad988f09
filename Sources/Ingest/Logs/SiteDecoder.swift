import Model

/// sites.csv rows → the register. A repeated site_id (ASCII case ignored: `s02` repeats `S02`):
/// the first row that passes the value checks is kept, later ones are rejected (§2).
struct SiteDecoder: RowDecoder {
    typealias Column = SiteColumn
    /// Sites are entered in the register as they are decoded (a repeated site_id needs the
    /// rows before it), so there is nothing left to commit.
    typealias Decoded = Void
    static let log = LogKind.sites

    var register = SiteRegister()
    var vocab: Vocabularies
    /// Line of the kept row per site index, for the duplicate message.
    var keptLines: [(file: String, line: Int)] = []

    mutating func decode(_ row: inout Row) -> Void? {
        typealias C = SiteColumn
        let id = row.required(C.site_id.rawValue) { raw throws(ValueError) in try FieldText.text(raw) }
        let name = row.required(C.name.rawValue) { raw throws(ValueError) in try FieldText.text(raw) }
        let locale = row.required(C.locale.rawValue) { raw throws(ValueError) in try vocab.locale.match(raw) }
        let ownership = row.required(C.ownership.rawValue) { raw throws(ValueError) in try vocab.ownership.match(raw) }
        let level = row.required(C.level.rawValue) { raw throws(ValueError) in try vocab.level.match(raw) }
        let district = row.optional(C.district.rawValue) { raw throws(ValueError) in try FieldText.text(raw) }
        let students = row.optional(C.students.rawValue, IntegerField.count)
        let teachers = row.optional(C.teachers.rawValue, IntegerField.count)
        let members = row.optional(C.party_members.rawValue, IntegerField.count)
        let branches = row.optional(C.branches.rawValue, IntegerField.count)
        let joint = row.optional(C.joint_branch.rawValue) { raw throws(ValueError) in try FieldText.text(raw) }
        let founded = row.optional(C.branch_founded.rawValue, DateField.day)
        let demo = row.optional(C.demo_site.rawValue) { raw throws(ValueError) in try vocab.demo.match(raw) }

        guard let id, let name, let locale, let ownership, let level, !row.isRejected else {
            if let id, row.isRejected { noteRejected(id, row: row) }
            return nil
        }
        // Ids that differ only in ASCII case are one id (rules §2): the later row is a repeat.
        let (index, inserted) = SiteRegister.folded(id) { key in
            register.index.insert(Int32(register.sites.count), forKey: key)
        }
        guard inserted else {
            let keptIndex = Int(register.index[index: index])
            let first = keptLines[keptIndex]
            row.reject(C.site_id.rawValue, code: "duplicate_site_id",
                       Catalogue.Values.repeatedSite(column: row.columnName(C.site_id.rawValue), value: id,
                                                     kept: register.sites[keptIndex].id, file: first.file, line: first.line),
                       value: id)
            return nil
        }
        keptLines.append((row.file, row.line))
        register.sites.append(Site(
            id: id, name: name, locale: locale, ownership: ownership, level: level, district: district,
            students: students, teachers: teachers, partyMembers: members ?? 0, branches: branches ?? 0,
            jointBranch: joint, branchFounded: founded, demo: demo ?? .none))
        return ()
    }

    static func day(of row: Void) -> Day? { nil }
    mutating func commit(_ row: Void) {}

    /// A row rejected for its shape or bytes still names its site_id, when that field is
    /// readable: a log row naming it is told the register's row was rejected.
    mutating func rejectedBeforeDecoding(_ row: borrowing Row) {
        guard let id = row.withField(SiteColumn.site_id.rawValue, { raw in try? FieldText.text(raw) }) ?? nil else { return }
        noteRejected(id, row: row)
    }

    /// The register's sites and ids so far.
    struct Mark {
        fileprivate var sites: Int
        fileprivate var rejected: Int
    }

    var mark: Mark { Mark(sites: register.sites.count, rejected: register.rejected.count) }

    mutating func rollBack(to mark: Mark) {
        register.sites.removeSubrange(mark.sites...)
        keptLines.removeSubrange(mark.sites...)
        register.index.truncate(to: mark.sites)
        register.rejected.truncate(to: mark.rejected)
    }

    /// Remembers the first rejected row of `id` (a kept row of the same id wins at lookup).
    private mutating func noteRejected(_ id: String, row: borrowing Row) {
        SiteRegister.folded(id) { key in _ = register.rejected.insert(.init(file: row.file, line: row.line), forKey: key) }
    }
}
