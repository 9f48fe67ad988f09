import Foundation

/// An exclusive lock on an output folder (`flock` on `.annual-review.lock` in it), held while a
/// report's files are written there: two runs writing into one folder take turns, so the folder
/// always ends with one run's workbook and draft (rules §5). The lock file stays; the lock goes
/// with the descriptor, also when the run is killed.
struct FolderLock {
    /// The lock file's name, in the output folder.
    static let name = ".annual-review.lock"

    private let descriptor: Int32

    /// Waits for the lock on `folder`.
    /// - Throws: `.lock` when the lock file can be neither made nor opened, or not locked.
    init(folder: String) throws(ReportFiles.WriteError) {
        let path = OutputSet.join(folder, Self.name)
        var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        let failure = errno
        // Another user's lock file may be read-only to this one: a lock needs no writing.
        if descriptor < 0, failure == EACCES { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else {
            // The first reason: a folder this user cannot write tells more than a missing file.
            throw .lock(folder: folder, reason: String(cString: strerror(failure)))
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .lock(folder: folder, reason: reason)
            }
        }
        self.descriptor = descriptor
    }

    /// Releases the lock.
    func release() {
        close(descriptor)
    }
}
