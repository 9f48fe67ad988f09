import Model

private typealias Keys = Catalogue.Config.Keys

/// Every key of `review.yml`: the one place that lists them, with their default and a one-line
/// description (`Catalogue.Config.Keys`). The loader accepts exactly these; `template` writes them; the
/// user documentation (docs/config.md) is written from this list.
struct ConfigKeyInfo: Sendable {
    var key: String
    /// The default as YAML text (what `template` writes).
    var defaultYAML: String
    /// What the key is for, one line (`template` writes it above the key).
    var help: Localized
}

enum ConfigKeys {
    static let all: [ConfigKeyInfo] = [
        .init(key: "year", defaultYAML: "# 2017", help: Keys.year),
        .init(key: "organisation", defaultYAML: "\"\"", help: Keys.organisation),
        .init(key: "title", defaultYAML: "# 某某教育局2017年度基层党建工作年终评估", help: Keys.title),
        .init(key: "language", defaultYAML: "zh", help: Keys.language),
        .init(key: "party_day", defaultYAML: "28", help: Keys.partyDay),
        .init(key: "bottom_n", defaultYAML: "10", help: Keys.bottomN),
        .init(key: "bottom_share", defaultYAML: "0.10", help: Keys.bottomShare),
        .init(key: "training_hours_target", defaultYAML: "8", help: Keys.trainingHoursTarget),
        .init(key: "weight_column", defaultYAML: "party_members", help: Keys.weightColumn),
        .init(key: "imbalance_dimensions", defaultYAML: "[]", help: Keys.imbalanceDimensions),
        .init(key: "weights", defaultYAML: "{sanhui: 40, party_day: 20, attendance: 20, training: 10, org_life: 5, democratic_review: 5}", help: Keys.weights),
        .init(key: "star_thresholds", defaultYAML: "{5: 90, 4: 80, 3: 70, 2: 60}", help: Keys.starThresholds),
        .init(key: "norms", defaultYAML: """
            
              branch_general: {count: 1, period: quarter}
              branch_committee: {count: 1, period: month}
              party_group: {count: 1, period: month}
              lecture: {count: 1, period: quarter}
              party_day: {count: 1, period: month}
              org_life: {count: 1, period: year}
              democratic_review: {count: 1, period: year}
            """, help: Keys.norms),
        .init(key: "annual_meetings_until", defaultYAML: "# 01-31", help: Keys.annualMeetingsUntil),
        .init(key: "targets", defaultYAML: "{}", help: Keys.targets),
        .init(key: "next_year_targets", defaultYAML: "{}", help: Keys.nextYearTargets),
        .init(key: "aliases", defaultYAML: "{}", help: Keys.aliases),
    ]

    /// The vocabularies whose values the config can alias, by their key under `aliases`.
    static let vocabularies: [String: [String]] = [
        "locale": SiteLocale.allCases.map(\.rawValue),
        "ownership": Ownership.allCases.map(\.rawValue),
        "level": SchoolLevel.allCases.map(\.rawValue),
        "meeting_type": MeetingType.allCases.map(\.rawValue),
        "lecturer_role": LecturerRole.allCases.map(\.rawValue),
        "target_group": TrainingTarget.allCases.map(\.rawValue),
        "demo_site": DemoLevel.allCases.map(\.rawValue),
    ]
}
