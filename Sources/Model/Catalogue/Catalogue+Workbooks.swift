extension Catalogue {
    /// Excel workbooks read as logs (rules §2 *Excel workbooks*): the sheet read, the other
    /// sheets, formulas without a saved result, and why a workbook cannot be read. A part's name
    /// (`xl/worksheets/sheet1.xml`) and libxml2's own words stay as they are.
    public enum Workbooks {
        // MARK: Read (file info and warnings)

        /// The sheet a workbook's rows come from (info).
        public static func sheetRead(_ sheet: String) -> Localized {
            Localized(zh: "Excel 工作簿，读取工作表“\(sheet)”", en: "Excel workbook, sheet \"\(sheet)\"")
        }

        /// The other sheets of a workbook, which are not read (info); a hidden one is marked so.
        public static func otherSheets(_ sheets: [(name: String, hidden: Bool)]) -> Localized {
            Localized(
                zh: "未读取其他工作表：" + sheets.map { "“\($0.name)”" + ($0.hidden ? "（隐藏）" : "") }.joined(separator: "、"),
                en: "other sheets not read: " + sheets.map { "\"\($0.name)\"" + ($0.hidden ? " (hidden)" : "") }.joined(separator: ", "))
        }

        /// Formula cells with no saved result, which read as empty (a warning); `cells` are the
        /// first few (`C5`), `count` all of them.
        public static func formulasWithoutValue(_ cells: [String], count: Int) -> Localized {
            let more = count > cells.count
            return Localized(
                zh: "有 \(count) 个公式单元格没有保存计算结果（\(cells.joined(separator: "、"))\(more ? "等" : "")），按空值读取。请在 Excel 或 WPS 中打开此文件并保存一次，让公式算出结果。",
                en: "\(count) formula cell\(count == 1 ? " has" : "s have") no saved result (\(cells.joined(separator: ", "))\(more ? " …" : "")) and read as empty: open the workbook in Excel or WPS and save it once, so that the formulas are calculated")
        }

        /// Rule 2 in a worksheet: a value right of the header's last column (error `long_row`).
        public static func longRow(column: String, lastHeaderColumn: String) -> Localized {
            Localized(zh: "这一行在表头最后一列（\(lastHeaderColumn)列）右边的\(column)列有值；请删去它，或给这一列加上表头",
                      en: "the row has a value in column \(column), right of the header's last column (\(lastHeaderColumn)); remove it, or give the column a header")
        }

        /// Rule 2 in a worksheet: cells right of the header holding only spaces (warning
        /// `empty_extra_fields`).
        public static func blankCellsRightOfHeader(lastHeaderColumn: String) -> Localized {
            Localized(zh: "这一行在表头最后一列（\(lastHeaderColumn)列）右边的单元格只有空格，已舍去",
                      en: "the row's cells right of the header's last column (\(lastHeaderColumn)) hold only spaces and were dropped")
        }

        /// A log's `.csv` or `.txt` file whose bytes are a workbook: read as one (a warning).
        /// - Parameter fileExtension: the name's extension, with its dot (`.csv`).
        public static func workbookUnderTextName(fileExtension: String) -> Localized {
            Localized(
                zh: "这是一个 Excel 工作簿，只是文件名以 \(fileExtension) 结尾，已按工作簿读取。请把文件名改为以 .xlsx 结尾。",
                en: "this is an Excel workbook saved under a \(fileExtension) name, read as a workbook: rename it to end in .xlsx")
        }

        /// `--encoding` given while some log is a workbook (info, on the first workbook): it
        /// changes how CSV files are read, not workbooks.
        /// - Parameter workbooks: how many workbooks the run reads.
        public static func encodingNotForWorkbooks(workbooks: Int) -> Localized {
            Localized(
                zh: "--encoding 只用于 CSV 文件。Excel 工作簿中的文字总是以 Unicode 保存，本次的 \(workbooks) 个工作簿已照常读取。",
                en: "--encoding applies to CSV files only: an Excel workbook always stores its text as Unicode, and the \(workbooks) workbook\(workbooks == 1 ? "" : "s") of this run \(workbooks == 1 ? "was" : "were") read as usual")
        }

        // MARK: Not read (a file error; the run goes on without the file)

        /// A log's workbook that cannot be read; `reason` says why.
        public static func unreadable(_ reason: Localized) -> Localized {
            Localized(zh: "未读取：无法读取此 Excel 工作簿（\(reason.zh)），其中的记录均未计入。",
                      en: "not read: the Excel workbook cannot be read (\(reason.en)); none of its rows count")
        }

        // MARK: Why (the reason inside the messages above and `check`'s)

        public static let notAZip = Localized(
            zh: "它不是完整的 zip 文件，可能已损坏或没有复制完整",
            en: "it is not a whole zip archive: damaged, or cut short")

        public static let encryptedOrLegacy = Localized(
            zh: "它是设置了密码的工作簿，或是改了扩展名的旧版 .xls 文件；请去掉密码或另存为 .xlsx",
            en: "it is password-protected, or an old .xls file renamed; remove the password or save it as .xlsx")

        public static func missingPart(_ part: String) -> Localized {
            Localized(zh: "缺少其中的 \(part) 部分", en: "its part \(part) is missing")
        }

        /// A part that would inflate past the reader's bound (a zip bomb).
        public static func partTooLarge(_ part: String, inflated: UInt64, compressed: UInt64) -> Localized {
            Localized(
                zh: "其中的 \(part) 解压后有 \(inflated) 字节（压缩时 \(compressed) 字节），超过读取上限：1 GiB，且不超过压缩大小的 200 倍",
                en: "its part \(part) inflates to \(inflated) bytes from \(compressed): more than the reader takes (1 GiB, and 200 times the compressed size)")
        }

        public static func damagedPart(_ part: String, _ problem: Localized) -> Localized {
            Localized(zh: "其中的 \(part) 已损坏：\(problem.zh)", en: "its part \(part) is damaged: \(problem.en)")
        }

        /// What is wrong with a damaged part.
        public enum Damage {
            public static let checksum = Localized(zh: "校验和不符", en: "its checksum does not match")
            public static let cutShort = Localized(zh: "压缩数据不完整", en: "its compressed data is cut short")
            public static let cannotInflate = Localized(zh: "压缩数据无法解压", en: "its compressed data cannot be inflated")
            public static func size(declared: UInt64) -> Localized {
                Localized(zh: "解压后的大小与记录的 \(declared) 字节不符", en: "it does not inflate to the \(declared) bytes its entry states")
            }
            public static func method(_ method: Int) -> Localized {
                Localized(zh: "不支持的压缩方式 \(method)", en: "compression method \(method) is not supported")
            }
            public static let unlocated = Localized(zh: "找不到它的数据", en: "its data cannot be located in the archive")
            public static func io(_ reason: String) -> Localized {
                Localized(zh: "读取失败：\(reason)", en: "cannot read: \(reason)")
            }
        }

        /// A part that is not well-formed XML; `detail` is libxml2's words.
        public static func malformedXML(_ part: String, line: Int, detail: String) -> Localized {
            Localized(zh: "其中的 \(part) 第 \(line) 行不是有效的 XML（\(detail)）",
                      en: "its part \(part) is not well-formed XML at line \(line) (\(detail))")
        }

        /// A part with a document type declaration, whose entities are never read.
        public static func doctype(_ part: String) -> Localized {
            Localized(zh: "其中的 \(part) 含有文档类型声明（DTD），工作簿从不需要它；出于安全不读取",
                      en: "its part \(part) declares a DTD, which a workbook never needs; its entities are not read")
        }

        public static let noVisibleSheet = Localized(zh: "其中没有未隐藏的工作表", en: "it has no visible worksheet")

        /// A cell, row or dimension reference outside a worksheet (1,048,576 rows, XFD columns).
        public static func badReference(_ part: String, _ reference: String) -> Localized {
            Localized(zh: "其中的 \(part) 有超出工作表范围或无法识别的引用“\(reference)”",
                      en: "its part \(part) has a reference outside a worksheet or unreadable: \"\(reference)\"")
        }

        public static func sharedStringOutOfRange(_ cell: String, index: Int, count: Int) -> Localized {
            Localized(zh: "单元格 \(cell) 引用第 \(index) 个共享字符串，而共享字符串表只有 \(count) 个",
                      en: "cell \(cell) refers to shared string \(index), of \(count)")
        }
    }
}
