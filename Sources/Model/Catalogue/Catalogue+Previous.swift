extension Catalogue {
    /// The previous year (rules §4.5): why a log's rows of that year are not compared (code
    /// `previous_year_not_covered`, info on the log's file). `year` is the review year; `upTo`,
    /// in an as-of run, the day of the previous year up to which its rows were counted.
    public enum Previous {
        /// The log had no row of the previous year.
        public static func noRows(_ log: LogKind, year: Int, upTo: Day?) -> Localized {
            Localized(zh: "\(log.chineseName)：没有\(zhRows(year, upTo))，\(zhNoComparison(year))",
                      en: "\(log.rawValue): no rows of \(year - 1)\(enUpTo(upTo)); \(enNoComparison(year))")
        }

        /// Meeting rows in `n` months, fewer than `needed`.
        public static func months(_ n: Int, needed: Int, year: Int, upTo: Day?) -> Localized {
            Localized(zh: "会议记录：\(zhRows(year, upTo))只涉及\(n)个月（至少需要\(needed)个月），\(zhNoComparison(year))",
                      en: "meetings: the \(year - 1) rows\(enUpTo(upTo)) cover \(counted(n, "month")), fewer than the \(needed) needed; \(enNoComparison(year))")
        }

        /// Meeting rows from `n` of the `of` sites with meeting rows in the review year, fewer
        /// than `needed`.
        public static func sites(_ n: Int, of: Int, needed: Int, year: Int, upTo: Day?) -> Localized {
            Localized(zh: "会议记录：\(year)年有会议记录的\(of)个单位中，只有\(n)个有\(zhRows(year, upTo))（至少需要\(needed)个），\(zhNoComparison(year))",
                      en: "meetings: the \(year - 1) rows\(enUpTo(upTo)) come from \(n) of the \(counted(of, "site")) with meetings in \(year), fewer than the \(needed) needed; \(enNoComparison(year))")
        }

        /// Lecture rows in `n` quarters, fewer than `needed`.
        public static func quarters(_ n: Int, needed: Int, year: Int, upTo: Day?) -> Localized {
            Localized(zh: "党课记录：\(zhRows(year, upTo))只涉及\(n)个季度（至少需要\(needed)个季度），\(zhNoComparison(year))",
                      en: "lectures: the \(year - 1) rows\(enUpTo(upTo)) cover \(counted(n, "quarter")), fewer than the \(needed) needed; \(enNoComparison(year))")
        }

        /// No training starting in the previous year.
        public static func noTraining(year: Int, upTo: Day?) -> Localized {
            Localized(zh: "培训记录：没有\(zhYear(year, upTo))开始的培训，\(zhNoComparison(year))",
                      en: "trainings: no training starting in \(year - 1)\(enUpTo(upTo)); \(enNoComparison(year))")
        }

        /// Trainings are compared only when the meetings log covers the year too.
        public static func meetingsNotCovered(year: Int, upTo: Day?) -> Localized {
            Localized(zh: "培训记录：\(zhYear(year, upTo))的会议记录不全，\(zhNoComparison(year))",
                      en: "trainings: the meetings log does not cover \(year - 1)\(enUpTo(upTo)); \(enNoComparison(year))")
        }

        /// `2016年` or `2016年截至6月15日`.
        private static func zhYear(_ year: Int, _ upTo: Day?) -> String {
            "\(year - 1)年" + (upTo.map { "截至\($0.month)月\($0.day)日" } ?? "")
        }

        private static func zhRows(_ year: Int, _ upTo: Day?) -> String { zhYear(year, upTo) + "的记录" }
        private static func zhNoComparison(_ year: Int) -> String { "不与\(year - 1)年比较" }
        private static func enUpTo(_ upTo: Day?) -> String { upTo.map { " up to \($0)" } ?? "" }
        private static func enNoComparison(_ year: Int) -> String { "no comparison with \(year - 1)" }
        private static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    }
}
