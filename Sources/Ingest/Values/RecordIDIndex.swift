internal import CPrefetch
/// The set of `record_id`s seen in one log (row rule 5 of rules §2: a repeated record_id rejects every
/// row after the first), kept small enough for logs of millions of rows.
///
/// Design: it stores no strings. Each id is known by its 128-bit `RecordIDHash` (SipHash-1-3
/// under the run's random key, so no one writing a log can choose ids that collide) and a
/// caller-chosen 64-bit *locator* of its first occurrence (where to find it again). The first
/// half of the hash picks one of 64 tables and, through its high 32 bits (the *tag*), a slot;
/// the second half, the *fingerprint*, is kept with the locator: 16 bytes an entry, found
/// through an 8-byte slot (`RecordIDTable`). Open addressing with linear probing; a table
/// doubles when more than 5/8 full (at 3/4 a miss probes eight slots on average, at 5/8 four),
/// so once past its initial capacity it is 5/16 to 5/8 full: with the entries, 29–46 bytes per
/// id, never more than 48 (pass `minimumCapacity` when the number of rows is known).
///
/// Ids match on 102 bits (table, tag, fingerprint): a match is not proof of a duplicate, so
/// `insert` returns the first occurrence's locator and the caller compares that id exactly (it
/// reads it again). Ids that differ only in the other bits — a chance of about 10⁻¹⁹ among a
/// million ids — are then both kept with `insertDistinct(hash:locator:)`, and
/// `forEachLocator(withHash:_:)` lists every candidate. Ids that share a tag and differ in their
/// fingerprint are told apart in memory, never read again.
///
/// Usage by the row rules, for a row whose id is not empty (empty ids never clash):
///
///     let h = RecordIDIndex.hash(idBytes)
///     if index.insert(hash: h, locator: here) != nil {
///         var duplicate = false
///         index.forEachLocator(withHash: h) { candidate in
///             duplicate = reread(candidate) == id; return !duplicate }
///         if duplicate { reject } else { index.insertDistinct(hash: h, locator: here) }
///     }
///
/// The order of the slots depends on the key, never what the index answers. Complexity: O(1)
/// expected per operation, amortised for growth.
///
/// A class over raw memory: the merging thread inserts a million ids, and arrays would check
/// on every write that their buffer is not shared. Copies of a decoder share one index; only the
/// merging thread changes it.
final class RecordIDIndex: @unchecked Sendable {
    /// The ids are spread over 64 tables by the low bits of their hash, so a table that grows
    /// copies 1/64 of the index, not all of it: the peak while growing stays near the size.
    private let shards: UnsafeMutablePointer<RecordIDTable>
    /// The number of entries. (Summed over the tables, not kept here: a stored property of a
    /// class changed for every row costs a dynamic exclusivity check each time.)
    var count: Int { (0..<Self.shardCount).reduce(0) { $0 + shards[$1].count } }
    static let shardBits = 6
    static let shardCount = 1 << shardBits

    /// An empty index with room for `minimumCapacity` ids before it grows.
    init(minimumCapacity: Int = 1024) {
        let perShard = max(8, minimumCapacity >> Self.shardBits)
        shards = .allocate(capacity: Self.shardCount)
        for s in 0..<Self.shardCount { (shards + s).initialize(to: RecordIDTable(minimumCapacity: perShard)) }
    }

    deinit {
        for s in 0..<Self.shardCount { shards[s].deallocate() }
        shards.deallocate()
    }

    /// The hash of an id's trimmed, normalised UTF-8 (`FieldText.withNormalized`) under `key`
    /// (the run's). O(n), no allocation.
    @inline(__always)
    static func hash(_ id: UnsafeRawBufferPointer, key: ByteHash = .run) -> RecordIDHash {
        let (value, fingerprint) = key.hash128(id)
        return RecordIDHash(value: value, fingerprint: fingerprint)
    }

    @inline(__always)
    private static func shard(_ hash: RecordIDHash) -> Int {
        Int(truncatingIfNeeded: hash.value & UInt64(shardCount - 1))
    }

    /// Records `locator` under `hash` unless an id with that hash is already recorded.
    /// - Returns: `nil` when the hash is new (the id is recorded); else the locator of the first
    ///   id recorded with this hash, which the caller must compare exactly (nothing is recorded).
    @inline(__always)
    func insert(hash: RecordIDHash, locator: UInt64) -> UInt64? {
        shards[Self.shard(hash)].insert(hash, locator: locator)
    }

    /// Records a second (third …) id with an existing hash, after the caller has found it
    /// differs from every id listed by `forEachLocator(withHash:_:)`.
    func insertDistinct(hash: RecordIDHash, locator: UInt64) {
        shards[Self.shard(hash)].insertDistinct(hash, locator: locator)
    }

    /// Calls `body` with the locator of every id recorded under `hash`, in insertion order until
    /// it returns `false`. O(1) expected.
    func forEachLocator(withHash hash: RecordIDHash, _ body: (UInt64) throws -> Bool) rethrows {
        try shards[Self.shard(hash)].forEachLocator(withHash: hash, body)
    }

    /// A hint that `hash` is looked up soon: its slot is fetched into the cache meanwhile, so a
    /// run of lookups waits for memory once, not once each. Changes nothing.
    @inline(__always)
    func prefetch(hash: RecordIDHash) {
        shards[Self.shard(hash)].prefetch(hash)
    }

    /// Bytes held by the tables.
    var memoryFootprint: Int { (0..<Self.shardCount).reduce(0) { $0 + shards[$1].memoryFootprint } }

    /// The number of entries of each table: entries are appended, so the ids recorded after a
    /// mark are the tails of the tables.
    struct Mark: Sendable {
        fileprivate var counts: [Int]
    }

    var mark: Mark { Mark(counts: (0..<Self.shardCount).map { shards[$0].count }) }

    /// Forgets every id recorded since `mark` (a file that turned out unreadable). O(entries).
    func rollBack(to mark: Mark) {
        for s in 0..<Self.shardCount where shards[s].count > mark.counts[s] {
            shards[s].truncate(to: mark.counts[s])
        }
    }
}

/// One shard of `RecordIDIndex`: open addressing with linear probing, doubling when more than
/// 5/8 full. Its memory is raw and `RecordIDIndex` frees it (`deallocate`).
///
/// A slot is 8 bytes: the id's tag (the high 32 bits of its hash's first half, never 0, so 0
/// marks an empty slot) and the entry's number; the slot is a function of the tag alone, so the
/// table grows (and rolls back) from its slots. The entries — fingerprint and locator, 16
/// bytes — are kept apart in insertion order, written one after another. Recording a new id
/// (nearly every row) thus touches one slot of a table half the size it would be with the
/// entries in it, which matters once the table is larger than the processor's cache; the entry
/// is read only when the tags match.
struct RecordIDTable {
    private var slots: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    private var shift: Int
    private var fingerprints: UnsafeMutablePointer<UInt64>
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
        fingerprints = .allocate(capacity: entryCapacity)
        locators = .allocate(capacity: entryCapacity)
    }

    func deallocate() {
        slots.deallocate()
        fingerprints.deallocate()
        locators.deallocate()
    }

    @inline(__always)
    private static func tag(_ hash: RecordIDHash) -> UInt64 {
        let tag = hash.value >> 32
        return tag == 0 ? 1 : tag
    }

    @inline(__always)
    private func home(_ tag: UInt64) -> Int { ByteHash.slot(tag, shift: shift) }

    /// Records `locator` under `hash` unless an id with that hash is already recorded.
    /// - Returns: `nil` when the hash is new (the id is recorded); else the locator of the first
    ///   id recorded with this hash, which the caller must compare exactly (nothing is recorded).
    @inline(__always)
    mutating func insert(_ hash: RecordIDHash, locator: UInt64) -> UInt64? {
        let tag = Self.tag(hash)
        let mask = capacity - 1
        var i = home(tag)
        while true {
            let slot = slots[i]
            if slot == 0 { break }
            if slot >> 32 == tag {
                let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)
                if fingerprints[entry] == hash.fingerprint { return locators[entry] }
            }
            i = (i + 1) & mask
        }
        if (count + 1) * 8 > capacity * 5 {
            insertDistinct(hash, locator: locator)
        } else {
            slots[i] = tag << 32 | UInt64(count)
            append(hash.fingerprint, locator: locator)
        }
        return nil
    }

    /// Records a second (third …) id with an existing hash, after the caller has found it
    /// differs from every id listed by `forEachLocator(withHash:_:)`.
    mutating func insertDistinct(_ hash: RecordIDHash, locator: UInt64) {
        if (count + 1) * 8 > capacity * 5 { grow() }
        place(tag: Self.tag(hash), entry: count, in: slots)
        append(hash.fingerprint, locator: locator)
    }

    /// Calls `body` with the locator of every id recorded under `hash`, in insertion order until
    /// it returns `false`. O(1) expected.
    func forEachLocator(withHash hash: RecordIDHash, _ body: (UInt64) throws -> Bool) rethrows {
        let tag = Self.tag(hash)
        let mask = capacity - 1
        var i = home(tag)
        var found: [Int] = []
        while slots[i] != 0 {
            let slot = slots[i]
            let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)
            if slot >> 32 == tag, fingerprints[entry] == hash.fingerprint { found.append(entry) }
            i = (i + 1) & mask
        }
        // A grown table placed the entries in the order of the old slots: insertion order is
        // the entries' own.
        for entry in found.sorted() where try !body(locators[entry]) { return }
    }

    /// Bytes held by the table: 8 per slot, 16 per entry allocated.
    var memoryFootprint: Int { capacity * 8 + entryCapacity * 16 }

    /// Fetches the slot's cache line and the next: a probe run near 5/8 load is several slots
    /// long and often crosses into it.
    @inline(__always)
    func prefetch(_ hash: RecordIDHash) {
        let i = home(Self.tag(hash))
        annual_review_prefetch(slots + i)
        annual_review_prefetch(slots + ((i + 8) & (capacity - 1)))
    }

    /// Puts entry `entry` in the first empty slot of `tag`'s probe run in `table`.
    @inline(__always)
    private func place(tag: UInt64, entry: Int, in table: UnsafeMutablePointer<UInt64>) {
        let mask = capacity - 1
        var i = home(tag)
        while table[i] != 0 { i = (i + 1) & mask }
        table[i] = tag << 32 | UInt64(entry)
    }

    @inline(__always)
    private mutating func append(_ fingerprint: UInt64, locator: UInt64) {
        if count == entryCapacity {
            // By a quarter, not double: the entries stay under 20 bytes an id (copying them
            // is one sequential pass).
            let grown = entryCapacity + max(8, entryCapacity / 4)
            fingerprints = fingerprints.moved(count: count, toCapacity: grown)
            locators = locators.moved(count: count, toCapacity: grown)
            entryCapacity = grown
        }
        fingerprints[count] = fingerprint
        locators[count] = locator
        count += 1
    }

    /// Keeps the first `count` entries: the others' slots are dropped and the rest placed again.
    mutating func truncate(to count: Int) {
        self.count = count
        rebuild(capacity: capacity) { $0 < count }
    }

    /// Doubles the table.
    private mutating func grow() {
        rebuild(capacity: capacity * 2) { _ in true }
    }

    /// Places again, in a table of `newCapacity` slots, the entries of the slots that `keep`.
    private mutating func rebuild(capacity newCapacity: Int, keep: (Int) -> Bool) {
        let old = slots, oldCapacity = capacity
        capacity = newCapacity
        shift = ByteHash.shift(forCapacity: newCapacity)
        slots = .allocate(capacity: newCapacity)
        slots.initialize(repeating: 0, count: newCapacity)
        for i in 0..<oldCapacity where old[i] != 0 {
            let entry = Int(truncatingIfNeeded: old[i] & 0xFFFF_FFFF)
            if keep(entry) { place(tag: old[i] >> 32, entry: entry, in: slots) }
        }
        old.deallocate()
    }
}

/// An id's hash for `RecordIDIndex`: SipHash-1-3's 128 bits, as the half that places it and
/// the half that tells ids with one place apart.
struct RecordIDHash: Hashable, Sendable {
    var value: UInt64
    var fingerprint: UInt64
}
