import Foundation

/// A hash map from byte strings to values, looked up and filled straight from a field's bytes:
/// interns site ids into site indexes, raw enumeration spellings into cases.
///
/// Design: open addressing with linear probing over `slots`, one `UInt64` each: `0` for empty,
/// else the hash's high 32 bits (a tag that rejects most mismatches without touching the key)
/// above `entry + 1`. Entries are numbered in insertion order; their keys are stored back to back
/// in one `[UInt8]` arena (`keyEnds[i]` is where key `i` ends), with their full hash (to grow
/// without rehashing) and value in parallel arrays. A lookup hashes the key (`ByteHash`, keyed
/// per run), probes, and compares bytes with `memcmp` only on a tag match: no `String`, no
/// allocation. The table doubles when it would be more than half full, so probes stay short.
///
/// The entry index is stable and dense (0..<count, in insertion order), so it can serve as the
/// interned id itself. Iteration order and indexes are the same on every run; only the slots
/// differ with the run's hash key, so no one writing a log can choose keys that collide.
/// Keys are removed only by `truncate(to:)` (a file that turned out unreadable).
///
/// Complexity: lookup and insert O(key length) expected, amortised for insert; memory about
/// `8 × 2 × count` bytes of slots plus keys plus `16 + MemoryLayout<Value>.stride` per entry.
struct ByteMap<Value> {
    private var slots: [UInt64]
    private var shift: Int
    private var hashes: [UInt64] = []
    private var keyEnds: [Int] = []
    private(set) var values: [Value] = []
    private var arena: [UInt8] = []
    private let hashFunction: HashFunction

    /// How keys are hashed: `ByteHash` under a key (the run's), or for tests a degenerate hash
    /// that forces collisions.
    enum HashFunction: Sendable {
        case keyed(ByteHash)
        /// Every key gets this hash.
        case constant(UInt64)
        /// A key's hash is its length.
        case length
    }

    /// An empty map with room for `minimumCapacity` keys before it grows.
    init(minimumCapacity: Int = 8) {
        self.init(minimumCapacity: minimumCapacity, hashFunction: .keyed(.run))
    }

    /// For tests: a map with a degenerate `hashFunction`, to force collisions.
    init(minimumCapacity: Int, hashFunction: HashFunction) {
        let capacity = ByteHash.powerOfTwo(atLeast: minimumCapacity * 2)
        slots = [UInt64](repeating: 0, count: capacity)
        shift = ByteHash.shift(forCapacity: capacity)
        self.hashFunction = hashFunction
    }

    /// The number of keys.
    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }
    /// The number of slots (a power of two, more than twice `count`).
    var slotCount: Int { slots.count }

    /// The index (insertion order) of `key`, or `nil`. O(key length) expected, no allocation.
    @inline(__always)
    func index(forKey key: UnsafeRawBufferPointer) -> Int? {
        find(key, hash: hash(key)).entry
    }

    /// The value stored for `key`, or `nil`. O(key length) expected, no allocation.
    @inline(__always)
    func value(forKey key: UnsafeRawBufferPointer) -> Value? {
        index(forKey: key).map { values[$0] }
    }

    /// Adds `key` with `value()` unless it is already present, in which case the stored value is
    /// kept and `value` is not evaluated.
    /// - Returns: the key's index and whether it was inserted now.
    /// - Complexity: O(key length) expected; amortised O(1) extra for growth. Copies the key into
    ///   the arena only when inserting.
    @discardableResult
    @inline(__always)
    mutating func insert(
        _ value: @autoclosure () -> Value, forKey key: UnsafeRawBufferPointer
    ) -> (index: Int, inserted: Bool) {
        let keyHash = hash(key)
        var found = find(key, hash: keyHash)
        if let entry = found.entry { return (entry, false) }
        if (count + 1) * 2 > slots.count {
            grow()
            found = find(key, hash: keyHash)
        }
        let entry = count
        arena.append(contentsOf: key)
        keyEnds.append(arena.count)
        hashes.append(keyHash)
        values.append(value())
        slots[found.slot] = Self.slotValue(hash: keyHash, entry: entry)
        return (entry, true)
    }

    /// The value of the key at `index` (insertion order), readable and writable.
    subscript(index index: Int) -> Value {
        get { values[index] }
        set { values[index] = newValue }
    }

    /// Calls `body` with the bytes of the key at `index`.
    func withKey<R>(at index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let start = index == 0 ? 0 : keyEnds[index - 1]
        let end = keyEnds[index]
        return try arena.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The key at `index` decoded as UTF-8 (allocates; for messages and output).
    func key(at index: Int) -> String {
        withKey(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: - Internals

    @inline(__always)
    private func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        switch hashFunction {
        case .keyed(let hasher): hasher.hash64(key)
        case .constant(let hash): hash
        case .length: UInt64(key.count)
        }
    }

    @inline(__always)
    private static func slotValue(hash: UInt64, entry: Int) -> UInt64 {
        (hash & 0xFFFF_FFFF_0000_0000) | UInt64(entry + 1)
    }

    /// The slot holding `key` and its entry, or the empty slot where it would go.
    @inline(__always)
    private func find(_ key: UnsafeRawBufferPointer, hash: UInt64) -> (slot: Int, entry: Int?) {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var i = ByteHash.slot(hash, shift: shift)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[i]
                if slot == 0 { return (i, nil) }
                if slot & 0xFFFF_FFFF_0000_0000 == tag {
                    let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                    if keyEquals(entry, key) { return (i, entry) }
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Whether the key of `entry` has the bytes of `key` (called only on a tag match).
    @inline(__always)
    private func keyEquals(_ entry: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let start = entry == 0 ? 0 : keyEnds[entry - 1]
        let end = keyEnds[entry]
        guard end - start == key.count else { return false }
        if key.isEmpty { return true }
        return arena.withUnsafeBytes { memcmp($0.baseAddress! + start, key.baseAddress!, key.count) == 0 }
    }

    /// Keeps the first `count` keys (insertion order), forgetting the later ones: what a file
    /// that turned out unreadable added. O(slots).
    mutating func truncate(to count: Int) {
        guard count < self.count else { return }
        arena.removeSubrange((count == 0 ? 0 : keyEnds[count - 1])...)
        keyEnds.removeSubrange(count...)
        hashes.removeSubrange(count...)
        values.removeSubrange(count...)
        place(capacity: slots.count)
    }

    private mutating func grow() {
        place(capacity: slots.count * 2)
    }

    /// Places every entry again, in insertion order, in `capacity` empty slots.
    private mutating func place(capacity: Int) {
        var newSlots = [UInt64](repeating: 0, count: capacity)
        let newShift = ByteHash.shift(forCapacity: capacity)
        let mask = capacity - 1
        for (entry, hash) in hashes.enumerated() {
            var i = ByteHash.slot(hash, shift: newShift)
            while newSlots[i] != 0 { i = (i + 1) & mask }
            newSlots[i] = Self.slotValue(hash: hash, entry: entry)
        }
        slots = newSlots
        shift = newShift
    }
}

extension ByteMap: Sendable where Value: Sendable {}
