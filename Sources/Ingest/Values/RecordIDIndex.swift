internal import CPrefetch
/// The set of `record_id`s seen in one log (row rule 5 of rules §2: a repeated record_id rejects every
/// row after the first), kept small enough for logs of millions of rows.
///
/// Design: it stores no strings. Each entry is the id's 64-bit hash and a caller-chosen 64-bit
/// *locator* of the id's first occurrence (see `RecordLocator`: file number and byte offset),
/// 16 bytes, found through an 8-byte slot (`RecordIDTable`). Open addressing with linear
/// probing; a table doubles when more than 5/8 full (at 3/4 a miss probes eight slots on
/// average, at 5/8 four), so once past its initial capacity it is 5/16 to 5/8 full: with the
/// entries, 29–46 bytes per id, never more than 48 (pass `minimumCapacity` when the number of
/// rows is known).
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
/// Deterministic (no seed). Complexity: O(1) expected per operation, amortised for growth.
///
/// A class over raw memory: the merging thread inserts a million ids, and arrays would check
/// on every write that their buffer is not shared. Copies of a decoder share one index; only the
/// merging thread changes it.
public final class RecordIDIndex: @unchecked Sendable {
    /// The ids are spread over 64 tables by the low bits of their hash, so a table that grows
    /// copies 1/64 of the index, not all of it: the peak while growing stays near the size.
    private let shards: UnsafeMutablePointer<RecordIDTable>
    /// The number of entries. (Summed over the tables, not kept here: a stored property of a
    /// class changed for every row costs a dynamic exclusivity check each time.)
    public var count: Int { (0..<Self.shardCount).reduce(0) { $0 + shards[$1].count } }
    static let shardBits = 6
    static let shardCount = 1 << shardBits

    /// An empty index with room for `minimumCapacity` ids before it grows.
    public init(minimumCapacity: Int = 1024) {
        let perShard = max(8, minimumCapacity >> Self.shardBits)
        shards = .allocate(capacity: Self.shardCount)
        for s in 0..<Self.shardCount { (shards + s).initialize(to: RecordIDTable(minimumCapacity: perShard)) }
    }

    deinit {
        for s in 0..<Self.shardCount { shards[s].deallocate() }
        shards.deallocate()
    }

    /// The 64-bit hash of an id's trimmed, normalised UTF-8 (`FieldText.withNormalized`): every
    /// bit of it depends on every byte (the low bits choose the shard, the high bits the slot).
    /// O(n), no allocation.
    @inline(__always)
    public static func hash(_ id: UnsafeRawBufferPointer) -> UInt64 {
        ByteHash.hash64(id)
    }

    @inline(__always)
    private static func shard(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash & UInt64(shardCount - 1)) }

    /// Records `locator` under `hash` unless the hash is already present.
    /// - Returns: `nil` when the hash is new (the id is recorded); else the locator of the first
    ///   id recorded with this hash, which the caller must compare exactly (nothing is recorded).
    @inline(__always)
    public func insert(hash: UInt64, locator: UInt64) -> UInt64? {
        shards[Self.shard(hash)].insert(hash: hash, locator: locator)
    }

    /// Records a second (third …) id with an existing hash, after the caller has found it
    /// differs from every id listed by `forEachLocator(withHash:_:)`.
    public func insertDistinct(hash: UInt64, locator: UInt64) {
        shards[Self.shard(hash)].insertDistinct(hash: hash, locator: locator)
    }

    /// Calls `body` with the locator of every id recorded under `hash`, in insertion order until
    /// it returns `false`. O(1) expected.
    public func forEachLocator(withHash hash: UInt64, _ body: (UInt64) throws -> Bool) rethrows {
        try shards[Self.shard(hash)].forEachLocator(withHash: hash, body)
    }

    /// A hint that `hash` is looked up soon: its slot is fetched into the cache meanwhile, so a
    /// run of lookups waits for memory once, not once each. Changes nothing.
    @inline(__always)
    public func prefetch(hash: UInt64) {
        shards[Self.shard(hash)].prefetch(hash: hash)
    }

    /// Bytes held by the tables.
    public var memoryFootprint: Int { (0..<Self.shardCount).reduce(0) { $0 + shards[$1].memoryFootprint } }

    /// The number of entries of each table: entries are appended, so the ids recorded after a
    /// mark are the tails of the tables.
    public struct Mark: Sendable {
        fileprivate var counts: [Int]
    }

    public var mark: Mark { Mark(counts: (0..<Self.shardCount).map { shards[$0].count }) }

    /// Forgets every id recorded since `mark` (a file that turned out unreadable). O(entries).
    public func rollBack(to mark: Mark) {
        for s in 0..<Self.shardCount where shards[s].count > mark.counts[s] {
            shards[s].truncate(to: mark.counts[s])
        }
    }
}

/// One shard of `RecordIDIndex`: open addressing with linear probing, doubling when more than
/// 5/8 full. Its memory is raw and `RecordIDIndex` frees it (`deallocate`).
///
/// A slot is 8 bytes: 32 bits of the hash (a tag, never 0, so 0 marks an empty slot) and the
/// entry's number. The entries — full hash and locator, 16 bytes — are kept apart in insertion
/// order, written one after another. Recording a new id (nearly every row) thus touches one
/// slot of a table half the size it would be with the entries in it, which matters once the
/// table is larger than the processor's cache; the entry is read only when the tags match.
struct RecordIDTable {
    private var slots: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    private var shift: Int
    private var hashes: UnsafeMutablePointer<UInt64>
    private var locators: UnsafeMutablePointer<UInt64>
    private var entryCapacity: Int
    /// The number of entries.
    private(set) var count = 0

    /// An empty table with room for `minimumCapacity` ids before it grows.
    init(minimumCapacity: Int = 1024) {
        capacity = ByteHash.powerOfTwo(atLeast: (minimumCapacity * 8 + 4) / 5)
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        shift = ByteHash.shift(forCapacity: capacity)
        entryCapacity = max(8, minimumCapacity)
        hashes = .allocate(capacity: entryCapacity)
        locators = .allocate(capacity: entryCapacity)
    }

    func deallocate() {
        slots.deallocate()
        hashes.deallocate()
        locators.deallocate()
    }

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt64 {
        let tag = hash >> 32
        return tag == 0 ? 1 : tag
    }

    /// Records `locator` under `hash` unless the hash is already present.
    /// - Returns: `nil` when the hash is new (the id is recorded); else the locator of the first
    ///   id recorded with this hash, which the caller must compare exactly (nothing is recorded).
    @inline(__always)
    mutating func insert(hash: UInt64, locator: UInt64) -> UInt64? {
        let tag = Self.tag(hash)
        let mask = capacity - 1
        var i = ByteHash.slot(hash, shift: shift)
        while true {
            let slot = slots[i]
            if slot == 0 { break }
            if slot >> 32 == tag {
                let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)
                if hashes[entry] == hash { return locators[entry] }
            }
            i = (i + 1) & mask
        }
        if (count + 1) * 8 > capacity * 5 {
            insertDistinct(hash: hash, locator: locator)
        } else {
            slots[i] = tag << 32 | UInt64(count)
            append(hash: hash, locator: locator)
        }
        return nil
    }

    /// Records a second (third …) id with an existing hash, after the caller has found it
    /// differs from every id listed by `forEachLocator(withHash:_:)`.
    mutating func insertDistinct(hash: UInt64, locator: UInt64) {
        if (count + 1) * 8 > capacity * 5 { grow() }
        place(hash, entry: count)
        append(hash: hash, locator: locator)
    }

    /// Calls `body` with the locator of every id recorded under `hash`, in insertion order until
    /// it returns `false`. O(1) expected.
    func forEachLocator(withHash hash: UInt64, _ body: (UInt64) throws -> Bool) rethrows {
        let tag = Self.tag(hash)
        let mask = capacity - 1
        var i = ByteHash.slot(hash, shift: shift)
        while slots[i] != 0 {
            let slot = slots[i]
            let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)
            if slot >> 32 == tag, hashes[entry] == hash, try !body(locators[entry]) { return }
            i = (i + 1) & mask
        }
    }

    /// Bytes held by the table: 8 per slot, 16 per entry allocated.
    var memoryFootprint: Int { capacity * 8 + entryCapacity * 16 }

    /// Fetches the slot's cache line and the next: a probe run near 5/8 load is several slots
    /// long and often crosses into it.
    @inline(__always)
    func prefetch(hash: UInt64) {
        let i = ByteHash.slot(hash, shift: shift)
        annual_review_prefetch(slots + i)
        annual_review_prefetch(slots + ((i + 8) & (capacity - 1)))
    }

    /// Puts entry `entry` in the first empty slot of `hash`'s probe run.
    @inline(__always)
    private func place(_ hash: UInt64, entry: Int) {
        let mask = capacity - 1
        var i = ByteHash.slot(hash, shift: shift)
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = Self.tag(hash) << 32 | UInt64(entry)
    }

    @inline(__always)
    private mutating func append(hash: UInt64, locator: UInt64) {
        if count == entryCapacity {
            // By a quarter, not double: the entries stay under 20 bytes an id (copying them
            // is one sequential pass).
            let grown = entryCapacity + max(8, entryCapacity / 4)
            hashes = hashes.moved(count: count, toCapacity: grown)
            locators = locators.moved(count: count, toCapacity: grown)
            entryCapacity = grown
        }
        hashes[count] = hash
        locators[count] = locator
        count += 1
    }

    /// Keeps the first `count` entries: the slots are cleared and those entries placed again, in
    /// insertion order.
    mutating func truncate(to count: Int) {
        self.count = count
        slots.update(repeating: 0, count: capacity)
        for entry in 0..<count { place(hashes[entry], entry: entry) }
    }

    /// Doubles the table. The entries are placed again in insertion order, so ids with equal
    /// hashes stay in insertion order along their probe run.
    private mutating func grow() {
        slots.deallocate()
        capacity *= 2
        shift = ByteHash.shift(forCapacity: capacity)
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        for entry in 0..<count { place(hashes[entry], entry: entry) }
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
