extension UnsafeMutablePointer {
    /// A new allocation of `capacity` elements that holds the first `count` of these, moved;
    /// this allocation is freed. For the growable buffers of the readers' hot paths (the sheet
    /// reader's cells and bytes, and in Ingest the CSV record, the record_id index, a sheet's
    /// rows as text), where arrays would check for sharing on every write. Package-wide, so that
    /// the package has one of it.
    @usableFromInline
    package func moved(count: Int, toCapacity capacity: Int) -> UnsafeMutablePointer<Pointee> {
        let new = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        new.moveInitialize(from: self, count: count)
        deallocate()
        return new
    }
}

extension UnsafeMutablePointer<UInt8> {
    /// Appends `count` bytes of `source` after the first `used` of this allocation of `capacity`,
    /// first moving them to one of twice the capacity (or more) when they do not fit; `used` and
    /// `capacity` are updated. (Inlined across modules: a sheet's rows as text call it per cell.)
    @inlinable @inline(__always)
    package mutating func append(_ source: UnsafePointer<UInt8>, count: Int, after used: inout Int, capacity: inout Int) {
        if used + count > capacity {
            var grown = capacity * 2
            while grown < used + count { grown *= 2 }
            self = moved(count: used, toCapacity: grown)
            capacity = grown
        }
        (self + used).update(from: source, count: count)
        used += count
    }
}
