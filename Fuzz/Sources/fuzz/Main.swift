import CLibFuzzer
import Foundation
import FuzzChecks

/// `fuzz --target=NAME [libFuzzer options] [corpus folders]` fuzzes one target;
/// `fuzz --target=NAME --make-corpus=FOLDER --fixtures=FOLDER` writes its seeds.
///
/// libFuzzer ignores options that start with `--`, so `--target` stays on the command line it
/// sees: the processes it starts itself (`-fork`, `-merge`) get it too.
@main
enum Fuzz {
    /// The target's name and checks, which the fuzzing loop calls; set once, before it starts.
    nonisolated(unsafe) static var name = ""
    nonisolated(unsafe) static var check: ([UInt8]) -> [String] = { _ in [] }

    static func main() {
        let arguments = CommandLine.arguments
        func option(_ name: String) -> String? {
            arguments.last { $0.hasPrefix("--\(name)=") }.map { String($0.dropFirst(name.count + 3)) }
        }
        guard let name = option("target"), let check = FuzzTargets.checks(named: name) else {
            let names = FuzzTargets.names.joined(separator: "|")
            printError("usage: fuzz --target=\(names) [libFuzzer options] [corpus folders]\n"
                + "       fuzz --target=\(names) --make-corpus=FOLDER --fixtures=Tests/Fixtures")
            exit(2)
        }
        if let folder = option("make-corpus") {
            exit(makeCorpus(name, folder: folder, fixtures: option("fixtures") ?? "Tests/Fixtures"))
        }
        Fuzz.name = name
        Fuzz.check = check
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let input = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
            let broken = Fuzz.check(input)
            if !broken.isEmpty {
                // A broken invariant is a crash to libFuzzer: it saves the input and stops.
                printError("==fuzz== \(Fuzz.name): \(broken.count) invariant(s) broken:")
                for line in broken { printError("==fuzz==   \(line)") }
                abort()
            }
            return 0
        })
    }

    /// Writes the seeds of the target `name` into `folder` as seed-0001, seed-0002 …; the exit code.
    static func makeCorpus(_ name: String, folder: String, fixtures: String) -> Int32 {
        do {
            let seeds = try FuzzTargets.seeds(named: name, fixtures: URL(fileURLWithPath: fixtures)) ?? []
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (i, seed) in seeds.enumerated() {
                let number = String(i + 1)
                let file = "seed-" + String(repeating: "0", count: max(0, 4 - number.count)) + number
                try Data(seed).write(to: URL(fileURLWithPath: folder).appendingPathComponent(file))
            }
            print("\(name): \(seeds.count) seeds in \(folder)")
            return 0
        } catch {
            printError("fuzz: cannot write the seeds of \(name): \(error)")
            return 1
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
