import Indicators
import Model

private typealias Words = Catalogue.Draft.Words

/// The few words the draft's values carry themselves (group names, units of mixed lists), from
/// `Catalogue.Draft.Words` in the report's language; the sentences around them come from the
/// template.
struct DraftWords {
    let language: ReportLanguage
    var zh: Bool { language == .zh }
    func text(_ localized: Localized) -> String { localized.text(language) }

    /// A headline figure as a phrase and its unit, for the next-year list.
    func headline(_ key: HeadlineKey) -> (label: String, unit: String) {
        let (label, unit) = Words.headline(key)
        return (text(label), text(unit))
    }

    /// A group of a pairwise dimension as the subject of a sentence; another group (a level, a
    /// district) by its own name.
    func group(_ label: String) -> String {
        if let locale = SiteLocale(rawValue: label) { return text(Words.group(locale)) }
        if let ownership = Ownership(rawValue: label) { return text(Words.group(ownership)) }
        return label
    }

    func dimension(_ d: ImbalanceDimension) -> String {
        switch d {
        case .locale: text(Words.betweenLocales)
        case .ownership: text(Words.betweenOwnerships)
        case .level: text(Words.betweenLevels)
        case .district: text(Words.betweenDistricts)
        }
    }

    /// An indicator's name inside a sentence.
    func indicator(_ i: ImbalanceIndicator) -> String {
        switch i {
        case .sanhui_rate: text(Words.sanhuiRate)
        case .party_day_rate: text(Words.partyDayRate)
        case .attendance_rate: text(Words.attendanceRate)
        case .training_hours_per_member: text(Words.trainingHoursPerMember)
        case .lectures_per_100_members: text(Words.lecturesPer100Members)
        case .score: text(Words.score)
        }
    }

    /// A meeting type as the report names it after a count.
    func meeting(_ type: MeetingType) -> String { text(Words.meeting(type)) }

    /// A demonstration level.
    func demoLevel(_ level: DemoLevel) -> String { text(Words.demoLevel(level)) }

    /// The `n`-th point of a part of the report (n ≥ 1): 一是、二是 … 十是、十一是; First, Second
    /// … Twelfth, then 13th.
    func ordinal(_ n: Int) -> String {
        if zh { return Self.chineseNumeral(n) + Words.ordinalSuffixZh }
        let words = Words.ordinalsEn
        if n <= words.count { return words[n - 1] + "," }
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix),"
    }

    /// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九; from 100 on the digits as they are.
    static func chineseNumeral(_ n: Int) -> String {
        let digits = Array("〇一二三四五六七八九")
        guard (1...99).contains(n) else { return String(n) }
        let tens = n / 10, ones = n % 10
        let head = tens == 0 ? "" : (tens == 1 ? "" : String(digits[tens])) + "十"
        return head + (ones == 0 ? "" : String(digits[ones]))
    }

    /// An indicator's value with its unit: 85.3%, 6.9学时, 32.7次, 85.0分.
    func value(_ x: Double, of i: ImbalanceIndicator) -> String {
        switch i {
        case .sanhui_rate, .party_day_rate, .attendance_rate: DraftNumber.percent(x)
        case .training_hours_per_member: DraftNumber.fixedOne(x) + text(Words.hoursUnit)
        case .lectures_per_100_members: DraftNumber.fixedOne(x) + text(Words.timesUnit)
        case .score: DraftNumber.fixedOne(x) + text(Words.pointsUnit)
        }
    }

    /// A difference between two groups with its unit: 7.6个百分点, 2.5学时, 16.7次, 3.8分.
    func difference(_ x: Double, of i: ImbalanceIndicator) -> String {
        switch i {
        case .sanhui_rate, .party_day_rate, .attendance_rate: DraftNumber.points(x) + text(Words.percentagePointsUnit)
        default: value(x, of: i)
        }
    }

    var dash: String { "—" }

    /// A list in running text: 民办学校、农村学校; private schools and rural schools.
    func join(_ items: [String]) -> String {
        if zh || items.count < 2 { return items.joined(separator: "、") }
        return items.dropLast().joined(separator: ", ") + Words.lastItemEn + items.last!
    }
}
