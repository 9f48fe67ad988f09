import XCTest
@testable import Ingest

final class ByteMapTests: XCTestCase {
    private func insert(_ map: inout ByteMap<Int>, _ key: String, _ value: Int) -> (index: Int, inserted: Bool) {
        withBytes(key) { map.insert(value, forKey: $0) }
    }
    private func lookUp(_ map: ByteMap<Int>, _ key: String) -> Int? {
        withBytes(key) { map.value(forKey: $0) }
    }

    /// The construction is SipHash's: with two compression and four final rounds it gives the
    /// published SipHash-2-4 vectors (key 00 01 … 0F, message 00 01 … of each length; the
    /// reference implementation's vectors.h), 64-bit and 128-bit.
    func testSipHashReferenceVectors() {
        let key = ByteHash(k0: 0x0706_0504_0302_0100, k1: 0x0F0E_0D0C_0B0A_0908)
        func sip24(_ length: Int, wide: Bool) -> (UInt64, UInt64) {
            let message = (0..<length).map { UInt8($0) }
            return message.withUnsafeBytes { key.sip($0, compressionRounds: 2, finalRounds: 4, wide: wide) }
        }
        let vectors64: [Int: UInt64] = [0: 0x726F_DB47_DD0E_0E31, 1: 0x74F8_39C5_93DC_67FD, 7: 0xAB02_00F5_8B01_D137,
                                        8: 0x93F5_F579_9A93_2462, 15: 0xA129_CA61_49BE_45E5, 16: 0x3F2A_CC7F_57C2_9BDB,
                                        63: 0x958A_324C_EB06_4572]
        for (length, expected) in vectors64 { XCTAssertEqual(sip24(length, wide: false).0, expected, "64-bit, \(length) bytes") }
        // The 128-bit tags as bytes: the two halves little-endian.
        XCTAssertEqual(sip24(0, wide: true).0, 0xE6A8_25BA_047F_81A3)
        XCTAssertEqual(sip24(0, wide: true).1, 0x9302_55C7_1472_F66D)
        XCTAssertEqual(sip24(1, wide: true).0, 0x44AF_996B_D8C1_87DA)
        XCTAssertEqual(sip24(1, wide: true).1, 0x45FC_229B_1159_7634)
        XCTAssertEqual(sip24(4, wide: true).0, 0xAF8F_9C2D_C164_81F8)
        XCTAssertEqual(sip24(4, wide: true).1, 0x7955_CD7B_7C6E_0F7D)
    }

    /// The run's hash is SipHash-1-3 under its key: another key, another hash; one key, one hash.
    func testTheHashDependsOnItsKey() {
        let a = ByteHash(k0: 1, k1: 2), b = ByteHash(k0: 1, k1: 3)
        XCTAssertEqual(withBytes("S0001", a.hash64), withBytes("S0001", a.hash64))
        XCTAssertNotEqual(withBytes("S0001", a.hash64), withBytes("S0001", b.hash64))
        XCTAssertEqual(withBytes("S0001") { a.sip($0, compressionRounds: 1, finalRounds: 3, wide: false).0 }, withBytes("S0001", a.hash64))
        XCTAssertNotEqual(ByteHash.run, ByteHash(k0: 0, k1: 0))
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
        // Under other keys the slots differ, never the entries.
        for seed in UInt64(1)...3 {
            var map = ByteMap<Int>(minimumCapacity: 4, hashFunction: .keyed(ByteHash(k0: seed, k1: ~seed)))
            for i in (0..<500).reversed() { _ = insert(&map, "id-\(i * 7919 % 1000)", i) }
            XCTAssertEqual(map.values, values1)
            XCTAssertEqual((0..<map.count).map { map.key(at: $0) }, keys1)
        }
    }

    /// A file that turned out unreadable: the keys it added are forgotten, the others found.
    func testTruncateForgetsTheLaterKeys() {
        var map = ByteMap<Int>(minimumCapacity: 1)
        for i in 0..<300 { _ = insert(&map, "S\(i)", i) }
        map.truncate(to: 120)
        XCTAssertEqual(map.count, 120)
        XCTAssertEqual(lookUp(map, "S119"), 119)
        XCTAssertNil(lookUp(map, "S120"))
        XCTAssertNil(lookUp(map, "S299"))
        XCTAssertEqual(insert(&map, "S299", 7).index, 120, "numbered on from the mark")
        XCTAssertEqual(map.key(at: 120), "S299")
        map.truncate(to: 0)
        XCTAssertTrue(map.isEmpty)
        XCTAssertNil(lookUp(map, "S0"))
    }
}
