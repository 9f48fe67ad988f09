import Foundation
import XCTest
@testable import Ingest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A measurement to run by hand, not a timed test:
///
///     ANNUAL_REVIEW_BENCH=1 swift test -c release --filter CSVThroughputTests
///
/// Writes a ~60 MB UTF-8 meetings log (~60 bytes a row, 7 fields) and the same rows in GB18030,
/// reads each file through `UTF8Source` and `CSVReader`, touching every field, and prints MB/s
/// (raw file bytes per second, best of three).
final class CSVThroughputTests: XCTestCase {
    func testThroughput() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["ANNUAL_REVIEW_BENCH"] != nil,
                          "set ANNUAL_REVIEW_BENCH=1 and build with -c release to measure")
        let types = ["党委会", "专题会", "支委会", "党小组会", "主题党日", "组织生活会", "谈心谈话"]
        let topics = ["学习贯彻会议精神", "年度工作部署", "\"双减\"政策解读", "党风廉政建设", "主题教育"]
        var text = "日期,单位编码,会议类型,实到人数,应到人数,主题,记录编号\r\n"
        var rows = 0
        var bytes = [UInt8]()
        bytes.reserveCapacity(62 << 20)
        bytes += Array(text.utf8)
        while bytes.count < 60_000_000 {
            let topic = topics[rows % topics.count]
            let quoted = topic.contains("\"") ? "\"" + topic.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : topic
            text = "2017-\(1 + rows % 12)-\(1 + rows % 28),S\(1000 + rows % 900),\(types[rows % types.count]),"
                + "\(10 + rows % 30),\(40),\(quoted),M\(rows)\r\n"
            bytes += Array(text.utf8)
            rows += 1
        }
        let directory = FileManager.default.temporaryDirectory
        let utf8URL = directory.appendingPathComponent("bench-meetings-utf8.csv")
        let gbURL = directory.appendingPathComponent("bench-meetings-gb18030.csv")
        defer {
            try? FileManager.default.removeItem(at: utf8URL)
            try? FileManager.default.removeItem(at: gbURL)
        }
        try Data(bytes).write(to: utf8URL)
        try Data(toGB18030(bytes)).write(to: gbURL)
        print("rows \(rows), \(bytes.count / rows) bytes a row")

        for url in [utf8URL, gbURL] {
            var best = Double.infinity
            var size = 0
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                let source = try UTF8Source(path: url.path)
                let reader = CSVReader(source: source)
                var records = 0, fieldBytes = 0
                while let record = try reader.next() {
                    if records == 0 { reader.delimiterMode = .fixed(record.delimiter) }
                    records += 1
                    for i in 0..<record.fieldCount { fieldBytes &+= record.fieldByteCount(i) }
                    if record.firstInvalidUTF8Field != nil { XCTFail("invalid row \(record.line)") }
                }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                best = min(best, seconds)
                size = source.rawByteCount
                XCTAssertEqual(records, rows + 1)
                XCTAssertGreaterThan(fieldBytes, 0)
            }
            print(String(format: "%@: %.1f MB in %.3f s = %.0f MB/s (%@)", url.lastPathComponent, Double(size) / 1e6, best,
                         Double(size) / 1e6 / best, encodingName(of: url)))
        }
    }

    private func encodingName(of url: URL) -> String {
        (try? UTF8Source(path: url.path).decision.encoding.displayName) ?? "?"
    }

    private func toGB18030(_ utf8: [UInt8]) -> [UInt8] {
        let cd = iconv_open("GB18030", "UTF-8")
        defer { iconv_close(cd) }
        var input = utf8
        var output = [UInt8](repeating: 0, count: utf8.count * 2)
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                _ = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                produced = outBuffer.count - outLeft
            }
        }
        return Array(output[..<produced])
    }
}
