import Foundation

/// generate-sample: writes the synthetic sample year (default) or scaled benchmark inputs.
let usage = """
    usage: generate-sample [--out DIR] [--seed N] [--plain] [--xlsx]
           generate-sample --out DIR --sites N [--meetings-rows M] [--seed N] [--plain] [--xlsx]

    Without --sites or --meetings-rows: the sample year 2017 of 澜江市教育局 and the year 2016
    before it (300 sites, about 63,000 log rows, a dozen deliberate problems listed in DIR/README.md).
    With them (scale mode): N sites and M meeting rows (exactly, when the sites can hold them),
    lectures and trainings in proportion, streamed to disk.

      --out DIR            output folder (default Inputs)
      --seed N             seed of the generator (default 2017); same arguments, same bytes
      --sites N            number of sites besides the bureau (default 300)
      --meetings-rows M    meeting rows to write
      --plain              ISO dates and no oddities or deliberate problems
      --xlsx               the logs as Excel workbooks (shared strings, dates as dated numbers)

    """

func parse(_ arguments: [String]) throws -> Options {
    var options = Options()
    var i = 0
    func value(_ name: String) throws -> String {
        i += 1
        guard i < arguments.count else { throw GeneratorError(description: "\(name) needs a value") }
        return arguments[i]
    }
    func number(_ name: String, min: Int) throws -> Int {
        let v = try value(name)
        guard let n = Int(v.replacingOccurrences(of: "_", with: "")), n >= min else {
            throw GeneratorError(description: "\(name): expected an integer ≥ \(min), got `\(v)`")
        }
        return n
    }
    while i < arguments.count {
        switch arguments[i] {
        case "--out": options.out = try value("--out")
        case "--seed":
            let v = try value("--seed")
            guard let s = UInt64(v) else { throw GeneratorError(description: "--seed: expected an unsigned integer, got `\(v)`") }
            options.seed = s
        case "--sites": options.sites = try number("--sites", min: 1)
        case "--meetings-rows": options.meetingRows = try number("--meetings-rows", min: 0)
        case "--plain": options.plain = true
        case "-h", "--help":
            print(usage, terminator: "")
            exit(0)
        default: throw GeneratorError(description: "unknown argument `\(arguments[i])`")
        }
        i += 1
    }
    return options
}

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let options = try parse(arguments.filter { $0 != "--xlsx" })
    var generator = Generator(options: options)
    let summary = try generator.run()
    for (file, count) in summary.rows { print("\(options.out)/\(file): \(count) rows") }
    if arguments.contains("--xlsx") {
        for workbook in try WorkbookLogs.convert(folder: options.out) { print("\(workbook): written as a workbook") }
    }
    if !summary.problems.isEmpty { print("\(summary.problems.count) deliberate problems, listed in \(options.out)/README.md") }
} catch let error as GeneratorError {
    FileHandle.standardError.write(Data("generate-sample: \(error.description)\n\n\(usage)".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("generate-sample: \(error)\n".utf8))
    exit(1)
}
