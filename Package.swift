// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "annual-review",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "annual-review", targets: ["annual-review"]),
        .library(name: "AnnualReview", targets: ["AnnualReviewCLI"]),
        // The fuzz targets' checks, for the fuzzing package in Fuzz/ (which can only use products).
        .library(name: "FuzzChecks", targets: ["FuzzChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // The archive of a workbook read (a log, or the committed report for `check`): its entries (MIT).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // libxlsxwriter from Debian's libxlsxwriter-dev, over its single public header.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // libxml2 from Debian's libxml2-dev: its SAX2 push parser reads the XML of workbooks.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib from Debian's zlib1g-dev: inflate and crc32 for the bounded inflater of workbook parts.
        .systemLibrary(
            name: "CInflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // A cache prefetch hint, which Swift does not offer (see the header).
        .target(name: "CPrefetch"),
        // UTF-8 validation sixteen bytes at a time (SSSE3), which Swift cannot express (see the header).
        .target(name: "CUTF8"),
        // A safe Swift wrapper: no C types in its API, every lxw_error checked.
        .target(name: "XLSX", dependencies: ["CXlsxWriter"]),
        // Value types of the domain: sites, enumerations, dates, positions, diagnostics. No I/O.
        .target(name: "Model"),
        // Reads .xlsx workbooks, streaming: the archive (ZIPFoundation, one bounded inflater), the
        // XML parts (libxml2's SAX2 push parser), shared strings, number formats, sheets as rows.
        .target(
            name: "XLSXRead",
            dependencies: [
                "Model", "CLibXML2", "CInflate",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Bytes → typed rows: CSV reader, encodings, headers, values, row rules, config.
        .target(
            name: "Ingest",
            dependencies: [
                "Model", "CPrefetch", "CUTF8", "XLSXRead",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Pure, mergeable accumulators and the indicators of rules §4.
        .target(name: "Indicators", dependencies: ["Model"]),
        // Indicators → workbook, JSON, draft (the draft's template rendered with Mustache).
        .target(
            name: "Report",
            dependencies: [
                "Model", "Indicators", "XLSX", "XLSXRead",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The commands and their error → exit-code mapping.
        .target(
            name: "AnnualReviewCLI",
            dependencies: [
                "Model", "Ingest", "Indicators", "Report", "XLSX", "XLSXRead",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "annual-review", dependencies: ["AnnualReviewCLI"]),
        // Deterministic, seeded generator of the sample year and of benchmark inputs.
        .executableTarget(name: "generate-sample", dependencies: ["Model", "XLSX"], path: "Sources/GenerateSample"),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // What the fuzz targets check of an input (Fuzz/README.md); FuzzTests runs it on the seeds
        // and on every input saved under Tests/Fixtures/fuzz.
        .target(name: "FuzzChecks", dependencies: ["Ingest", "Model"], path: "Fuzz/Checks"),
        .testTarget(name: "XLSXTests", dependencies: ["XLSX", "XLSXRead", "TestSupport"]),
        .testTarget(
            name: "XLSXReadTests",
            dependencies: ["XLSXRead", "Model", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The validate command's tests run the real binary: the dependency makes `swift test` build it.
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Model", "TestSupport", "FuzzChecks", "annual-review"]),
        .testTarget(name: "IndicatorsTests", dependencies: ["Indicators", "Model", "TestSupport"]),
        .testTarget(
            name: "ReportTests",
            dependencies: [
                "Report", "Indicators", "Model", "XLSX", "XLSXRead", "TestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "FuzzTests", dependencies: ["FuzzChecks", "TestSupport"]),
        .testTarget(
            name: "EndToEndTests",
            // The products the tests run: `swift test` builds them beside the test bundle.
            dependencies: ["TestSupport", "annual-review", "generate-sample"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
