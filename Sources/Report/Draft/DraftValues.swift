import Foundation
import Indicators
import Model

/// One name a draft template may use: the documented list (docs/draft-template.md) and the
/// list the template is checked against before it is rendered.
public struct DraftValueName: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Text to print with `{{name}}` (numbers come formatted).
        case text
        /// A boolean for `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
        case flag
        /// A list for `{{#name}}…{{/name}}`, whose items have the names given.
        case list(items: [DraftValueName])
    }

    public let name: String
    public let kind: Kind
    /// What the value is, in one sentence.
    public let meaning: String

    init(_ name: String, _ kind: Kind, _ meaning: String) {
        self.name = name; self.kind = kind; self.meaning = meaning
    }
}

/// The values of the draft, computed from `ReviewData` only (the workbook's and the JSON's
/// source), formatted as the report writes them.
///
/// Every optional number comes with a `has_…` flag and reads "—" when undefined, so the text
/// never shows NaN or nil; the template decides the phrase for a missing value.
public enum DraftValues {
    // MARK: The documented names

    /// Every name a template may use, in the order of docs/draft-template.md.
    public static let catalog: [DraftValueName] = general + headlineNames + register + compliance + gaps + nextYear + completeness

    static let general: [DraftValueName] = [
        .init("organisation", .text, "the organisation (config `organisation`), empty when not set"),
        .init("has_organisation", .flag, "whether the config names the organisation"),
        .init("title", .text, "the report title (config `title`, else made from the organisation and year)"),
        .init("year", .text, "the review year"),
        .init("previous_year", .text, "the year before the review year"),
        .init("next_year", .text, "the year after the review year"),
        .init("as_of", .text, "the as-of date (ISO), the last day of the year unless `--as-of`"),
        .init("as_of_date", .text, "the as-of date as the report writes it: 2017年6月30日, 30 June 2017"),
        .init("is_as_of_run", .flag, "whether the as-of date is before the year's last day (`--as-of`, a run during the year)"),
        .init("fingerprint", .text, "the first 12 hex digits of the input fingerprint, as on the Summary sheet"),
    ]

    /// Per headline figure (the config's target keys): this year, the about form, last year,
    /// this year's target and next year's target.
    static let headlineNames: [DraftValueName] = HeadlineKey.allCases.flatMap { key -> [DraftValueName] in
        let k = key.rawValue
        return [
            .init(k, .text, "this year's value of the headline figure `\(k)` (Summary sheet), — when its log is missing"),
            .init("has_\(k)", .flag, "whether this year's value is known (false when its log is missing; always true for register figures)"),
            .init("\(k)_about", .text, "the same, rounded down (< 10 as is; to tens below 1000; to hundreds from 1000) with 余 / + when something was cut"),
            .init("has_previous_\(k)", .flag, "whether last year's value is known (never for register figures)"),
            .init("previous_\(k)", .text, "last year's value, — when unknown"),
            .init("has_target_\(k)", .flag, "whether `targets` in the config sets this year's target"),
            .init("target_\(k)", .text, "this year's target, — when not set"),
            .init("has_next_\(k)", .flag, "whether `next_year_targets` in the config sets next year's target"),
            .init("next_\(k)", .text, "next year's target, — when not set"),
        ]
    }

    static let register: [DraftValueName] = [
        .init("sites_total", .text, "non-bureau sites in the register"),
        .init("urban_sites", .text, "urban sites"),
        .init("rural_sites", .text, "rural sites"),
        .init("public_sites", .text, "public sites"),
        .init("private_sites", .text, "private sites"),
        .init("coverage_rate", .text, "sites covered ÷ all sites, one decimal with %"),
        .init("has_coverage_rate", .flag, "whether the register has any site"),
        .init("branches_founded", .text, "branches founded in the review year, public and private"),
        .init("branches_founded_public", .text, "branches founded in the review year in public sites"),
        .init("has_branches_founded_public", .flag, "whether any public site founded its branch in the year"),
        .init("demo_province", .text, "provincial demonstration sites"),
        .init("demo_city", .text, "city-level demonstration sites"),
        .init("demo_county", .text, "county-level demonstration sites"),
    ]

    static let compliance: [DraftValueName] = [
        .init("ranked_sites", .text, "sites with a branch, ranked by score"),
        .init("sanhui_rate", .text, "mean 三会一课 rate over the sites with a branch (Imbalance sheet, overall mean)"),
        .init("has_sanhui_rate", .flag, "whether the mean 三会一课 rate is defined"),
        .init("party_day_rate", .text, "mean Party-day rate over the sites with a branch"),
        .init("has_party_day_rate", .flag, "whether the mean Party-day rate is defined"),
        .init("attendance_rate", .text, "mean attendance rate over the sites"),
        .init("has_attendance_rate", .flag, "whether the mean attendance rate is defined"),
        .init("score_mean", .text, "mean score of the sites with a branch, one decimal"),
        .init("has_score_mean", .flag, "whether the mean score is defined"),
        .init("fully_compliant_sites", .text, "sites with all four 三会一课 rates at 100%"),
        .init("fully_compliant_share", .text, "the same ÷ sites with a 三会一课 rate"),
        .init("has_fully_compliant_share", .flag, "whether any site has a 三会一课 rate"),
        .init("party_day_missed_sites", .text, "sites with a branch that missed the Party-day norm in at least one period (month) in scope"),
        .init("party_day_missed_share", .text, "the same ÷ sites with a Party-day rate"),
        .init("has_party_day_missed_share", .flag, "whether any site has a Party-day rate"),
        .init("bottom_count", .text, "sites in the bottom list (末位)"),
        .init("has_bottom", .flag, "whether the bottom list has any site"),
        .init("bottom_sites", .list(items: bottomItem), "the bottom list, worst first (Ranking sheet)"),
    ]

    static let bottomItem: [DraftValueName] = [
        .init("rank", .text, "its rank"),
        .init("site_id", .text, "its site id"),
        .init("site_name", .text, "its name"),
        .init("site_locale", .text, "城区 / 农村 (urban / rural)"),
        .init("site_ownership", .text, "公办 / 民办 (public / private)"),
        .init("site_level", .text, "its level (小学, 幼儿园 …)"),
        .init("site_score", .text, "its score, one decimal"),
        .init("site_stars", .text, "its stars, 1–5"),
        .init("site_sanhui_rate", .text, "its 三会一课 rate, — when undefined"),
        .init("has_site_sanhui_rate", .flag, "whether it has a 三会一课 rate"),
        .init("site_party_day_rate", .text, "its Party-day rate, — when undefined"),
        .init("has_site_party_day_rate", .flag, "whether it has a Party-day rate"),
        .init("is_first", .flag, "the first item of the list"),
        .init("is_last", .flag, "the last item of the list (for separators: `{{^is_last}}、{{/is_last}}`)"),
    ]

    static let gapItem: [DraftValueName] = [
        .init("dimension", .text, "城乡之间 / 公办与民办学校之间"),
        .init("indicator", .text, "the indicator's name (三会一课完成率 …)"),
        .init("lagging_group", .text, "the group with the lower mean (农村学校 …)"),
        .init("leading_group", .text, "the group with the higher mean"),
        .init("lagging_mean", .text, "the lower mean, with its unit (83.8%, 6.9学时, 85.0分)"),
        .init("leading_mean", .text, "the higher mean, with its unit"),
        .init("difference", .text, "the gap, with its unit (7.6个百分点 for rates)"),
        .init("overall_mean", .text, "the mean over all sites in scope, with its unit"),
        .init("relative_gap", .text, "the gap ÷ the overall mean, one decimal with %"),
        .init("p_value", .text, "Welch's two-sided p-value: p<0.001 or p=0.030"),
        .init("is_first", .flag, "the first item of the list"),
        .init("is_last", .flag, "the last item of the list"),
    ]

    static let gaps: [DraftValueName] = [
        .init("significant_gaps", .list(items: gapItem), "urban/rural and public/private gaps with p < 0.05, largest relative to the overall mean first"),
        .init("significant_gap_count", .text, "how many gaps are significant"),
        .init("has_significant_gap", .flag, "whether any gap is significant"),
        .init("no_significant_gap", .flag, "whether no gap is significant"),
        .init("locale_gaps", .list(items: gapItem), "the significant urban/rural gaps, largest first"),
        .init("has_locale_gap", .flag, "whether any urban/rural gap is significant"),
        .init("ownership_gaps", .list(items: gapItem), "the significant public/private gaps, largest first"),
        .init("has_ownership_gap", .flag, "whether any public/private gap is significant"),
        .init("org_life_gaps", .list(items: gapItem), "the significant gaps in organisational life: 三会一课, Party day, attendance and the score, largest first"),
        .init("has_org_life_gap", .flag, "whether any of those is significant"),
        .init("org_life_lagging_groups", .text, "the groups lagging in those, joined with 、 (民办学校、农村学校), largest gap first"),
        .init("training_gaps", .list(items: gapItem), "the significant gaps in training hours per member and lectures per 100 members, largest first"),
        .init("has_training_gap", .flag, "whether any of those is significant"),
    ]

    static let nextYearItem: [DraftValueName] = [
        .init("key", .text, "the config key (demo_sites …)"),
        .init("label", .text, "the figure as a phrase (基层党建示范点 …)"),
        .init("unit", .text, "its unit (个, 次 …; empty in English)"),
        .init("target", .text, "next year's target"),
        .init("this_year", .text, "this year's value, — when its log is missing"),
        .init("has_this_year", .flag, "whether this year's value is known"),
        .init("is_first", .flag, "the first item of the list"),
        .init("is_last", .flag, "the last item of the list"),
    ]

    static let nextYear: [DraftValueName] = [
        .init("next_year_targets", .list(items: nextYearItem), "the config's `next_year_targets`, in the order of the Summary sheet"),
        .init("has_next_year_targets", .flag, "whether the config sets any next year's target"),
    ]

    /// What the data could not carry (rules §2, §4.2), for the draft's notes.
    static let completeness: [DraftValueName] = [
        .init("missing_logs", .text, "the logs with no file, joined with 、 (会议记录、党课记录), empty when none"),
        .init("has_missing_logs", .flag, "whether any log is missing"),
        .init("score_parts_omitted", .text, "the score parts left out, joined with 、 (三会一课), empty when none"),
        .init("has_score_parts_omitted", .flag, "whether any score part is left out"),
        .init("score_weights", .text, "the weights the score used instead, part by part (主题党日33.3分、参会率33.3分 …), empty when no part is left out or nothing is scored"),
    ]

    /// The significance level of the problems section.
    public static let significance = 0.05

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

        // General.
        v["organisation"] = data.config.organisation
        v["has_organisation"] = !data.config.organisation.isEmpty
        v["title"] = data.title
        v["year"] = String(data.year)
        v["previous_year"] = String(data.year - 1)
        v["next_year"] = String(data.year + 1)
        v["as_of"] = data.indicators.asOf.description
        v["as_of_date"] = Catalogue.Sheets.date(data.indicators.asOf).text(language)
        v["is_as_of_run"] = data.asOfDuringYear != nil
        v["fingerprint"] = String(data.fingerprint.prefix(12))

        // Headline figures, exactly the Summary sheet's values.
        for key in HeadlineKey.allCases {
            let k = key.rawValue
            let value = data.headline(key)
            optional(k, value.map { headlineText($0, key) })
            v["\(k)_about"] = value.map { DraftNumber.about(Int($0.rounded(.down)), language: language) } ?? dash
            optional("previous_\(k)", data.previousHeadline(key).map { headlineText($0, key) })
            optional("target_\(k)", data.config.targets[key].map(DraftNumber.hours))
            optional("next_\(k)", data.config.nextYearTargets[key].map(DraftNumber.hours))
        }

        // The register.
        let s = data.indicators.siteTotals
        v["sites_total"] = String(s.total)
        v["urban_sites"] = String(s.byLocale[.urban] ?? 0)
        v["rural_sites"] = String(s.byLocale[.rural] ?? 0)
        v["public_sites"] = String(s.byOwnership[.public] ?? 0)
        v["private_sites"] = String(s.byOwnership[.private] ?? 0)
        optional("coverage_rate", s.total > 0 ? DraftNumber.percent(Double(s.covered) / Double(s.total)) : nil)
        let foundedPublic = s.foundedInYear[.public] ?? 0
        v["branches_founded"] = String(foundedPublic + (s.foundedInYear[.private] ?? 0))
        v["branches_founded_public"] = String(foundedPublic)
        v["has_branches_founded_public"] = foundedPublic > 0
        v["demo_province"] = String(s.demo[.province] ?? 0)
        v["demo_city"] = String(s.demo[.city] ?? 0)
        v["demo_county"] = String(s.demo[.county] ?? 0)

        // Compliance.
        let sites = data.indicators.sites
        v["ranked_sites"] = String(sites.filter { $0.rank != nil }.count)
        func mean(_ i: ImbalanceIndicator) -> Double? { data.imbalance.dispersion(i).mean.flatMap { $0.isFinite ? $0 : nil } }
        optional("sanhui_rate", mean(.sanhui_rate).map(DraftNumber.percent))
        optional("party_day_rate", mean(.party_day_rate).map(DraftNumber.percent))
        optional("attendance_rate", mean(.attendance_rate).map(DraftNumber.percent))
        optional("score_mean", mean(.score).map(DraftNumber.fixedOne))
        let withSanhui = sites.filter { $0.fullyCompliant != nil }
        let compliant = withSanhui.filter { $0.fullyCompliant == true }.count
        v["fully_compliant_sites"] = String(compliant)
        optional("fully_compliant_share", withSanhui.isEmpty ? nil : DraftNumber.percent(Double(compliant) / Double(withSanhui.count)))
        let withPartyDay = sites.compactMap(\.partyDayRate)
        let missed = withPartyDay.filter { $0 < 1 }.count
        v["party_day_missed_sites"] = String(missed)
        optional("party_day_missed_share", withPartyDay.isEmpty ? nil : DraftNumber.percent(Double(missed) / Double(withPartyDay.count)))

        // The bottom list.
        let byId = Dictionary(uniqueKeysWithValues: sites.map { ($0.site.id, $0) })
        let bottom = data.indicators.bottom.compactMap { byId[$0] }
        v["bottom_count"] = String(bottom.count)
        v["has_bottom"] = !bottom.isEmpty
        v["bottom_sites"] = bottom.enumerated().map { i, site -> [String: Any] in
            var item: [String: Any] = [
                "rank": site.rank.map(String.init) ?? dash,
                "site_id": site.site.id,
                "site_name": site.site.name,
                "site_locale": name(site.site.locale, language),
                "site_ownership": name(site.site.ownership, language),
                "site_level": name(site.site.level, language),
                "site_score": site.score.map(DraftNumber.fixedOne) ?? dash,
                "site_stars": site.stars.map(String.init) ?? dash,
                "site_sanhui_rate": site.sanhuiRate.map(DraftNumber.percent) ?? dash,
                "has_site_sanhui_rate": site.sanhuiRate != nil,
                "site_party_day_rate": site.partyDayRate.map(DraftNumber.percent) ?? dash,
                "has_site_party_day_rate": site.partyDayRate != nil,
            ]
            item["is_first"] = i == 0
            item["is_last"] = i == bottom.count - 1
            return item
        }

        // The gaps that matter.
        let all = significantGaps(data)
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
        let orgLife = all.filter { Self.orgLifeIndicators.contains($0.indicator) }
        let training = all.filter { !Self.orgLifeIndicators.contains($0.indicator) }
        v["org_life_gaps"] = items(orgLife, words)
        v["has_org_life_gap"] = !orgLife.isEmpty
        var lagging: [String] = []
        for gap in orgLife where !lagging.contains(words.group(gap.lagging.group)) { lagging.append(words.group(gap.lagging.group)) }
        v["org_life_lagging_groups"] = words.join(lagging)
        v["training_gaps"] = items(training, words)
        v["has_training_gap"] = !training.isEmpty

        // Next year.
        let keys = HeadlineKey.allCases.filter { data.config.nextYearTargets[$0] != nil }
        v["next_year_targets"] = keys.enumerated().map { i, key -> [String: Any] in
            let (label, unit) = words.headline(key)
            let thisYear = data.headline(key)
            return [
                "key": key.rawValue, "label": label, "unit": unit,
                "target": DraftNumber.hours(data.config.nextYearTargets[key]!),
                "this_year": thisYear.map { headlineText($0, key) } ?? dash, "has_this_year": thisYear != nil,
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
        key == .training_person_hours ? DraftNumber.hours(value) : DraftNumber.count(Int(value))
    }

    static func name<V: Vocabulary>(_ value: V, _ language: ReportLanguage) -> String {
        Catalogue.Schema.valueName(value).text(language)
    }

    // MARK: Significant gaps

    /// One urban/rural or public/private gap with p < 0.05.
    public struct Gap: Sendable, Equatable {
        public var dimension: ImbalanceDimension
        public var indicator: ImbalanceIndicator
        /// The group with the lower mean, then the higher one (group labels: `rural`, `public` …).
        public var lagging: GroupStat
        public var leading: GroupStat
        /// Higher mean − lower mean, > 0.
        public var difference: Double
        public var overallMean: Double
        /// `difference ÷ |overallMean|`.
        public var relativeGap: Double
        public var pValue: Double
    }

    /// The gaps of the two pairwise dimensions whose Welch p-value is below 0.05, largest
    /// relative to the indicator's overall mean first (ties: locale before ownership, then the
    /// indicators' order). A gap with an undefined or zero overall mean is left out: it has no
    /// size relative to the mean.
    public static func significantGaps(_ data: ReviewData) -> [Gap] {
        var found: [(order: Int, gap: Gap)] = []
        for (d, dimension) in [ImbalanceDimension.locale, .ownership].enumerated() {
            for (i, indicator) in ImbalanceIndicator.allCases.enumerated() {
                guard let split = data.imbalance.split(indicator, dimension), split.groups.count == 2,
                      let gap = split.gap, gap.isFinite, gap != 0,
                      let p = split.pValue, p.isFinite, p < significance,
                      let overall = data.imbalance.dispersion(indicator).mean, overall.isFinite, overall != 0,
                      split.groups[0].mean != nil, split.groups[1].mean != nil
                else { continue }
                let (leading, lagging) = gap > 0 ? (split.groups[0], split.groups[1]) : (split.groups[1], split.groups[0])
                found.append((d * 100 + i, Gap(
                    dimension: dimension, indicator: indicator, lagging: lagging, leading: leading,
                    difference: abs(gap), overallMean: overall, relativeGap: abs(gap) / abs(overall), pValue: p)))
            }
        }
        return found.sorted { a, b in
            a.gap.relativeGap != b.gap.relativeGap ? a.gap.relativeGap > b.gap.relativeGap : a.order < b.order
        }.map(\.gap)
    }

    /// The indicators of the regularity of organisational life (the others measure training
    /// and lectures per member).
    static let orgLifeIndicators: Set<ImbalanceIndicator> = [.sanhui_rate, .party_day_rate, .attendance_rate, .score]

    static func items(_ gaps: [Gap], _ words: DraftWords) -> [[String: Any]] {
        gaps.enumerated().map { i, gap in
            [
                "dimension": words.dimension(gap.dimension),
                "indicator": words.indicator(gap.indicator),
                "lagging_group": words.group(gap.lagging.group),
                "leading_group": words.group(gap.leading.group),
                "lagging_mean": words.value(gap.lagging.mean!, of: gap.indicator),
                "leading_mean": words.value(gap.leading.mean!, of: gap.indicator),
                "difference": words.difference(gap.difference, of: gap.indicator),
                "overall_mean": words.value(gap.overallMean, of: gap.indicator),
                "relative_gap": DraftNumber.percent(gap.relativeGap),
                "p_value": DraftNumber.pValue(gap.pValue),
                "is_first": i == 0,
                "is_last": i == gaps.count - 1,
            ]
        }
    }
}
