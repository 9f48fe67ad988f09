import Foundation
import TestSupport
import XCTest

/// The real `annual-review` binary, as SwiftPM built it beside the test bundle, run in a folder
/// of the test's own.
enum ReviewBinary {
    static let root = TestPackage.root.path
    static var path: String { get throws { try TestPackage.product("annual-review") } }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary with `arguments` in `folder`. `environment` replaces single variables of
    /// this process's environment; `clean` starts from an environment holding only PATH.
    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:],
                    clean: Bool = false) throws -> Outcome {
        let run = try runProgram(try path, arguments, in: URL(fileURLWithPath: folder), environment: environment,
                                 cleanEnvironment: clean)
        return Outcome(status: run.status, stdout: String(decoding: run.stdout, as: UTF8.self),
                       stderr: String(decoding: run.stderr, as: UTF8.self))
    }
}

/// A throwaway folder holding a copy of a fixture as `Inputs/`, removed by `remove()`.
struct Workspace {
    let path: String

    /// `fixture`: a folder under `Tests/Fixtures`, or nil for the sample `Inputs/`.
    init(copying fixture: String? = "small") throws {
        path = try TestPackage.makeTemporaryFolder("annual-review-e2e").path
        let source = fixture.map { ReviewBinary.root + "/Tests/Fixtures/" + $0 } ?? ReviewBinary.root + "/Inputs"
        try FileManager.default.copyItem(atPath: source, toPath: path + "/Inputs")
    }

    func file(_ relative: String) -> String { path + "/" + relative }

    func read(_ relative: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: file(relative))) }

    func text(_ relative: String) throws -> String { try String(contentsOfFile: file(relative), encoding: .utf8) }

    func write(_ text: String, to relative: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(relative)))
    }

    /// Replaces the one line of `relative` that starts with `prefix` by `prefix` replaced with `by`.
    func replaceLine(in relative: String, startingWith prefix: String, by replacement: String) throws {
        let lines = try text(relative).components(separatedBy: "\n")
        XCTAssertEqual(lines.filter { $0.hasPrefix(prefix) }.count, 1, "one line of \(relative) starts with \(prefix)")
        try write(lines.map { $0.hasPrefix(prefix) ? replacement + $0.dropFirst(prefix.count) : $0 }.joined(separator: "\n"), to: relative)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// SHA-256 of the inputs as rules §5 defines it, computed by Python's hashlib — not by the tool — so a
/// test can say which fingerprint a report must carry.
func independentFingerprint(of folder: String) throws -> String {
    let script = """
        import hashlib, os, sys
        d = sys.argv[1]
        # Rules §2: a log file starts with a log's id (ASCII case ignored) or Chinese name and
        # ends in .csv or .txt, and is read unless hidden, a lock file or a workbook (a zip).
        logs = ("sites", "meetings", "lectures", "trainings", "单位名册", "会议记录", "党课记录", "培训记录")
        def ascii_lower(n): return "".join(c.lower() if c.isascii() else c for c in n)
        def is_log(n):
            if n.startswith((".", "~$")) or not ascii_lower(n).startswith(logs) or not ascii_lower(n).endswith((".csv", ".txt")):
                return False
            with open(os.path.join(d, n), "rb") as f: return f.read(4) != b"PK\\x03\\x04"
        names = sorted((n for n in os.listdir(d) if n == "review.yml" or is_log(n)), key=lambda n: n.encode())
        h = hashlib.sha256()
        for n in names:
            b = open(os.path.join(d, n), "rb").read()
            h.update(n.encode() + b"\\0" + len(b).to_bytes(8, "little") + b)
        print(h.hexdigest())
        """
    let run = try runProgram("/usr/bin/env", ["python3", "-c", script, folder])
    XCTAssertEqual(run.status, 0, String(decoding: run.stderr, as: UTF8.self))
    return String(decoding: run.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
