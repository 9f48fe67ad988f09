import Foundation
import XCTest
@testable import XLSXRead

/// The pipeline both stages of reading a sheet run on: batches in order, bounded, a failure
/// after the batches before it, and a caller that stops early.
final class BatchPipelineTests: XCTestCase {
    /// A batch that knows whether the caller holds it, so a fill of a held batch shows.
    final class Numbers {
        var values: [Int] = []
        var held = false
    }

    /// A pipeline of `batches` whose fills hand out 1, 2, 3 … three to a batch up to `last`,
    /// and fail at the fill after `failAfter` batches when given. `fills` counts the fills,
    /// `overwritten` the fills of a batch the caller held.
    final class Source: @unchecked Sendable {
        let lock = NSLock()
        var fills = 0
        var overwritten = 0
        private var next = 1

        func pipeline(threaded: Bool, batches: Int = 2, last: Int, failAfter: Int? = nil) -> BatchPipeline<Numbers> {
            BatchPipeline(threaded: threaded, batches: batches, name: "test", make: Numbers.init) { [self] batch throws(WorkbookReadError) in
                lock.lock()
                fills += 1
                if batch.held { overwritten += 1 }
                let fill = fills
                lock.unlock()
                if let failAfter, fill > failAfter { throw .missingPart("part \(fill)") }
                batch.values = Array(next..<min(next + 3, last + 1))
                next += batch.values.count
                return !batch.values.isEmpty
            }
        }
    }

    /// Every value the pipeline hands out, in order; each batch marked held until the next call.
    private func drain(_ pipeline: BatchPipeline<Numbers>) throws -> [Int] {
        var all: [Int] = []
        var previous: Numbers?
        while true {
            previous?.held = false
            guard let batch = try pipeline.next() else { return all }
            batch.held = true
            all += batch.values
            previous = batch
        }
    }

    func testBatchesComeInOrderThreadedOrNot() throws {
        for threaded in [true, false] {
            let source = Source()
            XCTAssertEqual(try drain(source.pipeline(threaded: threaded, last: 100)), Array(1...100), "threaded: \(threaded)")
            // 34 batches, and the fill that finds the end.
            XCTAssertEqual(source.fills, 35)
            XCTAssertEqual(source.overwritten, 0)
        }
    }

    func testAnEmptyInputGivesNoBatch() throws {
        for threaded in [true, false] {
            XCTAssertEqual(try drain(Source().pipeline(threaded: threaded, last: 0)), [])
        }
    }

    func testAFailureComesAfterTheBatchesFilledBeforeIt() throws {
        for threaded in [true, false] {
            let pipeline = Source().pipeline(threaded: threaded, last: 100, failAfter: 4)
            var values: [Int] = []
            XCTAssertThrowsError(try { while let batch = try pipeline.next() { values += batch.values } }()) { error in
                XCTAssertEqual(error as? WorkbookReadError, .missingPart("part 5"))
            }
            XCTAssertEqual(values, Array(1...12))
        }
    }

    func testACallerThatStopsEarlyStopsTheFillingThread() throws {
        let source = Source()
        let pipeline = source.pipeline(threaded: true, batches: 3, last: 1_000_000)
        XCTAssertEqual(try pipeline.next()?.values, [1, 2, 3])
        pipeline.cancel()
        // Bounded: the held batch and the two others, none filled again while one is held.
        source.lock.lock()
        let fills = source.fills
        source.lock.unlock()
        XCTAssertLessThanOrEqual(fills, 3)
        Thread.sleep(forTimeInterval: 0.05)
        source.lock.lock()
        XCTAssertEqual(source.fills, fills)
        source.lock.unlock()
    }
}
