import Model
import XCTest
@testable import Ingest

final class VocabularyMatcherTests: XCTestCase {
    private func match<V>(_ matcher: inout VocabularyMatcher<V>, _ s: String) -> Result<V?, ValueError> {
        decoded(s) { (raw) throws(ValueError) in try matcher.match(raw) }
    }

    func testCanonicalIdsAndAliasesInAnyCase() {
        var locale = VocabularyMatcher<SiteLocale>()
        for spelling in ["urban", "Urban", "URBAN", " urban ", "城区", "城市", "县城", "ＵＲＢＡＮ", "Ｕｒｂａｎ", "\u{3000}城区\u{200B}"] {
            XCTAssertEqual(match(&locale, spelling), .success(.urban), spelling)
        }
        for spelling in ["rural", "RURAL", "农村", "乡村", "乡镇"] {
            XCTAssertEqual(match(&locale, spelling), .success(.rural), spelling)
        }
        XCTAssertEqual(match(&locale, ""), .success(nil))
        XCTAssertEqual(match(&locale, "  "), .success(nil))
    }

    func testEveryBuiltInSpellingOfEveryVocabulary() {
        func check<V: Vocabulary>(_: V.Type) {
            var matcher = VocabularyMatcher<V>()
            for value in V.allCases {
                for spelling in [value.rawValue, value.rawValue.uppercased()] + value.chineseAliases {
                    XCTAssertEqual(match(&matcher, spelling), .success(value), "\(V.self): \(spelling)")
                }
            }
        }
        check(SiteLocale.self); check(Ownership.self); check(SchoolLevel.self); check(MeetingType.self)
        check(LecturerRole.self); check(TrainingTarget.self); check(DemoLevel.self)
    }

    func testUnknownListsTheAllowedValues() {
        var ownership = VocabularyMatcher<Ownership>()
        let expected = ValueError.unknownValue(allowed: ["public (公办)", "private (民办)"])
        XCTAssertEqual(match(&ownership, "公立"), .failure(expected))
        XCTAssertEqual(match(&ownership, "公立"), .failure(expected), "cached unknowns fail the same way")
        XCTAssertEqual(match(&ownership, "pub"), .failure(expected))
        XCTAssertEqual(expected.message(found: "公立"), "expected one of public (公办), private (民办); found `公立`")
        var level = VocabularyMatcher<SchoolLevel>()
        XCTAssertEqual(match(&level, "nine year"), .failure(.unknownValue(allowed: level.allowed)))
        XCTAssertEqual(match(&level, "NINE_YEAR"), .success(.nine_year))
    }

    func testExtraAliasesFromTheConfig() throws {
        var types = try VocabularyMatcher<MeetingType>(extraAliases: [(alias: "党委会议", value: .party_committee),
                                                                     (alias: "Committee", value: .party_committee),
                                                                     (alias: "主题党日活动", value: .party_day)])
        XCTAssertEqual(match(&types, "党委会议"), .success(.party_committee))
        XCTAssertEqual(match(&types, "COMMITTEE"), .success(.party_committee))
        XCTAssertEqual(match(&types, "主题党日活动"), .success(.party_day))
        XCTAssertEqual(match(&types, "党委会"), .success(.party_committee), "built-ins stay")
        XCTAssertTrue(types.allowed[0].hasPrefix("party_committee (党委会/党委会议/Committee)"))

        var fromDictionary = try VocabularyMatcher<SiteLocale>(extraAliases: ["市区": .urban, "山区": .rural])
        XCTAssertEqual(match(&fromDictionary, "市区"), .success(.urban))
        XCTAssertEqual(match(&fromDictionary, "山区"), .success(.rural))
        XCTAssertEqual(fromDictionary.value(forSpelling: " ＵＲＢＡＮ "), .urban)
        XCTAssertNil(fromDictionary.value(forSpelling: "x"))
        XCTAssertNil(fromDictionary.value(forSpelling: ""))

        XCTAssertNoThrow(try VocabularyMatcher<SiteLocale>(extraAliases: [(alias: "城区", value: .urban)]),
                         "an alias repeating its own case is harmless")
    }

    func testConflictingExtraAliasIsAnError() {
        XCTAssertThrowsError(try VocabularyMatcher<SiteLocale>(extraAliases: [(alias: "县城", value: .rural)])) { error in
            XCTAssertEqual(error as? VocabularyMatcher<SiteLocale>.AliasConflict,
                           .init(alias: "县城", existing: "urban", requested: "rural"))
        }
        XCTAssertThrowsError(try VocabularyMatcher<SiteLocale>(extraAliases: [(alias: "RURAL", value: .urban)]))
    }

    func testCacheStaysCorrectBeyondItsLimit() {
        var locale = VocabularyMatcher<SiteLocale>()
        for i in 0..<(VocabularyMatcher<SiteLocale>.cacheLimit + 50) {
            XCTAssertEqual(match(&locale, "x\(i)"), .failure(.unknownValue(allowed: locale.allowed)))
        }
        XCTAssertEqual(match(&locale, " Rural "), .success(.rural))
        XCTAssertEqual(match(&locale, " Rural "), .success(.rural))
    }

    func testNULIsInvalidText() {
        var locale = VocabularyMatcher<SiteLocale>()
        XCTAssertEqual(match(&locale, "urb\u{0}an"), .failure(.invalidText("contains a NUL byte (U+0000)")))
    }
}
