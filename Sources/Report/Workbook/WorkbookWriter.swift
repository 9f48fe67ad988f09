import Foundation
import Indicators
import Model
import XLSX

/// Writes the leadership workbook (rules §5) from `ReviewData`: the same data always gives the same
/// bytes (the creation time is the latest date of the year's rows, nothing reads the clock).
public enum WorkbookWriter {
    /// Writes the workbook at `path` itself (a temporary file of `ReportFiles`, which moves it
    /// into place); `draft` is its eighth sheet, the overdue list its ninth.
    /// - Throws: `XLSXError` when the workbook cannot be written (then nothing is left at `path`).
    public static func write(_ data: ReviewData, draft: ReportDraft, at path: String) throws {
        try WorkbookRenderer.render(WorkbookModel.make(data, draft: draft), at: path)
    }
}

extension ReviewData {
    /// The value of a headline figure this year (rules §4.1), as the Summary and the draft show it;
    /// `nil` when the log it is counted from is missing (rules §2).
    func headline(_ key: HeadlineKey) -> Double? {
        let s = indicators.siteTotals
        switch key {
        case .sites_with_branch: return Double(s.withBranch)
        case .sites_covered: return Double(s.covered)
        case .branches_founded_private: return Double(s.foundedInYear[.private] ?? 0)
        case .demo_sites: return Double(s.demo.values.reduce(0, +))
        default: return activityHeadline(key, of: indicators.totals)
        }
    }

    /// Last year's value of a headline figure, when the inputs have last year's rows of its log
    /// and the figure is dated (the register is not).
    func previousHeadline(_ key: HeadlineKey) -> Double? {
        indicators.previous.flatMap { activityHeadline(key, of: $0) }
    }

    private func activityHeadline(_ key: HeadlineKey, of t: ActivityTotals) -> Double? {
        switch key {
        case .party_committee: return t.bureauMeetings(.party_committee).map(Double.init)
        case .special_meeting: return t.bureauMeetings(.special_meeting).map(Double.init)
        case .study_session: return t.bureauMeetings(.study_session).map(Double.init)
        case .visits: return t.visits.map(Double.init)
        case .secretary_lectures: return t.bureauLectures(.secretary).map(Double.init)
        case .lectures: return t.lectures.map(Double.init)
        case .trainings: return t.trainings.map(Double.init)
        case .training_participants: return t.trainingParticipants.map(Double.init)
        case .training_person_hours: return t.trainingPersonHours.map { NSDecimalNumber(decimal: $0).doubleValue }
        case .sites_with_branch, .sites_covered, .branches_founded_private, .demo_sites: return nil
        }
    }

    /// The log a headline figure is counted from; `nil` for the register's figures.
    func log(of key: HeadlineKey) -> LogKind? {
        switch key {
        case .party_committee, .special_meeting, .study_session, .visits: .meetings
        case .secretary_lectures, .lectures: .lectures
        case .trainings, .training_participants, .training_person_hours: .trainings
        case .sites_with_branch, .sites_covered, .branches_founded_private, .demo_sites: nil
        }
    }
}
