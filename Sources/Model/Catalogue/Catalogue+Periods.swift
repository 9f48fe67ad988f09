extension Catalogue {
    /// The periods of a review (rules §2, row rule 6; rules §4.3): the as-of date of a run during
    /// the year, and a year's annual meetings held early the next year (`annual_meetings_until`).
    /// Options, keys and dates stay as they are written, in both languages.
    public enum Periods {
        // MARK: --as-of (usage errors)

        /// `--as-of` outside the review year, which `--year` or, when `fromConfig`, the config's
        /// `year` set.
        public static func asOfOutsideYear(_ written: String, year: Int, fromConfig: Bool) -> Localized {
            let zh = fromConfig ? "review.yml 中的 year: \(year)" : "--year \(year)"
            let en = fromConfig ? "year: \(year) in review.yml" : "--year \(year)"
            return Localized(
                zh: "--as-of \(written) 不在评估年度\(year)年内（评估年度由 \(zh) 指定）；请写 \(year)-01-01 至 \(year)-12-31 之间的日期",
                en: "--as-of \(written) is not a date of the review year \(year) (set by \(en)); give a date from \(year)-01-01 to \(year)-12-31")
        }

        // MARK: The Monthly sheet

        /// The header of the as-of month when the as-of date is not its last day: `6月（至15日）`,
        /// `Jun (1–15)`.
        public static func monthUpTo(_ month: Localized, day: Int) -> Localized {
            Localized(zh: "\(month.zh)（至\(day)日）", en: "\(month.en) (1–\(day))")
        }

        /// The Monthly sheet's note on completion in an as-of run (the as-of date before 31
        /// December).
        public static func monthlyCompletionNote(asOf: Day) -> Localized {
            Localized(zh: "完成进度为截至当月末已结束周期中达标周期的累计比例；数据截至\(asOf.year)年\(asOf.month)月\(asOf.day)日，此后各月为空，全年栏为截至该日的值。",
                      en: "completion = the cumulative share of the periods ended by the month's end that met the norm; figures as of \(asOf): later months are empty and the year column holds the values as of that date.")
        }

        // MARK: Annual meetings held early the next year (info on the meetings log)

        /// Code `annual_meetings_counted`: with `annual_meetings_until`, the meetings counted for
        /// `year` that were held early the next year.
        public static func annualMeetingsCounted(_ count: Int, year: Int, until: MonthDay) -> Localized {
            Localized(zh: "\(year + 1)年1月1日至\(until.month)月\(until.day)日召开的组织生活会、民主评议党员共\(count)次，按 review.yml 中的 annual_meetings_until: \(until) 计入\(year)年度（按\(year)年12月31日计）",
                      en: "\(count) org_life and democratic_review meetings held from \(year + 1)-01-01 to \(year + 1)-\(until) count for \(year), as if held on \(year)-12-31 (annual_meetings_until: \(until) in review.yml)")
        }

        /// Code `annual_meetings_next_year`: without `annual_meetings_until`, org_life and
        /// democratic_review meetings dated January or February of the year after `year`.
        public static func annualMeetingsNextYear(_ count: Int, year: Int) -> Localized {
            Localized(zh: "有\(count)次组织生活会、民主评议党员的日期在\(year + 1)年1—2月，不计入\(year)年度；如果是\(year)年度的会议，请在 review.yml 中设置 annual_meetings_until（如 annual_meetings_until: 02-28），使其计入\(year)年度",
                      en: "\(count) org_life and democratic_review meetings are dated January–February \(year + 1) and do not count for \(year); if they are \(year)'s annual meetings, set annual_meetings_until in review.yml (e.g. annual_meetings_until: 02-28) to count them for \(year)")
        }
    }
}
