extension Catalogue.Sheets {
    /// The words of the Ranking sheet (排名).
    public enum Ranking {
        /// The title when `marked` sites are on the 末位 list (rules §4.2): how many and why, with
        /// the config's `bottom_n` and `bottom_share` (in millionths).
        public static func title(marked: Int, bottomN: Int, shareMillionths: Int) -> Localized {
            let share = percent(shareMillionths)
            return Localized(
                zh: "综合得分排名（末位\(marked)个单位以红色标出：排名最后且得分低于平均分，至多\(bottomN)个、不超过已排名单位的\(share)）",
                en: "Ranking by score: bottom \(marked) in red (below the mean; at most \(bottomN) and \(share) of ranked sites)")
        }

        /// The title when sites are ranked but none scores below the mean (all equal, say).
        public static let titleNoneBelowMean = Localized(
            zh: "综合得分排名（无末位：没有单位得分低于平均分）",
            en: "Ranking by score (no bottom list: no site scores below the mean)")

        /// The title when `bottom_n` or `bottom_share` is 0.
        public static let titleNoBottomList = Localized(
            zh: "综合得分排名（不列末位：配置中 bottom_n 或 bottom_share 为 0）",
            en: "Ranking by score (no bottom list: bottom_n or bottom_share is 0 in review.yml)")

        /// The title when no site is ranked (the sheet's note says why).
        public static let titleNothingRanked = Localized(
            zh: "综合得分排名（没有单位参加排名，无末位）",
            en: "Ranking by score (no site is ranked: no bottom list)")

        /// A share in millionths as a percentage: 100,000 → `10%`, 125,000 → `12.5%`.
        public static func percent(_ millionths: Int) -> String {
            exact(millionths, unit: 10_000) + "%"
        }

        /// A share in millionths as review.yml writes it: 100,000 → `0.1`, 1,000,000 → `1`.
        public static func decimal(_ millionths: Int) -> String {
            exact(millionths, unit: 1_000_000)
        }

        /// `value ÷ unit` (a power of ten) in decimals, without trailing zeros.
        private static func exact(_ value: Int, unit: Int) -> String {
            var fraction = String(String(value % unit + unit).dropFirst())
            while fraction.hasSuffix("0") { fraction.removeLast() }
            return "\(value / unit)" + (fraction.isEmpty ? "" : "." + fraction)
        }

        /// Two words, so the header wraps and the column stays narrow.
        public static let sanhui = Localized(zh: "三会一课完成率", en: "Sanhui yike")
        public static let partyDay = Localized(zh: "主题党日完成率", en: "Party day")
        public static let bottom = Localized(zh: "末位", en: "Bottom")
        /// The mark of a site on the bottom list.
        public static let bottomMark = Localized(zh: "末位", en: "bottom")
        public static let noBranch = Localized(
            zh: "没有建有独立党支部的单位，无排名。",
            en: "No site has a branch of its own: nothing to rank.")
    }
}
