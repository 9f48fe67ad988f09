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

    /// An unknown value names the nearest id or alias within the near-miss distance (1, or 2
    /// from six scalars), the first in table order on a tie, as the table writes it. Each case
    /// worked out by hand.
    func testUnknownNamesTheNearestSpelling() {
        var types = VocabularyMatcher<MeetingType>()
        // 部 → 委: one substitution from 支委会议; 支部大会 is two away.
        XCTAssertEqual(match(&types, "支部会议"), .failure(.unknownValue(.meeting_type, nearest: "支委会议")))
        XCTAssertEqual(match(&types, "支部会议"), .failure(.unknownValue(.meeting_type, nearest: "支委会议")),
                       "a cached unknown fails the same way")
        // One deletion from 支委会, one substitution from 支委会议: 支委会 comes first in the table.
        XCTAssertEqual(match(&types, "支委会意"), .failure(.unknownValue(.meeting_type, nearest: "支委会")))
        // Six scalars allow 2: 主题党日 is 2 away, 主题党日活动 only 1.
        XCTAssertEqual(match(&types, "主题党日活功"), .failure(.unknownValue(.meeting_type, nearest: "主题党日活动")))
        // Two away from every two- and three-character type: nothing near.
        XCTAssertEqual(match(&types, "开会"), .failure(.unknownValue(.meeting_type, nearest: nil)))

        var ownership = VocabularyMatcher<Ownership>()
        XCTAssertEqual(match(&ownership, "私利"), .failure(.unknownValue(.ownership, nearest: "私立")))
        XCTAssertEqual(match(&ownership, "pub"), .failure(.unknownValue(.ownership, nearest: nil)), "public is 3 away")
        var locale = VocabularyMatcher<SiteLocale>()
        XCTAssertEqual(match(&locale, "Urbn"), .failure(.unknownValue(.locale, nearest: "urban")))
        XCTAssertEqual(match(&locale, "火星"), .failure(.unknownValue(.locale, nearest: nil)))
        var level = VocabularyMatcher<SchoolLevel>()
        XCTAssertEqual(match(&level, "nine year"), .failure(.unknownValue(.level, nearest: "nine_year")))
        XCTAssertEqual(match(&level, "NINE_YEAR"), .success(.nine_year))
        var roles = VocabularyMatcher<LecturerRole>()
        XCTAssertEqual(match(&roles, "其它"), .failure(.unknownValue(.lecturer_role, nearest: "其他")))
        XCTAssertEqual(match(&roles, "校长"), .failure(.unknownValue(.lecturer_role, nearest: nil)))
    }

    /// 三会一课 is four kinds of meeting: refused with its own error, in any width or case.
    func testSanhuiIsRefused() throws {
        var types = VocabularyMatcher<MeetingType>()
        for spelling in ["三会一课", "三会一课会议", " 三会一课\u{3000}"] {
            XCTAssertEqual(match(&types, spelling), .failure(.sanhuiIsNotAType), spelling)
        }
        XCTAssertEqual(match(&types, "三会一课会"), .failure(.unknownValue(.meeting_type, nearest: nil)),
                       "a refused spelling is never suggested")
        XCTAssertThrowsError(try VocabularyMatcher<MeetingType>(extraAliases: [(alias: "三会一课", value: .party_group)])) { error in
            XCTAssertEqual(error as? VocabularyMatcher<MeetingType>.AliasConflict,
                           .init(alias: "三会一课", existing: nil, requested: "party_group"))
            XCTAssertEqual("\(error)", "`三会一课` is four kinds of meeting, not one type; it cannot be an alias of `party_group`")
        }
        var roles = VocabularyMatcher<LecturerRole>()
        XCTAssertEqual(match(&roles, "三会一课"), .failure(.unknownValue(.lecturer_role, nearest: nil)), "refused only as a meeting type")
    }

    func testExtraAliasesFromTheConfig() throws {
        var types = try VocabularyMatcher<MeetingType>(extraAliases: [(alias: "党委会议", value: .party_committee),
                                                                     (alias: "Committee", value: .party_committee),
                                                                     (alias: "党日活动", value: .party_day)])
        XCTAssertEqual(match(&types, "党委会议"), .success(.party_committee), "a config alias repeating a built-in one")
        XCTAssertEqual(match(&types, "COMMITTEE"), .success(.party_committee))
        XCTAssertEqual(match(&types, "党日活动"), .success(.party_day))
        XCTAssertEqual(match(&types, "党委会"), .success(.party_committee), "built-ins stay")
        XCTAssertEqual(match(&types, "comittee"), .failure(.unknownValue(.meeting_type, nearest: "Committee")),
                       "a config alias is a candidate too, shown as the config writes it")

        var fromDictionary = try VocabularyMatcher<SiteLocale>(extraAliases: ["老城": .urban, "山区": .rural])
        XCTAssertEqual(match(&fromDictionary, "老城"), .success(.urban))
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
            XCTAssertEqual(match(&locale, "x\(i)"), .failure(.unknownValue(.locale, nearest: nil)))
        }
        XCTAssertEqual(match(&locale, " Rural "), .success(.rural))
        XCTAssertEqual(match(&locale, " Rural "), .success(.rural))
    }

    func testNULIsInvalidText() {
        var locale = VocabularyMatcher<SiteLocale>()
        XCTAssertEqual(match(&locale, "urb\u{0}an"), .failure(.invalidText(.nul)))
    }
}
