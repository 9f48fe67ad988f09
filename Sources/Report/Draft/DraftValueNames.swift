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

/// The names a draft template may use (docs/draft-template.md): `DraftValues.make` gives each a value.
extension DraftValues {
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
}
