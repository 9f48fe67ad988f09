import Foundation
import Model
import XCTest
@testable import Ingest

/// Hand measurements, not assertions: run with
/// `VALUES_BENCH=1 swift test -c release --filter ValueSpeedTests` and read the printed lines.
final class ValueSpeedTests: XCTestCase {
    private func measure(_ label: String, _ fields: [String], _ body: (UnsafeRawBufferPointer) -> Int) {
        let rounds = 2_000_000 / fields.count
        var buffers = fields.map { Array($0.utf8) }
        var sink = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds {
            for i in buffers.indices {
                buffers[i].withUnsafeBytes { sink &+= body($0) }
            }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
        let perField = elapsed / Double(rounds * fields.count)
        print(String(format: "%@: %.1f ns per field (checksum %d)", label, perField, sink))
        buffers.removeAll()
    }

    func testDecoderSpeed() throws {
        guard ProcessInfo.processInfo.environment["VALUES_BENCH"] != nil else {
            throw XCTSkip("set VALUES_BENCH=1 to measure")
        }
        measure("count ASCII", ["12", "1,234", "0", "35", "7"]) { (try? IntegerField.count($0)) ?? nil ?? 0 }
        measure("date ASCII", ["2017-03-05", "2017/3/5", "20170305", "42799", "2017/3/5 0:00"]) {
            Int((try? DateField.day($0))??.rawValue ?? 0)
        }
        measure("date 2017-03-05 only", ["2017-03-05"]) { Int((try? DateField.day($0))??.rawValue ?? 0) }
        measure("hours ASCII", ["1.5", "2", ".5", "12.25"]) { (try? DecimalField.nonNegative($0))?.map { $0.significand == 0 ? 0 : 1 } ?? 0 }
        measure("date full-width (slow path)", ["２０１７－０３－０５"]) { Int((try? DateField.day($0))??.rawValue ?? 0) }
        measure("date 年月日 (slow path)", ["2017年3月5日"]) { Int((try? DateField.day($0))??.rawValue ?? 0) }
        var types = VocabularyMatcher<MeetingType>()
        measure("enum cached", ["党委会", "branch_general", "主题党日", " Party_Day "]) { ((try? types.match($0)) ?? nil) == .party_day ? 1 : 0 }
        var sites = ByteMap<Int32>()
        for i in 0..<2000 { withBytes("S\(1000 + i)") { _ = sites.insert(Int32(i), forKey: $0) } }
        measure("site id lookup (2000 sites)", ["S1000", "S1999", "S2500", "S1234"]) {
            Int(sites.value(forKey: FieldText.asciiTrimmed($0)!) ?? -1)
        }
        measure("record id hash only", ["M-2017-000123", "M-2017-000124", "M-2017-000125"]) {
            Int(truncatingIfNeeded: RecordIDIndex.hash($0))
        }
        for size in [10_000, 1_000_000, 4_000_000] {
            let index = RecordIDIndex()
            let start = DispatchTime.now().uptimeNanoseconds
            var id = Array("M-2017-0000000".utf8)
            var hits = 0
            for n in 0..<size {
                var k = n, p = id.count - 1
                while k > 0 { id[p] = UInt8(48 + k % 10); k /= 10; p -= 1 }
                let h = id.withUnsafeBytes { RecordIDIndex.hash($0) }
                if index.insert(hash: h, locator: UInt64(n)) != nil { hits += 1 }
            }
            let perID = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(size)
            print(String(format: "record id hash+insert, %d distinct ids: %.1f ns per id, %.1f bytes per id (hits %d)",
                         size, perID, Double(index.memoryFootprint) / Double(index.count), hits))
        }
    }
}
