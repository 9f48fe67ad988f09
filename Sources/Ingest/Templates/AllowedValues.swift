import Model

/// The allowed values of every log, written from the log schema (`LogSchema` and the
/// vocabularies of `Enumerations.swift`) for the two places a clerk looks them up: the comment
/// block above `aliases:` in the template's review.yml, and the page docs/values.md (a test
/// regenerates it and compares, so the page cannot fall behind the table).
enum AllowedValues {
    /// The comment lines of review.yml that list every vocabulary's ids and built-in aliases and
    /// show how to add a spelling under `aliases.<vocabulary>`, in `language`.
    static func templateComment(language: ReportLanguage) -> [String] {
        var lines = ["# " + Catalogue.Schema.templateValuesIntro.text(language)]
        for kind in VocabularyKind.allCases {
            let (log, column) = LogSchema.column(of: kind)
            lines.append("#   " + Catalogue.Schema.templateVocabulary(kind, log: log, column: column).text(language))
            for entry in kind.entries {
                lines.append("#     \(entry.id): \(entry.aliases.joined(separator: ", "))")
            }
            if !kind.refusedSpellings.isEmpty {
                lines.append("#     " + Catalogue.Schema.templateRefused.text(language))
            }
        }
        lines.append("# " + Catalogue.Schema.templateAliasHowTo.text(language))
        lines += ["#   aliases:", "#     \(VocabularyKind.meeting_type.rawValue):", "#       \(MeetingType.party_day.rawValue): [党日活动]"]
        return lines
    }

    /// docs/values.md.
    static var markdown: String {
        var md = """
            # Allowed values

            <!-- Written by AllowedValues.markdown from the log schema (Sources/Model/LogSchema.swift and
                 Sources/Model/Enumerations.swift); AllowedValuesDocsTests checks it. After changing the
                 schema, regenerate: REGENERATE_DOCS=1 swift test --filter AllowedValuesDocsTests -->

            Every column of the four logs and every value the enumeration columns accept. The template
            that `annual-review template` writes lists the same values in the comments of its review.yml;
            with `--xlsx`, its workbooks offer every value's first alias (its id in English) in a
            drop-down list.

            - A header matches a column by its id or its Chinese header, after Unicode NFKC normalisation,
              ignoring case and all whitespace.
            - A value is trimmed (spaces, tabs, U+3000, NBSP, zero-width spaces) and NFKC-normalised, so
              full-width letters, digits and brackets work. An enumeration value matches its canonical id
              or any of its aliases, ignoring case. `site_id` matches the register ignoring ASCII case
              (`s02` = `S02`); `record_id` and `training_id` match exactly.
            - A spelling of your own is added in review.yml: a value under `aliases.<vocabulary>.<id>`,
              a header under `aliases.columns.<column id>` (see [config.md](config.md)). An unknown value
              is reported with the nearest id or alias when one is close, and the key that adds it.

            ## The logs

            """
        for log in LogKind.allCases {
            md += "\n### \(log.fileStem).csv — \(Catalogue.Schema.logName(log).zh)\n\n"
            md += "| Column | Chinese header | Required? | Holds | Description |\n|---|---|---|---|---|\n"
            for column in LogSchema.columns(log) {
                let holds: String
                if case .enumeration(let kind) = column.type {
                    holds = "one of [`\(kind.rawValue)`](#\(kind.rawValue))"
                } else {
                    holds = Catalogue.Schema.valueType(column.type).en
                }
                md += "| `\(column.id)` | \(column.alias) | \(Catalogue.Schema.required(column.required).en) | \(holds) | \(column.description.en) |\n"
            }
        }
        md += """

            ## The vocabularies

            Each value: its canonical id, then its built-in aliases. The first alias is the name the
            workbook and the report draft show.

            """
        for kind in VocabularyKind.allCases {
            let (log, column) = LogSchema.column(of: kind)
            md += "\n### \(kind.rawValue)\n\n"
            md += "\(Catalogue.Schema.vocabulary(kind).en.capitalisedFirst) (\(Catalogue.Schema.vocabulary(kind).zh)): "
            md += "the column `\(column.id)` (\(column.alias)) of \(log.fileStem).csv. "
            md += "Add a spelling under `\(kind.aliasKey)` in review.yml.\n\n"
            md += "| Id | Aliases |\n|---|---|\n"
            for entry in kind.entries {
                md += "| `\(entry.id)` | \(entry.aliases.joined(separator: ", ")) |\n"
            }
            if !kind.refusedSpellings.isEmpty {
                md += "\nNot a meeting type: \(kind.refusedSpellings.map { "`\($0)`" }.joined(separator: " and ")) name four kinds "
                md += "of meeting at once (三会一课: 支部党员大会, 支委会, 党小组会 and the Party lecture). A row with one is "
                md += "rejected: write `branch_general`, `branch_committee` or `party_group` (支部党员大会, 支委会, 党小组会), "
                md += "and record lectures in lectures.csv.\n"
            }
        }
        md += """

            ## Numbers and dates

            - Whole numbers ≥ 0: digits, ASCII or full-width, optionally with thousands separators in
              groups of three (`1,234`) or a zero fraction (`12.0`); at most 1,000,000,000.
            - Numbers ≥ 0 (hours): `1.5`, `.5`, `2`, full-width allowed; at most 10,000.
            - Dates: `2017-03-05`, `2017/3/5`, `2017.3.5`, `2017年3月5日`, `20170305`, each optionally followed
              by a time that is ignored (`2017/3/5 0:00`), or an Excel serial day 36526–73050 (2000–2099).
              Not accepted: impossible dates (`2017-02-30`), two-digit years, the year last (`3/5/2017`).

            """
        return md
    }
}

private extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
