import Foundation
import Model
import XCTest
@testable import Ingest

/// Reading a large log on several threads gives exactly what one thread gives: the same rows
/// in the same order, the same diagnostics in the same order with the same lines, the same
/// counts and fingerprint. Tiny parts make every kind of cut happen: beside a quoted field that
/// holds line breaks (which no cut enters), right after a CRLF or a lone CR, next to a repeated
/// header with a BOM, around rejected rows and repeated record ids. And no byte is decoded
/// twice, whatever the quotes: the work stays the one thread's.
final class ParallelReadingTests: XCTestCase {
    /// A meetings log of `rows` rows with a bit of everything, deterministic.
    func messyMeetings(rows: Int) -> [UInt8] {
        var text = "\u{FEFF}日期,单位编码,会议类型,实到人数,应到人数,主题,记录编号\r\n"
        for i in 0..<rows {
            let day = String(format: "2017-%02d-%02d", i % 12 + 1, i % 28 + 1)
            let site = ["S001", "S002", "JYJ"][i % 3]
            switch i % 17 {
            case 3:  // a topic with line breaks inside quotes: the cut may fall in it
                text += "\(day),\(site),支委会,5,6,\"第一行\r\n第二行\n第三行\",M\(i)\r\n"
            case 5:  // a repeated record id (of the row before)
                text += "\(day),\(site),主题党日,5,6,,M\(i - 1)\r\n"
            case 7:  // an unknown site
                text += "\(day),S999,支委会,5,6,,M\(i)\r\n"
            case 9:  // a short row (warning) and attendees over expected (warning)
                text += "\(day),\(site),党小组会,9,6\r\n"
            case 11: // a repeated header with a stray BOM, as when two exports are pasted
                text += "\u{FEFF}日期,单位编码,会议类型,实到人数,应到人数,主题,记录编号\r\n"
            case 13: // a blank line and a literal quote
                text += "\r\n\(day),\(site),组织生活会,5,6,a\"b,M\(i)\r\n"
            case 15: // a bad date, previous year
                text += "2016-02-30,\(site),支委会,5,6,,M\(i)\r\n2016-12-28,\(site),支委会,5,6,,\r\n"
            case 16: // GBK bytes pasted into a UTF-8 file: that row is rejected (bad encoding)
                text += "\(day),\(site),支委会,5,6,\u{1}GBK\u{1},M\(i)\r\n"
            default:
                text += "\(day),\(site),支委会,\(i % 7),6,学习,M\(i)\r\n"
            }
        }
        // Each \u{1} stands for two bytes that are not UTF-8 (BA BC, GBK's 杭, as pasted from
        // an Excel export in GBK).
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if byte == 0x01 { bytes += [0xBA, 0xBC] } else { bytes.append(byte) }
        }
        return bytes
    }

    func compareSequentialAndParallel(_ meetings: [UInt8], partSizes: [Int], file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = try TempInputs(["sites.csv": Array(standardSites.utf8), "meetings.csv": meetings], testCase: self)
        let one = try ingest(folder, parallelism: .sequential)
        for partSize in partSizes {
            let many = try ingest(folder, parallelism: Parallelism(threads: 3, partSize: partSize))
            XCTAssertEqual(many.sink, one.sink, "rows, part size \(partSize)", file: file, line: line)
            XCTAssertEqual(many.diagnostics, one.diagnostics, "diagnostics, part size \(partSize)", file: file, line: line)
            XCTAssertEqual(many.counts(.meetings), one.counts(.meetings), "counts, part size \(partSize)", file: file, line: line)
            XCTAssertEqual(many.result.fingerprint, one.result.fingerprint, file: file, line: line)
            XCTAssertEqual(many.result.meetingYearVotes, one.result.meetingYearVotes, file: file, line: line)
        }
    }

    func testManyPartSizesGiveTheSequentialResult() throws {
        let meetings = messyMeetings(rows: 600)
        let folder = try TempInputs(["sites.csv": Array(standardSites.utf8), "meetings.csv": meetings], testCase: self)
        let codes = Set(try ingest(folder).diagnostics.map(\.code))
        // The fixture holds what the comparison must cover.
        XCTAssertTrue(codes.isSuperset(of: ["bad_encoding", "duplicate_record_id", "unknown_site_id", "short_row",
                                              "repeated_header", "literal_quote", "bad_date"]), "\(codes)")
        // The file is about 30 KB: parts of 64 bytes to 8 KB, several cuts per quoted field.
        try compareSequentialAndParallel(meetings, partSizes: [64, 97, 256, 1000, 4096, 8192])
    }

    func testAQuoteLeftOpenToTheEndIsOneRejectedRecordAsSequentially() throws {
        var meetings = messyMeetings(rows: 200)
        meetings += Array("2017-05-05,S001,支委会,5,6,\"never closed\r\n2017-05-06,S001,支委会,5,6,,X1\r\n".utf8)
        for i in 0..<40 {  // more lines, without a quote, swallowed by the open one
            meetings += Array("2017-05-07,S002,支委会,5,6,,Y\(i)\r\n".utf8)
        }
        try compareSequentialAndParallel(meetings, partSizes: [80, 500, 3000])
        let folder = try TempInputs(["sites.csv": Array(standardSites.utf8), "meetings.csv": meetings], testCase: self)
        let many = try ingest(folder, parallelism: Parallelism(threads: 2, partSize: 128))
        XCTAssertEqual(many.diagnostics.filter { $0.code == "unterminated_quote" }.count, 1)
    }

    /// Training rows are decoded in parts too; their ids are numbered at the commit, in file
    /// order, so the numbers (and which rows share one) are the sequential ones.
    func testTrainingsGiveTheSequentialResult() throws {
        var text = "培训编号,培训名称,开始日期,结束日期,单位编码,参训人数,学时,培训对象\r\n"
        for i in 0..<400 {
            let id = "T\((i * 7) % 45)"   // ids repeat, out of order
            let site = ["S001", "S002", ""][i % 3]   // "" is a bureau-wide row
            switch i % 11 {
            case 2: text += "\(id),\"两行\r\n标题\",2017/03/0\(i % 9 + 1),2017/03/10,\(site),5,1.5,支部书记\r\n"
            case 4: text += "\(id),标题,2017-04-01,2017-04-02,\(site),5,2学时,党员\r\n"   // bad hours: rejected
            case 6: text += " ,标题,2017-04-01,,\(site),5,2,党员\r\n"                       // no id: rejected
            case 8: text += "\(id),标题,2017-05-01,2017-04-30,\(site),5,2,党员\r\n"        // ends before it starts
            default: text += "\(id),标题,2017-0\(i % 9 + 1)-15,,\(site),\(i % 13),0.25,党员\r\n"
            }
        }
        let folder = try TempInputs(["sites.csv": Array(standardSites.utf8), "trainings.csv": Array(text.utf8)], testCase: self)
        let one = try ingest(folder, parallelism: .sequential)
        XCTAssertEqual(Set(one.diagnostics.map(\.code)).intersection(["not_a_number", "empty_value", "end_before_start"]).count, 3,
                       "\(Set(one.diagnostics.map(\.code)))")
        for partSize in [90, 333, 2048] {
            let many = try ingest(folder, parallelism: Parallelism(threads: 3, partSize: partSize))
            XCTAssertEqual(many.sink, one.sink, "rows and training numbers, part size \(partSize)")
            XCTAssertEqual(many.diagnostics, one.diagnostics, "diagnostics, part size \(partSize)")
            XCTAssertEqual(many.counts(.trainings), one.counts(.trainings), "counts, part size \(partSize)")
        }
    }

    /// Counts the rows decoded on every lane, and keeps each as its line.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var decoded: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }

    /// A decoder that keeps every row, as its line, and counts the rows it decoded.
    private struct CountingDecoder: RowDecoder {
        typealias Column = MeetingColumn
        static var log: LogKind { .meetings }
        static var decodesInParallel: Bool { true }
        let counter: Counter
        mutating func decode(_ row: inout Row) -> Int? {
            counter.add()
            return row.line
        }
        static func day(of row: Int) -> Day? { nil }
        mutating func commit(_ row: Int) {}
    }

    /// Reads `bytes` (a meetings header, then rows) in parts of `partSize` on three lanes:
    /// how many parts were merged, the lines of the rows kept, and how many rows were decoded.
    private func readInParts(_ bytes: [UInt8], partSize: Int) throws -> (parts: Int, lines: [Int], decoded: Int) {
        let source = try UTF8Source(bytes: bytes)
        let reader = CSVReader(source: source)
        let header = try XCTUnwrap(reader.nextRecord { $0.fields })
        reader.delimiterMode = .fixed(.comma)
        let map = HeaderMap(fields: header, lookup: HeaderMap.lookup(.meetings, config: ReviewConfig()))
        let rules = RowRules<CountingDecoder>(file: "meetings.csv", header: map, columnIDs: MeetingColumn.allCases.map(\.spec.id),
                                              encodingName: "UTF-8")
        let counter = Counter()
        var parts = 0
        var lines: [Int] = []
        try ParallelRows<CountingDecoder>(parallelism: Parallelism(threads: 3, partSize: partSize))
            .read(reader, source: source, rules: rules, delimiter: .comma, decoder: CountingDecoder(counter: counter)) { batch, lineOffset in
                parts += 1
                lines += batch.kept.map { $0.line + lineOffset }
            }
        return (parts, lines, counter.decoded)
    }

    /// A pasted list of 200,000 lines in one quoted 主题 cell (2 MB) runs across a hundred part
    /// sizes: no part starts inside it, so no lane decodes its lines as rows — the reader used
    /// to, keeping a problem for each, before throwing them away (issue 19, F1: 10 MB took 9–15 s
    /// and 1.6 GB). Every row is decoded once, and lines are counted as one thread counts them.
    func testAQuotedFieldAcrossManyPartsIsDecodedOnce() throws {
        var text = "日期,单位编码,会议类型,实到人数,应到人数,主题,记录编号\r\n"
        for i in 0..<50 { text += "2017-03-01,S001,支委会,5,6,学习,A\(i)\r\n" }
        text += "2017-03-02,S001,支委会,5,6,\"" + (0..<200_000).map { "第\($0)项" }.joined(separator: "\n") + "\",LIST\r\n"
        for i in 0..<50 { text += "2017-03-03,S002,支委会,5,6,学习,B\(i)\r\n" }
        let read = try readInParts(Array(text.utf8), partSize: 16 << 10)
        XCTAssertEqual(read.decoded, 101, "rows decoded, on every lane together")
        XCTAssertEqual(read.lines, Array(2...52) + Array(200_052..<200_102))
        XCTAssertGreaterThanOrEqual(read.parts, 2)
        try compareSequentialAndParallel(Array(text.utf8), partSizes: [4 << 10, 64 << 10])
    }

    /// A file whose lines end in a lone CR (old Mac line ends) is cut at them like at LF, so it
    /// streams in parts instead of being held whole (77 MB took 324 MB), with its lines counted.
    func testLoneCRLineEndsAreCutLikeLF() throws {
        func log(rows: Int) -> [UInt8] {
            var text = "日期,单位编码,会议类型,实到人数,应到人数,主题,记录编号\r"
            for i in 0..<rows { text += "2017-03-01,S001,支委会,5,6,\(i % 7 == 0 ? "\"一\r二\"" : "学习"),C\(i)\r" }
            return Array(text.utf8)
        }
        let bytes = log(rows: 20_000)
        let partSize = 4 << 10
        let read = try readInParts(bytes, partSize: partSize)
        // A part is the part size and what the same read brought besides, cut at a record; the
        // first is what the reader's 256 KiB window held past the header.
        let largest = partSize + ParallelRows<CountingDecoder>.readAhead
        XCTAssertGreaterThanOrEqual(read.parts, (bytes.count - (256 << 10)) / largest, "cut into parts of at most \(largest) bytes")
        XCTAssertEqual(read.decoded, 20_000)
        XCTAssertEqual(read.lines.count, 20_000)
        // Row i starts on line 2 + i + the quoted CRs before it (in rows 0, 7, … 19,992: 2,857).
        XCTAssertEqual(read.lines.last, 2 + 19_999 + 2_857, "a quoted CR is a line too")
        try compareSequentialAndParallel(log(rows: 1_500), partSizes: [300, 4 << 10])
    }

    /// Where a part may end: after the last line break outside quoted fields; never after a CR
    /// that ends the bytes (the LF of its CRLF may follow); a quote opens a field only at a
    /// field's start; `""` inside one is a quote.
    func testRecordCuts() {
        func cut(_ text: String) -> Int? {
            var cuts = RecordCut(delimiter: 0x2C)
            return Array(text.utf8).withUnsafeBufferPointer { cuts.lastRecordEnd(in: $0) }
        }
        XCTAssertEqual(cut("a,b\nc,d\ne"), 8)
        XCTAssertEqual(cut("a,b\rc,d\re"), 8)
        XCTAssertEqual(cut("a,b\r\nc,d\r"), 5, "a CR at the end may be half a CRLF")
        XCTAssertEqual(cut("a,b\r\nc,d\r\n"), 10)
        XCTAssertEqual(cut("a,\"x\ny\nz"), nil, "inside a quoted field to the end")
        XCTAssertEqual(cut("a,b\nc,\"x\ny\nz"), 4)
        XCTAssertEqual(cut("a,\"x\ny\"\nb,c"), 8)
        XCTAssertEqual(cut("a,\"x\"\"\ny\"\nb"), 10, "an escaped quote keeps the field open")
        XCTAssertEqual(cut("a,b\"c\nd,e"), 6, "a quote inside an unquoted field is a character")
        XCTAssertEqual(cut("a,\"b\"c\"\nd"), 8, "a quote after a closing quote is a character")
        XCTAssertEqual(cut("a,b\n\"x\ny"), 4)
        XCTAssertEqual(cut("a,\"x\"\""), nil, "a quote run at the end: open or not, unknown")
        XCTAssertEqual(cut("\"x\ny\"\n\"z\""), 6)
        XCTAssertEqual(cut("abc"), nil)
        // Quotes far apart (found past the first 64 bytes).
        XCTAssertEqual(cut(String(repeating: "x", count: 100) + ",\"a\nb\"\nc"), 107)
        XCTAssertEqual(cut("a,\"" + String(repeating: "y\n", count: 50) + "\"\nz"), 105)
        XCTAssertEqual(cut("a,\"" + String(repeating: "y\n", count: 50)), nil)
    }

    func testSmallFilesAndOtherLogsAreReadByOneThread() throws {
        // Below two parts the file is read as one: nothing to compare but that it works.
        let meetings = messyMeetings(rows: 20)
        try compareSequentialAndParallel(meetings, partSizes: [1 << 20])
    }
}
