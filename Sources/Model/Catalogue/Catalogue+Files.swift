extension Catalogue {
    /// The inputs folder and its files (rules §2): which files are read, which are not and how
    /// to name or save them, a log with no readable file, and the errors that stop the run
    /// before a file is read.
    public enum Files {
        // MARK: Files that are not read (diagnostics of whole files)

        /// A `.csv`, `.txt` or `.xlsx` file whose name names no log.
        public static func notALogFile() -> Localized {
            let zhNames = LogKind.allCases.map(\.chineseName), enNames = LogKind.allCases.map(\.fileStem)
            return Localized(
                zh: "未读取：文件名不是日志的名称。日志文件名以\(list(zhNames, .zh, conjunction: "或"))（或 \(list(enNames, .zh, conjunction: "或"))）开头，以 .csv 或 .xlsx 结尾，例如 会议记录.csv、会议记录-2017.xlsx。",
                en: "not read: the name is not a log's. A log's file name starts with \(list(enNames, .en, conjunction: "or")) (or \(list(zhNames, .en, conjunction: "or"))) and ends in .csv or .xlsx: meetings.csv, 会议记录-2017.xlsx")
        }

        /// A workbook of a format that is never read (`.xls`, `.et`, `.xlsm`, `.ods`).
        /// - Parameters:
        ///   - fileExtension: the format's extension, with its dot (`.xls`).
        ///   - csvName: the name to save it under when the file is named for a log (`meetings.csv`).
        public static func formatNotRead(fileExtension: String, csvName: String?) -> Localized {
            if let csvName {
                return Localized(
                    zh: "未读取：不能读取 \(fileExtension) 文件。请在 Excel 或 WPS 中打开，另存为“CSV UTF-8（逗号分隔）”格式的 \(csvName)。",
                    en: "not read: \(fileExtension) files are not read. Open it in Excel or WPS and save it as CSV UTF-8 (\(csvName))")
            }
            return Localized(
                zh: "未读取：不能读取 \(fileExtension) 文件。如是日志，请在 Excel 或 WPS 中打开，另存为“CSV UTF-8（逗号分隔）”格式，并按日志命名，例如 会议记录.csv。",
                en: "not read: \(fileExtension) files are not read. If it is a log, open it in Excel or WPS and save it as CSV UTF-8, named for its log: meetings.csv, 会议记录.csv")
        }

        /// A log other than the register with no file that could be read: it is missing, not
        /// a log of zeros.
        /// - Parameter inputs: the inputs folder as given.
        public static func missingLog(_ log: LogKind, inputs: String) -> Localized {
            let names = (zh: "\(log.chineseName).csv 或 \(log.fileStem).csv", en: "\(log.fileStem).csv or \(log.chineseName).csv")
            let feeds = figuresFed(by: log)
            return Localized(
                zh: "缺少\(log.chineseName)：\(inputs) 中没有可读取的 \(names.zh)。由它得出的数字（\(feeds.zh)）留空，不按 0 计。如有此记录，请将文件命名为 \(names.zh)。",
                en: "no \(log.fileStem) log: \(inputs) holds no \(names.en) that can be read. The figures it feeds (\(feeds.en)) stay empty, not 0. To add it, name the file \(names.en)")
        }

        /// What a missing log leaves empty, in a few words.
        private static func figuresFed(by log: LogKind) -> Localized {
            switch log {
            case .sites:
                Localized(zh: "所有按单位统计的数字", en: "every figure of the sites")
            case .meetings:
                Localized(zh: "各类会议次数、月度调度、会议规范完成率、出勤率及相应得分",
                          en: "the meetings by type, the monthly dispatch, the meeting norms, the attendance rate and their score parts")
            case .lectures:
                Localized(zh: "党课次数、按主讲人身份统计的党课、党课规范完成率及相应得分",
                          en: "the lectures, the lectures by role, the lecture norm and their score parts")
            case .trainings:
                Localized(zh: "培训次数、参训人次、培训学时及相应得分",
                          en: "the trainings, their participants and person-hours, and their score parts")
            }
        }

        // MARK: Errors that stop the run (exit 2); the renderer puts `error:` before them

        /// The inputs folder does not exist.
        public static func noInputsFolder(_ path: String) -> Localized {
            Localized(
                zh: "输入文件夹 \(path) 不存在；请用 --inputs DIR 指定存放日志的文件夹，或运行“annual-review template”新建一个。",
                en: "the inputs folder \(path) does not exist; give the folder holding the logs with --inputs DIR, or run `annual-review template` to start one")
        }

        /// The inputs folder cannot be listed.
        /// - Parameter reason: the system's words.
        public static func cannotList(reason: String) -> Localized {
            Localized(zh: "无法列出输入文件夹中的文件：\(reason)", en: "cannot list the files of the inputs folder: \(reason)")
        }

        /// No file of the register could be read (none is there, or every one was refused).
        public static func noSitesLog(_ path: String) -> Localized {
            let sites = LogKind.sites
            return Localized(
                zh: "\(path) 中没有可读取的 \(sites.chineseName).csv 或 \(sites.fileStem).csv；单位名册是必需的（运行“annual-review template”可得到它的各列）。",
                en: "\(path) has no \(sites.fileStem).csv or \(sites.chineseName).csv that can be read; the register of sites is required (run `annual-review template` for its columns)")
        }

        /// Files of one log with the same stem (ASCII case ignored): an export beside its
        /// source, whose rows would count twice.
        /// - Parameter groups: the files of each stem, in name order; the groups in name order.
        public static func sameLogFileTwice(_ groups: [[String]], inputs: String) -> Localized {
            Localized(
                zh: "同一日志的文件重名：\(groups.map { list($0, .zh, conjunction: "和") }.joined(separator: "；"))。其中的记录会被重复计算（可能一个是另一个导出的副本）：每组只保留一个，把其余的移出 \(inputs)。",
                en: "files of the same log share a name: \(groups.map { list($0, .en, conjunction: "and") }.joined(separator: "; ")). Their rows would count twice (an export beside its source?): keep one of each and move the others out of \(inputs)")
        }

        // MARK: Not read (a file error; the run goes on without the file)

        /// A log's file that cannot be read; `reason` says why.
        public static func notRead(_ reason: Localized) -> Localized {
            Localized(zh: "未读取：无法读取此文件（\(reason.zh)），其中的记录均未计入。",
                      en: "not read: the file cannot be read (\(reason.en)); none of its rows count")
        }

        // MARK: Why (the reason inside the message above)

        /// Why a log's file cannot be read: it is a folder or a device, not a file.
        public static func notARegularFile() -> Localized {
            Localized(zh: "这不是普通文件，可能是同名文件夹", en: "it is not a regular file")
        }

        /// Why a log's file cannot be read: its size changed while it was read.
        public static func changedWhileRead(listed: Int, read: Int) -> Localized {
            Localized(zh: "读取时文件发生了变化，先为 \(listed) 字节，后为 \(read) 字节；请重新运行",
                      en: "it changed while it was read: \(listed) bytes, then \(read); run again")
        }

        /// Why a log's file is not read: with it the log would have more rows than the tool
        /// counts (`limit`, 2,147,483,647).
        public static func tooManyRows(_ log: LogKind, limit: Int) -> Localized {
            Localized(zh: "加上此文件，\(log.chineseName)将超过 \(grouped(limit)) 行，超出本工具能计数的行数",
                      en: "with it the \(log.fileStem) log would pass \(grouped(limit)) rows, the most the tool counts")
        }

        /// `open(2)` failed on `path`; `reason` is the system's words.
        public static func cannotOpen(path: String, reason: String) -> Localized {
            Localized(zh: "\(path)：无法打开：\(reason)", en: "\(path): cannot open: \(reason)")
        }

        /// `read(2)` failed on `path`; `reason` is the system's words.
        public static func readFailed(path: String, reason: String) -> Localized {
            Localized(zh: "\(path)：读取失败：\(reason)", en: "\(path): cannot read: \(reason)")
        }

        /// iconv has no converter from `encoding` to UTF-8; `reason` is the system's words.
        public static func noConverter(encoding: String, reason: String) -> Localized {
            Localized(
                zh: "无法将 \(encoding) 转换为 UTF-8（iconv_open：\(reason)）；请安装系统的 iconv 转换模块（glibc 的 gconv 模块）",
                en: "cannot convert \(encoding) to UTF-8 (iconv_open: \(reason)); install the system's iconv converters (glibc's gconv modules)")
        }

        // MARK: Words

        /// `2,147,483,647`: digits in groups of three.
        private static func grouped(_ number: Int) -> String {
            var digits = String(number)
            var i = digits.count - 3
            while i > 0 {
                digits.insert(",", at: digits.index(digits.startIndex, offsetBy: i))
                i -= 3
            }
            return digits
        }

        /// `a, b and c` / `a、b和c`: the items with the last two joined by `conjunction`.
        private static func list(_ items: [String], _ language: ReportLanguage, conjunction: String) -> String {
            guard items.count > 1 else { return items.first ?? "" }
            let separator = language == .zh ? "、" : ", "
            let spaced = language == .zh && !(items.last!.first?.isASCII ?? false) ? conjunction : " \(conjunction) "
            return items.dropLast().joined(separator: separator) + spaced + items.last!
        }
    }
}
