import ArgumentParser
import Foundation
import Ingest
import Model

/// The options every command shares (rules §6).
struct CommonOptions: ParsableArguments {
    @Option(help: "The folder holding the logs.")
    var inputs: String = "Inputs"

    @Option(help: "The review year (default: the config's, else the year with the most meetings).")
    var year: Int?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Count only the periods ended by this date, for a monthly dispatch during the year.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("The config file (default: review.yml in the inputs folder).", valueName: "file"))
    var config: String?

    @Option(help: "Read every CSV in this encoding instead of detecting it: utf8, gb18030 or utf16.")
    var encoding: ForcedEncoding?

    @Flag(help: "No progress and no summary on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("Threads that decode a large log beside the one that reads it (default: one per processor and one more, at most 4; one on a single processor). The output is the same whatever the number.", valueName: "n"))
    var threads: Int?

    func validate() throws {
        if let threads, !(1...64).contains(threads) {
            throw ValidationError("--threads \(threads): give a number of threads from 1 to 64")
        }
        if let year, !(1900...9999).contains(year) {
            throw ValidationError("--year \(year) is not a year; give four digits, e.g. --year 2017")
        }
    }

    var parallelism: Parallelism { threads.map { Parallelism(threads: $0) } ?? .automatic }

    var configPath: String { config ?? (inputs as NSString).appendingPathComponent("review.yml") }
}

extension ForcedEncoding: ExpressibleByArgument {}
