import Foundation
import FuzzChecks
import TestSupport
import XCTest

/// The fuzz targets' checks in the normal suite (Fuzz/README.md): every seed, made from the
/// fixtures as `scripts/fuzz.sh` makes them, and every input a fuzzer found, saved under
/// `Tests/Fixtures/fuzz/<target>/`, must break no invariant.
final class FuzzTests: XCTestCase {
    func testCSVSeeds() throws { try assertSeedsPass(CSVTarget.self) }
    func testIngestSeeds() throws { try assertSeedsPass(IngestTarget.self) }
    func testValuesSeeds() throws { try assertSeedsPass(ValuesTarget.self) }
    func testConfigSeeds() throws { try assertSeedsPass(ConfigTarget.self) }

    /// Each found input, named in the failure by its file.
    func testFoundInputs() throws {
        let root = TestPackage.root.appendingPathComponent("Tests/Fixtures/fuzz")
        for target in FuzzTargets.all {
            let folder = root.appendingPathComponent(target.name)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") && !name.hasSuffix(".md") {
                let input = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
                XCTAssertEqual(target.check(input), [], "Tests/Fixtures/fuzz/\(target.name)/\(name)")
            }
        }
    }

    private func assertSeedsPass(_ target: any FuzzTarget.Type) throws {
        let seeds = try target.seeds(fixtures: TestPackage.root.appendingPathComponent("Tests/Fixtures"))
        XCTAssertGreaterThanOrEqual(seeds.count, 5, "\(target.name): too few seeds")
        for (i, seed) in seeds.enumerated() {
            XCTAssertEqual(target.check(seed), [], "\(target.name) seed-\(String(i + 1))")
        }
    }
}
