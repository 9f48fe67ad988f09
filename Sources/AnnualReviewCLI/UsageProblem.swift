import ArgumentParser
import Foundation
import Ingest
import Model

/// Says, in one line and in the user's language (§6), what is wrong with a command line that
/// swift-argument-parser refused: an unknown command or option (with the nearest one), an option
/// without its value, a value the option does not take, a stray word.
///
/// The commands and options are the parser's own, read from its description of the tool
/// (`--experimental-dump-help`), so they cannot drift from what it accepts; whether a value is
/// readable is asked of the parser too. When nothing here explains the refusal, the parser's
/// own (English) words are shown.
enum UsageProblem {
    /// The language of a message told before any config is read: the last readable `--lang`
    /// (`--lang en`, `--lang=en`), else Chinese.
    static func language(of arguments: [String]) -> ReportLanguage {
        var language = ReportLanguage.zh
        for (index, argument) in arguments.enumerated() {
            let value: String?
            if argument == "--lang" {
                value = index + 1 < arguments.count ? arguments[index + 1] : nil
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            } else {
                continue
            }
            if let value, let chosen = ReportLanguage(rawValue: value) { language = chosen }
        }
        return language
    }

    /// The first problem of `arguments`, or nil when none is found here.
    static func find(in arguments: [String]) -> Localized? {
        guard let root = ToolDescription.read() else { return nil }
        let commands = root.subcommands ?? []
        var rest = arguments[...]
        // The parser's built-in options, not in its description, are its to explain.
        let builtIn = ["--generate-completion-script", "--experimental-dump-help"]
        guard !rest.contains(where: { argument in builtIn.contains { argument == $0 || argument.hasPrefix($0 + "=") } }),
              var command = commands.first(where: { $0.commandName == Build.configuration.commandName })
        else { return nil }
        if let first = rest.first, !first.hasPrefix("-") {
            let names = commands.map(\.commandName)
            guard let named = commands.first(where: { $0.commandName == first }) else {
                return Catalogue.CLI.unknownCommand(first, nearest: nearest(to: first, among: names), commands: names)
            }
            command = named
            rest = rest.dropFirst()
        }
        // `help` takes command names; the parser's words say enough there.
        guard command.commandName != "help" else { return nil }
        let name = command.commandName
        let options = command.arguments ?? []
        while let argument = rest.popFirst() {
            if argument == "--" {
                return rest.first.map { Catalogue.CLI.unexpectedArgument($0, command: name) }
            }
            guard argument.count > 1, argument.hasPrefix("-") else {
                return Catalogue.CLI.unexpectedArgument(argument, command: name)
            }
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let written = String(parts[0])
            let inline = parts.count > 1 ? String(parts[1]) : nil
            guard let option = options.first(where: { $0.spellings.contains(written) }) else {
                let known = options.flatMap(\.spellings).filter { $0.hasPrefix("--") }
                return Catalogue.CLI.unknownOption(written, command: name, nearest: nearest(to: written, among: known))
            }
            guard option.kind == .option else { continue }
            let value: String
            if let inline {
                value = inline
            } else if let next = rest.first, !(next.count > 1 && next.hasPrefix("-")) {
                value = next
                rest = rest.dropFirst()
            } else {
                return Catalogue.CLI.missingValue(written, command: name)
            }
            if (try? AnnualReview.parseAsRoot([name, written, value])) != nil { continue }
            if let allowed = written == "--encoding" ? ForcedEncoding.names.map(\.name) : option.allValues {
                return Catalogue.CLI.valueNotAllowed(written, value: value, allowed: allowed)
            }
            return Catalogue.CLI.invalidValue(written, value: value, command: name)
        }
        return nil
    }

    /// The candidate nearest to `written` (dashes aside), the first of equals: within an edit
    /// distance of 2 — commands and options are short words, where NearMiss's allowance of one
    /// slip would miss `buidl` for build — and less than the word's own length, so that a word
    /// of one or two letters is not "corrected" into an unrelated one.
    static func nearest(to written: String, among candidates: [String]) -> String? {
        func bare(_ word: String) -> String { String(word.drop { $0 == "-" }) }
        let word = bare(written)
        var best: (candidate: String, distance: Int)?
        var limit = min(2, word.unicodeScalars.count - 1)
        for candidate in candidates where candidate != written {
            guard let distance = NearMiss.distance(word, bare(candidate), atMost: limit) else { continue }
            best = (candidate, distance)
            limit = distance - 1
        }
        return best?.candidate
    }
}

/// The part of swift-argument-parser's description of the tool (`--experimental-dump-help`,
/// its ToolInfo format version 0) that names the commands and their options.
struct ToolDescription: Decodable {
    var commandName: String
    var subcommands: [ToolDescription]?
    var arguments: [Argument]?

    struct Argument: Decodable {
        enum Kind: String, Decodable { case positional, option, flag }
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var kind: Kind
        var names: [Name]?
        /// The values an option takes, when it lists them.
        var allValues: [String]?

        /// How the option is typed: `--out`, `-h`.
        var spellings: [String] {
            (names ?? []).map { $0.kind == "long" ? "--\($0.name)" : "-\($0.name)" }
        }
    }

    /// The root command as the parser describes it.
    static func read() -> ToolDescription? {
        struct Document: Decodable { var command: ToolDescription }
        do {
            _ = try AnnualReview.parseAsRoot(["--experimental-dump-help"])
            return nil
        } catch {
            let json = AnnualReview.fullMessage(for: error)
            return try? JSONDecoder().decode(Document.self, from: Data(json.utf8)).command
        }
    }
}
