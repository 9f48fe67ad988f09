import Model
import XLSX

/// The leadership workbook (rules §5) as a value: its document properties and its nine sheets,
/// built from `ReviewData` without writing anything.
struct WorkbookModel: Equatable {
    var properties: DocumentProperties
    var sheets: [SheetModel]

    /// The workbook of `data`; `draft` is its eighth sheet, the overdue list its ninth. The same
    /// data always gives the same value (the creation time is the latest date of the year's rows).
    static func make(_ data: ReviewData, draft: ReportDraft) -> WorkbookModel {
        let labels = Labels(language: data.language)
        let first = [
            SummarySheet(data: data, labels: labels).make(),
            MonthlySheet(data: data, labels: labels).make(),
            SitesSheet(data: data, labels: labels).make(),
            ImbalanceSheet(data: data, labels: labels).make(),
            RankingSheet(data: data, labels: labels).make(),
        ]
        let cut = first.flatMap { sheet in sheet.cut.map { (sheet: sheet.name, cell: $0.cell, length: $0.length) } }
        return WorkbookModel(properties: properties(data, labels), sheets: first + [
            QualitySheet(data: data, labels: labels, cutElsewhere: cut).make(),
            DefinitionsSheet(data: data, labels: labels).make(),
            DraftSheet(draft: draft, data: data, labels: labels).make(),
            OverdueSheet(data: data, labels: labels).make(),
        ])
    }

    static func properties(_ data: ReviewData, _ labels: Labels) -> DocumentProperties {
        let created = Int64(data.latestDay.daysSinceEpoch) * 86_400
        var properties = DocumentProperties(
            created: created, title: data.title,
            subject: labels.text(Catalogue.Sheets.subject(year: data.year)),
            author: "annual-review \(ToolVersion.current)",
            company: data.config.organisation.isEmpty ? nil : data.config.organisation,
            keywords: labels.text(Catalogue.Sheets.keywords),
            comments: "fingerprint \(data.fingerprint)")
        // The provenance the Summary keeps to a small line at its foot, in full.
        properties.custom = [
            CustomProperty(name: labels.text(Catalogue.Sheets.inputFingerprint), value: data.fingerprint),
            CustomProperty(name: labels.text(Catalogue.Sheets.Summary.toolVersion), value: "annual-review \(ToolVersion.current)"),
        ]
        return properties
    }
}
