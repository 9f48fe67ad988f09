extension UnsafeMutablePointer {
    /// A new allocation of `capacity` elements that holds the first `count` of these, moved;
    /// this allocation is freed. For the sheet reader's growable buffers, where arrays would
    /// check for sharing on every write.
    func moved(count: Int, toCapacity capacity: Int) -> UnsafeMutablePointer<Pointee> {
        let new = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        new.moveInitialize(from: self, count: count)
        deallocate()
        return new
    }
}
