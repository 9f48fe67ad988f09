import XCTest
@testable import Ingest

final class RecordIDIndexTests: XCTestCase {
    private func hash(_ id: String) -> RecordIDHash { withBytes(id) { RecordIDIndex.hash($0) } }

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

    /// The hash is SipHash-1-3's 128 bits under a key: the run's unless one is given.
    func testTheHashIsKeyed() {
        let key = ByteHash(k0: 0x0123_4567_89AB_CDEF, k1: 0xFEDC_BA98_7654_3210)
        let h = withBytes("M2017-000001") { RecordIDIndex.hash($0, key: key) }
        let (value, fingerprint) = withBytes("M2017-000001", key.hash128)
        XCTAssertEqual(h, RecordIDHash(value: value, fingerprint: fingerprint))
        XCTAssertNotEqual(h, withBytes("M2017-000001") { RecordIDIndex.hash($0, key: ByteHash(k0: 1, k1: 2)) })
        XCTAssertEqual(hash("M2017-000001"), withBytes("M2017-000001") { RecordIDIndex.hash($0, key: .run) })
    }

    /// Two different ids with one hash: the second gets the first's locator back, the caller
    /// re-reads and finds they differ, records the second, and later repeats of either are found.
    func testForcedHashCollisionReturnsTheLocatorToConfirm() {
        let index = RecordIDIndex(minimumCapacity: 2)
        let ids = ["A-1", "B-2", "C-3"]   // pretend all three hash to h
        let h = RecordIDHash(value: 42, fingerprint: 7)
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
        for i in 0..<100 { _ = index.insert(hash: RecordIDHash(value: UInt64(1000 + i) << 40 | 42, fingerprint: 0), locator: UInt64(100 + i)) }   // grow h's table
        var seen: [UInt64] = []
        index.forEachLocator(withHash: h) { seen.append($0); return true }
        XCTAssertEqual(seen, [0, 1, 2], "insertion order survives growth")
        XCTAssertEqual(index.insert(hash: h, locator: 7), 0)
    }

    /// Ids whose first halves are all equal (which a key no one knows keeps anyone from
    /// choosing) are still told apart by their fingerprints, in memory: none is a candidate of
    /// another, so none would be read again.
    func testIdsThatShareTheirPlaceAreToldApartByTheFingerprint() {
        let index = RecordIDIndex(minimumCapacity: 4)
        for i in 0..<2_000 {
            XCTAssertNil(index.insert(hash: RecordIDHash(value: 0xDEAD_BEEF_0000_0000, fingerprint: UInt64(i)), locator: UInt64(i)))
        }
        XCTAssertEqual(index.count, 2_000)
        XCTAssertEqual(index.insert(hash: RecordIDHash(value: 0xDEAD_BEEF_0000_0000, fingerprint: 1_234), locator: 9_999), 1_234)
        var candidates: [UInt64] = []
        index.forEachLocator(withHash: RecordIDHash(value: 0xDEAD_BEEF_0000_0000, fingerprint: 77)) { candidates.append($0); return true }
        XCTAssertEqual(candidates, [77])
    }

    func testHashZeroIsStorable() {
        let index = RecordIDIndex()
        let zero = RecordIDHash(value: 0, fingerprint: 0)
        XCTAssertNil(index.insert(hash: zero, locator: 5))
        XCTAssertEqual(index.insert(hash: zero, locator: 6), 5)
    }

    /// Rolling back forgets the ids recorded after the mark, however the tables grew since.
    func testRollBackForgetsTheIdsAfterTheMark() {
        let index = RecordIDIndex(minimumCapacity: 4)
        for i in 0..<1_000 { _ = index.insert(hash: hash("K\(i)"), locator: UInt64(i)) }
        let mark = index.mark
        for i in 1_000..<20_000 { _ = index.insert(hash: hash("K\(i)"), locator: UInt64(i)) }
        index.rollBack(to: mark)
        XCTAssertEqual(index.count, 1_000)
        XCTAssertEqual(index.insert(hash: hash("K999"), locator: 0), 999)
        XCTAssertNil(index.insert(hash: hash("K1000"), locator: 5_000))
        XCTAssertEqual(index.insert(hash: hash("K1000"), locator: 0), 5_000)
    }
}
