import ArgumentParser

struct Build: ParsableCommand {
    @OptionGroup var common: CommonOptions
    func run() throws { throw Failure.usage("build: being wired") }
}

struct Validate: ParsableCommand {
    @OptionGroup var common: CommonOptions
    func run() throws { throw Failure.usage("validate: being wired") }
}
