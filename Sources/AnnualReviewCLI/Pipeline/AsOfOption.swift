import Foundation
import Ingest
import Model

/// `--as-of` (rules §6): any date form of the logs, or `YYYY-MM` for that month's last day.
enum AsOfOption {
    /// The day `written` names; a usage error in `language` when it names none.
    static func day(_ written: String, _ language: ReportLanguage) throws -> Day {
        let text = written.trimmingCharacters(in: .whitespaces)
        if let (year, month) = yearAndMonth(text) {
            guard (1...12).contains(month) else {
                throw Failure.usage(Catalogue.Values.noSuchMonth(column: "--as-of", value: written, month: month), language)
            }
            return Day.endOf(month: month, year: year)
        }
        let parsed: Day?
        do {
            parsed = try FieldValues.day(text)
        } catch {
            throw Failure.usage(error.text(column: "--as-of", found: written), language)
        }
        guard let parsed else { throw Failure.usage(Catalogue.Values.notADate(column: "--as-of", value: written), language) }
        return parsed
    }

    /// The review year is the as-of date's unless `--year` or the config's `year` says which; then
    /// the date must lie in it (a usage error in `language` otherwise).
    static func check(_ asOf: Day, written: String, year: Int?, configYear: Int?, _ language: ReportLanguage) throws {
        guard let stated = year ?? configYear, stated != asOf.year else { return }
        throw Failure.usage(Catalogue.Periods.asOfOutsideYear(written, year: stated, fromConfig: year == nil), language)
    }

    /// `YYYY-MM` (a year 1900–9999, as `--year` takes, and a one- or two-digit month), else nil.
    private static func yearAndMonth(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), (1900...9999).contains(year), let month = Int(parts[1]) else { return nil }
        return (year, month)
    }
}
