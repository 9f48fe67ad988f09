import Foundation
import Indicators
import Model
import XLSX

/// Writes the leadership workbook (rules §5) from `ReviewData`: the same data always gives the same
/// bytes (the creation time is the latest date of the year's rows, nothing reads the clock).
public enum WorkbookWriter {
    /// Writes the workbook; `draft` is its eighth sheet.
    /// - Throws: `XLSXError` when the workbook cannot be written (then nothing is left at `path`).
    public static func write(_ data: ReviewData, draft: ReportDraft, to path: String) throws {
        let labels = Labels(language: data.language)
        let created = Int64(data.latestDay.daysSinceEpoch) * 86_400
        let properties = DocumentProperties(
            created: created, title: data.title,
            subject: labels.pick("\(data.year)年度基层党建工作年终评估", "Year-end review of Party-building work, \(data.year)"),
            author: "annual-review \(ToolVersion.current)",
            company: data.config.organisation.isEmpty ? nil : data.config.organisation,
            keywords: labels.pick("党建, 三会一课, 年终评估", "Party building, compliance, year-end review"),
            comments: "fingerprint \(data.fingerprint)")
        try Workbook.write(to: path, properties: properties) { workbook in
            var cut: [(sheet: String, cell: String, length: Int)] = []
            func record(_ writer: SheetWriter) { cut += writer.cut.map { (writer.name, $0.cell, $0.length) } }
            record(try SummarySheet(data: data, labels: labels).write(into: workbook))
            record(try MonthlySheet(data: data, labels: labels).write(into: workbook))
            record(try SitesSheet(data: data, labels: labels).write(into: workbook))
            record(try ImbalanceSheet(data: data, labels: labels).write(into: workbook))
            record(try RankingSheet(data: data, labels: labels).write(into: workbook))
            try QualitySheet(data: data, labels: labels, cutElsewhere: cut).write(into: workbook)
            try DefinitionsSheet(data: data, labels: labels).write(into: workbook)
            _ = try DraftSheet(draft: draft, data: data, labels: labels).write(into: workbook)
        }
    }
}

extension ReviewData {
    /// The value of a headline figure this year (rules §4.1), as the Summary and the draft show it.
    func headline(_ key: HeadlineKey) -> Double {
        let t = indicators.totals, s = indicators.siteTotals
        switch key {
        case .party_committee: return Double(t.bureauMeetings(.party_committee))
        case .special_meeting: return Double(t.bureauMeetings(.special_meeting))
        case .study_session: return Double(t.bureauMeetings(.study_session))
        case .visits: return Double(t.visits)
        case .secretary_lectures: return Double(t.bureauLectures(.secretary))
        case .lectures: return Double(t.lectures)
        case .trainings: return Double(t.trainings)
        case .training_participants: return Double(t.trainingParticipants)
        case .training_person_hours: return NSDecimalNumber(decimal: t.trainingPersonHours).doubleValue
        case .sites_with_branch: return Double(s.withBranch)
        case .sites_covered: return Double(s.covered)
        case .branches_founded_private: return Double(s.foundedInYear[.private] ?? 0)
        case .demo_sites: return Double(s.demo.values.reduce(0, +))
        }
    }

    /// Last year's value of a headline figure, when the inputs have last year's rows and the
    /// figure is dated (the register is not).
    func previousHeadline(_ key: HeadlineKey) -> Double? {
        guard let p = indicators.previous else { return nil }
        switch key {
        case .party_committee: return Double(p.bureauMeetings(.party_committee))
        case .special_meeting: return Double(p.bureauMeetings(.special_meeting))
        case .study_session: return Double(p.bureauMeetings(.study_session))
        case .visits: return Double(p.visits)
        case .secretary_lectures: return Double(p.bureauLectures(.secretary))
        case .lectures: return Double(p.lectures)
        case .trainings: return Double(p.trainings)
        case .training_participants: return Double(p.trainingParticipants)
        case .training_person_hours: return NSDecimalNumber(decimal: p.trainingPersonHours).doubleValue
        case .sites_with_branch, .sites_covered, .branches_founded_private, .demo_sites: return nil
        }
    }
}
