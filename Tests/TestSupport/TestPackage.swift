import Foundation

/// Where the tests find what they need: the package's own folder, its fixtures, the products
/// SwiftPM built, and fresh temporary folders. Nothing outside the repository is read.
///
/// A missing file or product throws `TestPackage.Missing`, so the test fails (never skips).
public enum TestPackage {
    /// Something a test needs is not where it should be.
    public struct Missing: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// `<package root>`: this file is `<root>/Tests/TestSupport/TestPackage.swift`.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder under `Tests/Fixtures` (see its README for where each comes from).
    public static func fixture(_ relative: String) throws -> URL {
        let url = root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw Missing(description: "missing fixture Tests/Fixtures/\(relative) (\(url.path))")
        }
        return url
    }

    /// The bytes of a fixture file.
    public static func fixtureBytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixture(relative)))
    }

    /// The folder of the products SwiftPM built for this test run: the one holding the test
    /// bundle, whatever the build mode (`-c release`) or scratch path (`--scratch-path`).
    /// On Linux the bundle is an executable there; on macOS it is an `.xctest` bundle there.
    public static let productsDirectory: URL = {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        return Bundle.main.bundleURL
    }()

    /// The path of the executable product `name` beside the test bundle. The test targets that
    /// use it depend on the executable's target, so `swift test` builds it first.
    public static func product(_ name: String) throws -> String {
        let path = productsDirectory.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Missing(description: "the product \(name) is not in \(productsDirectory.path): build it with "
                + "`swift build --product \(name)` in the same configuration as the tests")
        }
        return path
    }

    /// A new, empty temporary folder whose name starts with `prefix`; the caller removes it.
    public static func makeTemporaryFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
