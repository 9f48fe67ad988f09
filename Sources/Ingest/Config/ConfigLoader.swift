import Foundation
import Model
import Yams

/// Reads `review.yml` into a `ReviewConfig`, checking every key against `ConfigKeys.all`:
/// an unknown key, a wrong type or an out-of-range value is a `ConfigError` naming the key and
/// its line.
public enum ConfigLoader {
    /// Loads the config at `path`; a missing file gives the defaults.
    public static func load(path: String) throws(ConfigError) -> ReviewConfig {
        let file = (path as NSString).lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else { return ReviewConfig() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: file, line: nil, key: "", message: "cannot read the file; check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: file, line: nil, key: "", message: "is not UTF-8 text; save it as UTF-8")
        }
        return try parse(text, file: file)
    }

    /// Parses config text. `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> ReviewConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError(file: file, line: yamlLine(error), key: "", message: "not valid YAML: \(yamlProblem(error))")
        } catch {
            throw ConfigError(file: file, line: nil, key: "", message: "not valid YAML: \(error)")
        }
        var config = ReviewConfig()
        guard let root else { return config }
        var reader = Reader(file: file)
        let top = try reader.mapping(root, key: "")
        let known = Set(ConfigKeys.all.map(\.key))
        for (keyNode, value) in top {
            let key = try reader.string(keyNode, key: "")
            guard known.contains(key) else {
                throw reader.error(keyNode, key: key, "unknown key; the keys are \(ConfigKeys.all.map(\.key).joined(separator: ", "))")
            }
            if case .scalar(let s) = value, s.tag.description == Tag.Name.null.rawValue || (s.string.isEmpty && s.style == .plain) {
                continue // `key:` with nothing after it keeps the default
            }
            switch key {
            case "year":
                config.year = try reader.int(value, key: key, in: 1900...9999)
            case "organisation":
                config.organisation = try reader.string(value, key: key)
            case "title":
                config.title = try reader.string(value, key: key)
            case "language":
                config.language = try reader.enumeration(value, key: key)
            case "party_day":
                config.partyDay = try reader.int(value, key: key, in: 1...31)
            case "bottom_n":
                config.bottomN = try reader.int(value, key: key, in: 0...100_000)
            case "training_hours_target":
                let target = try reader.number(value, key: key)
                guard target > 0 else { throw reader.error(value, key: key, "must be greater than 0, found \(formatted(target))") }
                config.trainingHoursTarget = target
            case "weight_column":
                config.weightColumn = try reader.enumeration(value, key: key)
            case "imbalance_dimensions":
                var dims: [ExtraDimension] = []
                for item in try reader.sequence(value, key: key) {
                    let dim: ExtraDimension = try reader.enumeration(item, key: key)
                    if !dims.contains(dim) { dims.append(dim) }
                }
                config.extraDimensions = dims
            case "weights":
                config.weights = try weights(value, reader: &reader)
            case "star_thresholds":
                config.starThresholds = try starThresholds(value, reader: &reader)
            case "norms":
                for (normNode, spec) in try reader.mapping(value, key: key) {
                    let normKey: NormKey = try reader.enumeration(normNode, key: key)
                    config.norms[normKey] = try norm(spec, key: "norms.\(normKey.rawValue)", reader: &reader)
                }
            case "targets", "next_year_targets":
                var targets: [HeadlineKey: Double] = [:]
                for (k, v) in try reader.mapping(value, key: key) {
                    let headline: HeadlineKey = try reader.enumeration(k, key: key)
                    let number = try reader.number(v, key: "\(key).\(headline.rawValue)")
                    guard number >= 0 else { throw reader.error(v, key: "\(key).\(headline.rawValue)", "must be ≥ 0, found \(formatted(number))") }
                    targets[headline] = number
                }
                if key == "targets" { config.targets = targets } else { config.nextYearTargets = targets }
            case "aliases":
                try aliases(value, into: &config, reader: &reader)
            default:
                break
            }
        }
        return config
    }

    private static func weights(_ node: Node, reader: inout Reader) throws(ConfigError) -> [ScorePart: Double] {
        var weights: [ScorePart: Double] = ReviewConfig.defaultWeights
        for (k, v) in try reader.mapping(node, key: "weights") {
            let part: ScorePart = try reader.enumeration(k, key: "weights")
            let w = try reader.number(v, key: "weights.\(part.rawValue)")
            guard w >= 0 else { throw reader.error(v, key: "weights.\(part.rawValue)", "must be ≥ 0, found \(formatted(w))") }
            weights[part] = w
        }
        let sum = ScorePart.allCases.reduce(0) { $0 + (weights[$1] ?? 0) }
        guard abs(sum - 100) < 1e-9 else {
            throw reader.error(node, key: "weights", "must sum to 100; these sum to \(formatted(sum)) (\(ScorePart.allCases.map { "\($0.rawValue) \(formatted(weights[$0] ?? 0))" }.joined(separator: ", ")))")
        }
        return weights
    }

    private static func starThresholds(_ node: Node, reader: inout Reader) throws(ConfigError) -> [Double] {
        var thresholds = ReviewConfig().starThresholds
        for (k, v) in try reader.mapping(node, key: "star_thresholds") {
            let stars = try reader.int(k, key: "star_thresholds", in: 2...5)
            let t = try reader.number(v, key: "star_thresholds.\(stars)")
            guard (0...100).contains(t) else { throw reader.error(v, key: "star_thresholds.\(stars)", "must be between 0 and 100, found \(formatted(t))") }
            thresholds[5 - stars] = t
        }
        for i in 1..<thresholds.count where thresholds[i] > thresholds[i - 1] {
            throw reader.error(node, key: "star_thresholds", "must not increase from 5 stars down to 2 stars; found \(6 - i) stars at \(formatted(thresholds[i - 1])) and \(5 - i) stars at \(formatted(thresholds[i]))")
        }
        return thresholds
    }

    private static func norm(_ node: Node, key: String, reader: inout Reader) throws(ConfigError) -> Norm {
        var count = 1
        var period = NormPeriod.month
        var sawPeriod = false
        for (k, v) in try reader.mapping(node, key: key) {
            switch try reader.string(k, key: key) {
            case "count": count = try reader.int(v, key: "\(key).count", in: 1...366)
            case "period": period = try reader.enumeration(v, key: "\(key).period"); sawPeriod = true
            case let other: throw reader.error(k, key: "\(key).\(other)", "unknown key; a norm has `count` and `period`")
            }
        }
        guard sawPeriod else { throw reader.error(node, key: key, "needs a `period` (month, quarter or year)") }
        return Norm(required: count, period: period)
    }

    private static func aliases(_ node: Node, into config: inout ReviewConfig, reader: inout Reader) throws(ConfigError) {
        for (k, v) in try reader.mapping(node, key: "aliases") {
            let group = try reader.string(k, key: "aliases")
            let allowed: [String]
            if group == "columns" {
                allowed = LogSchema.allColumnIDs
            } else if let ids = ConfigKeys.vocabularies[group] {
                allowed = ids
            } else {
                throw reader.error(k, key: "aliases.\(group)", "unknown group; use columns or one of \(ConfigKeys.vocabularies.keys.sorted().joined(separator: ", "))")
            }
            for (idNode, list) in try reader.mapping(v, key: "aliases.\(group)") {
                let id = try reader.string(idNode, key: "aliases.\(group)")
                guard allowed.contains(id) else {
                    throw reader.error(idNode, key: "aliases.\(group).\(id)", "unknown id; use one of \(allowed.joined(separator: ", "))")
                }
                var names: [String] = []
                if case .sequence = list {
                    for item in try reader.sequence(list, key: "aliases.\(group).\(id)") {
                        names.append(try reader.string(item, key: "aliases.\(group).\(id)"))
                    }
                } else {
                    names.append(try reader.string(list, key: "aliases.\(group).\(id)"))
                }
                if group == "columns" {
                    config.columnAliases[id, default: []].append(contentsOf: names)
                } else {
                    config.valueAliases[group, default: [:]][id, default: []].append(contentsOf: names)
                }
            }
        }
    }

    static func formatted(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}

/// Typed access to YAML nodes with errors that carry the key and the node's line.
private struct Reader {
    let file: String

    func error(_ node: Node, key: String, _ message: String) -> ConfigError {
        ConfigError(file: file, line: node.mark?.line, key: key, message: message)
    }

    func mapping(_ node: Node, key: String) throws(ConfigError) -> [(Node, Node)] {
        guard case .mapping(let m) = node else { throw error(node, key: key, "expected a mapping (key: value lines)") }
        return m.map { ($0.key, $0.value) }
    }

    func sequence(_ node: Node, key: String) throws(ConfigError) -> [Node] {
        guard case .sequence(let s) = node else { throw error(node, key: key, "expected a list, e.g. [a, b]") }
        return Array(s)
    }

    func string(_ node: Node, key: String) throws(ConfigError) -> String {
        guard case .scalar(let s) = node else { throw error(node, key: key, "expected text") }
        return s.string
    }

    func int(_ node: Node, key: String, in range: ClosedRange<Int>) throws(ConfigError) -> Int {
        guard case .scalar(let s) = node, let value = Int(s.string.trimmingCharacters(in: .whitespaces)) else {
            throw error(node, key: key, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found `\(node.string ?? "")`")
        }
        guard range.contains(value) else {
            throw error(node, key: key, "must be from \(range.lowerBound) to \(range.upperBound), found \(value)")
        }
        return value
    }

    func number(_ node: Node, key: String) throws(ConfigError) -> Double {
        guard case .scalar(let s) = node, let value = Double(s.string.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw error(node, key: key, "expected a number, found `\(node.string ?? "")`")
        }
        return value
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ node: Node, key: String) throws(ConfigError) -> E where E.RawValue == String {
        let text = try string(node, key: key)
        guard let value = E(rawValue: text) else {
            throw error(node, key: key, "`\(text)` is not allowed; use one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }
}
