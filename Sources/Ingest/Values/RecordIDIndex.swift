internal import CPrefetch
/// The set of `record_id`s seen in one log (SPEC §2 rule 5: a repeated record_id rejects every
/// row after the first), kept small enough for logs of millions of rows.
///
/// Design: it stores no strings. Each entry is a 16-byte slot, the id's 64-bit hash and a
/// caller-chosen 64-bit *locator* of the id's first occurrence (see `RecordLocator`: file
/// number and byte offset). Open addressing with linear probing; the table doubles when more
/// than 3/4 full, so once past its initial capacity it is 3/8 to 3/4 full: 21–43 bytes per
/// entry, never more than 48 (pass `minimumCapacity` when the number of rows is known).
/// A hash match is not proof of a duplicate: `insert` returns the first occurrence's locator, and
/// the caller re-reads that id and compares it exactly. Two different ids with the same 64-bit
/// hash (a chance of about 3 in 10⁸ among a million ids) are then both kept with
/// `insertDistinct(hash:locator:)`, and `forEachLocator(withHash:_:)` lists every candidate.
///
/// Usage by the row rules, for a row whose id is not empty (empty ids never clash):
///
///     let h = RecordIDIndex.hash(idBytes)
///     if index.insert(hash: h, locator: here.rawValue) != nil {
///         var duplicate = false
///         index.forEachLocator(withHash: h) { candidate in
///             duplicate = reread(candidate) == id; return !duplicate }
///         if duplicate { reject } else { index.insertDistinct(hash: h, locator: here.rawValue) }
///     }
///
/// Hash `0` marks an empty slot, so it is stored as `1` (one more harmless hash collision).
/// Deterministic (see `ByteHash`). Complexity: O(1) expected per operation, amortised for growth.
public struct RecordIDIndex: Sendable {
    /// The ids are spread over 64 tables by the low bits of their hash, so a table that grows
    /// copies 1/64 of the index, not all of it: the peak while growing stays near the size.
    private var shards: [RecordIDTable]
    /// The number of entries.
    public private(set) var count = 0
    static let shardBits = 6

    /// An empty index with room for `minimumCapacity` ids before it grows.
    public init(minimumCapacity: Int = 1024) {
        let perShard = max(8, minimumCapacity >> Self.shardBits)
        shards = (0..<(1 << Self.shardBits)).map { _ in RecordIDTable(minimumCapacity: perShard) }
    }

    /// The 64-bit hash of an id's trimmed, normalised UTF-8 (`FieldText.withNormalized`).
    /// O(n), no allocation.
    @inline(__always)
    public static func hash(_ id: UnsafeRawBufferPointer) -> UInt64 {
        ByteHash.fnv1a64(id)
    }

    @inline(__always)
    private static func shard(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash & ((1 << UInt64(shardBits)) - 1)) }

    /// Records `locator` under `hash` unless the hash is already present.
    /// - Returns: `nil` when the hash is new (the id is recorded); else the locator of the first
    ///   id recorded with this hash, which the caller must compare exactly (nothing is recorded).
    @inline(__always)
    public mutating func insert(hash: UInt64, locator: UInt64) -> UInt64? {
        let found = shards[Self.shard(hash)].insert(hash: hash, locator: locator)
        if found == nil { count += 1 }
        return found
    }

    /// Records a second (third …) id with an existing hash, after the caller has found it
    /// differs from every id listed by `forEachLocator(withHash:_:)`.
    public mutating func insertDistinct(hash: UInt64, locator: UInt64) {
        shards[Self.shard(hash)].insertDistinct(hash: hash, locator: locator)
        count += 1
    }

    /// Calls `body` with the locator of every id recorded under `hash`, in insertion order until
    /// it returns `false`. O(1) expected.
    public func forEachLocator(withHash hash: UInt64, _ body: (UInt64) throws -> Bool) rethrows {
        try shards[Self.shard(hash)].forEachLocator(withHash: hash, body)
    }

    /// A hint that `hash` is looked up soon: its slot is fetched into the cache meanwhile, so a
    /// run of lookups waits for memory once, not once each. Changes nothing.
    /// (`mutating` only so the shard is reached in place, without a copy of its arrays.)
    @inline(__always)
    public mutating func prefetch(hash: UInt64) {
        shards[Self.shard(hash)].prefetch(hash: hash)
    }

    /// Bytes held by the tables (16 per slot).
    public var memoryFootprint: Int { shards.reduce(0) { $0 + $1.memoryFootprint } }
}

/// One shard of `RecordIDIndex`: open addressing with linear probing, doubling when more than
/// 3/4 full.
struct RecordIDTable: Sendable {
    // Hashes and locators in two arrays: a probe reads only the hashes (8 bytes a slot, so
    // twice as many stay in the processor's cache); the locator is read on a match only.
    private var hashes: [UInt64]
    private var locators: [UInt64]
    private var shift: Int
    /// The number of entries.
    private(set) var count = 0

    /// An empty index with room for `minimumCapacity` ids before it grows.
    init(minimumCapacity: Int = 1024) {
        let capacity = ByteHash.powerOfTwo(atLeast: (minimumCapacity * 4 + 2) / 3)
        hashes = [UInt64](repeating: 0, count: capacity)
        locators = [UInt64](repeating: 0, count: capacity)
        shift = ByteHash.shift(forCapacity: capacity)
    }

    /// Records `locator` under `hash` unless the hash is already present.
    /// - Returns: `nil` when the hash is new (the id is recorded); else the locator of the first
    ///   id recorded with this hash, which the caller must compare exactly (nothing is recorded).
    @inline(__always)
    mutating func insert(hash: UInt64, locator: UInt64) -> UInt64? {
        let hash = Self.stored(hash)
        let mask = hashes.count - 1
        var i = ByteHash.slot(hash, shift: shift)
        while true {
            let h = hashes[i]
            if h == 0 { break }
            if h == hash { return locators[i] }
            i = (i + 1) & mask
        }
        if (count + 1) * 4 > hashes.count * 3 {
            insertDistinct(hash: hash, locator: locator)
        } else {
            hashes[i] = hash
            locators[i] = locator
            count += 1
        }
        return nil
    }

    /// Records a second (third …) id with an existing hash, after the caller has found it
    /// differs from every id listed by `forEachLocator(withHash:_:)`.
    mutating func insertDistinct(hash: UInt64, locator: UInt64) {
        if (count + 1) * 4 > hashes.count * 3 { grow() }
        let hash = Self.stored(hash)
        let mask = hashes.count - 1
        var i = ByteHash.slot(hash, shift: shift)
        while hashes[i] != 0 { i = (i + 1) & mask }
        hashes[i] = hash
        locators[i] = locator
        count += 1
    }

    /// Calls `body` with the locator of every id recorded under `hash`, in insertion order until
    /// it returns `false`. O(1) expected.
    func forEachLocator(withHash hash: UInt64, _ body: (UInt64) throws -> Bool) rethrows {
        let hash = Self.stored(hash)
        let mask = hashes.count - 1
        var i = ByteHash.slot(hash, shift: shift)
        while hashes[i] != 0 {
            if hashes[i] == hash, try !body(locators[i]) { return }
            i = (i + 1) & mask
        }
    }

    /// Bytes held by the table (16 per slot).
    var memoryFootprint: Int { hashes.count * 16 }

    @inline(__always)
    mutating func prefetch(hash: UInt64) {
        let i = ByteHash.slot(Self.stored(hash), shift: shift)
        hashes.withUnsafeMutableBufferPointer { annual_review_prefetch($0.baseAddress! + i) }
        locators.withUnsafeMutableBufferPointer { annual_review_prefetch($0.baseAddress! + i) }  // written on insert
    }

    @inline(__always)
    private static func stored(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    private mutating func grow() {
        let capacity = hashes.count * 2
        let newShift = ByteHash.shift(forCapacity: capacity)
        let mask = capacity - 1
        var newHashes = [UInt64](repeating: 0, count: capacity)
        var newLocators = [UInt64](repeating: 0, count: capacity)
        // Walk the old slots from just after an empty one (there is always one: the table is
        // grown before it is more than 3/4 full), so every probe run is met in probe order and
        // ids with equal hashes keep their insertion order.
        let oldCount = hashes.count
        let firstEmpty = hashes.firstIndex(of: 0)!
        for k in 1...oldCount {
            let old = (firstEmpty + k) & (oldCount - 1)
            let h = hashes[old]
            if h == 0 { continue }
            var i = ByteHash.slot(h, shift: newShift)
            while newHashes[i] != 0 { i = (i + 1) & mask }
            newHashes[i] = h
            newLocators[i] = locators[old]
        }
        hashes = newHashes
        locators = newLocators
        shift = newShift
    }
}

/// A 64-bit locator of a record for `RecordIDIndex`: the file's number within its log (16 bits)
/// and the byte offset of the record's start in that file (48 bits, up to 256 TiB).
public struct RecordLocator: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// - Precondition: `file` in 0..<65536, `byteOffset` in 0..<2⁴⁸.
    public init(file: Int, byteOffset: Int) {
        precondition((0..<(1 << 16)).contains(file) && (0..<(1 << 48)).contains(byteOffset),
                     "RecordLocator: file or offset out of range")
        rawValue = UInt64(file) << 48 | UInt64(byteOffset)
    }

    public var file: Int { Int(rawValue >> 48) }
    public var byteOffset: Int { Int(rawValue & (1 << 48 - 1)) }
}
