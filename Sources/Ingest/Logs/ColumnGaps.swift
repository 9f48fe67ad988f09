import Model

/// The optional columns that feed figures (rules §2): a file with data rows that lacks one gets
/// a warning naming what stays empty, and the column is listed in `LogQuality.missingColumns`.
/// Every other optional column a file lacks is told as info.
enum ColumnGaps {
    /// What `column` (a canonical id) of `log` leaves empty when a file lacks it; `nil` for a
    /// column no figure needs.
    static func gap(_ log: LogKind, _ column: String) -> Catalogue.Headers.Gap? {
        switch (log, column) {
        case (.sites, "party_members"): .perMember
        case (.sites, "branches"): .branches
        case (.sites, "joint_branch"): .coverage
        case (.sites, "branch_founded"): .proRating
        case (.sites, "demo_site"): .demoSites
        case (.meetings, "attendees"), (.meetings, "expected"): .attendance
        case (.meetings, "record_id"): .duplicates
        case (.lectures, "lecturer_role"): .lecturerRole
        default: nil
        }
    }
}
