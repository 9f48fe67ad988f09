// swift-tools-version: 6.0
// The fuzz targets (see README.md): one program, `fuzz`, that runs the checks of
// `FuzzChecks` (in the root package, Fuzz/Checks) under libFuzzer. Build it with
// scripts/fuzz.sh, which adds the sanitizer and coverage flags; a plain `swift build` here
// cannot link it (libFuzzer is only there with those flags).
import Foundation
import PackageDescription

// A package by path is known by its folder's name (`main`, `wt-fuzz`, a CI checkout's).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "annual-review-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root.path)],
    targets: [
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "fuzz",
            dependencies: ["CLibFuzzer", .product(name: "FuzzChecks", package: root.lastPathComponent)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
