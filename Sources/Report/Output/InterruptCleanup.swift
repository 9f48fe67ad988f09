import Foundation

/// Files and folders to remove should the run be stopped by SIGINT, SIGTERM or SIGHUP while they
/// are in flight: the temporary files of a report being written, `check`'s rebuild folder
/// (rules §5). The command line installs the handlers once (`installHandlers()`); the writers
/// register each path before they create it and unregister it once it is renamed or removed.
///
/// A signal handler may call only async-signal-safe functions, so each path is a C string made
/// when it is registered, and the handler only reads a fixed table of their addresses: it calls
/// `unlink` on each (then `rmdir`, for folders), restores the signal's default action and raises
/// it again, so the run ends as the signal says. A slot is one aligned machine word, written
/// whole: the handler reads an address or 0, never a torn one. The strings are never freed — a
/// handler running on another thread may be reading one — which costs a few short strings per
/// report written.
///
/// While a set of files is renamed into place (`deferringSignals`), a signal waits: the handler
/// notes it, and it is acted on once the renames are done or undone, so an interrupted run leaves
/// the old files or the new ones, never one of each.
public enum InterruptCleanup {
    /// The most paths in flight at once (a report's three files and their backups, `check`'s
    /// folder and its files).
    static let capacity = 32
    /// The table: `capacity` slots holding a C string's address (0: free), then whether a
    /// commit is running, then the signal that came meanwhile (0: none).
    nonisolated(unsafe) static let table: UnsafeMutablePointer<Int> = {
        let table = UnsafeMutablePointer<Int>.allocate(capacity: capacity + 2)
        table.initialize(repeating: 0, count: capacity + 2)
        return table
    }()
    static var committing: Int { capacity }
    static var pending: Int { capacity + 1 }

    /// The signals that stop a run and remove its files in flight.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers (once, at the start of the command line's run).
    public static func installHandlers() {
        _ = table
        for number in signals { _ = signal(number, interrupted) }
    }

    /// Registers `path` for removal on a signal, before it is created; returns its slot (nil
    /// when the table is full: the path is then not removed on a signal, only by the next run).
    public static func register(_ path: String) -> Int? {
        guard let string = strdup(path) else { return nil }
        for slot in 0..<capacity where table[slot] == 0 {
            table[slot] = Int(bitPattern: string)
            return slot
        }
        free(string)
        return nil
    }

    /// Unregisters a path once it is renamed into place or removed.
    public static func unregister(_ slot: Int?) {
        guard let slot else { return }
        table[slot] = 0
    }

    /// Runs `body` (the renames of a set of files) with a signal held back until it returns;
    /// then a signal that came meanwhile is acted on.
    static func deferringSignals<T>(_ body: () throws -> T) rethrows -> T {
        table[committing] = 1
        defer {
            table[committing] = 0
            let number = table[pending]
            if number != 0 { interrupted(Int32(number)) }
        }
        return try body()
    }

    /// Removes every registered path: files first, then folders (emptied by then).
    fileprivate static func removeAll() {
        for slot in 0..<capacity {
            if let path = UnsafePointer<CChar>(bitPattern: table[slot]) { unlink(path) }
        }
        for slot in 0..<capacity {
            if let path = UnsafePointer<CChar>(bitPattern: table[slot]) { rmdir(path) }
        }
    }
}

/// The handler: only async-signal-safe calls (`unlink`, `rmdir`, `signal`, `raise`).
private func interrupted(_ number: Int32) {
    let table = InterruptCleanup.table
    table[InterruptCleanup.pending] = Int(number)
    if table[InterruptCleanup.committing] != 0 { return }
    InterruptCleanup.removeAll()
    _ = signal(number, SIG_DFL)
    raise(number)
}
