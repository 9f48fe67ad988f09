extension Catalogue.Sheets {
    // MARK: The as-of date on every sheet (rules §5)

    /// A date as the report writes it: `2017年6月30日`, `30 June 2017`.
    public static func date(_ day: Day) -> Localized {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return Localized(zh: "\(day.year)年\(day.month)月\(day.day)日", en: "\(day.day) \(months[day.month - 1]) \(day.year)")
    }

    /// A sheet's title in a run whose as-of date is before the year's last day: `title` (in the
    /// report's language already) and the date, `…（截至2017年6月30日）`, `… (as of 30 June 2017)`.
    public static func titleAsOf(_ title: String, asOf: Day) -> Localized {
        let date = date(asOf)
        return Localized(zh: "\(title)（截至\(date.zh)）", en: "\(title) (as of \(date.en))")
    }

    // MARK: Overdue 督办清单 (sheet 9, rules §4.6)

    /// Sheet 9's name.
    public static let overdue = Localized(zh: "督办清单", en: "Overdue")

    public enum Overdue {
        /// The title line: the as-of date, and how many periods of how many sites are listed.
        public static func title(asOf: Day, sites: Int, periods: Int) -> Localized {
            let date = Catalogue.Sheets.date(asOf)
            return Localized(
                zh: "督办清单（截至\(date.zh)）：\(sites)个单位共\(periods)个周期未按规范完成",
                en: "Overdue list as of \(date.en): \(periods) period\(periods == 1 ? "" : "s") at \(sites) site\(sites == 1 ? "" : "s") below the norm")
        }

        /// The title line when nothing is overdue.
        public static func allDone(asOf: Day) -> Localized {
            let date = Catalogue.Sheets.date(asOf)
            return Localized(zh: "督办清单（截至\(date.zh)）：全部按期完成",
                             en: "Overdue list as of \(date.en): every period done as the norms require")
        }

        /// The title line when no norm period could be checked yet: none has ended by the as-of
        /// date for any branch, or the meetings and lectures logs are both missing.
        public static func nothingChecked(asOf: Day) -> Localized {
            let date = Catalogue.Sheets.date(asOf)
            return Localized(zh: "督办清单（截至\(date.zh)）：尚无可检查的周期（截至此日没有已结束的规范周期，或缺少会议记录和党课记录）",
                             en: "Overdue list as of \(date.en): nothing to check yet (no norm period has ended by then, or the meetings and lectures logs are missing)")
        }

        /// The title line when no site has a branch of its own.
        public static func noBranch(asOf: Day) -> Localized {
            let date = Catalogue.Sheets.date(asOf)
            return Localized(zh: "督办清单（截至\(date.zh)）：没有建有独立党支部的单位",
                             en: "Overdue list as of \(date.en): no site has a branch of its own")
        }

        public static let note = Localized(
            zh: "列出建有独立党支部的单位截至统计日已结束、开展次数少于规范要求的周期（规范见“指标说明”）；按单位编码、规范、周期排列。",
            en: "The periods ended by the as-of date in which a site with a branch held fewer meetings than the norm requires (norms: see Definitions); by site id, norm and period.")

        /// The norms a missing log would have fed (`norms` as `Sheets.norm` names them; `log` as
        /// `Sheets.log`): they are not checked, so they are not in the list.
        public static func notChecked(log: Localized, norms: [Localized]) -> Localized {
            Localized(zh: "缺少\(log.zh)，\(norms.map(\.zh).joined(separator: "、"))未列入清单。",
                      en: "\(log.en) missing: \(norms.map(\.en).joined(separator: ", ")) not checked.")
        }

        public static let count = Localized(zh: "逾期周期数", en: "Periods overdue")
        public static let norm = Localized(zh: "规范", en: "Norm")
        public static let period = Localized(zh: "周期", en: "Period")
        public static let required = Localized(zh: "应开展（次）", en: "Required")
        public static let held = Localized(zh: "实际开展（次）", en: "Held")

        /// A period as the sheet shows it: `2017年5月`, `2017年第2季度`, `2017年`; in English as
        /// the JSON writes it, `2017-05`, `2017-Q2`, `2017`.
        public static func period(_ p: CalendarPeriod) -> Localized {
            let zh = switch p.kind {
            case .month: "\(p.year)年\(p.number)月"
            case .quarter: "\(p.year)年第\(p.number)季度"
            case .year: "\(p.year)年"
            }
            return Localized(zh: zh, en: p.description)
        }
    }
}
