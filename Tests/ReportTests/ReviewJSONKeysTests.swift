import Foundation
import Indicators
import Model
import Report
import XCTest

/// The JSON of rules §5 for a small hand-built review: every key spelled (and ordered) as §5 lists it,
/// every type, role, level and norm key present with zeros, empty values `null`.
final class ReviewJSONKeysTests: XCTestCase {
    // Spelled out here, from rules §2 and §5, rather than taken from the vocabularies under test.
    let types = [
        "party_committee", "special_meeting", "study_session", "branch_general", "branch_committee",
        "party_group", "party_day", "org_life", "democratic_review", "talk", "visit", "other",
    ]
    let roles = ["secretary", "leader", "member", "expert", "other"]
    let norms = ["branch_general", "branch_committee", "party_group", "lecture", "party_day", "org_life", "democratic_review"]
    let levels = ["kindergarten", "primary", "junior", "nine_year", "senior", "vocational", "special", "training", "other"]
    let indicators = [
        "sanhui_rate", "party_day_rate", "attendance_rate", "training_hours_per_member",
        "lectures_per_100_members", "score",
    ]
    let activityTotalKeys = [
        "meetings_by_type", "bureau_meetings_by_type", "lectures", "lectures_by_role", "bureau_lectures_by_role",
        "trainings", "training_participants", "training_person_hours", "visits",
    ]

    static func day(_ month: Int, _ day: Int, year: Int = 2023) -> Day { Day(year: year, month: month, day: day)! }

    /// The bureau; S1, urban public primary with a branch and 3 members; S2, rural private
    /// kindergarten without a branch or members. Extra dimension: district.
    /// Rows of 2022: none, J0's one visit of 2022-05-05 (too few to compare, rules §4.5), or a
    /// covered year — J0's visit on the 5th of every month, S1's lecture on the 6th of February,
    /// May and August, and a bureau-wide training of 2022-10-10 (4 × 0.5 h).
    enum PreviousYear { case none, oneRow, covered }

    func makeData(previousYear: PreviousYear = .none) -> ReviewData {
        var config = ReviewConfig()
        config.extraDimensions = [.district]
        let sites = [
            Site(id: "J0", name: "Bureau", locale: .urban, ownership: .public, level: .bureau, branches: 1),
            Site(id: "S1", name: "One", locale: .urban, ownership: .public, level: .primary, partyMembers: 3, branches: 1),
            Site(id: "S2", name: "Two", locale: .rural, ownership: .private, level: .kindergarten),
        ]
        var tally = ActivityTally(siteCount: sites.count, partyDay: 28)
        tally.addMeeting(site: 0, day: Self.day(3, 1), type: .party_committee, attendees: nil, expected: nil)
        tally.addMeeting(site: 1, day: Self.day(3, 28), type: .party_day, attendees: 3, expected: 3)
        tally.addLecture(site: 1, day: Self.day(3, 2), role: .secretary)
        tally.addTraining(training: 1, start: Self.day(4, 1), site: 1, participants: 3, hours: ScaledDecimal(significand: 15, scale: 1))
        tally.addTraining(training: 2, start: Self.day(4, 2), site: nil, participants: 2, hours: ScaledDecimal(significand: 1, scale: 1))
        switch previousYear {
        case .none:
            break
        case .oneRow:
            tally.addMeeting(site: 0, day: Self.day(5, 5, year: 2022), type: .visit, attendees: nil, expected: nil)
        case .covered:
            for month in 1...12 {
                tally.addMeeting(site: 0, day: Self.day(month, 5, year: 2022), type: .visit, attendees: nil, expected: nil)
            }
            for month in [2, 5, 8] { tally.addLecture(site: 1, day: Self.day(month, 6, year: 2022), role: .member) }
            tally.addTraining(training: 3, start: Self.day(10, 10, year: 2022), site: nil, participants: 4,
                              hours: ScaledDecimal(significand: 5, scale: 1))
        }
        let indicators = ReviewIndicators.compute(
            sites: sites, activity: tally, config: config, year: 2023, asOf: Self.day(12, 31), missingLogs: [])
        return ReviewData(
            config: config, language: .zh, indicators: indicators,
            imbalance: ImbalanceAnalysis.compute(indicators, config: config),
            quality: LogKind.allCases.map { _ in LogQuality() },
            fingerprint: String(repeating: "ab", count: 32), latestDay: Self.day(4, 2))
    }

    func testEveryKeyIsSpelledAsSection5SpellsIt() throws {
        let json = ReviewJSON.make(makeData())

        XCTAssertEqual(json.keys, [
            "schema", "tool_version", "year", "as_of", "fingerprint", "files", "totals", "sites", "bottom",
            "score_parts_omitted", "missing_logs", "overdue", "monthly", "imbalance", "dispersion", "previous",
        ])
        XCTAssertEqual(json["schema"], .int(1))
        XCTAssertEqual(json["year"], .int(2023))
        XCTAssertEqual(json["as_of"], .string("2023-12-31"))
        XCTAssertEqual(json["fingerprint"], .string(String(repeating: "ab", count: 32)))

        let files = try XCTUnwrap(json["files"])
        XCTAssertEqual(files.keys, ["sites", "meetings", "lectures", "trainings"])
        for log in ["sites", "meetings", "lectures", "trainings"] {
            XCTAssertEqual(files[log]?.keys, ["read", "accepted", "rejected", "out_of_period", "warnings"], log)
        }

        let totals = try XCTUnwrap(json["totals"])
        XCTAssertEqual(totals.keys, activityTotalKeys + ["sites"])
        assertActivityTotals(totals)
        // 3 × 1.5 + 2 × 0.1 = 4.7, written exactly
        XCTAssertEqual(totals["training_person_hours"]?.serialized(), "4.7")
        XCTAssertEqual(totals["meetings_by_type"]?["party_committee"], .int(1))
        XCTAssertEqual(totals["meetings_by_type"]?["talk"], .int(0))

        let siteTotals = try XCTUnwrap(totals["sites"])
        XCTAssertEqual(siteTotals.keys, [
            "total", "by_locale", "by_ownership", "by_level", "with_branch", "covered", "founded_in_year", "demo",
        ])
        XCTAssertEqual(siteTotals["by_locale"]?.keys, ["urban", "rural"])
        XCTAssertEqual(siteTotals["by_ownership"]?.keys, ["public", "private"])
        XCTAssertEqual(siteTotals["by_level"]?.keys, levels)  // no bureau
        XCTAssertEqual(siteTotals["by_level"]?["nine_year"], .int(0))
        XCTAssertEqual(siteTotals["founded_in_year"]?.keys, ["public", "private"])
        XCTAssertEqual(siteTotals["demo"]?.keys, ["county", "city", "province"])
        XCTAssertEqual(siteTotals["total"], .int(2))  // S1, S2; not the bureau

        guard case .array(let sites)? = json["sites"] else { return XCTFail("sites is not an array") }
        XCTAssertEqual(sites.map { $0["site_id"] }, [.string("S1"), .string("S2")])
        for site in sites {
            XCTAssertEqual(site.keys, [
                "site_id", "locale", "ownership", "level", "has_branch", "meetings_by_type", "lectures",
                "training_person_hours", "norm_rates", "sanhui_rate", "fully_compliant", "party_day_rate",
                "party_day_on_day_share", "attendance_rate", "training_hours_per_member",
                "lectures_per_100_members", "score", "stars", "rank",
            ])
            XCTAssertEqual(site["meetings_by_type"]?.keys, types)
            XCTAssertEqual(site["norm_rates"]?.keys, norms)
        }
        // S1 has a branch: flags are booleans, counts integers.
        XCTAssertEqual(sites[0]["has_branch"], .bool(true))
        XCTAssertEqual(sites[0]["fully_compliant"], .bool(false))
        XCTAssertEqual(sites[0]["rank"], .int(1))
        XCTAssertEqual(sites[0]["training_person_hours"]?.serialized(), "4.5")  // 3 × 1.5
        // S2: no branch → every norm value null; no members → per-member values null;
        // no meeting with attendance, no party day → null.
        let s2 = sites[1]
        XCTAssertEqual(s2["has_branch"], .bool(false))
        for norm in norms { XCTAssertEqual(s2["norm_rates"]?[norm], .null, norm) }
        for key in [
            "sanhui_rate", "fully_compliant", "party_day_rate", "party_day_on_day_share", "attendance_rate",
            "training_hours_per_member", "lectures_per_100_members", "score", "stars", "rank",
        ] {
            XCTAssertEqual(s2[key], .null, key)
        }
        XCTAssertEqual(s2["meetings_by_type"]?["other"], .int(0))
        // S1 is the one ranked site: its score is the mean, not below it (rules §4.2).
        XCTAssertEqual(json["bottom"], .array([]))
        // Every log is there and S1 has every score part: nothing left out.
        XCTAssertEqual(json["score_parts_omitted"], .array([]))
        XCTAssertEqual(json["missing_logs"], .array([]))
        // S1's unmet periods of 2023 (S2 has no branch): branch_general Q1–Q4 (4), branch_committee
        // and party_group every month (12 + 12), lectures Q2–Q4 (3: the one of 03-02 is Q1's),
        // Party days all months but March (11), org_life and democratic_review the year (1 + 1).
        guard case .array(let overdue)? = json["overdue"] else { return XCTFail("overdue is not an array") }
        XCTAssertEqual(overdue.count, 44)
        for entry in overdue { XCTAssertEqual(entry.keys, ["site_id", "norm", "period", "required", "held"]) }
        XCTAssertEqual(overdue.first?.serialized(),
                       #"{"site_id":"S1","norm":"branch_general","period":"2023-Q1","required":1,"held":0}"#)
        XCTAssertEqual(overdue.last?.serialized(),
                       #"{"site_id":"S1","norm":"democratic_review","period":"2023","required":1,"held":0}"#)

        guard case .array(let months)? = json["monthly"] else { return XCTFail("monthly is not an array") }
        XCTAssertEqual(months.count, 12)
        for (i, month) in months.enumerated() {
            XCTAssertEqual(month.keys, ["month", "meetings_by_type", "lectures", "trainings", "inactive_sites", "completion"])
            XCTAssertEqual(month["month"], .int(i + 1))
            XCTAssertEqual(month["meetings_by_type"]?.keys, types)
            XCTAssertEqual(month["completion"]?.keys, norms)
        }
        // January: no quarter or year has ended → those completions are null
        XCTAssertEqual(months[0]["completion"]?["branch_general"], .null)
        XCTAssertEqual(months[0]["completion"]?["org_life"], .null)

        let imbalance = try XCTUnwrap(json["imbalance"])
        XCTAssertEqual(imbalance.keys, ["locale", "ownership", "district"])
        for dimension in ["locale", "ownership", "district"] {
            XCTAssertEqual(imbalance[dimension]?.keys, indicators, dimension)
            for indicator in indicators {
                let split = imbalance[dimension]?[indicator]
                XCTAssertEqual(
                    split?.keys, dimension == "district" ? ["groups"] : ["groups", "gap", "ratio", "p_value"],
                    "\(dimension).\(indicator)")
                for group in split?["groups"]?.keys ?? [] {
                    XCTAssertEqual(split?["groups"]?[group]?.keys, ["n", "mean"])
                }
            }
        }
        // Both locale groups always present; rural (S2 only, no branch) has no score: n 0, mean null.
        let localeScore = imbalance["locale"]?["score"]
        XCTAssertEqual(localeScore?["groups"]?.keys, ["urban", "rural"])
        XCTAssertEqual(localeScore?["groups"]?["rural"]?["n"], .int(0))
        XCTAssertEqual(localeScore?["groups"]?["rural"]?["mean"], .null)
        XCTAssertEqual(localeScore?["gap"], .null)
        XCTAssertEqual(localeScore?["ratio"], .null)
        XCTAssertEqual(localeScore?["p_value"], .null)
        // No district anywhere → one group, "(none)"
        XCTAssertEqual(imbalance["district"]?["attendance_rate"]?["groups"]?.keys, ["(none)"])

        let dispersion = try XCTUnwrap(json["dispersion"])
        XCTAssertEqual(dispersion.keys, indicators)
        for indicator in indicators {
            XCTAssertEqual(
                dispersion[indicator]?.keys, ["n", "mean", "cv", "weighted_cv", "gini", "theil", "between_share"],
                indicator)
            XCTAssertEqual(dispersion[indicator]?["between_share"]?.keys, ["locale", "ownership", "district"])
        }
        // score: one site (S1) → CV 0/x̄ = 0 is defined; Theil 0 → between shares null
        XCTAssertEqual(dispersion["score"]?["n"], .int(1))
        XCTAssertEqual(dispersion["score"]?["between_share"]?["locale"], .null)

        XCTAssertEqual(json["previous"], .null)  // no row of 2022

        let text = json.serialized(indent: 2)
        for word in ["nan", "NaN", "inf", "Infinity"] { XCTAssertFalse(text.contains(word), word) }
    }

    func testPreviousIsTheTotalsObjectWithoutSites() throws {
        let json = ReviewJSON.make(makeData(previousYear: .covered))
        let previous = try XCTUnwrap(json["previous"])
        XCTAssertEqual(previous.keys, activityTotalKeys)
        assertActivityTotals(previous)
        XCTAssertEqual(previous["visits"], .int(12))  // the bureau's visits of 2022, one a month
        XCTAssertEqual(previous["meetings_by_type"]?["party_committee"], .int(0))
        XCTAssertEqual(previous["lectures"], .int(3))
        XCTAssertEqual(previous["lectures_by_role"]?["member"], .int(3))
        XCTAssertEqual(previous["trainings"], .int(1))
        XCTAssertEqual(previous["training_participants"], .int(4))
        XCTAssertEqual(previous["training_person_hours"]?.serialized(), "2")  // 4 × 0.5
    }

    /// A log whose rows do not cover 2022 keeps its keys in `previous`, each `null` (rules §4.5).
    func testPreviousOfLogsThatDoNotCoverTheYearIsNull() throws {
        let json = ReviewJSON.make(makeData(previousYear: .oneRow))
        let previous = try XCTUnwrap(json["previous"])
        XCTAssertEqual(previous.keys, activityTotalKeys)
        assertActivityTotals(previous)
        for type in types {
            XCTAssertEqual(previous["meetings_by_type"]?[type], .null, type)
            XCTAssertEqual(previous["bureau_meetings_by_type"]?[type], .null, type)
        }
        for role in roles { XCTAssertEqual(previous["lectures_by_role"]?[role], .null, role) }
        for key in ["lectures", "trainings", "training_participants", "training_person_hours", "visits"] {
            XCTAssertEqual(previous[key], .null, key)
        }
    }

    func assertActivityTotals(_ totals: JSONValue, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(totals["meetings_by_type"]?.keys, types, file: file, line: line)
        XCTAssertEqual(totals["bureau_meetings_by_type"]?.keys, types, file: file, line: line)
        XCTAssertEqual(totals["lectures_by_role"]?.keys, roles, file: file, line: line)
        XCTAssertEqual(totals["bureau_lectures_by_role"]?.keys, roles, file: file, line: line)
    }
}

extension JSONValue {
    /// An object's keys in order; `nil` for anything else.
    var keys: [String]? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.map(\.0)
    }

    subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }
}
