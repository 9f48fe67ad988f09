import Model

/// The `review.yml` that `template` writes: every key of ``ConfigKeys/all``, in that order, each
/// with its comment in the chosen language on the line above and its default; above `aliases`,
/// the allowed values of every vocabulary (``AllowedValues``). Generated from the lists so it
/// cannot fall out of step with the loader or the schema; loading it gives the defaults.
package enum ConfigTemplate {
    package static func yaml(language: ReportLanguage) -> String {
        var lines = Catalogue.Config.templateHeader.map { $0.text(language) }
        for info in ConfigKeys.all {
            lines.append("")
            if info.key == "aliases" { lines += AllowedValues.templateComment(language: language) }
            lines.append("# \(info.help.text(language))")
            // A multi-line default starts on the next line (its own text begins with a line break).
            lines.append(info.defaultYAML.hasPrefix("\n") ? "\(info.key):\(info.defaultYAML)" : "\(info.key): \(info.defaultYAML)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
