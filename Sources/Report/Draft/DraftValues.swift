import Foundation
import Indicators
import Model

/// The values of the draft, computed from `ReviewData` only (the workbook's and the JSON's
/// source), formatted as the report writes them.
///
/// Every optional number comes with a `has_…` flag and reads "—" when undefined, so the text
/// never shows NaN or nil; the template decides the phrase for a missing value. The flag of a
/// count (a number of meetings, sites, lectures …, a target) is true only when the count is known
/// and above 0, so a sentence hung on it never states a 0; the flag of a rate or a mean is true
/// when it is defined.
public enum DraftValues {
    /// The level both mean rates of 三会一课 and the Party day must reach (as shown, one
    /// decimal) for organisational life to count as regular: the built-in template then writes
    /// to consolidate it (巩固) rather than to strengthen it (加强).
    public static let orgLifeStandard = 0.9

    // MARK: The values

    /// The template's context: every name of `catalog`, no other.
    public static func make(_ data: ReviewData) -> [String: Any] {
        let words = DraftWords(language: data.language)
        let language = data.language
        let dash = words.dash
        var v: [String: Any] = [:]
        func optional(_ name: String, _ value: String?) {
            v["has_\(name)"] = value != nil
            v[name] = value ?? dash
        }
        /// A count that may be unknown: its text ("—" when unknown) and `has_…` (known and > 0).
        func count(_ name: String, _ value: Int?) {
            v[name] = value.map(String.init) ?? dash
            v["has_\(name)"] = (value ?? 0) > 0
        }
        func about(_ value: Int?) -> String { value.map { DraftNumber.about($0, language: language) } ?? dash }

        // General.
        // Text from the inputs: one line, its Markdown marks escaped.
        let organisation = MarkdownText.escaped(DraftOrdinals.removingMarks(data.config.organisation))
        v["organisation"] = organisation
        v["has_organisation"] = !organisation.isEmpty
        v["title"] = MarkdownText.escaped(DraftOrdinals.removingMarks(data.title))
        v["year"] = String(data.year)
        v["previous_year"] = String(data.year - 1)
        v["next_year"] = String(data.year + 1)
        v["as_of"] = data.indicators.asOf.description
        v["as_of_date"] = Catalogue.Sheets.date(data.indicators.asOf).text(language)
        v["is_as_of_run"] = data.asOfDuringYear != nil
        v["ordinal"] = DraftOrdinals.mark

        // Headline figures, exactly the Summary sheet's values.
        for key in HeadlineKey.allCases {
            let k = key.rawValue
            let value = data.headline(key)
            v[k] = value.map { headlineText($0, key) } ?? dash
            v["has_\(k)"] = (value ?? 0) > 0
            v["\(k)_about"] = value.map { DraftNumber.about($0, language: language) } ?? dash
            let previous = data.previousHeadline(key)
            v["previous_\(k)"] = previous.map { headlineText($0, key) } ?? dash
            v["has_previous_\(k)"] = (previous ?? 0) > 0
            let target = data.config.targets[key], next = data.config.nextYearTargets[key]
            v["target_\(k)"] = target.map(DraftNumber.hours) ?? dash
            v["has_target_\(k)"] = (target ?? 0) > 0
            v["next_\(k)"] = next.map(DraftNumber.hours) ?? dash
            v["has_next_\(k)"] = (next ?? 0) > 0
        }

        // The register.
        let s = data.indicators.siteTotals
        count("sites_total", s.total)
        count("urban_sites", s.byLocale[.urban] ?? 0)
        count("rural_sites", s.byLocale[.rural] ?? 0)
        count("public_sites", s.byOwnership[.public] ?? 0)
        count("private_sites", s.byOwnership[.private] ?? 0)
        optional("coverage_rate", s.total > 0 ? DraftNumber.percent(Double(s.covered) / Double(s.total)) : nil)
        let foundedPublic = s.foundedInYear[.public] ?? 0
        count("branches_founded", foundedPublic + (s.foundedInYear[.private] ?? 0))
        count("branches_founded_public", foundedPublic)
        count("demo_province", s.demo[.province] ?? 0)
        count("demo_city", s.demo[.city] ?? 0)
        count("demo_county", s.demo[.county] ?? 0)
        let levels = [DemoLevel.province, .city, .county].filter { (s.demo[$0] ?? 0) > 0 }
        v["demo_levels"] = levels.enumerated().map { i, level -> [String: Any] in
            ["level": words.demoLevel(level), "count": String(s.demo[level]!), "is_first": i == 0, "is_last": i == levels.count - 1]
        }
        v["has_several_demo_levels"] = levels.count > 1

        // Organisational life: meetings by type, bureau and sites.
        let totals = data.indicators.totals
        for type in branchMeetingTypes {
            let k = "meetings_\(type.rawValue)"
            count(k, totals.meetings(type))
            v["\(k)_about"] = about(totals.meetings(type))
        }
        let sanhui = sanhuiMeetingTypes.filter { (totals.meetings($0) ?? 0) > 0 }
        v["sanhui_meetings"] = sanhui.enumerated().map { i, type -> [String: Any] in
            let n = totals.meetings(type)!
            return ["meeting": words.meeting(type), "count": String(n), "count_about": about(n),
                    "is_first": i == 0, "is_last": i == sanhui.count - 1]
        }
        v["has_sanhui_meetings"] = !sanhui.isEmpty

        // Compliance.
        let sites = data.indicators.sites
        count("ranked_sites", sites.filter { $0.rank != nil }.count)
        func mean(_ i: ImbalanceIndicator) -> Double? { data.imbalance.dispersion(i).mean.flatMap { $0.isFinite ? $0 : nil } }
        let sanhuiRate = mean(.sanhui_rate), partyDayRate = mean(.party_day_rate)
        optional("sanhui_rate", sanhuiRate.map(DraftNumber.percent))
        optional("party_day_rate", partyDayRate.map(DraftNumber.percent))
        optional("attendance_rate", mean(.attendance_rate).map(DraftNumber.percent))
        optional("score_mean", mean(.score).map(DraftNumber.fixedOne))
        let withSanhui = sites.filter { $0.fullyCompliant != nil }
        let compliant = withSanhui.filter { $0.fullyCompliant == true }.count
        count("fully_compliant_sites", compliant)
        optional("fully_compliant_share", withSanhui.isEmpty ? nil : DraftNumber.percent(Double(compliant) / Double(withSanhui.count)))
        let withPartyDay = sites.compactMap(\.partyDayRate)
        let missed = withPartyDay.filter { $0 < 1 }.count
        count("party_day_missed_sites", missed)
        optional("party_day_missed_share", withPartyDay.isEmpty ? nil : DraftNumber.percent(Double(missed) / Double(withPartyDay.count)))
        let orgLifeRates = [sanhuiRate, partyDayRate].compactMap { $0 }
        let standard = DraftNumber.tenthsOfPercent(orgLifeStandard)
        v["org_life_standard"] = DraftNumber.hours(orgLifeStandard * 100) + "%"
        v["org_life_meets_standard"] = !orgLifeRates.isEmpty && orgLifeRates.allSatisfy { DraftNumber.tenthsOfPercent($0) >= standard }
        v["org_life_below_standard"] = orgLifeRates.contains { DraftNumber.tenthsOfPercent($0) < standard }

        // The bottom list: counted, never named (the names are on the Ranking and Overdue sheets).
        let bottom = data.indicators.bottom.count
        v["bottom_count"] = String(bottom)
        v["has_bottom"] = bottom > 0

        // The gaps named as problems.
        let all = data.imbalance.significantGaps()
        let locale = all.filter { $0.dimension == .locale }
        let ownership = all.filter { $0.dimension == .ownership }
        v["significant_gaps"] = items(all, words)
        v["significant_gap_count"] = String(all.count)
        v["has_significant_gap"] = !all.isEmpty
        v["no_significant_gap"] = all.isEmpty
        v["locale_gaps"] = items(locale, words)
        v["has_locale_gap"] = !locale.isEmpty
        v["ownership_gaps"] = items(ownership, words)
        v["has_ownership_gap"] = !ownership.isEmpty
        let orgLife = all.filter(\.indicator.isOrganisationalLife)
        let training = all.filter { !$0.indicator.isOrganisationalLife }
        v["org_life_gaps"] = items(orgLife, words)
        v["has_org_life_gap"] = !orgLife.isEmpty
        v["org_life_lagging_groups"] = laggingGroups(orgLife, words)
        v["training_gaps"] = items(training, words)
        v["has_training_gap"] = !training.isEmpty
        v["training_lagging_groups"] = laggingGroups(training, words)

        // Whether each paragraph of the built-in template has something to say.
        func flag(_ name: String) -> Bool { v[name] as? Bool ?? false }
        v["has_leadership_figures"] = ["party_committee", "special_meeting", "study_session", "visits"].contains { flag("has_\($0)") }
        v["has_education_figures"] = ["secretary_lectures", "lectures", "trainings"].contains { flag("has_\($0)") }
        v["has_org_life_figures"] = branchMeetingTypes.filter { $0 != .other }.contains { flag("has_meetings_\($0.rawValue)") }
            || ["sanhui_rate", "party_day_rate", "attendance_rate"].contains { flag("has_\($0)") }
        v["has_problem_figures"] = ["org_life_below_standard", "has_org_life_gap", "has_training_gap", "has_bottom"].contains { flag($0) }

        // Next year.
        let keys = HeadlineKey.allCases.filter { (data.config.nextYearTargets[$0] ?? 0) > 0 }
        v["next_year_targets"] = keys.enumerated().map { i, key -> [String: Any] in
            let (label, unit) = words.headline(key)
            let thisYear = data.headline(key)
            return [
                "key": key.rawValue, "label": label, "unit": unit,
                "target": DraftNumber.hours(data.config.nextYearTargets[key]!),
                "this_year": thisYear.map { headlineText($0, key) } ?? dash, "has_this_year": (thisYear ?? 0) > 0,
                "is_first": i == 0, "is_last": i == keys.count - 1,
            ]
        }
        v["has_next_year_targets"] = !keys.isEmpty

        // What the data could not carry.
        let missing = data.indicators.missingLogs.map { Catalogue.Schema.logName($0).text(language) }
        v["missing_logs"] = words.join(missing)
        v["has_missing_logs"] = !missing.isEmpty
        let weights = data.indicators.scoreWeights
        v["score_parts_omitted"] = words.join(weights.omitted.map { Catalogue.Figures.scorePart($0).text(language) })
        v["has_score_parts_omitted"] = !weights.omitted.isEmpty
        let kept = weights.omitted.isEmpty ? [] : ScorePart.allCases.filter { weights.weight($0) > 0 }
        v["score_weights"] = words.join(kept.map {
            Catalogue.Figures.weight($0, DraftNumber.hours(weights.weight($0))).text(language)
        })
        return v
    }

    /// A headline value as the Summary sheet shows it: counts as integers, person-hours with at
    /// most one decimal.
    static func headlineText(_ value: Double, _ key: HeadlineKey) -> String {
        key == .training_person_hours ? DraftNumber.hours(value) : DraftNumber.count(value)
    }

    // MARK: Gaps named as problems (found by `ImbalanceAnalysis.significantGaps`)

    /// The lagging groups of `gaps`, each once, in the gaps' order, joined.
    static func laggingGroups(_ gaps: [SignificantGap], _ words: DraftWords) -> String {
        var groups: [String] = []
        for gap in gaps where !groups.contains(words.group(gap.lagging.group)) { groups.append(words.group(gap.lagging.group)) }
        return words.join(groups)
    }

    static func items(_ gaps: [SignificantGap], _ words: DraftWords) -> [[String: Any]] {
        gaps.enumerated().map { i, gap in
            [
                "dimension": words.dimension(gap.dimension),
                "indicator": words.indicator(gap.indicator),
                "lagging_group": words.group(gap.lagging.group),
                "leading_group": words.group(gap.leading.group),
                "lagging_mean": words.value(gap.lagging.mean!, of: gap.indicator),
                "leading_mean": words.value(gap.leading.mean!, of: gap.indicator),
                "difference": words.difference(gap.difference, of: gap.indicator),
                "is_first": i == 0,
                "is_last": i == gaps.count - 1,
            ]
        }
    }
}
