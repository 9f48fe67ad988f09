import Foundation
import Ingest
import Model

/// The config loader on `review.yml`'s bytes, then a small inputs folder ingested with what it
/// loaded (so its aliases, column aliases and `annual_meetings_until` are applied).
///
/// Invariants:
/// - loading gives a config or a `ConfigError` at `review.yml`, on a line of the file (when it
///   names one), with a `config_` code and a text in both languages, each one line without
///   control characters;
/// - a loaded config holds only values the loader allows: the year, party day and bottom list in
///   their ranges, a positive finite hours target, finite non-negative weights summing to 100 and
///   targets, four decreasing star thresholds in 0–100, norms of 1–366 a period, alias lines in
///   the file;
/// - ingest with it ends in a result that passes `IngestTarget`'s checks or in a config error.
public enum ConfigTarget: FuzzTarget {
    public static let name = "config"

    public static func check(_ input: [UInt8]) -> [String] {
        var v = Violations()
        let folder: URL
        do {
            folder = try InputsFolder.fresh()
            try Data(input).write(to: folder.appendingPathComponent("review.yml"))
        } catch {
            return ["cannot write the input's files: \(error)"]
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let lineBound = input.lineBreakBytes + 1

        let config: ReviewConfig
        do throws(ConfigError) {
            let (loaded, bytes) = try ConfigLoader.read(path: folder.appendingPathComponent("review.yml").path)
            v.expect(bytes == input, "the bytes read are not the file's")
            config = loaded
        } catch {
            v.expect(error.file == "review.yml", "error names \(error.file)")
            v.expect(error.line.map { (1...lineBound).contains($0) } ?? true, "error at line \(error.line ?? 0) of \(lineBound): \(error)")
            v.expect(error.code.hasPrefix("config_") && !error.text.zh.isEmpty && !error.text.en.isEmpty, "error without code or text: \(error)")
            v.expect(isOneLine(error.rendered(.zh)) && isOneLine(error.rendered(.en)), "an error of more than one line: \(error.rendered(.en).debugDescription)")
            return v.list
        }
        checkRanges(config, lineBound: lineBound, into: &v)

        let files = [("sites.csv", sites), ("meetings.csv", meetings), ("lectures.csv", lectures), ("trainings.csv", trainings)]
            .map { (name: $0.0, bytes: Array($0.1.utf8)) }
        do {
            for file in files { try Data(file.bytes).write(to: folder.appendingPathComponent(file.name)) }
        } catch {
            v.expect(false, "cannot write the input's files: \(error)")
            return v.list
        }
        let outcome = IngestTarget.run(folder.path, config: config, parallelism: .sequential)
        v.expect(outcome.error.map { $0.hasPrefix("review.yml") } ?? true, "ingest fails: \(outcome.error ?? "")")
        IngestTarget.check(outcome, files: files, into: &v)
        return v.list
    }

    static func checkRanges(_ c: ReviewConfig, lineBound: Int, into v: inout Violations) {
        v.expect(c.year.map { (1900...9999).contains($0) } ?? true, "year \(c.year ?? 0)")
        v.expect((1...31).contains(c.partyDay), "party_day \(c.partyDay)")
        v.expect((0...100_000).contains(c.bottomN), "bottom_n \(c.bottomN)")
        v.expect(c.trainingHoursTarget.isFinite && c.trainingHoursTarget > 0, "training_hours_target \(c.trainingHoursTarget)")
        let weights = ScorePart.allCases.map { c.weights[$0] ?? 0 }
        v.expect(weights.allSatisfy { $0.isFinite && $0 >= 0 } && abs(weights.reduce(0, +) - 100) < 1e-6, "weights \(c.weights)")
        let stars = c.starThresholds
        v.expect(stars.count == 4 && stars.allSatisfy { (0...100).contains($0) } && zip(stars, stars.dropFirst()).allSatisfy { $0 >= $1 },
                 "star_thresholds \(stars)")
        v.expect(c.norms.values.allSatisfy { (1...366).contains($0.required) }, "norms \(c.norms)")
        for (key, targets) in [("targets", c.targets), ("next_year_targets", c.nextYearTargets)] {
            v.expect(targets.values.allSatisfy { $0.isFinite && $0 >= 0 }, "\(key) \(targets)")
        }
        let lines = c.aliasLines.values.flatMap(\.values)
        v.expect(lines.allSatisfy { (1...lineBound).contains($0) }, "alias lines \(lines.sorted()) beyond \(lineBound)")
    }

    /// The small inputs folder the config is tried on (with `small`'s sites).
    static let sites = """
        site_id,name,locale,ownership,level,party_members,branches
        JYJ,临江市教育局,城区,公办,机关,40,1
        S001,城关第一小学,城区,公办,小学,20,1
        S002,河口镇中心小学,农村,公办,小学,10,1
        S003,阳光幼儿园,城区,民办,幼儿园,0,0

        """
    static let meetings = """
        日期,单位编码,会议类型,实到人数,应到人数,主题,记录编号
        2017-01-05,JYJ,党委会,9,9,研究部署全年工作,M1
        2017-03-15,S001,支委会,5,5,,M2
        2018-01-20,S001,组织生活会,18,20,,M3
        2018-02-10,S002,民主评议,9,10,,M4
        2017-05-12,S002,三会一课,9,9,,M5

        """
    static let lectures = """
        日期,单位编码,主讲人,主讲人身份,听课人数,学时,主题
        2017-03-01,JYJ,张书记,书记,60,2,学习十九大精神
        2017-02-15,S001,李书记,书记,20,1.5,

        """
    static let trainings = """
        培训编号,培训名称,开始日期,结束日期,单位编码,参训人数,学时,培训对象
        T1,支部书记培训班,2017-04-10,2017-04-12,S001,2,16,支部书记
        T2,党务工作者培训,2017-09-01,2017-09-01,,30,2.5,党务工作者

        """

    /// Every key used, with aliases of each kind.
    static let everyKey = """
        year: 2017
        organisation: 临江市教育局
        title: 临江市教育局2017年度基层党建工作年终评估
        language: en
        party_day: 15
        bottom_n: 5
        training_hours_target: 12.5
        weight_column: students
        imbalance_dimensions: [level, district]
        weights: {sanhui: 40, party_day: 20, attendance: 20, training: 10, org_life: 5, democratic_review: 5}
        star_thresholds: {5: 95, 4: 85, 3: 75, 2: 65}
        norms:
          branch_general: {count: 2, period: quarter}
          lecture: {count: 1, period: year}
        annual_meetings_until: 02-28
        targets: {trainings: 3, visits: 12.5}
        next_year_targets:
          trainings: 4
        aliases:
          columns:
            site_id: [学校代码, 编码]
            attendees: 出席人数
          meeting_type:
            branch_committee: [支部委员会议]
          locale:
            rural: 山区

        """

    public static func seeds(fixtures: URL) throws -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for folder in Fixtures.inputFolders {
            seeds += try Fixtures.files(folder, in: fixtures, extensions: ["yml"]).map(\.bytes)
        }
        seeds += [ConfigTemplate.yaml(language: .zh), ConfigTemplate.yaml(language: .en), everyKey].map { Array($0.utf8) }
        return seeds
    }
}
