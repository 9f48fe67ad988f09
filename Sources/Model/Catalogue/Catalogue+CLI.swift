extension Catalogue {
    /// The command line's own messages (rules §6): usage errors, the paths the commands write
    /// to, and the lines `build`, `validate`, `check` and `template` print. Commands, options,
    /// paths and file names stay as they are typed, in both languages. The word `error: ` and the
    /// program's name before a summary are put around these texts by the commands.
    public enum CLI {
        // MARK: Usage

        /// A command that does not exist, with the nearest one when there is one.
        public static func unknownCommand(_ written: String, nearest: String?, commands: [String]) -> Localized {
            if let nearest {
                return Localized(zh: "未知命令“\(written)”；是否应为 \(nearest)？",
                                 en: "unknown command \"\(written)\"; did you mean \(nearest)?")
            }
            return Localized(zh: "未知命令“\(written)”；可用的命令：\(commands.joined(separator: "、"))",
                             en: "unknown command \"\(written)\"; the commands are \(commands.joined(separator: ", "))")
        }

        /// An option `command` does not have, with the nearest one when there is one.
        public static func unknownOption(_ written: String, command: String, nearest: String?) -> Localized {
            if let nearest {
                return Localized(zh: "未知选项“\(written)”；是否应为 \(nearest)？",
                                 en: "unknown option \"\(written)\"; did you mean \(nearest)?")
            }
            return Localized(zh: "\(command) 命令没有选项“\(written)”；可用的选项见 annual-review \(command) --help",
                             en: "unknown option \"\(written)\" for \(command); see annual-review \(command) --help")
        }

        public static func missingValue(_ option: String, command: String) -> Localized {
            Localized(zh: "\(option) 后面缺少取值", en: "\(option) needs a value") + seeHelp(command)
        }

        /// A value outside the option's list.
        public static func valueNotAllowed(_ option: String, value: String, allowed: [String]) -> Localized {
            Localized(zh: "\(option) 的值“\(value)”不可用；可用：\(allowed.joined(separator: "、"))",
                      en: "\(option) does not take \"\(value)\"; use one of \(allowed.joined(separator: ", "))")
        }

        /// A value the option cannot read (a year that is not a number).
        public static func invalidValue(_ option: String, value: String, command: String) -> Localized {
            Localized(zh: "\(option) 的值“\(value)”无效", en: "\(option) does not take \"\(value)\"") + seeHelp(command)
        }

        /// A word that is neither a command nor an option nor an option's value.
        public static func unexpectedArgument(_ argument: String, command: String) -> Localized {
            Localized(zh: "多余的参数“\(argument)”；\(command) 命令只接受选项（见 annual-review \(command) --help）",
                      en: "unexpected argument \"\(argument)\"; \(command) takes only options (see annual-review \(command) --help)")
        }

        public static func threadsOutOfRange(_ threads: Int) -> Localized {
            Localized(zh: "--threads \(threads)：线程数应为 1 到 64",
                      en: "--threads \(threads): give a number of threads from 1 to 64")
        }

        public static func notAYear(_ year: Int) -> Localized {
            Localized(zh: "--year \(year) 不是年份；请写四位数字，如 --year 2017",
                      en: "--year \(year) is not a year; give four digits, e.g. --year 2017")
        }

        public static func configFileMissing(_ path: String) -> Localized {
            Localized(zh: "配置文件 \(path) 不存在；请检查 --config",
                      en: "the config file \(path) does not exist; check --config")
        }

        // MARK: The review year and the inputs (`inputs` is the inputs folder as given)

        public static func noReviewYear(inputs: String) -> Localized {
            Localized(zh: "\(inputs) 中没有通过检查的会议记录行，无法确定评估年度；请用 --year 指定，如 --year 2017",
                      en: "no meeting row in \(inputs) passed the checks, so the review year cannot be chosen; give it with --year YYYY")
        }

        /// No log has a kept row of `year`; `years` are the years that have some, ascending.
        public static func noDataForYear(_ year: Int, inputs: String, years: [Int]) -> Localized {
            let found = years.isEmpty
                ? Localized(zh: "各记录表都没有通过检查的行", en: "no log has an accepted row of any year")
                : Localized(zh: "记录表中有 \(years.map(String.init).joined(separator: "、")) 年度的行",
                            en: "the logs have rows of \(years.map(String.init).joined(separator: ", "))")
            return Localized(zh: "\(inputs) 中没有 \(year) 年度的数据：\(found.zh)；请用 --year 另选年度，或修改配置中的 year",
                             en: "no data for \(year) in \(inputs): \(found.en); give another --year or change the config's year")
        }

        /// The inputs folder's report-draft template, reported at its path.
        public static let draftTemplateNotUTF8 = Localized(
            zh: "述职要点模板不是 UTF-8 文本；请另存为 UTF-8",
            en: "the report-draft template is not UTF-8; save it as UTF-8")

        /// The inputs folder's report-draft template is there but cannot be read; `reason` is the
        /// system's. Reported at its path.
        public static func draftTemplateUnreadable(reason: String) -> Localized {
            Localized(zh: "无法读取述职要点模板：\(reason)；请检查文件权限，或移走它以使用内置模板",
                      en: "cannot read the report-draft template: \(reason); check its permissions, or move it away to use the built-in one")
        }

        /// The inputs folder's report-draft template is a folder, a pipe or a device.
        public static let draftTemplateNotAFile = Localized(
            zh: "述职要点模板不是普通文件；请换成模板文件，或移走它以使用内置模板",
            en: "the report-draft template is not a regular file; put the template file there, or move it away to use the built-in one")

        /// The progress of reading, rewritten in place: the file, its number among `files` when
        /// there are several, the rows read and the megabytes read of its size (numbers as shown).
        public static func progress(file: String, number: Int, of files: Int, rows: String, read: String, size: String) -> Localized {
            let zhPart = files > 1 ? "（\(number)/\(files)）" : "", enPart = files > 1 ? " (\(number)/\(files))" : ""
            return Localized(zh: "\(file)\(zhPart)：已读 \(rows) 行，\(read) / \(size) MB",
                             en: "\(file)\(enPart): \(rows) rows, \(read) of \(size) MB")
        }

        // MARK: Where the commands write (`option` is the option that chooses the place)

        /// `blocker` is the file in the way: the folder itself (nil) or one above it.
        public static func notAFolder(_ folder: String, blocker: String?, option: String) -> Localized {
            cannotWriteInto(folder, Localized(zh: "\(blocker.map { "\($0) " } ?? "它")是文件，不是文件夹",
                                              en: "\(blocker ?? "it") is a file, not a folder"),
                            fix: orChooseAnother(moveItAway, option))
        }

        public static func folderMissing(_ folder: String, option: String) -> Localized {
            Localized(zh: "文件夹 \(folder) 不存在；", en: "the folder \(folder) does not exist; ")
                + orChooseAnother(Localized(zh: "请先建立", en: "create it"), option)
        }

        /// `readOnly` is the folder that is read-only: the folder itself (nil) or one above it.
        public static func folderReadOnly(_ folder: String, readOnly: String?, option: String) -> Localized {
            let which = readOnly.map { Localized(zh: "文件夹 \($0) ", en: "the folder \($0)") } ?? Localized(zh: "该文件夹", en: "the folder")
            return cannotWriteInto(folder, Localized(zh: "\(which.zh)是只读的", en: "\(which.en) is read-only"),
                                   fix: orChooseAnother(Localized(zh: "请检查权限", en: "check its permissions"), option))
        }

        /// A file option given a folder; `example` is a file in it to suggest.
        public static func optionIsAFolder(_ option: String, path: String, example: String) -> Localized {
            isAFolder("\(option) \(path)", fix: Localized(zh: "请给出文件名，如 \(option) \(example)",
                                                          en: "give a file name, e.g. \(option) \(example)"))
        }

        public static func workbookIsAFolder(_ path: String) -> Localized {
            isAFolder(path, fix: Localized(zh: "请移走它，或用 --out 给出工作簿的文件名",
                                           en: "move it away or give the workbook's file name with --out"))
        }

        /// `reason` is the operating system's.
        public static func cannotCreateFolder(_ folder: String, reason: String) -> Localized {
            Localized(zh: "无法建立文件夹 \(folder)：\(reason)；", en: "cannot create the folder \(folder): \(reason); ")
                + orChooseAnother(Localized(zh: "请手动建立", en: "create it"), "--out")
        }

        public static func cannotWrite(_ path: String, reason: String) -> Localized {
            cannotWrite(path, reason: Localized(zh: reason, en: reason))
        }

        /// `无法写入 r.xlsx：…`, `reason` in the message's language.
        public static func cannotWrite(_ path: String, reason: Localized) -> Localized {
            Localized(zh: "无法写入 \(path)：\(reason.zh)", en: "cannot write \(path): \(reason.en)")
        }

        // MARK: Outputs that would replace an input or each other (rules §6)

        /// What an output is, named in a message.
        public enum OutputRole {
            public static let workbook = Localized(zh: "工作簿", en: "the workbook")
            public static let draft = Localized(zh: "述职要点", en: "the draft")
            public static let json = Localized(zh: "JSON 摘要", en: "the JSON summary")
        }

        /// An output whose path is a file the run reads; `input` as the run names it.
        public static func outputIsInput(_ role: Localized, path: String, input: String, option: String) -> Localized {
            let same = input == path
            return willNotWrite(role, to: path, Localized(zh: "它是本次读取的输入文件\(same ? "" : " \(input)")",
                                                          en: "it is \(same ? "an input" : "the input \(input)") this run reads"), option: option)
        }

        /// An output whose path is another output's.
        public static func outputsCollide(_ role: Localized, path: String, other: Localized, otherPath: String, option: String) -> Localized {
            willNotWrite(role, to: path, Localized(zh: "它与\(other.zh) \(otherPath) 是同一个文件",
                                                   en: "it is the same file as \(other.en) \(otherPath)"), option: option)
        }

        // MARK: build

        public static func strictRejected(_ rows: Int) -> Localized {
            Localized(zh: "有 \(rows) 行被拒绝（--strict）；未写出报告",
                      en: "\(rows) rejected rows (--strict); no report written")
        }

        /// Problems beyond those printed; the Data quality sheet lists the first `listed` of each log.
        public static func moreProblems(_ count: Int, listed: Int) -> Localized {
            Localized(zh: "……另有 \(count) 个问题未列出：annual-review validate 可列出全部；工作簿的“数据质量”表列出每个记录表的前 \(listed) 个",
                      en: "… and \(count) more problems: `annual-review validate` lists them all; the workbook's Data quality sheet lists the first \(listed) of each log")
        }

        /// The last line of a build: the year, the rows and what was written in how long.
        public static func built(year: Int, accepted: Int, rejected: Int, workbook: String, draft: String, seconds: String) -> Localized {
            Localized(zh: "\(year)年度：接受 \(accepted) 行，拒绝 \(rejected) 行；已写出 \(workbook) 和 \(draft)，用时 \(seconds) 秒",
                      en: "\(year): \(accepted) rows accepted, \(rejected) rejected; wrote \(workbook) and \(draft) in \(seconds) s")
        }

        // MARK: validate

        /// How a log's rows add up (rules §3) for the review year.
        public static func reconciliation(log: String, read: Int, accepted: Int, rejected: Int, outOfPeriod: Int,
                                          year: Int, warnings: Int) -> Localized {
            Localized(zh: "\(log)：读取 \(read) = 接受 \(accepted) + 拒绝 \(rejected) + 非本年度 \(outOfPeriod)（\(year)年度）；\(warnings) 行有警告",
                      en: "\(log): read \(read) = accepted \(accepted) + rejected \(rejected) + out of period \(outOfPeriod) (year \(year)); \(warnings) with warnings")
        }

        // MARK: check

        public static func reportMissing(_ path: String) -> Localized {
            Localized(zh: "\(path) 不存在；请先运行 annual-review build",
                      en: "\(path) does not exist; run `annual-review build` first")
        }

        public static func reportIsAFolder(_ path: String, example: String) -> Localized {
            isAFolder("--report \(path)", fix: Localized(zh: "请给出工作簿的文件名，如 \(example)",
                                                        en: "give the workbook's file name, e.g. \(example)"))
        }

        /// The committed workbook, or the draft beside it, is a pipe, a device or a socket.
        public static func reportNotAFile(_ path: String) -> Localized {
            Localized(zh: "\(path) 不是普通文件（是管道或设备等），无法比较；请给出已提交报告的文件路径",
                      en: "\(path) is not a regular file (a pipe, a device …) and cannot be compared; give the committed report's file")
        }

        /// The committed workbook cannot be read; `problem` says why.
        public static func unreadableReport(_ problem: Localized) -> Localized {
            Localized(zh: "\(problem.zh)；请用 annual-review build 重新生成",
                      en: "\(problem.en); rebuild it with `annual-review build`")
        }

        public static func reportOfAnotherYear(_ path: String, year: Int, reviewYear: Int, expected: String) -> Localized {
            Localized(zh: "\(path) 是 \(year) 年度的报告，而输入的评估年度是 \(reviewYear)；请加 --year \(year) 检查它，或检查 \(expected)",
                      en: "\(path) is the report for \(year), but the inputs give the review year \(reviewYear); check it with --year \(year), or check \(expected)")
        }

        public static func cannotCreateTemporaryFolder(_ folder: String, reason: String) -> Localized {
            Localized(zh: "无法建立临时文件夹 \(folder)：\(reason)",
                      en: "cannot create a temporary folder \(folder): \(reason)")
        }

        public static func cannotRebuild(_ workbook: String, problem: Localized) -> Localized {
            Localized(zh: "无法在 \(workbook) 重新生成报告：\(problem.zh)",
                      en: "cannot rebuild the report in \(workbook): \(problem.en)")
        }

        public static func unreadableRebuiltReport(_ problem: Localized) -> Localized {
            Localized(zh: "重新生成的报告：\(problem.zh)", en: "the rebuilt report: \(problem.en)")
        }

        /// Fresh: the workbook, and the draft beside it when there is one.
        public static func upToDate(_ workbook: String, draft: String?) -> Localized {
            guard let draft else {
                return Localized(zh: "\(workbook) 是最新的", en: "\(workbook) is up to date")
            }
            return Localized(zh: "\(workbook) 和 \(draft) 是最新的", en: "\(workbook) and \(draft) are up to date")
        }

        public static func moreDifferences(_ count: Int) -> Localized {
            Localized(zh: "……另有 \(count) 处不同", en: "… and \(count) more differences")
        }

        public static func stale(_ workbook: String, differences: Int) -> Localized {
            Localized(zh: "过期：\(workbook) 与输入生成的结果不同（\(differences) 处）；请运行 annual-review build 并提交结果",
                      en: "stale: \(workbook) is not what the inputs give (\(differences) \(differences == 1 ? "difference" : "differences")); run `annual-review build` and commit the result")
        }

        // MARK: template

        public static func templateFileExists(_ path: String) -> Localized {
            Localized(zh: "\(path) 已存在；如要覆盖请加 --force，或用 --out 另选位置",
                      en: "\(path) already exists; give --force to overwrite it, or choose another --out")
        }

        public static func templatePathIsAFolder(_ path: String) -> Localized {
            isAFolder(path, fix: orChooseAnother(moveItAway, "--out"))
        }

        public static func templateCannotWrite(_ path: String, reason: String) -> Localized {
            cannotWrite(path, reason: reason)
                + Localized(zh: "；", en: "; ") + orChooseAnother(Localized(zh: "请检查文件夹权限", en: "check the folder's permissions"), "--out")
        }

        /// What to do next, after `template` wrote `files` files into `folder` (two lines).
        public static func templateWritten(_ files: Int, folder: String, example: String) -> Localized {
            Localized(zh: """
                          已写出 \(files) 个文件。先试试示例：annual-review build --inputs \(example)
                          然后填写 \(folder) 中的 CSV 文件（或复制到 Inputs），再运行：annual-review build --inputs \(folder)
                          """,
                      en: """
                          wrote \(files) files. Try the example: annual-review build --inputs \(example)
                          Then fill in the CSV files in \(folder) (or copy them into Inputs) and run: annual-review build --inputs \(folder)
                          """)
        }

        /// The line `template --xlsx` adds: where the workbooks are, and to fill in each log in
        /// one form only.
        public static func templateWrittenWorkbooks(folder: String, example: String) -> Localized {
            Localized(zh: "带下拉列表的 Excel 工作簿在 \(folder) 中（示例在 \(example)），填好后运行：annual-review build --inputs \(folder)；同一种记录不要既填 CSV 文件又填工作簿。",
                      en: "Excel workbooks with drop-down lists are in \(folder) (the example in \(example)); fill them in and run: annual-review build --inputs \(folder). Do not fill in a log in both forms.")
        }

        // MARK: Pieces several of the messages above are made of

        /// Where a usage message sends the reader: `；用法见 annual-review build --help`.
        private static func seeHelp(_ command: String) -> Localized {
            Localized(zh: "；用法见 annual-review \(command) --help", en: "; see annual-review \(command) --help")
        }

        private static let moveItAway = Localized(zh: "请移走它", en: "move it away")

        /// A fix, or another place for the output: `请移走它，或用 --out 另选位置`.
        private static func orChooseAnother(_ fix: Localized, _ option: String) -> Localized {
            Localized(zh: "\(fix.zh)，或用 \(option) 另选位置", en: "\(fix.en) or choose another \(option)")
        }

        /// `无法写入 out：…；…`: a folder the output cannot go into, why, and the fix.
        private static func cannotWriteInto(_ folder: String, _ why: Localized, fix: Localized) -> Localized {
            Localized(zh: "无法写入 \(folder)：\(why.zh)；\(fix.zh)", en: "cannot write into \(folder): \(why.en); \(fix.en)")
        }

        /// `--out d 是文件夹；…`: a path that names a folder where a file was meant, and the fix.
        private static func isAFolder(_ path: String, fix: Localized) -> Localized {
            Localized(zh: "\(path) 是文件夹；\(fix.zh)", en: "\(path) is a folder; \(fix.en)")
        }

        /// An output that would replace a file it must not, why, and the option that moves it.
        private static func willNotWrite(_ role: Localized, to path: String, _ why: Localized, option: String) -> Localized {
            Localized(zh: "\(role.zh)不能写到 \(path)：\(why.zh)；请用 \(option) 另选位置",
                      en: "will not write \(role.en) to \(path): \(why.en); choose another \(option)")
        }
    }
}
