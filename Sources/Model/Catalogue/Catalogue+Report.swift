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
            Localized(zh: "无法写入 \(path)：文件夹 \(folder) 不存在", en: "cannot write \(path): the folder \(folder) does not exist")
        }

        // MARK: Reading a workbook

        /// A workbook that cannot be read; `reason` says why (`Catalogue.Workbooks`).
        public static func unreadableWorkbook(_ path: String, reason: Localized) -> Localized {
            Localized(zh: "\(path) 无法作为工作簿读取：\(reason.zh)", en: "\(path) cannot be read as a workbook: \(reason.en)")
        }

        public static func emptyZip(_ path: String) -> Localized {
            Localized(zh: "\(path) 无法作为工作簿读取：zip 文件中没有任何内容",
                      en: "\(path) cannot be read as a workbook: the zip holds no part")
        }
    }
}
