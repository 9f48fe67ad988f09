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
        // An alias's key (`aliases.meeting_type.party_day`) and its line there.
        func error(_ alias: String, of id: String, code: String, _ text: Localized) -> ConfigError {
            let key = "\(V.kind.aliasKey).\(id)"
            return ConfigError(file: file, line: config.aliasLines[key]?[alias], key: key, code: code, text: text)
        }
        var extra: [(alias: String, value: V)] = []
        for (id, aliases) in (config.valueAliases[V.kind.rawValue] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let value = V(rawValue: id) else { continue }
            if let blank = aliases.first(where: { VocabularyMatcher<V>.fold($0).isEmpty }) {
                throw error(blank, of: id, code: "config_blank_alias", Catalogue.Config.blankAlias)
            }
            extra += aliases.map { ($0, value) }
        }
        do {
            return try VocabularyMatcher<V>(extraAliases: extra)
        } catch let conflict {
            throw error(conflict.alias, of: conflict.requested, code: conflict.code, conflict.text)
        }
    }
}
