import Foundation
import Model
import TestSupport
import XCTest
@testable import Ingest

/// Rule 5's registry under hostile ids: ids that collide are told apart without reading them
/// again, and a log may have any number of files.
final class RecordIDRegistryTests: XCTestCase {
    /// The record_id hash before issue 19: unkeyed, eight bytes a step (xor, multiply,
    /// xor-shift) — invertible, so anyone could solve for ids with one hash.
    static func formerHash(_ id: String) -> UInt64 {
        let bytes = Array(id.utf8)
        precondition(bytes.count % 8 == 0)
        var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        for i in stride(from: 0, to: bytes.count, by: 8) {
            let word = bytes[i..<(i + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
        }
        return h   // (its finaliser, the same for every id of one length, left out)
    }

    /// 2,000 ids of 16 printable bytes solved to have one former hash (issue 19, F2: 2,000 rows
    /// of them took 50 s, every row reading every earlier one again from the file), written by
    /// `benchmarks/hostile_inputs.py --record-ids`.
    static func collidingIds() throws -> [String] {
        let text = String(decoding: try TestPackage.fixtureBytes("record-ids/colliding-under-former-hash.txt"), as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }

    /// A meetings log of one row per id, read by a meetings decoder of its own: the registry
    /// after it, and the problems.
    private func read(ids: [String], parallelism: Parallelism) throws -> (RecordIDRegistry, ProblemLog) {
        let folder = try TempInputs(testCase: self)
        try folder.write("sites.csv", standardSites)
        var meetings = "日期,单位编码,会议类型,记录编号\n"
        for (i, id) in ids.enumerated() { meetings += "2017-03-\(i % 28 + 1),S001,支委会,\(id)\n" }
        try folder.write("meetings.csv", meetings)
        let config = ReviewConfig()
        let vocab = try Vocabularies(config: config, file: "review.yml")
        var sites = SiteDecoder(vocab: vocab)
        var siteProblems = ProblemLog(log: .sites, emit: nil)
        try LogFileReader(path: "\(folder.path)/sites.csv", name: "sites.csv", encoding: nil,
                          lookup: HeaderMap.lookup(.sites, config: config), size: standardSites.utf8.count)
            .read(decoder: &sites, problems: &siteProblems, onRawBytes: nil)
        var decoder = MeetingDecoder(register: sites.register, sitesFiles: "sites.csv", vocab: vocab, recordIDs: RecordIDRegistry(),
                                     fileRows: FileRows { _ in }, annualMeetingsUntil: nil)
        var problems = ProblemLog(log: .meetings, emit: nil)
        try LogFileReader(path: "\(folder.path)/meetings.csv", name: "meetings.csv", encoding: nil,
                          lookup: HeaderMap.lookup(.meetings, config: config), size: meetings.utf8.count, parallelism: parallelism)
            .read(decoder: &decoder, problems: &problems, onRawBytes: nil)
        return (decoder.recordIDs, problems)
    }

    /// 2,000 ids crafted to collide under the former hash are 2,000 different ids under the
    /// run's key: none is read again from the file, none is rejected; a repeat is found.
    func testIdsCraftedToCollideAreNotReadAgain() throws {
        let ids = try Self.collidingIds()
        XCTAssertEqual(Set(ids).count, 2_000)
        XCTAssertEqual(Set(ids.map(Self.formerHash)).count, 1, "one former hash")
        for parallelism in [Parallelism.sequential, Parallelism(threads: 3, partSize: 8 << 10)] {
            let (registry, problems) = try read(ids: ids, parallelism: parallelism)
            XCTAssertEqual(registry.rereads, 0, "records read again")
            XCTAssertEqual(problems.counts(year: 2017), LogCounts(read: 2_000, accepted: 2_000, rejected: 0, outOfPeriod: 0, warnings: 0))
            let (again, repeated) = try read(ids: ids + [ids[1_234]], parallelism: parallelism)
            XCTAssertEqual(again.rereads, 1, "a repeat is confirmed by reading its first use once")
            XCTAssertEqual(repeated.quality.rowProblems.map(\.code), ["duplicate_record_id"])
        }
    }

    /// Ids whose hashes share the half that places them — which no one can choose under a
    /// key of the run, so it is forced here — are told apart by the other half, in memory:
    /// none is read again. (Each used to be compared with every earlier one by reading it.)
    func testIdsThatShareTheirPlaceAreToldApartInMemory() throws {
        let folder = try TempInputs(testCase: self)
        var text = ""
        var places: [Int] = []
        let ids = (0..<2_000).map { "M2017-\($0)" }
        for id in ids {
            places.append(text.utf8.count)
            text += "2017-03-01,\(id)\n"
        }
        try folder.write("m.csv", text)
        var registry = RecordIDRegistry()
        registry.register(.init(path: "\(folder.path)/m.csv", name: "m.csv", utf8Start: 0, delimiter: .comma, recordIDField: 1))
        func shared(_ id: String) -> RecordIDHash {
            RecordIDHash(value: 0x5EED_0000_0000_0000, fingerprint: withBytes(id) { RecordIDIndex.hash($0) }.fingerprint)
        }
        for (id, place) in zip(ids, places) {
            XCTAssertNil(withBytes(id) { registry.firstUse(of: $0, hash: shared(id), at: place) }, id)
        }
        XCTAssertEqual(registry.rereads, 0)
        XCTAssertEqual(withBytes(ids[777]) { registry.firstUse(of: $0, hash: shared(ids[777]), at: text.utf8.count) }, "m.csv")
        XCTAssertEqual(registry.rereads, 1)
    }

    /// A log of 70,000 files: each file's locators start past the last one recorded, so ids of
    /// the 65,537th file and later are recorded and found (a 16-bit file number in the locator
    /// used to trap there, issue 19, F6); a repeat names the file of its first use, and rolling
    /// back forgets the files after the mark.
    func testLocatorsOfMoreThan65536Files() throws {
        var registry = RecordIDRegistry()
        func firstUse(_ id: String, at place: Int) -> String? {
            withBytes(id) { registry.firstUse(of: $0, hash: RecordIDIndex.hash($0), at: place) }
        }
        func register(_ name: String) {
            // A GB18030 file's ids are kept exactly: they are found again without the file.
            registry.register(.init(path: "/nonexistent/\(name)", name: name, utf8Start: nil, delimiter: .comma, recordIDField: 1))
        }
        var mark: RecordIDRegistry.Mark?
        for file in 0..<70_000 {
            if file == 69_000 { mark = registry.mark }
            register("m-\(file).csv")
            // Two ids a file, at its places 0 and 13: each file spans 14 locators.
            XCTAssertNil(firstUse("F\(file)-0", at: 0))
            XCTAssertNil(firstUse("F\(file)-1", at: 13))
        }
        XCTAssertEqual(registry.files.count, 70_000)
        XCTAssertEqual(registry.files.last?.base, 69_999 * 14)
        register("last.csv")
        XCTAssertEqual(firstUse("F65536-1", at: 0), "m-65536.csv")
        XCTAssertEqual(firstUse("F0-0", at: 1), "m-0.csv")
        XCTAssertEqual(firstUse("F69999-1", at: 2), "m-69999.csv")
        XCTAssertNil(firstUse("F70000-0", at: 3))
        registry.rollBack(to: try XCTUnwrap(mark))
        XCTAssertEqual(registry.files.count, 69_000)
        register("again.csv")
        XCTAssertNil(firstUse("F69500-0", at: 0), "forgotten with its file")
        XCTAssertEqual(firstUse("F68999-1", at: 1), "m-68999.csv")
    }
}
