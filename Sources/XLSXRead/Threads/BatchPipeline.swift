import Foundation

/// Batches filled one after another by a thread of their own (`threaded`), so that filling runs
/// on one core while the caller reads on another; or filled on the caller's thread when it asks.
/// The workbook reader's two stages use it: inflating a part into chunks, and turning a sheet's
/// rows into text.
///
/// Threaded, the batches made at the start go round between the two threads: the filling thread
/// fills a free one, the caller reads it and hands it back with its next call; when none is free
/// the filling thread waits. So memory is what the batches hold, whatever the input's size. A
/// failure while filling reaches the caller after the batches filled before it. An owner that
/// stops reading early calls `cancel()` before it lets go of the pipeline.
package final class BatchPipeline<Batch: AnyObject>: @unchecked Sendable {
    /// Fills a batch with what comes next; false when nothing came (the end).
    package typealias Fill = (Batch) throws(WorkbookReadError) -> Bool

    private let batches: [Batch]
    private let fill: Fill
    private let threaded: Bool
    private let threadName: String
    // Shared between the two threads, under `condition`.
    private let condition = NSCondition()
    private var free: [Int]
    private var filled: [Int] = []
    private var outcome: Result<Void, WorkbookReadError>?
    private var cancelled = false
    private var running = false
    // The caller's side.
    private var held: Int?
    private var started = false
    private var finished = false

    /// - Parameters:
    ///   - count: the batches that go round when threaded (one is made otherwise).
    ///   - name: the filling thread's name.
    ///   - make: makes an empty batch.
    package init(threaded: Bool, batches count: Int, name: String, make: () -> Batch, fill: @escaping Fill) {
        self.threaded = threaded
        threadName = name
        self.fill = fill
        let made = threaded ? count : 1
        batches = (0..<made).map { _ in make() }
        free = Array(0..<made)
    }

    deinit { cancel() }

    /// The next batch, nil at the end. It is the caller's until its next call; the failure of
    /// filling it is thrown instead.
    package func next() throws(WorkbookReadError) -> Batch? {
        guard !finished else { return nil }
        guard threaded else {
            if try fill(batches[0]) { return batches[0] }
            finished = true
            return nil
        }
        if !started { start() }
        condition.lock()
        defer { condition.unlock() }
        if let held {
            free.append(held)
            self.held = nil
            condition.broadcast()
        }
        while filled.isEmpty && outcome == nil { condition.wait() }
        if !filled.isEmpty {
            let index = filled.removeFirst()
            held = index
            return batches[index]
        }
        finished = true
        if case .failure(let error) = outcome { throw error }
        return nil
    }

    private func start() {
        started = true
        condition.lock()
        running = true
        condition.unlock()
        let thread = Thread { [self] in produce() }
        thread.name = threadName
        thread.start()
    }

    /// The filling thread: fills free batches until the input ends, fails or is cancelled.
    private func produce() {
        var result: Result<Void, WorkbookReadError> = .success(())
        while true {
            condition.lock()
            while free.isEmpty && !cancelled { condition.wait() }
            if cancelled { condition.unlock(); break }
            let index = free.removeFirst()
            condition.unlock()
            let more: Bool
            do {
                more = try fill(batches[index])
            } catch {
                result = .failure(error)
                break
            }
            if !more { break }
            condition.lock()
            filled.append(index)
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        outcome = result
        running = false
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the filling thread (the caller stopped early) and waits until it has.
    package func cancel() {
        guard threaded else { return }
        condition.lock()
        cancelled = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }
}
