import Model

/// One matcher per enumeration column, with the config's extra aliases.
struct Vocabularies {
    var locale: VocabularyMatcher<SiteLocale>
    var ownership: VocabularyMatcher<Ownership>
    var level: VocabularyMatcher<SchoolLevel>
    var demo: VocabularyMatcher<DemoLevel>
    var meetingType: VocabularyMatcher<MeetingType>
    var lecturerRole: VocabularyMatcher<LecturerRole>
    var targetGroup: VocabularyMatcher<TrainingTarget>

    init(config: ReviewConfig, file: String) throws(ConfigError) {
        locale = try Self.matcher(config, "locale", file: file)
        ownership = try Self.matcher(config, "ownership", file: file)
        level = try Self.matcher(config, "level", file: file)
        demo = try Self.matcher(config, "demo_site", file: file)
        meetingType = try Self.matcher(config, "meeting_type", file: file)
        lecturerRole = try Self.matcher(config, "lecturer_role", file: file)
        targetGroup = try Self.matcher(config, "target_group", file: file)
    }

    private static func matcher<V: Vocabulary>(_ config: ReviewConfig, _ group: String, file: String) throws(ConfigError) -> VocabularyMatcher<V> {
        var extra: [(alias: String, value: V)] = []
        for (id, aliases) in (config.valueAliases[group] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let value = V(rawValue: id) else { continue }
            extra += aliases.map { ($0, value) }
        }
        do {
            return try VocabularyMatcher<V>(extraAliases: extra)
        } catch {
            throw ConfigError(file: file, line: nil, key: "aliases.\(group)", message: "\(error)")
        }
    }
}
