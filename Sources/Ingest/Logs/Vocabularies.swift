import Model

/// One matcher per enumeration column, with the config's extra aliases (`aliases.<vocabulary>`).
struct Vocabularies {
    var locale: VocabularyMatcher<SiteLocale>
    var ownership: VocabularyMatcher<Ownership>
    var level: VocabularyMatcher<SchoolLevel>
    var demo: VocabularyMatcher<DemoLevel>
    var meetingType: VocabularyMatcher<MeetingType>
    var lecturerRole: VocabularyMatcher<LecturerRole>
    var targetGroup: VocabularyMatcher<TrainingTarget>

    init(config: ReviewConfig, file: String) throws(ConfigError) {
        locale = try Self.matcher(config, file: file)
        ownership = try Self.matcher(config, file: file)
        level = try Self.matcher(config, file: file)
        demo = try Self.matcher(config, file: file)
        meetingType = try Self.matcher(config, file: file)
        lecturerRole = try Self.matcher(config, file: file)
        targetGroup = try Self.matcher(config, file: file)
    }

    private static func matcher<V: Vocabulary>(_ config: ReviewConfig, file: String) throws(ConfigError) -> VocabularyMatcher<V> {
        var extra: [(alias: String, value: V)] = []
        for (id, aliases) in (config.valueAliases[V.kind.rawValue] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let value = V(rawValue: id) else { continue }
            extra += aliases.map { ($0, value) }
        }
        do {
            return try VocabularyMatcher<V>(extraAliases: extra)
        } catch {
            throw ConfigError(file: file, line: nil, key: V.kind.aliasKey, message: "\(error)")
        }
    }
}
