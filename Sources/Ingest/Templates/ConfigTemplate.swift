import Model

/// The `review.yml` that `template` writes: every key of ``ConfigKeys/all``, in that order, each
/// with its comment in the chosen language on the line above and its default; above `aliases`,
/// the allowed values of every vocabulary (``AllowedValues``). Generated from the lists so it
/// cannot fall out of step with the loader or the schema; loading it gives the defaults.
package enum ConfigTemplate {
    package static func yaml(language: ReportLanguage) -> String {
        let zh = language == .zh
        var lines: [String] = zh
            ? ["# annual-review 配置文件（review.yml），放在输入文件夹中。",
               "# 下列各项均为默认值；删除某项或留空，即使用默认值。说明见 docs/config.md。"]
            : ["# annual-review config (review.yml), kept in the inputs folder.",
               "# Every value below is the default; delete a key or leave it empty to keep the default. See docs/config.md."]
        for info in ConfigKeys.all {
            lines.append("")
            if info.key == "aliases" { lines += AllowedValues.templateComment(language: language) }
            lines.append("# \(zh ? info.zh : info.en)")
            // A multi-line default starts on the next line (its own text begins with a line break).
            lines.append(info.defaultYAML.hasPrefix("\n") ? "\(info.key):\(info.defaultYAML)" : "\(info.key): \(info.defaultYAML)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
