import ArgumentParser
import Foundation
import Model
import Report

/// The root command: `annual-review` alone builds the report from `Inputs/`.
public struct AnnualReview: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "annual-review",
        abstract: "Turn a year of Party-building activity logs into the year-end review workbook.",
        discussion: """
            Reads the logs in the inputs folder (sites, meetings, lectures, trainings; CSV from \
            Excel or WPS), computes the year-end indicators, compliance, rankings and imbalance \
            metrics, and writes an Excel workbook, a report draft and, on request, a JSON summary.

            Examples:
              annual-review template                # empty logs, an example and a config to start from
              annual-review                         # build from Inputs/ into Reports/
              annual-review validate --inputs logs  # list every problem in the logs
              annual-review check                   # is the committed report up to date?

            Exit codes: 0 done; 1 rejected rows (validate, build --strict) or a stale report \
            (check); 2 usage, config or file errors.

            Shell completion: annual-review --generate-completion-script bash|zsh|fish
            """,
        version: ToolVersion.current,
        subcommands: [Build.self, Validate.self, Check.self, Template.self],
        defaultSubcommand: Build.self
    )

    public init() {}

    /// Parses `arguments`, runs the command and returns the process exit code: 0, 1 or 2 as
    /// rules §6 lists them (ArgumentParser's usage code 64 becomes 2).
    public static func run(arguments: [String]) -> Int32 {
        // A run stopped by a signal removes the report files it has in flight (rules §5).
        InterruptCleanup.installHandlers()
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let failure as Failure {
            if !failure.message.isEmpty { printError(failure.message) }
            return failure.exitCode
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                return 0
            }
            if code == .validationFailure, let problem = UsageProblem.find(in: arguments) {
                printError("error: " + problem.text(UsageProblem.language(of: arguments)))
                return 2
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { printError(message) }
            return code == .failure ? 1 : 2
        }
    }
}

/// A failure already explained to the user (or to be explained by `message`), with its exit code.
struct Failure: Error {
    var exitCode: Int32
    var message: String

    /// A usage, config or file error (exit 2): `error: ` and the text in `language`.
    static func usage(_ text: Localized, _ language: ReportLanguage) -> Failure {
        Failure(exitCode: 2, message: "error: " + text.text(language))
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}
