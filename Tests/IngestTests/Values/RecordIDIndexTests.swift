import XCTest
@testable import Ingest

final class RecordIDIndexTests: XCTestCase {
    private func hash(_ id: String) -> UInt64 { withBytes(id, RecordIDIndex.hash) }

    func testRepeatedIdsAreFoundDistinctOnesAreNot() {
        let index = RecordIDIndex(minimumCapacity: 4)
        for i in 0..<50_000 {
            XCTAssertNil(index.insert(hash: hash("M-\(i)"), locator: UInt64(i)), "M-\(i)")
        }
        XCTAssertEqual(index.count, 50_000)
        for i in stride(from: 0, to: 50_000, by: 13) {
            XCTAssertEqual(index.insert(hash: hash("M-\(i)"), locator: 999_999), UInt64(i), "first occurrence's locator")
        }
        XCTAssertEqual(index.count, 50_000, "a repeat is not recorded")
        XCTAssertNil(index.insert(hash: hash("M-50000"), locator: 1))
    }

    func testMemoryStaysUnder48BytesPerEntry() {
        let index = RecordIDIndex(minimumCapacity: 1)
        for i in 0..<100_000 {
            _ = index.insert(hash: hash("R\(i)"), locator: UInt64(i))
            // 64 shards start with a small table each (16 KiB in all); past that fixed part,
            // the bound holds for every size.
            if i >= 2_000 { XCTAssertLessThanOrEqual(Double(index.memoryFootprint) / Double(index.count), 48, "at \(i)") }
        }
    }

    /// Two different ids with one hash: the second gets the first's locator back, the caller
    /// re-reads and finds they differ, records the second, and later repeats of either are found.
    func testForcedHashCollisionReturnsTheLocatorToConfirm() {
        let index = RecordIDIndex(minimumCapacity: 2)
        let ids = ["A-1", "B-2", "C-3"]   // pretend all three hash to h
        let h: UInt64 = 42
        func record(_ id: String, at locator: UInt64) -> Bool {   // true when a duplicate
            guard index.insert(hash: h, locator: locator) != nil else { return false }
            var duplicate = false
            index.forEachLocator(withHash: h) { candidate in
                duplicate = ids[Int(candidate % 10)] == id
                return !duplicate
            }
            if !duplicate { index.insertDistinct(hash: h, locator: locator) }
            return duplicate
        }
        XCTAssertNil(index.insert(hash: h, locator: 0))        // A-1 at locator 0 (ids[0])
        XCTAssertEqual(index.insert(hash: h, locator: 1), 0)   // B-2 collides: caller sees A-1 ≠ B-2
        index.insertDistinct(hash: h, locator: 1)
        XCTAssertFalse(record("C-3", at: 2))
        XCTAssertTrue(record("B-2", at: 11))
        XCTAssertTrue(record("A-1", at: 20))
        XCTAssertTrue(record("C-3", at: 12))
        for i in 0..<100 { _ = index.insert(hash: UInt64(1000 + i), locator: UInt64(100 + i)) }   // grow
        var seen: [UInt64] = []
        index.forEachLocator(withHash: h) { seen.append($0); return true }
        XCTAssertEqual(seen, [0, 1, 2], "insertion order survives growth")
        XCTAssertEqual(index.insert(hash: h, locator: 7), 0)
    }

    func testHashZeroIsStorable() {
        let index = RecordIDIndex()
        XCTAssertNil(index.insert(hash: 0, locator: 5))
        XCTAssertEqual(index.insert(hash: 0, locator: 6), 5)
    }

    func testLocatorPacking() {
        let locator = RecordLocator(file: 3, byteOffset: 123_456_789_012)
        XCTAssertEqual(locator.file, 3)
        XCTAssertEqual(locator.byteOffset, 123_456_789_012)
        XCTAssertEqual(RecordLocator(rawValue: locator.rawValue), locator)
        XCTAssertEqual(RecordLocator(file: 65_535, byteOffset: (1 << 48) - 1).rawValue, UInt64.max)
    }
}
