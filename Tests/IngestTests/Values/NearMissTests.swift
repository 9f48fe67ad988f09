import Model
import XCTest

/// Edit distances worked out by hand (one substitution, insertion or deletion of a scalar each).
final class NearMissTests: XCTestCase {
    func testDistances() {
        XCTAssertEqual(NearMiss.distance("应道人数", "应到人数", atMost: 2), 1)      // one substitution
        XCTAssertEqual(NearMiss.distance("kitten", "sitting", atMost: 3), 3)      // the textbook case
        XCTAssertEqual(NearMiss.distance("支部大会", "支部党员大会", atMost: 2), 2)   // two insertions
        XCTAssertEqual(NearMiss.distance("", "ab", atMost: 2), 2)
        XCTAssertEqual(NearMiss.distance("ab", "", atMost: 2), 2)
        XCTAssertEqual(NearMiss.distance("same", "same", atMost: 0), 0)
        XCTAssertNil(NearMiss.distance("kitten", "sitting", atMost: 2))
        XCTAssertNil(NearMiss.distance("a", "abcd", atMost: 2))                    // lengths alone differ by 3
    }

    func testAllowanceGrowsWithLength() {
        XCTAssertTrue(NearMiss.isNearMiss("应道人数", of: "应到人数"))               // 4 scalars, distance 1
        XCTAssertFalse(NearMiss.isNearMiss("应道人", of: "应到人数"))                // distance 2 on 3 scalars
        XCTAssertTrue(NearMiss.isNearMiss("partymember", of: "party_members"))     // 11 scalars, distance 2
        XCTAssertFalse(NearMiss.isNearMiss("应到人数", of: "应到人数"))              // a match is no miss
    }

    func testNearestTakesTheClosestThenTheFirst() {
        XCTAssertEqual(NearMiss.nearest(to: "支委会意", among: ["支部党员大会", "支委会议", "支委会"]), "支委会议")
        XCTAssertEqual(NearMiss.nearest(to: "ab", among: ["ac", "ad"]), "ac")
        XCTAssertNil(NearMiss.nearest(to: "党建活动", among: ["支委会", "党小组会"]))
    }
}
