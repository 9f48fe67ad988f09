import Indicators
import Model
import XLSX

private typealias Words = Catalogue.Sheets.Definitions

/// Sheet 7: every indicator, its formula and, for the norms, the rule in force.
struct DefinitionsSheet {
    let data: ReviewData
    let labels: Labels

    func make() -> SheetModel {
        typealias S = Catalogue.Sheets
        let l = labels
        let c = data.config
        let name = l.text(S.definitions)
        let w = SheetBuilder(name: name)
        w.text(data.sheetTitle(l.text(S.definitions)), 0, 0, Styles.title, measure: false)
        w.header([S.indicator, Words.formula, Words.normOrSetting].map(l.text), row: 2)
        var rows: [(Localized, Localized, String)] = []
        for key in NormKey.allCases {
            rows.append((S.normRate(key), Words.normRateFormula, l.text(S.normRule(c.norm(key)))))
        }
        let weights = Dictionary(uniqueKeysWithValues: ScorePart.allCases.map { ($0, NumberText.number(c.weight($0))) })
        rows += [
            (S.indicator(ImbalanceIndicator.sanhui_rate.rawValue), Words.sanhuiFormula, ""),
            (Words.partyDayOnTheDay, Words.partyDayOnTheDayFormula, l.text(Words.partyDay(c.partyDay))),
            (S.indicator(ImbalanceIndicator.attendance_rate.rawValue), Words.attendanceFormula, ""),
            (S.indicator(ImbalanceIndicator.training_hours_per_member.rawValue), Words.trainingFormula,
             l.text(Words.trainingTarget(NumberText.number(c.trainingHoursTarget)))),
            (S.indicator(ImbalanceIndicator.lectures_per_100_members.rawValue), Words.lecturesFormula, ""),
            (S.indicator(ImbalanceIndicator.score.rawValue), Words.scoreFormula(weights),
             l.scoreWeightsNote(data.indicators.scoreWeights, config: c) ?? ""),
            (S.stars, Words.starsFormula(c.starThresholds.prefix(4).map(NumberText.number)), ""),
            (Words.rankAndBottom, Words.rankFormula(bottomN: c.bottomN, shareMillionths: c.bottomShareMillionths),
             "bottom_n: \(c.bottomN), bottom_share: \(S.Ranking.decimal(c.bottomShareMillionths))"),
            (Words.gapRatioP, Words.gapRatioPFormula, ""),
            (S.Imbalance.cv, Words.cvFormula, ""),
            (S.Imbalance.weightedCV, Words.weightedCVFormula, "weight_column: \(c.weightColumn.rawValue)"),
            (S.Imbalance.gini, Words.giniFormula, ""),
            (Words.theilAndShare, Words.theilFormula, ""),
            (Words.inactiveBranches, Words.inactiveBranchesFormula, ""),
            (S.inputFingerprint, Words.fingerprintFormula, ""),
        ]
        for (i, (name, formula, norm)) in rows.enumerated() {
            let row = 3 + i
            w.text(l.text(name), row, 0)
            w.text(l.text(formula), row, 1, Styles.wrapped, measure: false)
            w.text(norm, row, 2, Styles.wrapped)
        }
        w.fix(1, width: 80)
        w.fitColumns(minimum: 10, maximum: 30)
        w.print(title: data.sheetTitle(data.title), repeatRows: 2...2, fit: .onePageWide, labels: l)
        return w.model
    }
}

/// Numbers as a person writes them: 40, 7.5.
enum NumberText {
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
