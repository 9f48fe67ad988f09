extension Catalogue {
    /// Writing the report's files and reading a committed workbook back (rules §5, §6 `check`).
    /// Paths stay as they are given; the words of a library (the XLSX writer's, the zip
    /// reader's) stay as it gives them, like the operating system's.
    public enum Report {
        // MARK: Writing

        /// The workbook cannot be written; `problem` is the writer's own words.
        public static func cannotWriteWorkbook(_ path: String, problem: String) -> Localized {
            Localized(zh: "无法写入工作簿 \(path)：\(problem)", en: "cannot write the workbook \(path): \(problem)")
        }

        public static func outputFolderMissing(_ path: String, folder: String) -> Localized {
            CLI.cannotWrite(path, reason: Localized(zh: "文件夹 \(folder) 不存在", en: "the folder \(folder) does not exist"))
        }

        // MARK: Writing the report's files together (rules §5)

        /// An output's path names a folder.
        public static func targetIsAFolder(_ path: String) -> Localized {
            CLI.cannotWrite(path, reason: Localized(zh: "它是文件夹；请移走它，或另选位置",
                                                    en: "it is a folder; move it away or choose another path"))
        }

        /// An output's path names a device, a pipe or a socket, which a file must not replace.
        public static func targetNotAFile(_ path: String) -> Localized {
            CLI.cannotWrite(path, reason: Localized(zh: "它不是普通文件（是设备或管道等）；请另选位置",
                                                    en: "it is not a regular file (a device, a pipe …); choose another path"))
        }

        /// An output's path names a file without write permission: kept, not replaced.
        public static func targetReadOnly(_ path: String) -> Localized {
            Localized(zh: "无法替换 \(path)：该文件是只读的；请先改为可写，或另选位置",
                      en: "cannot replace \(path): the file is read-only; make it writable or choose another path")
        }

        /// The output folder's lock file (`lock`) cannot be made or locked; `reason` is the system's.
        public static func cannotLock(_ folder: String, lock: String, reason: String) -> Localized {
            Localized(zh: "无法锁定输出文件夹 \(folder)（\(lock)）：\(reason)",
                      en: "cannot lock the output folder \(folder) (\(lock)): \(reason)")
        }

        // MARK: Reading a workbook

        /// A workbook that cannot be read; `reason` says why (`Catalogue.Workbooks`).
        public static func unreadableWorkbook(_ path: String, reason: Localized) -> Localized {
            Localized(zh: "\(path) 无法作为工作簿读取：\(reason.zh)", en: "\(path) cannot be read as a workbook: \(reason.en)")
        }

        public static func emptyZip(_ path: String) -> Localized {
            unreadableWorkbook(path, reason: Localized(zh: "zip 文件中没有任何内容", en: "the zip holds no part"))
        }
    }
}
