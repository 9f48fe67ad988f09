import Foundation
import Model
import Yams

/// Reads `review.yml` into a `ReviewConfig`, checking every key against `ConfigKeys.all`:
/// an unknown key, a wrong type or an out-of-range value is a `ConfigError` naming the key and
/// its line.
public enum ConfigLoader {
    /// Loads the config at `path`; a missing file gives the defaults.
    static func load(path: String) throws(ConfigError) -> ReviewConfig {
        try read(path: path).config
    }

    /// Loads the config at `path` and returns it with the bytes it was read from (what the
    /// fingerprint covers); a missing file gives the defaults and no bytes.
    public static func read(path: String) throws(ConfigError) -> (config: ReviewConfig, bytes: [UInt8]?) {
        let file = (path as NSString).lastPathComponent
        // Nothing there, not even a broken link: the defaults. A folder, a pipe or a broken link
        // is not read (a pipe would wait for ever), nor passed over unnoticed.
        var status = stat()
        guard lstat(path, &status) == 0 else { return (ReviewConfig(), nil) }
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw ConfigError(file: file, line: nil, key: "", code: "config_unreadable", text: Catalogue.Config.notAFile)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: file, line: nil, key: "", code: "config_unreadable", text: Catalogue.Config.cannotRead)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: file, line: nil, key: "", code: "config_not_utf8", text: Catalogue.Config.notUTF8)
        }
        return (try parse(text, file: file), [UInt8](data))
    }

    /// Parses config text. `file` names it in errors.
    static func parse(_ text: String, file: String) throws(ConfigError) -> ReviewConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            throw duplicateKey(duplicates, mapping: context.mark, in: text, file: file)
        } catch let error as YamlError {
            throw ConfigError(file: file, line: yamlLine(error, in: text), key: "", code: "config_invalid_yaml",
                              text: Catalogue.Config.invalidYAML(yamlProblem(error)))
        } catch {
            throw ConfigError(file: file, line: nil, key: "", code: "config_invalid_yaml", text: Catalogue.Config.invalidYAML("\(error)"))
        }
        var config = ReviewConfig()
        guard let root else { return config }
        var reader = Reader(file: file)
        let top = try reader.mapping(root, key: "")
        let known = Set(ConfigKeys.all.map(\.key))
        for (keyNode, value) in top {
            let key = try reader.string(keyNode, key: "")
            guard known.contains(key) else {
                throw reader.error(keyNode, key: key, code: "config_unknown_key", Catalogue.Config.unknownKey(known: ConfigKeys.all.map(\.key)))
            }
            if case .scalar(let s) = value, s.tag.description == Tag.Name.null.rawValue || (s.string.isEmpty && s.style == .plain) {
                continue // `key:` with nothing after it keeps the default
            }
            switch key {
            case "year":
                config.year = try reader.int(value, key: key, in: 1900...9999)
            case "organisation":
                config.organisation = try oneLine(value, key: key, reader: reader)
            case "title":
                config.title = try oneLine(value, key: key, reader: reader)
            case "language":
                config.language = try reader.enumeration(value, key: key)
            case "party_day":
                config.partyDay = try reader.int(value, key: key, in: 1...31)
            case "bottom_n":
                config.bottomN = try reader.int(value, key: key, in: 0...100_000)
            case "bottom_share":
                config.bottomShareMillionths = try millionths(value, key: key, reader: &reader)
            case "training_hours_target":
                let target = try reader.number(value, key: key)
                guard target > 0 else {
                    throw reader.error(value, key: key, code: "config_out_of_range", Catalogue.Config.notPositive(found: formatted(target)))
                }
                guard target <= maximumHours else {
                    throw reader.error(value, key: key, code: "config_out_of_range",
                                       Catalogue.Config.tooLarge(maximum: formatted(maximumHours), found: formatted(target)))
                }
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
                    guard number >= 0 else {
                        throw reader.error(v, key: "\(key).\(headline.rawValue)", code: "config_out_of_range",
                                           Catalogue.Config.negative(found: formatted(number)))
                    }
                    let maximum = maximumTarget(headline)
                    guard number <= maximum else {
                        throw reader.error(v, key: "\(key).\(headline.rawValue)", code: "config_out_of_range",
                                           Catalogue.Config.tooLarge(maximum: formatted(maximum), found: formatted(number)))
                    }
                    targets[headline] = number
                }
                if key == "targets" { config.targets = targets } else { config.nextYearTargets = targets }
            case "annual_meetings_until":
                config.annualMeetingsUntil = try monthDay(value, key: key, reader: &reader)
            case "aliases":
                try aliases(value, into: &config, reader: &reader)
            default:
                break
            }
        }
        return config
    }

    /// The largest count a log's value may hold (rules §2), and so the largest target of a count.
    static let maximumCount = 1_000_000_000.0
    /// The largest hours a log's value may hold (rules §2), and so the largest
    /// `training_hours_target`.
    static let maximumHours = 10_000.0

    /// The largest target of a headline figure: a count's is a count's limit; person-hours are
    /// participants times hours, so their target may be as large as the two limits' product
    /// (10^13, which the workbook and the draft still show to the tenth).
    static func maximumTarget(_ headline: HeadlineKey) -> Double {
        headline == .training_person_hours ? maximumCount * maximumHours : maximumCount
    }

    /// The organisation or the title: one line of text, without a control character (a line
    /// break, a tab, NUL …), which the workbook's properties and page footers cannot hold and which
    /// would break the draft's lines.
    private static func oneLine(_ node: Node, key: String, reader: Reader) throws(ConfigError) -> String {
        let text = try reader.string(node, key: key)
        var position = 0
        for character in text {
            position += 1
            if let scalar = character.unicodeScalars.first(where: isControl) {
                throw reader.error(node, key: key, code: "config_control_character",
                                   Catalogue.Config.controlCharacter(scalar.value, position: position))
            }
        }
        return text
    }

    /// C0 and C1 controls and DEL (tab and line feed among them), the Unicode line and paragraph
    /// separators, and U+FFFE, U+FFFF, which XML cannot carry.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || (0x2028...0x2029).contains(scalar.value)
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    private static func weights(_ node: Node, reader: inout Reader) throws(ConfigError) -> [ScorePart: Double] {
        var weights: [ScorePart: Double] = ReviewConfig.defaultWeights
        for (k, v) in try reader.mapping(node, key: "weights") {
            let part: ScorePart = try reader.enumeration(k, key: "weights")
            let w = try reader.number(v, key: "weights.\(part.rawValue)")
            guard w >= 0 else {
                throw reader.error(v, key: "weights.\(part.rawValue)", code: "config_out_of_range", Catalogue.Config.negative(found: formatted(w)))
            }
            weights[part] = w
        }
        let sum = ScorePart.allCases.reduce(0) { $0 + (weights[$1] ?? 0) }
        guard abs(sum - 100) < 1e-9 else {
            throw reader.error(node, key: "weights", code: "config_weights_sum", Catalogue.Config.weightsSum(
                formatted(sum), parts: ScorePart.allCases.map { "\($0.rawValue) \(formatted(weights[$0] ?? 0))" }))
        }
        return weights
    }

    private static func starThresholds(_ node: Node, reader: inout Reader) throws(ConfigError) -> [Double] {
        var thresholds = ReviewConfig().starThresholds
        for (k, v) in try reader.mapping(node, key: "star_thresholds") {
            let stars = try reader.int(k, key: "star_thresholds", in: 2...5)
            let t = try reader.number(v, key: "star_thresholds.\(stars)")
            guard (0...100).contains(t) else {
                throw reader.error(v, key: "star_thresholds.\(stars)", code: "config_out_of_range", Catalogue.Config.notAPercentage(found: formatted(t)))
            }
            thresholds[5 - stars] = t
        }
        for i in 1..<thresholds.count where thresholds[i] > thresholds[i - 1] {
            throw reader.error(node, key: "star_thresholds", code: "config_star_order", Catalogue.Config.starThresholdsIncrease(
                stars: 6 - i, threshold: formatted(thresholds[i - 1]), next: formatted(thresholds[i])))
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
            case let other: throw reader.error(k, key: "\(key).\(other)", code: "config_unknown_key", Catalogue.Config.unknownNormKey)
            }
        }
        guard sawPeriod else { throw reader.error(node, key: key, code: "config_missing_key", Catalogue.Config.normNeedsPeriod) }
        return Norm(required: count, period: period)
    }

    /// A share from 0 to 1 written with at most 6 decimals (`0.1`, `.05`, `1`), in millionths, read
    /// from its digits so that it is exact (rules §4.2): `0.07` is 70,000, never 0.07000000000000001.
    /// Zeros after the sixth decimal change nothing (`0.1000000` is 0.1).
    private static func millionths(_ node: Node, key: String, reader: inout Reader) throws(ConfigError) -> Int {
        let text = try reader.string(node, key: key).trimmingCharacters(in: .whitespaces)
        let negative = text.hasPrefix("-")
        let parts = text.dropFirst(negative ? 1 : 0).split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count > 1 ? parts[1] : ""
        let decimals = fraction.count > 6 && fraction.dropFirst(6).allSatisfy { $0 == "0" } ? fraction.prefix(6) : fraction
        func digits(_ s: Substring) -> Bool { s.allSatisfy { $0.isASCII && $0.isNumber } }
        guard !whole.isEmpty || !fraction.isEmpty, whole.count <= 7, decimals.count <= 6, digits(whole), digits(decimals) else {
            throw reader.error(node, key: key, code: "config_wrong_type", Catalogue.Config.notAShare(found: text))
        }
        let value = (Int(whole) ?? 0) * 1_000_000 + (Int(decimals + String(repeating: "0", count: 6 - decimals.count)) ?? 0)
        guard value <= 1_000_000, !negative || value == 0 else {
            throw reader.error(node, key: key, code: "config_out_of_range", Catalogue.Config.notAShare(found: text))
        }
        return value
    }

    /// `MM-DD` (one or two digits each): a day that exists in some year.
    private static func monthDay(_ node: Node, key: String, reader: inout Reader) throws(ConfigError) -> MonthDay {
        let text = try reader.string(node, key: key).trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[0]), let day = Int(parts[1])
        else {
            throw reader.error(node, key: key, code: "config_wrong_type", Catalogue.Config.notAMonthDay(found: text))
        }
        guard let monthDay = MonthDay(month: month, day: day) else {
            throw reader.error(node, key: key, code: "config_out_of_range", Catalogue.Config.noSuchMonthDay(found: text))
        }
        return monthDay
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
                throw reader.error(k, key: "aliases.\(group)", code: "config_unknown_key",
                                   Catalogue.Config.unknownAliasGroup(groups: ConfigKeys.vocabularies.keys.sorted()))
            }
            for (idNode, list) in try reader.mapping(v, key: "aliases.\(group)") {
                let id = try reader.string(idNode, key: "aliases.\(group)")
                guard allowed.contains(id) else {
                    throw reader.error(idNode, key: "aliases.\(group).\(id)", code: "config_value_not_allowed",
                                       Catalogue.Config.unknownAliasID(allowed: allowed))
                }
                let key = "aliases.\(group).\(id)"
                var items = [list]
                if case .sequence = list { items = try reader.sequence(list, key: key) }
                var names: [String] = []
                for item in items {
                    let name = try reader.string(item, key: key)
                    names.append(name)
                    if let line = item.mark?.line, config.aliasLines[key]?[name] == nil {
                        config.aliasLines[key, default: [:]][name] = line
                    }
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

    /// The line of a YAML error. libyaml reports a problem found at the end of a file without a
    /// final line break on the line after its last; that is the last line. A reader error (a
    /// control character) has a byte offset instead of a line.
    private static func yamlLine(_ error: YamlError, in text: String) -> Int? {
        let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) } - (text.utf8.last == 0x0A ? 1 : 0)
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return min(mark.line, max(lines, 1))
        case .reader(_, let offset?, _, _):
            return text.utf8.prefix(max(offset, 0)).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        default:
            return nil
        }
    }

    /// One line for YAML's "duplicated key(s)" error: the first duplicated key, at the line where
    /// it is written again. `mapping` is where the mapping holding it starts (its first key); a
    /// block mapping's keys are the lines indented to that column, so the key's lines are found
    /// by reading on from there until a line is indented less. A flow mapping (`{a: 1, a: 2}`)
    /// has no such lines: it is reported at its own.
    private static func duplicateKey(_ keys: [String], mapping: Mark, in text: String, file: String) -> ConfigError {
        let key = keys.sorted().first ?? ""
        let indent = mapping.column - 1
        var found: [Int] = []
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (index, line) in lines.enumerated().dropFirst(mapping.line - 1) {
            // On the first line the mapping may start after a `- ` or a parent key.
            let start = index == mapping.line - 1 ? line.dropFirst(indent) : line[...]
            let content = start.drop { $0 == " " }
            if content.isEmpty || content.hasPrefix("#") { continue }
            let column = line.count - content.count
            if column < indent { break }
            guard column == indent else { continue }
            let name = content.prefix { $0 != ":" }.trimmingCharacters(in: .whitespaces)
            if name == key || name == "\"\(key)\"" || name == "'\(key)'" { found.append(index + 1) }
        }
        guard found.count >= 2 else {
            return ConfigError(file: file, line: mapping.line, key: key, code: "config_duplicate_key", text: Catalogue.Config.duplicateKeyInLine)
        }
        return ConfigError(file: file, line: found[1], key: key, code: "config_duplicate_key",
                           text: Catalogue.Config.duplicateKey(firstLine: found[0]))
    }

    private static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .reader(let problem, _, let value, _):
            // Yams's own text quotes the line with the raw character: name it by its code instead.
            return problem + " (U+" + String(format: "%04X", max(value, 0)) + ")"
        default:
            return "\(error)"
        }
    }
}

/// Typed access to YAML nodes with errors that carry the key and the node's line.
private struct Reader {
    let file: String

    func error(_ node: Node, key: String, code: String, _ text: Localized) -> ConfigError {
        ConfigError(file: file, line: node.mark?.line, key: key, code: code, text: text)
    }

    func mapping(_ node: Node, key: String) throws(ConfigError) -> [(Node, Node)] {
        guard case .mapping(let m) = node else { throw error(node, key: key, code: "config_wrong_type", Catalogue.Config.expectedMapping) }
        return m.map { ($0.key, $0.value) }
    }

    func sequence(_ node: Node, key: String) throws(ConfigError) -> [Node] {
        guard case .sequence(let s) = node else { throw error(node, key: key, code: "config_wrong_type", Catalogue.Config.expectedList) }
        return Array(s)
    }

    func string(_ node: Node, key: String) throws(ConfigError) -> String {
        guard case .scalar(let s) = node else { throw error(node, key: key, code: "config_wrong_type", Catalogue.Config.expectedText) }
        return s.string
    }

    func int(_ node: Node, key: String, in range: ClosedRange<Int>) throws(ConfigError) -> Int {
        guard case .scalar(let s) = node, let value = Int(s.string.trimmingCharacters(in: .whitespaces)) else {
            throw error(node, key: key, code: "config_wrong_type", Catalogue.Config.notAWholeNumber(range, found: node.string ?? ""))
        }
        guard range.contains(value) else {
            throw error(node, key: key, code: "config_out_of_range", Catalogue.Config.outOfRange(range, found: value))
        }
        return value
    }

    func number(_ node: Node, key: String) throws(ConfigError) -> Double {
        guard case .scalar(let s) = node, let value = Double(s.string.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw error(node, key: key, code: "config_wrong_type", Catalogue.Config.notANumber(found: node.string ?? ""))
        }
        return value
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ node: Node, key: String) throws(ConfigError) -> E where E.RawValue == String {
        let text = try string(node, key: key)
        guard let value = E(rawValue: text) else {
            throw error(node, key: key, code: "config_value_not_allowed", Catalogue.Config.notAllowed(text, allowed: E.allCases.map(\.rawValue)))
        }
        return value
    }
}
