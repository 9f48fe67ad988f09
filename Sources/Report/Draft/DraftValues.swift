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

/// A name the draft no longer has (`DraftValues.retired`).
public struct RetiredDraftValue: Sendable {
    public let name: String
    public let reason: Localized
    /// The names to use instead; empty when the tag is to be removed.
    public let use: [String]

    init(_ name: String, _ reason: Localized, use: [String]) {
        self.name = name; self.reason = reason; self.use = use
    }
}

/// The values of the draft, computed from `ReviewData` only (the workbook's and the JSON's
/// source), formatted as the report writes them.
///
/// Every optional number comes with a `has_…` flag and reads "—" when undefined, so the text
/// never shows NaN or nil; the template decides the phrase for a missing value. The flag of a
/// count (a number of meetings, sites, lectures …, a target) is true only when the count is known
/// and above 0, so a sentence hung on it never states a 0; the flag of a rate or a mean is true
/// when it is defined.
public enum DraftValues {
    // MARK: The documented names

    /// Every name a template may use, in the order of docs/draft-template.md.
    public static let catalog: [DraftValueName] = general + headlineNames + register + organisationalLife
        + compliance + paragraphs + gaps + nextYear + completeness

    /// The names an older template may use that the draft no longer has: why, and what to
    /// write instead. The template check names them (not "unknown value").
    public static let retired: [RetiredDraftValue] = [
        .init("p_value", Catalogue.Draft.RetiredReason.pValue, use: ["difference"]),
        .init("relative_gap", Catalogue.Draft.RetiredReason.shareOfMean, use: ["difference"]),
        .init("overall_mean", Catalogue.Draft.RetiredReason.overallMean, use: ["lagging_mean", "leading_mean"]),
        .init("fingerprint", Catalogue.Draft.RetiredReason.fingerprint, use: []),
        .init("bottom_sites", Catalogue.Draft.RetiredReason.bottomNames, use: ["bottom_count"]),
    ] + ["rank", "site_id", "site_name", "site_locale", "site_ownership", "site_level", "site_score", "site_stars",
         "site_sanhui_rate", "has_site_sanhui_rate", "site_party_day_rate", "has_site_party_day_rate"].map {
        // The values of each item of `bottom_sites`.
        .init($0, Catalogue.Draft.RetiredReason.bottomNames, use: ["bottom_count"])
    }

    static let general: [DraftValueName] = [
        .init("organisation", .text, "the organisation (config `organisation`) on one line, its Markdown marks escaped (`\\*`), empty when not set"),
        .init("has_organisation", .flag, "whether the config names the organisation"),
        .init("title", .text, "the report title (config `title`, else made from the organisation and year), escaped like `organisation`"),
        .init("year", .text, "the review year"),
        .init("previous_year", .text, "the year before the review year"),
        .init("next_year", .text, "the year after the review year"),
        .init("as_of", .text, "the as-of date (ISO), the last day of the year unless `--as-of`"),
        .init("as_of_date", .text, "the as-of date as the report writes it: 2017年6月30日, 30 June 2017"),
        .init("is_as_of_run", .flag, "whether the as-of date is before the year's last day (`--as-of`, a run during the year)"),
        .init("ordinal", .text, "the next point of the part: 一是、二是 … (First, Second …), counted in the rendered text from each heading, so a paragraph left out takes no number"),
    ]

    /// Per headline figure (the config's target keys): this year, the about form, last year,
    /// this year's target and next year's target.
    static let headlineNames: [DraftValueName] = HeadlineKey.allCases.flatMap { key -> [DraftValueName] in
        let k = key.rawValue
        return [
            .init(k, .text, "this year's value of the headline figure `\(k)` (Summary sheet), — when its log is missing"),
            .init("has_\(k)", .flag, "whether this year's value is known and above 0"),
            .init("\(k)_about", .text, "the same, rounded down (< 10 as is; to tens below 1000; to hundreds from 1000) with 余 / + when something was cut"),
            .init("has_previous_\(k)", .flag, "whether last year's value is known and above 0 (never for register figures)"),
            .init("previous_\(k)", .text, "last year's value, — when unknown"),
            .init("has_target_\(k)", .flag, "whether `targets` in the config sets this year's target above 0"),
            .init("target_\(k)", .text, "this year's target, — when not set"),
            .init("has_next_\(k)", .flag, "whether `next_year_targets` in the config sets next year's target above 0"),
            .init("next_\(k)", .text, "next year's target, — when not set"),
        ]
    }

    /// A count and its flag (true when the count is above 0).
    static func count(_ name: String, _ meaning: String) -> [DraftValueName] {
        [.init(name, .text, meaning), .init("has_\(name)", .flag, "whether `\(name)` is above 0")]
    }

    static let register: [DraftValueName] = count("sites_total", "non-bureau sites in the register")
        + count("urban_sites", "urban sites")
        + count("rural_sites", "rural sites")
        + count("public_sites", "public sites")
        + count("private_sites", "private sites")
        + [
            .init("coverage_rate", .text, "sites covered ÷ all sites, one decimal with %"),
            .init("has_coverage_rate", .flag, "whether the register has any site"),
        ]
        + count("branches_founded", "branches founded in the review year, public and private")
        + count("branches_founded_public", "branches founded in the review year in public sites")
        + count("demo_province", "provincial demonstration sites")
        + count("demo_city", "city-level demonstration sites")
        + count("demo_county", "county-level demonstration sites")
        + [
            .init("demo_levels", .list(items: demoLevelItem), "the demonstration levels that have sites, provincial first"),
            .init("has_several_demo_levels", .flag, "whether more than one level has demonstration sites"),
        ]

    static let demoLevelItem: [DraftValueName] = [
        .init("level", .text, "省级 / 市级 / 县级 (provincial / city / county)"),
        .init("count", .text, "its demonstration sites, above 0"),
        .init("is_first", .flag, "the first item of the list"),
        .init("is_last", .flag, "the last item of the list"),
    ]

    /// The meeting types whose counts the headline figures carry already (the bureau's meetings
    /// and the research visits); the others get a `meetings_<type>` value.
    static let headlineMeetingTypes: Set<MeetingType> = [.party_committee, .special_meeting, .study_session, .visit]
    static let branchMeetingTypes = MeetingType.allCases.filter { !headlineMeetingTypes.contains($0) }
    /// The meetings of 三会一课 (the lecture is counted in the lectures log).
    static let sanhuiMeetingTypes: [MeetingType] = [.branch_general, .branch_committee, .party_group]

    /// Organisational life: the meetings of every type the headline figures do not carry, bureau
    /// and sites together.
    static let organisationalLife: [DraftValueName] = branchMeetingTypes.flatMap { type -> [DraftValueName] in
        let k = "meetings_\(type.rawValue)"
        return [
            .init(k, .text, "\(type.rawValue) meetings held in the year, bureau and sites, — when the meetings log is missing"),
            .init("\(k)_about", .text, "the same in the about form"),
            .init("has_\(k)", .flag, "whether the count is known and above 0"),
        ]
    } + [
        .init("sanhui_meetings", .list(items: meetingItem), "the meetings of 三会一课 held (支部党员大会, 支委会, 党小组会), those above 0, in that order"),
        .init("has_sanhui_meetings", .flag, "whether any of them was held"),
    ]

    static let meetingItem: [DraftValueName] = [
        .init("meeting", .text, "the meeting type as the report names it (支委会, branch committee meetings)"),
        .init("count", .text, "how many were held, above 0"),
        .init("count_about", .text, "the same in the about form"),
        .init("is_first", .flag, "the first item of the list"),
        .init("is_last", .flag, "the last item of the list"),
    ]

    static let compliance: [DraftValueName] = count("ranked_sites", "sites with a branch, ranked by score") + [
        .init("sanhui_rate", .text, "mean 三会一课 rate over the sites with a branch (Imbalance sheet, overall mean)"),
        .init("has_sanhui_rate", .flag, "whether the mean 三会一课 rate is defined"),
        .init("party_day_rate", .text, "mean Party-day rate over the sites with a branch"),
        .init("has_party_day_rate", .flag, "whether the mean Party-day rate is defined"),
        .init("attendance_rate", .text, "mean attendance rate over the sites"),
        .init("has_attendance_rate", .flag, "whether the mean attendance rate is defined"),
        .init("score_mean", .text, "mean score of the sites with a branch, one decimal"),
        .init("has_score_mean", .flag, "whether the mean score is defined"),
    ]
        + count("fully_compliant_sites", "sites with all four 三会一课 rates at 100%")
        + [
            .init("fully_compliant_share", .text, "the same ÷ sites with a 三会一课 rate"),
            .init("has_fully_compliant_share", .flag, "whether any site has a 三会一课 rate"),
        ]
        + count("party_day_missed_sites", "sites with a branch that missed the Party-day norm in at least one period (month) in scope")
        + [
            .init("party_day_missed_share", .text, "the same ÷ sites with a Party-day rate"),
            .init("has_party_day_missed_share", .flag, "whether any site has a Party-day rate"),
            .init("org_life_standard", .text, "the level both mean rates of 三会一课 and the Party day must reach for organisational life to count as regular: 90%"),
            .init("org_life_meets_standard", .flag, "whether every defined one of `sanhui_rate` and `party_day_rate` is at least `org_life_standard` as shown (one decimal), and one is defined"),
            .init("org_life_below_standard", .flag, "whether one of them is defined and below it"),
            .init("bottom_count", .text, "sites in the bottom list (末位): below the mean score, the lowest-ranked (Ranking sheet)"),
            .init("has_bottom", .flag, "whether the bottom list has any site"),
        ]

    /// Whether a paragraph of the built-in template has anything to say.
    static let paragraphs: [DraftValueName] = [
        .init("has_leadership_figures", .flag, "whether any of `party_committee`, `special_meeting`, `study_session`, `visits` is above 0"),
        .init("has_education_figures", .flag, "whether any of `secretary_lectures`, `lectures`, `trainings` is above 0"),
        .init("has_org_life_figures", .flag, "whether any organisational-life meeting count (`meetings_…` but `other`) is above 0 or any of `sanhui_rate`, `party_day_rate`, `attendance_rate` is defined"),
        .init("has_problem_figures", .flag, "whether the data names a problem: `org_life_below_standard`, `has_org_life_gap`, `has_training_gap` or `has_bottom`"),
    ]

    static let gapItem: [DraftValueName] = [
        .init("dimension", .text, "城乡之间 / 公办与民办学校之间"),
        .init("indicator", .text, "the indicator's name (“三会一课”完成率 …)"),
        .init("lagging_group", .text, "the group with the lower mean (农村学校 …)"),
        .init("leading_group", .text, "the group with the higher mean"),
        .init("lagging_mean", .text, "the lower mean, with its unit (83.8%, 6.9学时, 85.0分)"),
        .init("leading_mean", .text, "the higher mean, with its unit"),
        .init("difference", .text, "the gap, with its unit (7.6个百分点 for rates)"),
        .init("is_first", .flag, "the first item of the list"),
        .init("is_last", .flag, "the last item of the list"),
    ]

    static let gaps: [DraftValueName] = [
        .init("significant_gaps", .list(items: gapItem), "the urban/rural and public/private gaps named as problems (rules §5), largest relative to the overall mean first"),
        .init("significant_gap_count", .text, "how many gaps are named"),
        .init("has_significant_gap", .flag, "whether any gap is named"),
        .init("no_significant_gap", .flag, "whether none is"),
        .init("locale_gaps", .list(items: gapItem), "the urban/rural gaps named, largest first"),
        .init("has_locale_gap", .flag, "whether any urban/rural gap is named"),
        .init("ownership_gaps", .list(items: gapItem), "the public/private gaps named, largest first"),
        .init("has_ownership_gap", .flag, "whether any public/private gap is named"),
        .init("org_life_gaps", .list(items: gapItem), "the gaps named in organisational life: 三会一课, Party day, attendance and the score, largest first"),
        .init("has_org_life_gap", .flag, "whether any of those is named"),
        .init("org_life_lagging_groups", .text, "the groups lagging in those, joined with 、 (民办学校、农村学校), largest gap first"),
        .init("training_gaps", .list(items: gapItem), "the gaps named in training hours per member and lectures per 100 members, largest first"),
        .init("has_training_gap", .flag, "whether any of those is named"),
        .init("training_lagging_groups", .text, "the groups lagging in those, joined like `org_life_lagging_groups`"),
    ]

    static let nextYearItem: [DraftValueName] = [
        .init("key", .text, "the config key (demo_sites …)"),
        .init("label", .text, "the figure as a phrase (培育基层党建示范点 …)"),
        .init("unit", .text, "its unit (个, 次 …; empty in English)"),
        .init("target", .text, "next year's target"),
        .init("this_year", .text, "this year's value, — when its log is missing"),
        .init("has_this_year", .flag, "whether this year's value is known and above 0"),
        .init("is_first", .flag, "the first item of the list"),
        .init("is_last", .flag, "the last item of the list"),
    ]

    static let nextYear: [DraftValueName] = [
        .init("next_year_targets", .list(items: nextYearItem), "the config's `next_year_targets` above 0, in the order of the Summary sheet"),
        .init("has_next_year_targets", .flag, "whether the config sets any next year's target above 0"),
    ]

    /// What the data could not carry (rules §2, §4.2), for the draft's notes.
    static let completeness: [DraftValueName] = [
        .init("missing_logs", .text, "the logs with no file, joined with 、 (会议记录、党课记录), empty when none"),
        .init("has_missing_logs", .flag, "whether any log is missing"),
        .init("score_parts_omitted", .text, "the score parts left out, joined with 、 (三会一课), empty when none"),
        .init("has_score_parts_omitted", .flag, "whether any score part is left out"),
        .init("score_weights", .text, "the weights the score used instead, part by part (主题党日33.3分、参会率33.3分 …), empty when no part is left out or nothing is scored"),
    ]

    /// The significance level a gap must pass to be named as a problem (rules §5).
    public static let significance = 0.05

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

    // MARK: Gaps named as problems

    /// One urban/rural or public/private gap named as a problem.
    public struct Gap: Sendable, Equatable {
        public var dimension: ImbalanceDimension
        public var indicator: ImbalanceIndicator
        /// The group with the lower mean, then the higher one (group labels: `rural`, `public` …).
        public var lagging: GroupStat
        public var leading: GroupStat
        /// Higher mean − lower mean, > 0.
        public var difference: Double
        public var overallMean: Double
        /// `difference ÷ |overallMean|`: orders the gaps; the draft never states it.
        public var relativeGap: Double
        public var pValue: Double
    }

    /// The gaps of the two pairwise dimensions named as problems (rules §5): Welch's p-value below
    /// 0.05 and both groups with at least `DimensionSplit.minimumGroupSize` sites. Largest
    /// relative to the indicator's overall mean first (ties: locale before ownership, then the
    /// indicators' order). A gap with an undefined or zero overall mean is left out: it has no
    /// size relative to the mean.
    public static func significantGaps(_ data: ReviewData) -> [Gap] {
        var found: [(order: Int, gap: Gap)] = []
        for (d, dimension) in [ImbalanceDimension.locale, .ownership].enumerated() {
            for (i, indicator) in ImbalanceIndicator.allCases.enumerated() {
                guard let split = data.imbalance.split(indicator, dimension), split.groups.count == 2,
                      !split.hasTooFewSites,
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

    /// The lagging groups of `gaps`, each once, in the gaps' order, joined.
    static func laggingGroups(_ gaps: [Gap], _ words: DraftWords) -> String {
        var groups: [String] = []
        for gap in gaps where !groups.contains(words.group(gap.lagging.group)) { groups.append(words.group(gap.lagging.group)) }
        return words.join(groups)
    }

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
                "is_first": i == 0,
                "is_last": i == gaps.count - 1,
            ]
        }
    }
}
