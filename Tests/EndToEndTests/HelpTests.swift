import Foundation
import XCTest

/// Help that teaches: each command explains itself with an example, and the shell completion
/// scripts that swift-argument-parser provides are there.
final class HelpTests: XCTestCase {
    private var binary: AnnualReviewBinary!

    override func setUpWithError() throws { binary = try AnnualReviewBinary() }
    override func tearDown() { binary?.remove() }

    func testEveryCommandHasADescriptionAndAnExample() throws {
        for command in ["build", "validate", "template"] {
            let result = try binary.run([command, "--help"])
            XCTAssertEqual(result.exitCode, 0, command)
            XCTAssertTrue(result.stdout.hasPrefix("OVERVIEW: "), command)
            XCTAssertTrue(result.stdout.contains("Example"), command)
            XCTAssertTrue(result.stdout.contains("  annual-review \(command)"), command)
        }
        let root = try binary.run(["--help"])
        XCTAssertTrue(root.stdout.contains("template "), root.stdout)
        XCTAssertTrue(root.stdout.contains("--generate-completion-script"), root.stdout)
    }

    /// `--lang` is a common option: every command that reads the inputs takes it (§6).
    func testEveryCommandTakesLang() throws {
        for command in ["build", "validate", "check", "template"] {
            let result = try binary.run([command, "--help"])
            XCTAssertTrue(result.stdout.contains("--lang <lang>"), command)
        }
        let help = try binary.run(["validate", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(help.contains("(also utf-8, gbk, gb2312, cp936, utf-16)"), help)
    }

    func testCompletionScripts() throws {
        let expected = ["bash": "#!/bin/bash", "zsh": "#compdef annual-review", "fish": "complete -c 'annual-review'"]
        for (shell, marker) in expected {
            let result = try binary.run(["--generate-completion-script", shell])
            XCTAssertEqual(result.exitCode, 0, shell)
            XCTAssertTrue(result.stdout.contains(marker), shell)
            XCTAssertTrue(result.stdout.contains("template"), shell)
            XCTAssertEqual(result.stderr, "", shell)
        }
    }

    func testUsageErrorExitsTwo() throws {
        let result = try binary.run(["template", "--lang", "fr"])
        XCTAssertEqual(result.exitCode, 2)
        XCTAssertTrue(result.stderr.contains("--lang"), result.stderr)
    }
}
