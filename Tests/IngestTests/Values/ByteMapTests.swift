import XCTest
@testable import Ingest

final class ByteMapTests: XCTestCase {
    private func insert(_ map: inout ByteMap<Int>, _ key: String, _ value: Int) -> (index: Int, inserted: Bool) {
        withBytes(key) { map.insert(value, forKey: $0) }
    }
    private func lookUp(_ map: ByteMap<Int>, _ key: String) -> Int? {
        withBytes(key) { map.value(forKey: $0) }
    }

    /// Expected values from an independent Python implementation of the same definition
    /// (eight little-endian bytes a step, then SplitMix64's finaliser).
    func testHash64Values() {
        XCTAssertEqual(withBytes("", ByteHash.hash64), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(withBytes("a", ByteHash.hash64), 0x1486_BD30_BE03_98BA)
        XCTAssertEqual(withBytes("S0001", ByteHash.hash64), 0x2CD2_FF89_A3B1_18BF)
        XCTAssertEqual(withBytes("M2017-000088", ByteHash.hash64), 0x805E_16AA_AB3A_0B26, "a word and a tail")
        XCTAssertEqual(withBytes("中心组学习", ByteHash.hash64), 0xE8EE_1F22_D144_B8A5)
    }

    func testEmpty() {
        let map = ByteMap<Int>()
        XCTAssertTrue(map.isEmpty)
        XCTAssertNil(lookUp(map, "x"))
        XCTAssertNil(lookUp(map, ""))
    }

    func testInsertAndLookUpManyKeysWithGrowth() {
        var map = ByteMap<Int>(minimumCapacity: 1)
        let initialSlots = map.slotCount
        for i in 0..<20_000 {
            let result = insert(&map, "S\(i)", i * 3)
            XCTAssertEqual(result.index, i)
            XCTAssertTrue(result.inserted)
        }
        XCTAssertEqual(map.count, 20_000)
        XCTAssertGreaterThan(map.slotCount, initialSlots)
        XCTAssertGreaterThanOrEqual(map.slotCount, 2 * map.count, "at most half full")
        for i in stride(from: 0, to: 20_000, by: 7) {
            XCTAssertEqual(lookUp(map, "S\(i)"), i * 3)
            XCTAssertEqual(withBytes("S\(i)") { map.index(forKey: $0) }, i)
            XCTAssertEqual(map.key(at: i), "S\(i)")
        }
        XCTAssertNil(lookUp(map, "S20000"))
        XCTAssertNil(lookUp(map, "S"))
        XCTAssertNil(lookUp(map, "s1"))
    }

    func testExistingKeyKeepsItsValue() {
        var map = ByteMap<Int>()
        XCTAssertEqual(insert(&map, "urban", 1).inserted, true)
        let again = withBytes("urban") { map.insert({ XCTFail("value evaluated for an existing key"); return 2 }(), forKey: $0) }
        XCTAssertEqual(again.index, 0)
        XCTAssertFalse(again.inserted)
        XCTAssertEqual(lookUp(map, "urban"), 1)
        map[index: 0] = 5
        XCTAssertEqual(lookUp(map, "urban"), 5)
    }

    func testEmptyKeyAndPrefixes() {
        var map = ByteMap<Int>()
        _ = insert(&map, "", 0)
        _ = insert(&map, "a", 1)
        _ = insert(&map, "ab", 2)
        _ = insert(&map, "城区", 3)
        XCTAssertEqual(lookUp(map, ""), 0)
        XCTAssertEqual(lookUp(map, "a"), 1)
        XCTAssertEqual(lookUp(map, "ab"), 2)
        XCTAssertEqual(lookUp(map, "城区"), 3)
        XCTAssertNil(lookUp(map, "abc"))
    }

    /// Every key hashes alike: lookups must fall back to comparing bytes along the probe run.
    func testForcedFullHashCollisionsInATinyTable() {
        var map = ByteMap<Int>(minimumCapacity: 1, hashFunction: .constant(0x1234_5678_9ABC_DEF0))
        let keys = ["S1", "S2", "S10", "S01", "", "学校", "S1 "]
        for (i, key) in keys.enumerated() { XCTAssertEqual(insert(&map, key, i).index, i) }
        for (i, key) in keys.enumerated() {
            XCTAssertEqual(lookUp(map, key), i, key)
            XCTAssertFalse(insert(&map, key, -1).inserted)
        }
        XCTAssertNil(lookUp(map, "S3"))
        XCTAssertEqual(map.count, keys.count)
    }

    /// Keys whose slots collide (same high bits of the mixed hash) but whose hashes differ.
    func testSlotCollisionsInATinyTable() {
        var map = ByteMap<Int>(minimumCapacity: 1, hashFunction: .length)
        for length in 0..<40 { _ = insert(&map, String(repeating: "x", count: length), length) }
        for length in 0..<40 { XCTAssertEqual(lookUp(map, String(repeating: "x", count: length)), length) }
    }

    func testDeterministic() {
        func build() -> ([Int], [String]) {
            var map = ByteMap<Int>(minimumCapacity: 4)
            for i in (0..<500).reversed() { _ = insert(&map, "id-\(i * 7919 % 1000)", i) }
            return (map.values, (0..<map.count).map { map.key(at: $0) })
        }
        let (values1, keys1) = build()
        let (values2, keys2) = build()
        XCTAssertEqual(values1, values2)
        XCTAssertEqual(keys1, keys2)
        XCTAssertEqual(keys1.first, "id-\(499 * 7919 % 1000)", "insertion order")
        XCTAssertEqual(withBytes("S0001", ByteHash.hash64), withBytes("S0001", ByteHash.hash64))
    }
}
