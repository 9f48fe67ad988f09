import Foundation
import Model
import Indicators

/// The machine-readable summary of rules §5, keys spelled and ordered as §5 lists them.
public enum ReviewJSON {
    public static let schema = 1

    public static func make(_ data: ReviewData) -> JSONValue {
        let ind = data.indicators
        var top: [(String, JSONValue)] = [
            ("schema", .int(schema)),
            ("tool_version", .string(ToolVersion.current)),
            ("year", .int(ind.year)),
            ("as_of", .string(ind.asOf.description)),
            ("fingerprint", .string(data.fingerprint)),
            ("files", .object(LogKind.allCases.map { log in
                let c = data.quality(log).counts
                return (log.rawValue, .object([
                    ("read", .int(c.read)), ("accepted", .int(c.accepted)), ("rejected", .int(c.rejected)),
                    ("out_of_period", .int(c.outOfPeriod)), ("warnings", .int(c.warnings)),
                ]))
            })),
        ]
        var totals = activityTotals(ind.totals)
        totals.append(("sites", siteTotals(ind.siteTotals)))
        top.append(("totals", .object(totals)))
        top.append(("sites", .array(ind.sites.map(site))))
        top.append(("bottom", .array(ind.bottom.map { .string($0) })))
        top.append(("score_parts_omitted", .array(ind.scoreWeights.omitted.map { .string($0.rawValue) })))
        top.append(("missing_logs", .array(ind.missingLogs.map { .string($0.rawValue) })))
        top.append(("overdue", .array(ind.overdue.map(overdue))))
        top.append(("monthly", .array(ind.monthly.map(month))))
        top.append(("imbalance", imbalance(data.imbalance)))
        top.append(("dispersion", dispersion(data.imbalance)))
        top.append(("previous", ind.previous.map { .object(activityTotals($0)) } ?? .null))
        return .object(top)
    }

    /// Every type's count; every type `null` without the meetings log.
    static func byType(_ counts: [Int]?) -> JSONValue {
        .object(MeetingType.allCases.map { ($0.rawValue, .optional(counts?[$0.ordinal])) })
    }

    /// Every role's count; every role `null` without the lectures log.
    static func byRole(_ counts: [Int]?) -> JSONValue {
        .object(LecturerRole.allCases.map { ($0.rawValue, .optional(counts?[$0.ordinal])) })
    }

    static func activityTotals(_ t: ActivityTotals) -> [(String, JSONValue)] {
        [
            ("meetings_by_type", byType(t.meetingsByType)),
            ("bureau_meetings_by_type", byType(t.bureauMeetingsByType)),
            ("lectures", .optional(t.lectures)),
            ("lectures_by_role", byRole(t.lecturesByRole)),
            ("bureau_lectures_by_role", byRole(t.bureauLecturesByRole)),
            ("trainings", .optional(t.trainings)),
            ("training_participants", t.trainingParticipants.map { .int($0) } ?? .null),
            ("training_person_hours", t.trainingPersonHours.map { .decimal($0) } ?? .null),
            ("visits", .optional(t.visits)),
        ]
    }

    static func siteTotals(_ s: SiteTotals) -> JSONValue {
        .object([
            ("total", .int(s.total)),
            ("by_locale", .object(SiteLocale.allCases.map { ($0.rawValue, .int(s.byLocale[$0] ?? 0)) })),
            ("by_ownership", .object(Ownership.allCases.map { ($0.rawValue, .int(s.byOwnership[$0] ?? 0)) })),
            ("by_level", .object(SchoolLevel.allCases.filter { $0 != .bureau }.map { ($0.rawValue, .int(s.byLevel[$0] ?? 0)) })),
            ("with_branch", .int(s.withBranch)),
            ("covered", .int(s.covered)),
            ("founded_in_year", .object(Ownership.allCases.map { ($0.rawValue, .int(s.foundedInYear[$0] ?? 0)) })),
            ("demo", .object(DemoLevel.allCases.filter { $0 != .none }.map { ($0.rawValue, .int(s.demo[$0] ?? 0)) })),
        ])
    }

    static func site(_ r: SiteResult) -> JSONValue {
        .object([
            ("site_id", .string(r.site.id)),
            ("locale", .string(r.site.locale.rawValue)),
            ("ownership", .string(r.site.ownership.rawValue)),
            ("level", .string(r.site.level.rawValue)),
            ("has_branch", .bool(r.hasBranch)),
            ("meetings_by_type", byType(r.meetingsByType)),
            ("lectures", .optional(r.lectures)),
            ("training_person_hours", r.trainingPersonHours.map { .decimal($0) } ?? .null),
            ("norm_rates", .object(NormKey.allCases.map { ($0.rawValue, .optional(r.normRate($0))) })),
            ("sanhui_rate", .optional(r.sanhuiRate)),
            ("fully_compliant", .optional(r.fullyCompliant)),
            ("party_day_rate", .optional(r.partyDayRate)),
            ("party_day_on_day_share", .optional(r.partyDayOnDayShare)),
            ("attendance_rate", .optional(r.attendanceRate)),
            ("training_hours_per_member", .optional(r.trainingHoursPerMember)),
            ("lectures_per_100_members", .optional(r.lecturesPer100Members)),
            ("score", .optional(r.score)),
            ("stars", .optional(r.stars)),
            ("rank", .optional(r.rank)),
        ])
    }

    /// One entry of the overdue list (rules §4.6).
    static func overdue(_ e: OverdueEntry) -> JSONValue {
        .object([
            ("site_id", .string(e.siteID)),
            ("norm", .string(e.norm.rawValue)),
            ("period", .string(e.period.description)),
            ("required", .int(e.required)),
            ("held", .int(e.held)),
        ])
    }

    static func month(_ m: MonthResult) -> JSONValue {
        .object([
            ("month", .int(m.month)),
            ("meetings_by_type", byType(m.meetingsByType)),
            ("lectures", .optional(m.lectures)),
            ("trainings", .optional(m.trainings)),
            ("inactive_sites", .optional(m.inactiveSites)),
            ("completion", .object(NormKey.allCases.enumerated().map { ($1.rawValue, .optional(m.completion[$0])) })),
        ])
    }

    static func imbalance(_ a: ImbalanceAnalysis) -> JSONValue {
        .object(a.dimensions.map { dimension in
            (dimension.key, .object(ImbalanceIndicator.allCases.map { indicator in
                let split = a.split(indicator, dimension)!
                var fields: [(String, JSONValue)] = [
                    ("groups", .object(split.groups.map { ($0.group, .object([("n", .int($0.n)), ("mean", .optional($0.mean))])) })),
                ]
                if dimension.isPairwise {
                    fields += [("gap", .optional(split.gap)), ("ratio", .optional(split.ratio)), ("p_value", .optional(split.pValue))]
                }
                return (indicator.rawValue, .object(fields))
            }))
        })
    }

    static func dispersion(_ a: ImbalanceAnalysis) -> JSONValue {
        .object(ImbalanceIndicator.allCases.map { indicator in
            let d = a.dispersion(indicator)
            return (indicator.rawValue, .object([
                ("n", .int(d.n)), ("mean", .optional(d.mean)), ("cv", .optional(d.cv)),
                ("weighted_cv", .optional(d.weightedCV)), ("gini", .optional(d.gini)), ("theil", .optional(d.theil)),
                ("between_share", .object(zip(a.dimensions, d.betweenShare).map { ($0.key, .optional($1)) })),
            ]))
        })
    }
}
