import Model
/// Meeting types in the order of their table in rules §2.
enum MType: Int, CaseIterable {
    case partyCommittee, specialMeeting, studySession, branchGeneral, branchCommittee, partyGroup,
         partyDay, orgLife, democraticReview, talk, visit, other

    var meetingType: MeetingType {
        switch self {
        case .partyCommittee: .party_committee
        case .specialMeeting: .special_meeting
        case .studySession: .study_session
        case .branchGeneral: .branch_general
        case .branchCommittee: .branch_committee
        case .partyGroup: .party_group
        case .partyDay: .party_day
        case .orgLife: .org_life
        case .democraticReview: .democratic_review
        case .talk: .talk
        case .visit: .visit
        case .other: .other
        }
    }
}

/// The 会议类型 cells written: the Chinese name (first alias) of each type, plus the second alias
/// that some offices use (中心组学习, 党员活动日, 调研指导).
enum TypeLabel {
    static let texts: [[UInt8]] = (MType.allCases.map(\.meetingType.chineseName) + [
        MeetingType.study_session.chineseAliases[1], MeetingType.party_day.chineseAliases[1], MeetingType.visit.chineseAliases[1],
    ]).map { Array($0.utf8) }

    static func primary(_ t: MType) -> UInt8 { UInt8(t.rawValue) }
    static let centreGroup: UInt8 = 12
    static let activityDay: UInt8 = 13
    static let visitGuidance: UInt8 = 14
}

/// Topic texts by kind (a meeting type, or a lecture) and period, so that a topic names only what
/// had happened by its date: 两学一做 from its plan (28 February 2016), the Sixth Plenum (24–27
/// October 2016) and the national conference on ideological work in universities (7–8 December
/// 2016) after them, 两学一做's 常态化制度化 in 2017, the 19th Party Congress (18–24 October 2017)
/// only after it; a year's 组织生活会 and 民主评议党员 are named after the year they review.
final class Topics {
    /// Periods: 0 = 2016 before 两学一做, 1 = 2016 from 两学一做, 2 = 2016 after the Sixth Plenum,
    /// 3 = 2016 after the universities' conference, 4 = 2017 before the Congress closed, 5 = after,
    /// 6 = 2018 on.
    static func period(_ d: Day) -> Int {
        if d.year <= 2016 {
            return d.packed < 2016_02_29 ? 0 : d.packed < 2016_10_28 ? 1 : d.packed < 2016_12_09 ? 2 : 3
        }
        if d.year >= 2018 { return 6 }
        return d.packed < 2017_10_25 ? 4 : 5
    }
    static let periods = 7

    static let lectureKind = MType.allCases.count
    static let bureauLectureKind = lectureKind + 1
    static let kinds = bureauLectureKind + 1

    private(set) var bytes: [[UInt8]] = []
    private var pools: [[[Int32]]] = Array(repeating: Array(repeating: [], count: Topics.periods), count: Topics.kinds)
    /// 召开支部成立大会… — the first meeting of a branch founded in the logs' span.
    private(set) var founding: Int32 = 0

    init() {
        // Period masks. A pick draws an index into its pool, so the pools of 2017 and 2018 keep
        // their members and order whatever is added for 2016: the year's rows keep their topics.
        let early16 = 0b000_0001, twoStudies16 = 0b000_0010, plenum16 = 0b000_0100, universities16 = 0b000_1000
        let pre = 0b001_0000, post = 0b010_0000, y18 = 0b100_0000
        let all = 0b111_1111, late16 = plenum16 | universities16
        let from16 = twoStudies16 | late16, after = post | y18, in17 = pre | post
        let table: [(MType?, Int, Int, String)] = [
            // 党委会
            (.partyCommittee, 0, all, "研究基层党组织建设工作"),
            (.partyCommittee, 0, all, "研究干部选拔任用工作"),
            (.partyCommittee, 0, all, "研究党风廉政建设和反腐败工作"),
            (.partyCommittee, 0, all, "研究民办学校党组织建设工作"),
            (.partyCommittee, 0, all, "研究意识形态工作责任制落实情况"),
            (.partyCommittee, 0, all, "研究年度发展党员计划"),
            (.partyCommittee, 0, twoStudies16, "研究部署\"两学一做\"学习教育工作"),
            (.partyCommittee, 0, late16, "传达学习党的十八届六中全会精神"),
            (.partyCommittee, 0, early16, "研究部署2016年全市教育系统党建工作"),
            (.partyCommittee, 0, pre, "研究部署2017年全市教育系统党建工作"),
            (.partyCommittee, 0, pre, "研究推进\"两学一做\"学习教育常态化制度化"),
            (.partyCommittee, 0, pre, "研究迎接党的十九大胜利召开相关工作"),
            (.partyCommittee, 0, post, "传达学习党的十九大精神"),
            (.partyCommittee, 0, post, "研究部署学习宣传贯彻党的十九大精神工作"),
            (.partyCommittee, 0, post, "研究年度党建工作考核方案"),
            (.partyCommittee, 0, y18, "研究部署2018年全市教育系统党建工作"),
            // 专题会
            (.specialMeeting, 0, all, "全面从严治党专题会"),
            (.specialMeeting, 0, all, "党风廉政建设专题会"),
            (.specialMeeting, 0, all, "意识形态工作专题会"),
            (.specialMeeting, 0, all, "民办学校党建工作推进会"),
            (.specialMeeting, 0, all, "基层党组织标准化建设专题会"),
            (.specialMeeting, 0, all, "党建工作督查情况通报会"),
            (.specialMeeting, 0, all, "师德师风建设专题会"),
            (.specialMeeting, 0, from16, "\"两学一做\"学习教育推进会"),
            (.specialMeeting, 0, pre, "\"两学一做\"学习教育常态化制度化推进会"),
            (.specialMeeting, 0, post, "学习宣传贯彻党的十九大精神专题会"),
            (.specialMeeting, 0, post, "党建工作年终考核部署会"),
            // 专题学习研讨
            (.studySession, 0, all, "学习习近平总书记系列重要讲话精神"),
            (.studySession, 0, all, "学习《中国共产党廉洁自律准则》"),
            (.studySession, 0, all, "学习《中国共产党纪律处分条例》"),
            (.studySession, 0, late16, "学习党的十八届六中全会精神"),
            (.studySession, 0, universities16, "学习全国高校思想政治工作会议精神"),
            (.studySession, 0, in17 | y18, "学习《关于新形势下党内政治生活的若干准则》"),
            (.studySession, 0, in17 | y18, "学习《中国共产党党内监督条例》"),
            (.studySession, 0, pre, "学习贯彻省第十一次党代会精神"),
            (.studySession, 0, pre, "学习习近平总书记\"7·26\"重要讲话精神"),
            (.studySession, 0, after, "学习党的十九大报告"),
            (.studySession, 0, after, "学习新修订的《中国共产党章程》"),
            (.studySession, 0, after, "学习习近平新时代中国特色社会主义思想"),
            // 支部党员大会
            (.branchGeneral, 0, all, "传达学习上级会议精神"),
            (.branchGeneral, 0, all, "讨论接收预备党员"),
            (.branchGeneral, 0, all, "讨论预备党员转正"),
            (.branchGeneral, 0, all, "通报支部工作情况"),
            (.branchGeneral, 0, all, "学习党章党规"),
            (.branchGeneral, 0, all, "学党章党规、学系列讲话,做合格党员"),
            (.branchGeneral, 0, all, "开展党员承诺践诺活动"),
            (.branchGeneral, 0, in17, "选举产生新一届支部委员会"),
            (.branchGeneral, 0, pre, "迎接党的十九大胜利召开"),
            (.branchGeneral, 0, after, "学习贯彻党的十九大精神"),
            (.branchGeneral, 0, after, "学习新党章"),
            (.branchGeneral, 0, twoStudies16, "部署\"两学一做\"学习教育"),
            (.branchGeneral, 0, late16, "传达学习党的十八届六中全会精神"),
            // 支委会
            (.branchCommittee, 0, all, "研究支部月度工作"),
            (.branchCommittee, 0, all, "研究发展党员工作"),
            (.branchCommittee, 0, all, "研究党费收缴工作"),
            (.branchCommittee, 0, all, "研究主题党日活动方案"),
            (.branchCommittee, 0, all, "讨论入党积极分子培养工作"),
            (.branchCommittee, 0, all, "研究党员教育管理工作"),
            (.branchCommittee, 0, all, "研究支部工作计划, 部署近期工作"),
            (.branchCommittee, 0, all, "研究组织生活会准备工作"),
            (.branchCommittee, 0, after, "研究学习贯彻党的十九大精神工作安排"),
            // 党小组会
            (.partyGroup, 0, all, "学习党章"),
            (.partyGroup, 0, all, "学习习近平总书记系列重要讲话"),
            (.partyGroup, 0, all, "交流学习体会"),
            (.partyGroup, 0, all, "开展批评与自我批评"),
            (.partyGroup, 0, all, "学习《中国共产党纪律处分条例》"),
            (.partyGroup, 0, all, "学习先进典型事迹"),
            (.partyGroup, 0, all, "讨论师德师风建设"),
            (.partyGroup, 0, all, "学习党报党刊"),
            (.partyGroup, 0, all, "交流争做\"四有\"好老师心得"),
            (.partyGroup, 0, from16, "两学一做学习教育"),
            (.partyGroup, 0, pre, "两学一做学习教育常态化制度化"),
            (.partyGroup, 0, after, "学习党的十九大报告"),
            (.partyGroup, 0, after, "交流学习十九大精神心得体会"),
            // 主题党日
            (.partyDay, 0, all, "重温入党誓词"),
            (.partyDay, 0, all, "缴纳党费, 重温入党誓词"),
            (.partyDay, 0, all, "参观革命传统教育基地"),
            (.partyDay, 0, all, "党员志愿服务进社区"),
            (.partyDay, 0, all, "学习身边先进典型"),
            (.partyDay, 0, all, "开展党员示范岗活动"),
            (.partyDay, 0, all, "党员结对帮扶学困生"),
            (.partyDay, 0, all, "走访慰问困难党员"),
            (.partyDay, 0, in17 | y18, "开展\"不忘初心、牢记使命\"主题党日活动"),
            (.partyDay, 0, from16, "两学一做学习教育"),
            (.partyDay, 0, pre, "两学一做学习教育常态化制度化"),
            (.partyDay, 0, after, "学习宣传党的十九大精神"),
            (.partyDay, 0, after, "聆听党的十九大精神宣讲"),
            // 组织生活会 and 民主评议党员: named after the year they review.
            (.orgLife, 0, late16 | pre, "2016年度组织生活会"),
            (.orgLife, 0, late16 | pre, "\"两学一做\"专题组织生活会"),
            (.orgLife, 0, post | y18, "2017年度组织生活会"),
            (.orgLife, 0, post | y18, "2017年度组织生活会暨民主评议党员"),
            (.democraticReview, 0, late16 | pre, "2016年度民主评议党员"),
            (.democraticReview, 0, post | y18, "2017年度民主评议党员"),
            (.orgLife, 0, early16, "2015年度组织生活会"),
            (.democraticReview, 0, early16, "2015年度民主评议党员"),
            // 谈心谈话
            (.talk, 0, all, "支部书记与党员谈心谈话"),
            (.talk, 0, all, "与新入职党员教师谈心谈话"),
            (.talk, 0, all, "与入党积极分子谈心谈话"),
            (.talk, 0, all, "与困难党员谈心谈话"),
            (.talk, 0, all, "组织生活会前谈心谈话"),
            (.talk, 0, all, "与退休党员谈心谈话"),
            // 其他
            (.other, 0, all, "党员信息采集"),
            (.other, 0, all, "党费收缴"),
            (.other, 0, all, "\"七一\"表彰大会"),
            (.other, 0, all, "党员志愿服务"),
            (.other, 0, all, "发展党员公示"),
            (.other, 0, all, "党建工作自查"),
            (.other, 0, all, "入党积极分子培训"),
            // 党课 of the sites
            (nil, Topics.lectureKind, all, "不忘初心 牢记使命"),
            (nil, Topics.lectureKind, all, "做\"四有\"好老师"),
            (nil, Topics.lectureKind, all, "坚定理想信念, 争做合格党员"),
            (nil, Topics.lectureKind, all, "学习党章 遵守党章"),
            (nil, Topics.lectureKind, all, "践行社会主义核心价值观"),
            (nil, Topics.lectureKind, all, "全面从严治党永远在路上"),
            (nil, Topics.lectureKind, all, "发挥党员先锋模范作用"),
            (nil, Topics.lectureKind, all, "加强师德师风建设"),
            (nil, Topics.lectureKind, all, "学习习近平总书记系列重要讲话精神"),
            (nil, Topics.lectureKind, from16, "纪念红军长征胜利80周年"),
            (nil, Topics.lectureKind, late16, "学习党的十八届六中全会精神"),
            (nil, Topics.lectureKind, pre, "两学一做 知行合一"),
            (nil, Topics.lectureKind, after, "学习贯彻党的十九大精神"),
            (nil, Topics.lectureKind, after, "弘扬红船精神 走在时代前列"),
            (nil, Topics.lectureKind, from16, "学党章党规、学系列讲话, 做合格党员"),
            // 党课 of the bureau's secretary and leaders
            (nil, Topics.bureauLectureKind, all, "落实全面从严治党主体责任"),
            (nil, Topics.bureauLectureKind, all, "守纪律 讲规矩 做合格党员"),
            (nil, Topics.bureauLectureKind, all, "加强民办学校党建工作"),
            (nil, Topics.bureauLectureKind, all, "以党建引领教育事业发展"),
            (nil, Topics.bureauLectureKind, from16, "深入开展\"两学一做\"学习教育"),
            (nil, Topics.bureauLectureKind, pre, "推进\"两学一做\"学习教育常态化制度化"),
            (nil, Topics.bureauLectureKind, after, "以党的十九大精神引领教育事业发展"),
            (nil, Topics.bureauLectureKind, after, "做新时代合格共产党员"),
        ]
        for (type, kind, mask, text) in table {
            let k = type?.rawValue ?? kind
            let index = add(text)
            for period in 0..<Topics.periods where mask & (1 << period) != 0 {
                pools[k][period].append(index)
            }
        }
        founding = add("召开支部成立大会，选举产生支部委员会")
    }

    func add(_ text: String) -> Int32 {
        bytes.append(Array(text.utf8))
        return Int32(bytes.count - 1)
    }

    func pick(kind: Int, _ day: Day, _ rng: inout Rng) -> Int32 {
        let pool = pools[kind][Topics.period(day)]
        return pool.isEmpty ? -1 : pool[rng.below(pool.count)]
    }

    func pick(_ type: MType, _ day: Day, _ rng: inout Rng) -> Int32 {
        pick(kind: type.rawValue, day, &rng)
    }
}

/// Name pools. All fictional: 澜江市 is not a real city.
enum Names {
    static let city = "澜江市"
    static let bureau = "澜江市教育局"
    static let streets = ["城关街道", "江南街道", "滨江街道", "东城街道", "西城街道"]
    static let towns = ["青石镇", "柳河镇", "白沙镇", "龙泉镇", "桃源镇", "长岭镇", "河口镇"]
    /// Syllables for further place names in scale mode.
    static let syllableA = Array("青柳白龙桃长河石双黄马高新杨枫金三大云凤鹤松梅兰竹清平安永福")
    static let syllableB = Array("石河沙泉源岭口门溪岗坪桥林山江湾台田塘店")
    static let villages = [
        "李家", "王庄", "河西", "杨柳", "石桥", "新村", "东岗", "西岭", "南湾", "北坡", "团结", "红星",
        "长丰", "永安", "太平", "和平", "丰收", "曙光", "前进", "张湾", "刘集", "高庙", "枫树", "竹园",
        "梅岭", "荷塘", "三合", "双河", "五里", "马鞍", "金鸡", "桥头", "沙坪", "溪口", "坪上", "茶园",
        "清水", "柏树", "槐花", "杏林",
    ]
    static let brands = [
        "金色摇篮", "小天使", "育才", "博文", "启明星", "童之梦", "阳光宝贝", "蓝天", "七彩虹", "英才",
        "贝乐", "智慧树", "新星", "明德", "伟才", "思源", "睿智", "星辰", "培英", "求知", "华英", "致远",
        "远航", "青苗", "春蕾", "晨曦", "红黄蓝", "小精灵", "快乐岛", "爱心", "书香", "乐学", "博雅",
        "弘毅", "至善", "新希望", "未来星", "东方", "精英", "优才",
    ]
    static let others = [
        "澜江市教学研究室", "澜江市电化教育馆", "澜江市教师进修学校", "澜江市教育考试中心",
        "澜江市学生资助管理中心", "澜江市教育装备中心", "澜江市教育信息中心", "澜江市招生办公室",
        "澜江市教育会计核算中心", "澜江市勤工俭学管理办公室", "澜江市教育基建办公室",
        "澜江市关心下一代工作委员会办公室", "澜江市教育督导室",
    ]
    static let surnames = Array(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤")
    static let given = Array(
        "建国华明伟芳丽军平红英敏静强磊洋艳勇杰娟涛超霞秀兰春燕文辉林海波玲梅鹏斌宇浩凯丹萍婷雪琴晶慧志刚立新卫东晓忠荣德俊宏庆永玉桂云金成福生龙凤")

    static func person(_ rng: inout Rng) -> String {
        var s = String(rng.pick(surnames))
        s.append(rng.pick(given))
        if rng.chance(0.7) { s.append(rng.pick(given)) }
        return s
    }

    /// 一 … 九十九; larger numbers in Arabic digits.
    static func chineseNumber(_ n: Int) -> String {
        let digits = Array("〇一二三四五六七八九")
        guard n > 0 && n < 100 else { return String(n) }
        if n < 10 { return String(digits[n]) }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : String(digits[tens])) + "十" + (ones == 0 ? "" : String(digits[ones]))
    }
}
