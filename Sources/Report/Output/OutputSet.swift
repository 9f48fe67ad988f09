import Foundation
import Model

/// The files of one report written together (rules §5): each to a temporary file beside its
/// target (`.<name>.tmp-<pid>-<random>.<ext>`, registered with `InterruptCleanup`), and only when
/// every one is written, renamed into place back to back. Before the renames every target is
/// checked (a folder, a device or a read-only file is refused) and an existing one is kept under
/// a second name (a hard link), so that a rename that fails puts the earlier ones back: the
/// folder keeps the old files or gets all the new ones. The caller holds the folder's lock
/// (`FolderLock`); a temporary file left after a failure is removed by `discard`, one left by a
/// killed run by the next run (`removeStale`).
struct OutputSet {
    private struct Entry {
        var target: String
        var temporary: String
        var slot: Int?
    }

    private var entries: [Entry] = []

    /// A new temporary path beside `target`, registered for removal on a signal; the caller
    /// writes it (the workbook), or `add` does.
    mutating func temporary(for target: String) -> String {
        let path = Self.temporaryName(for: target, suffix: Self.suffix(of: target))
        entries.append(Entry(target: target, temporary: path, slot: InterruptCleanup.register(path)))
        return path
    }

    /// Writes `bytes` to a new temporary file for `target`.
    /// - Throws: `.file` with the system's reason.
    mutating func add(_ bytes: [UInt8], for target: String) throws(ReportFiles.WriteError) {
        let path = temporary(for: target)
        if let reason = Self.create(path, bytes) { throw .file(path: target, reason: reason) }
    }

    /// Checks every target, then renames every temporary file into place, in the order they
    /// were made; a signal meanwhile waits until they are all renamed, or all put back.
    /// - Throws: `.notReplaceable` for a target that is a folder, not a regular file, or
    ///   read-only (nothing renamed); `.file` when a rename fails (the earlier ones undone).
    mutating func commit() throws(ReportFiles.WriteError) {
        for entry in entries {
            if let problem = Self.replaceProblem(entry.target) { throw .notReplaceable(problem) }
        }
        // The targets there now, each under a second name, to put back should a later rename fail.
        var backups: [(path: String, slot: Int?)?] = []
        defer {
            for backup in backups.compactMap({ $0 }) {
                unlink(backup.path)
                InterruptCleanup.unregister(backup.slot)
            }
        }
        for entry in entries {
            var status = stat()
            guard lstat(entry.target, &status) == 0 else { backups.append(nil); continue }
            let path = Self.temporaryName(for: entry.target, suffix: "bak")
            let slot = InterruptCleanup.register(path)
            // A file system without hard links: no way back, the checks above must do.
            if link(entry.target, path) == 0 {
                backups.append((path, slot))
            } else {
                InterruptCleanup.unregister(slot)
                backups.append(nil)
            }
        }
        let failure: (Int, String)? = InterruptCleanup.deferringSignals {
            for (index, entry) in entries.enumerated() where rename(entry.temporary, entry.target) != 0 {
                let reason = String(cString: strerror(errno))
                for undone in (0..<index).reversed() {
                    if let backup = backups[undone] {
                        rename(backup.path, entries[undone].target)
                    } else {
                        unlink(entries[undone].target)
                    }
                }
                return (index, reason)
            }
            return nil
        }
        if let (index, reason) = failure { throw .file(path: entries[index].target, reason: reason) }
        for entry in entries { InterruptCleanup.unregister(entry.slot) }
        entries = []
    }

    /// Removes the temporary files not renamed (after a failure) and unregisters them.
    func discard() {
        for entry in entries {
            unlink(entry.temporary)
            InterruptCleanup.unregister(entry.slot)
        }
    }

    // MARK: Names

    /// `folder/name`, or `name` alone for the current folder.
    static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder of `path`: `.` for a bare name, `/` for a file in the root. (NSString's
    /// `deletingLastPathComponent` traps on a one-character path on Linux.)
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// The target's extension (`xlsx`, `md`, `json`) when it is a short word, else `tmp`.
    static func suffix(of target: String) -> String {
        let name = name(of: target)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "tmp" }
        let suffix = name[name.index(after: dot)...]
        return (1...8).contains(suffix.count) && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } ? String(suffix) : "tmp"
    }

    /// `.<name>.tmp-<pid>-<16 hex digits>.<suffix>` beside `target`; the name cut to 100 bytes,
    /// so the whole stays within a file name's 255.
    static func temporaryName(for target: String, suffix: String) -> String {
        var base = ""
        for character in name(of: target) {
            guard base.utf8.count + character.utf8.count <= 100 else { break }
            base.append(character)
        }
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return join(folder(of: target), ".\(base).tmp-\(getpid())-\(String(repeating: "0", count: 16 - random.count) + random).\(suffix)")
    }

    /// The process id in a temporary file's name, or nil when `name` is no such name.
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let parts = name[marker.upperBound...].split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let dot = parts[1].firstIndex(of: ".") else { return nil }
        let (pid, random, suffix) = (parts[0], parts[1][..<dot], parts[1][parts[1].index(after: dot)...])
        guard !pid.isEmpty, pid.count <= 10, pid.allSatisfy({ $0.isASCII && $0.isNumber }),
              (1...16).contains(random.count), random.allSatisfy({ $0.isHexDigit && !$0.isUppercase }),
              !suffix.isEmpty, suffix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              let owner = pid_t(pid), owner > 0
        else { return nil }
        return owner
    }

    /// Removes from `folder` the temporary files of runs that are no longer running (killed
    /// before they could clean up): regular files named as `temporaryName` makes them whose
    /// process id is not a live process.
    static func removeStale(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            guard let owner = temporaryOwner(name), owner != getpid() else { continue }
            // kill(pid, 0): 0 or EPERM when the process exists, ESRCH when it does not.
            guard kill(owner, 0) != 0, errno == ESRCH else { continue }
            let path = join(folder, name)
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(path)
        }
    }

    // MARK: Files

    /// Creates `path` (it must not exist) holding `bytes`; the system's reason when that fails,
    /// with nothing left at `path`.
    static func create(_ path: String, _ bytes: [UInt8]) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var written = 0
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += count
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        guard let failure else { return nil }
        unlink(path)
        return String(cString: strerror(failure))
    }

    /// Why the file at `target` is not to be replaced, or nil: a folder, something other than
    /// a regular file (a device, a pipe), a file that is read-only (no write permission, for
    /// root too: a file made read-only is kept).
    static func replaceProblem(_ target: String) -> Localized? {
        var status = stat()
        guard stat(target, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return Catalogue.Report.targetIsAFolder(target)
        case S_IFREG: break
        default: return Catalogue.Report.targetNotAFile(target)
        }
        if access(target, W_OK) != 0 || status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0 {
            return Catalogue.Report.targetReadOnly(target)
        }
        return nil
    }
}
