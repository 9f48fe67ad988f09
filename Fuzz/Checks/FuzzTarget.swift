import Foundation

/// One fuzz target: what it checks of an input, and the seed inputs it starts from.
///
/// `check` is what libFuzzer calls (through `Fuzz/`, built with the fuzzer and address
/// sanitizers) and what `FuzzTests` calls for every saved input and every seed in the normal
/// suite. A trap or a sanitizer report is a finding by itself; `check` adds the invariants the
/// code promises beyond "no crash", and returns each one broken as a line of text.
public protocol FuzzTarget {
    /// The name `scripts/fuzz.sh`, the `fuzz` binary and `Tests/Fixtures/fuzz/<name>/` use.
    static var name: String { get }
    /// The invariants `input` breaks; empty when all hold.
    static func check(_ input: [UInt8]) -> [String]
    /// Seed inputs, made from the files under `fixtures` (`Tests/Fixtures`), in a fixed order.
    static func seeds(fixtures: URL) throws -> [[UInt8]]
}

/// Every fuzz target, in the order the script runs them. The .xlsx reader's joins them when Ingest
/// reads workbooks (Fuzz/README.md, "Adding a target").
public enum FuzzTargets {
    public static var all: [any FuzzTarget.Type] { [CSVTarget.self, IngestTarget.self, ValuesTarget.self, ConfigTarget.self] }

    public static var names: [String] { all.map { $0.name } }

    public static func named(_ name: String) -> (any FuzzTarget.Type)? {
        all.first { $0.name == name }
    }

    /// The checks of the target called `name`, as a plain function (the fuzz program's
    /// callback keeps it).
    public static func checks(named name: String) -> (([UInt8]) -> [String])? {
        guard let target = named(name) else { return nil }
        return { target.check($0) }
    }

    /// The seeds of the target called `name`.
    public static func seeds(named name: String, fixtures: URL) throws -> [[UInt8]]? {
        try named(name)?.seeds(fixtures: fixtures)
    }
}

/// Collects the invariants an input breaks.
struct Violations {
    private(set) var list: [String] = []

    /// Records `message` unless `condition` holds. Only the first few of each input are kept: one
    /// broken invariant tends to break many.
    mutating func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition, list.count < 20 { list.append(message()) }
    }

    mutating func add(_ other: [String], prefix: String) {
        for message in other where list.count < 20 { list.append("\(prefix): \(message)") }
    }
}

/// Reading the fixtures the seeds are made from.
enum Fixtures {
    /// The files of the folder `name` under `fixtures`, sorted by name, with their bytes.
    static func files(_ name: String, in fixtures: URL, extensions: Set<String> = ["csv", "txt"]) throws -> [(name: String, bytes: [UInt8])] {
        let folder = fixtures.appendingPathComponent(name)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { ($0, [UInt8](try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    /// The exact bytes of every case of `csv-conformance/<file>` (`input_b64`).
    static func conformanceInputs(_ file: String, in fixtures: URL) throws -> [[UInt8]] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("csv-conformance/\(file)"))
        guard let cases = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return cases.compactMap { ($0["input_b64"] as? String).flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) } }
    }

    /// The folders of whole inputs (a register and logs).
    static let inputFolders = ["small", "small-county", "clerk-year"]
}

extension Array where Element == UInt8 {
    /// The number of CR and LF bytes: one more than this bounds the physical lines of the bytes
    /// in any encoding read here (in UTF-16 every line break holds such a byte; GB18030 uses
    /// them for nothing else).
    var lineBreakBytes: Int { reduce(0) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) } }
}

/// Whether `text` is one printable line: no C0 control character (line breaks and tabs
/// included) and no DEL. Messages show the values they quote escaped.
func isOneLine(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
}
