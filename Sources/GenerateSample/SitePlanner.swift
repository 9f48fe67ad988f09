import Model

/// Plans the register: the bureau and `count` sites, levels, localities and ownership in the
/// proportions of `Level.quota`, in the register's order (by level; public before private, urban
/// before rural, by district), with ids S0001… in that order.
struct SitePlanner {
    let seed: UInt64
    let count: Int
    var rng: Rng
    var usedNames = Set<String>()
    var streets: [String] = []
    var towns: [String] = []

    init(seed: UInt64, count: Int) {
        self.seed = seed
        self.count = count
        rng = Rng(seed: seed, stream: .sites)
    }

    /// Scales a quota of 300 to `count` by cumulative rounding, so the parts sum to `count`.
    static func apportion(_ weights: [Int], total: Int) -> [Int] {
        let sum = weights.reduce(0, +)
        var result: [Int] = []
        var cumulative = 0, given = 0
        for w in weights {
            cumulative += w
            let upTo = (cumulative * total * 2 + sum) / (2 * sum)
            result.append(upTo - given)
            given = upTo
        }
        return result
    }

    mutating func placeNames() {
        let districts = max(12, count / 25)
        let urbanCount = max(5, districts * 5 / 12)
        var used = Set<String>()
        func take(_ base: [String], _ suffix: String, _ n: Int, _ rng: inout Rng) -> [String] {
            var out: [String] = []
            for name in base where out.count < n { out.append(name); used.insert(name) }
            var attempt = 0
            while out.count < n {
                let a = Names.syllableA[attempt % Names.syllableA.count]
                let b = Names.syllableB[(attempt / Names.syllableA.count) % Names.syllableB.count]
                attempt += 1
                var name = String(a) + String(b) + suffix
                if attempt > Names.syllableA.count * Names.syllableB.count { name = "第\(attempt)" + suffix }
                if used.insert(name).inserted { out.append(name) }
            }
            return out
        }
        streets = take(Names.streets, "街道", urbanCount, &rng)
        towns = take(Names.towns, "镇", districts - urbanCount, &rng)
    }

    mutating func claim(_ candidate: String) -> String? {
        usedNames.insert(candidate).inserted ? candidate : nil
    }

    /// A unique name: the candidate, or failing that numbered variants.
    mutating func unique(_ candidate: String, fallback: (Int) -> String) -> String {
        if let n = claim(candidate) { return n }
        var k = 2
        while true {
            if let n = claim(fallback(k)) { return n }
            k += 1
        }
    }

    mutating func name(for s: Site, ordinal: inout [String: Int]) -> String {
        let city = Names.city
        let townShort = s.district.hasSuffix("镇") ? String(s.district.dropLast()) : s.district
        func next(_ key: String) -> Int {
            let n = (ordinal[key] ?? 0) + 1
            ordinal[key] = n
            return n
        }
        let level = s.level!
        if s.privately {
            let suffix: String
            switch level {
            case .senior: suffix = "高级中学"
            case .vocational: suffix = "职业学校"
            case .junior: suffix = "初级中学"
            case .nineYear: suffix = "实验学校"
            case .primary: suffix = "小学"
            case .special: suffix = "特殊教育学校"
            case .kindergarten: suffix = "幼儿园"
            case .training: suffix = rng.chance(0.6) ? "培训学校" : "教育培训中心"
            case .other: suffix = "教育服务中心"
            }
            let place = s.rural ? s.district : city
            for _ in 0..<6 {
                if let n = claim(place + rng.pick(Names.brands) + suffix) { return n }
            }
            let brand = rng.pick(Names.brands)
            return unique(city + brand + suffix) { city + brand + suffix + "（\($0)）" }
        }
        switch level {
        case .senior:
            if s.rural { return unique(city + townShort + "高级中学") { city + townShort + "第\(Names.chineseNumber($0))高级中学" } }
            let n = next("senior")
            return unique(n == 1 ? city + "第一中学" : city + "第\(Names.chineseNumber(n))中学") { city + "第\($0 + 100)中学" }
        case .vocational:
            let fixed = ["职业技术学校", "中等专业学校", "卫生职业学校", "农业职业学校", "职业教育中心"]
            let n = next("vocational")
            if s.rural { return unique(city + townShort + "职业中学") { city + townShort + "第\(Names.chineseNumber($0))职业中学" } }
            return unique(city + (n <= fixed.count ? fixed[n - 1] : "第\(Names.chineseNumber(n))职业学校")) { city + "第\($0 + 100)职业学校" }
        case .junior:
            if s.rural {
                if let n = claim(s.district + "初级中学") { return n }
                return unique(s.district + rng.pick(Names.villages) + "初级中学") { s.district + "第\(Names.chineseNumber($0))初级中学" }
            }
            let n = next("junior")
            if n == 1, let name = claim(city + "实验初级中学") { return name }
            return unique(city + "第\(Names.chineseNumber(n))初级中学") { city + "第\($0 + 100)初级中学" }
        case .nineYear:
            if s.rural { return unique(s.district + rng.pick(Names.villages) + "学校") { s.district + "第\(Names.chineseNumber($0))九年制学校" } }
            return unique(city + String(s.district.prefix(2)) + "学校") { city + String(s.district.prefix(2)) + "第\(Names.chineseNumber($0))学校" }
        case .primary:
            if s.rural {
                if let n = claim(s.district + "中心小学") { return n }
                return unique(s.district + rng.pick(Names.villages) + "小学") { s.district + "第\(Names.chineseNumber($0))小学" }
            }
            let n = next("primary")
            if n == 1, let name = claim(city + "实验小学") { return name }
            if rng.chance(0.3), let name = claim(city + String(s.district.prefix(2)) + "小学") { return name }
            return unique(city + "第\(Names.chineseNumber(n))小学") { city + "第\($0 + 200)小学" }
        case .special:
            let n = next("special")
            return unique(n == 1 ? city + "特殊教育学校" : city + "启智学校") { city + "第\(Names.chineseNumber($0))特殊教育学校" }
        case .kindergarten:
            if s.rural {
                if let n = claim(s.district + "中心幼儿园") { return n }
                return unique(s.district + rng.pick(Names.villages) + "幼儿园") { s.district + "第\(Names.chineseNumber($0))幼儿园" }
            }
            let n = next("kindergarten")
            if n == 1, let name = claim(city + "实验幼儿园") { return name }
            if n == 2, let name = claim(city + "机关幼儿园") { return name }
            return unique(city + "第\(Names.chineseNumber(n))幼儿园") { city + "第\($0 + 200)幼儿园" }
        case .training:
            let fixed = ["青少年校外活动中心", "少年宫", "青少年宫艺术培训中心"]
            let n = next("training")
            return unique(city + (n <= fixed.count ? fixed[n - 1] : "第\(Names.chineseNumber(n))校外活动中心")) { city + "校外活动中心（\($0)）" }
        case .other:
            let n = next("other")
            return unique(n <= Names.others.count ? Names.others[n - 1] : city + "教育服务中心") { city + "教育服务中心（\($0)）" }
        }
    }

    mutating func plan() -> [Site] {
        placeNames()
        // Slots per level.
        var slots: [Site] = []
        let levelCounts = SitePlanner.apportion(Level.allCases.map { $0.quota.count }, total: count)
        for (level, n) in zip(Level.allCases, levelCounts) where n > 0 {
            let q = level.quota
            let privately = Set(rng.choose((n * q.privately * 2 + q.count) / (2 * q.count), of: n))
            let rural = Set(rng.choose((n * q.rural * 2 + q.count) / (2 * q.count), of: n))
            var group: [Site] = []
            for k in 0..<n {
                var s = Site()
                s.level = level
                s.privately = privately.contains(k)
                s.rural = rural.contains(k)
                if s.rural {
                    s.districtIndex = streets.count + rng.below(towns.count)
                    s.district = towns[s.districtIndex - streets.count]
                } else {
                    // The old town centre holds the most schools.
                    s.districtIndex = rng.chance(0.35) ? 0 : rng.below(streets.count)
                    s.district = streets[s.districtIndex]
                }
                s.index = k   // tie-breaker until the final numbering
                group.append(s)
            }
            group.sort {
                ($0.privately ? 1 : 0, $0.rural ? 1 : 0, $0.districtIndex, $0.index)
                    < ($1.privately ? 1 : 0, $1.rural ? 1 : 0, $1.districtIndex, $1.index)
            }
            slots += group
        }
        let width = max(4, String(count).count)
        var ordinal: [String: Int] = [:]
        var sites: [Site] = [bureauSite()]
        for (i, var s) in slots.enumerated() {
            s.index = i + 1
            let digits = String(i + 1)
            s.id = "S" + String(repeating: "0", count: width - digits.count) + digits
            s.idBytes = Array(s.id.utf8)
            s.name = name(for: s, ordinal: &ordinal)
            counts(&s)
            sites.append(s)
        }
        branchesAndCohorts(&sites)
        behaviour(&sites)
        return sites
    }

    func bureauSite() -> Site {
        var s = Site()
        s.index = 0
        s.id = "JYJ"
        s.idBytes = Array(s.id.utf8)
        s.name = Names.bureau
        s.level = nil
        s.district = streets[0]
        s.members = 48
        s.branches = 4
        s.secretary = "陈卫东"
        s.leaders = ["李建华", "王秀英", "张志刚"]
        return s
    }

    mutating func counts(_ s: inout Site) {
        let level = s.level!
        if let st = level.students {
            var students = rng.int(s.rural ? st.rural.lowerBound : st.urban.lowerBound,
                                   s.rural ? st.rural.upperBound : st.urban.upperBound)
            if s.privately { students = students * 2 / 3 }
            s.students = students
            s.teachers = max(3, Int((Double(students) / st.perTeacher * rng.uniform(0.85, 1.15)).rounded()))
        } else {
            s.teachers = rng.int(12, 60)
        }
        let share = s.privately ? rng.uniform(0.04, 0.13) : level.memberShare * rng.uniform(0.8, 1.2)
        var members = Int((Double(s.teachers!) * share).rounded())
        if members > 80 { members = rng.int(70, 80) }
        s.members = members
    }

    /// Branches, joint branches, founding dates and demonstration sites.
    mutating func branchesAndCohorts(_ sites: inout [Site]) {
        let n = sites.count - 1
        for i in 1...n {
            var s = sites[i]
            if s.members >= 3 {
                s.branches = s.members >= 50 ? rng.int(2, 3) : 1
                if s.privately {
                    if rng.chance(0.8) { s.founded = Day(rng.int(2010, 2016), rng.int(1, 12), rng.int(1, 28)) }
                } else if rng.chance(0.3) {
                    s.founded = Day(rng.int(1985, 2012), rng.int(1, 12), rng.int(1, 28))
                }
                if s.founded != nil && rng.chance(0.15) { s.foundedStyle = .slash }
            } else if s.privately {
                // Small private sites: covered by one of the joint branches, a few by none.
                if s.members > 0 || rng.chance(0.75) {
                    s.jointBranch = "民办学校第\(Names.chineseNumber(1 + s.districtIndex % 3))联合党支部"
                }
            } else {
                s.jointBranch = s.rural ? s.district + "中心学校联合党支部" : Names.city + "城区学校联合党支部"
            }
            sites[i] = s
        }
        // Private branches founded during 2017 (新建民办学校党支部) and two founded in January 2018.
        let privateIDs = (1...n).filter { sites[$0].privately }
        let new2017 = max(1, (n * 10 + 150) / 300), new2018 = max(1, (n * 2 + 150) / 300)
        let chosen = rng.choose(min(privateIDs.count, new2017 + new2018), of: privateIDs.count).map { privateIDs[$0] }
        var order = chosen
        rng.shuffle(&order)
        for (k, i) in order.enumerated() {
            var s = sites[i]
            if s.members < 3 { s.members = rng.int(3, 7) }
            s.branches = 1
            if k < new2017 {
                // Spread over March … November.
                let month = 3 + (k * 9) / max(1, new2017)
                s.founded = Day(2017, month, rng.int(1, daysIn(2017, month)))
                s.jointBranch = ""
            } else {
                s.founded = Day(2018, 1, 3 + 5 * ((k - new2017) % 2) + rng.int(0, 3))
                s.jointBranch = "民办学校第\(Names.chineseNumber(1 + s.districtIndex % 3))联合党支部"
            }
            s.foundedStyle = .iso
            sites[i] = s
        }
        // Demonstration sites: public sites with an established branch, mostly urban.
        let candidates = (1...n).filter { !sites[$0].privately && sites[$0].existedIn2016 }
        var weighted: [Int] = []
        for i in candidates { weighted += Array(repeating: i, count: sites[i].rural ? 1 : 4) }
        let quotas: [(Demo, Int)] = [(.province, max(1, (n * 2 + 150) / 300)), (.city, max(1, (n * 6 + 150) / 300)),
                                     (.county, max(1, (n * 14 + 150) / 300))]
        for (demo, quota) in quotas {
            var given = 0, tries = 0
            while given < quota && tries < quota * 50 && !weighted.isEmpty {
                tries += 1
                let i = rng.pick(weighted)
                if sites[i].demo == .none { sites[i].demo = demo; given += 1 }
            }
        }
    }

    mutating func behaviour(_ sites: inout [Site]) {
        let n = sites.count - 1
        // The bottom group: about 3.5 % of the branch sites, mostly rural or private.
        let branchIDs = (1...n).filter { sites[$0].hasBranch && sites[$0].demo == .none }
        var weighted: [Int] = []
        for i in branchIDs { weighted += Array(repeating: i, count: (sites[i].rural ? 3 : 1) * (sites[i].privately ? 3 : 1)) }
        let bottomCount = max(1, branchIDs.count * 35 / 1000)
        var marked = 0, tries = 0
        while marked < bottomCount && tries < bottomCount * 50 && !weighted.isEmpty {
            tries += 1
            let i = rng.pick(weighted)
            if !sites[i].bottom { sites[i].bottom = true; marked += 1 }
        }
        for i in 1...n {
            var s = sites[i]
            let base: Double, onDay: Double, absence: Double
            switch (s.privately, s.rural) {
            case (false, false): (base, onDay, absence) = (0.93, 0.88, 0.04)
            case (false, true): (base, onDay, absence) = (0.84, 0.68, 0.07)
            case (true, false): (base, onDay, absence) = (0.77, 0.56, 0.09)
            case (true, true): (base, onDay, absence) = (0.69, 0.48, 0.11)
            }
            s.regularity = min(0.99, base + rng.uniform(-0.08, 0.06))
            s.onDay = min(1, max(0, onDay + rng.uniform(-0.1, 0.1)))
            s.absence = absence * rng.uniform(0.6, 1.4)
            if s.demo != .none {
                s.regularity = max(s.regularity, rng.uniform(0.95, 0.995))
                s.onDay = max(s.onDay, 0.9)
            }
            if s.bottom {
                s.regularity = rng.uniform(0.25, 0.45)
                s.onDay = rng.uniform(0.1, 0.4)
                s.absence = rng.uniform(0.15, 0.25)
            }
            s.groups = min(12, max(1, Int((Double(s.members) / 4).rounded())))
            let style = rng.unit()
            s.dateStyle = style < 0.80 ? .iso : style < 0.88 ? .slash : style < 0.95 ? .slashTime : .chinese
            s.usesActivityDayAlias = rng.chance(0.12)
            s.secretary = Names.person(&rng)
            s.leaders = [Names.person(&rng), Names.person(&rng)]
            if !s.hasBranch {
                s.lowMeetings = rng.chance(0.55) ? 0 : rng.int(1, 3)
                s.lowLectures = s.members > 0 && rng.chance(0.1) ? 1 : 0
            }
            sites[i] = s
        }
    }
}
