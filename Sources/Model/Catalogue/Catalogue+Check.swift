extension Catalogue {
    /// The words of `check`'s difference lines (rules §6): what stands around the places
    /// (`单位明细!F12`, part names, the draft's `file:line`) and the values, which stay as the
    /// workbook and the draft hold them.
    public enum Check {
        // MARK: The workbook

        /// A worksheet's part, named by its sheet.
        public static func sheetPart(_ sheet: String, part: String) -> Localized {
            Localized(zh: "工作表 \(sheet)（\(part)）", en: "sheet \(sheet) (\(part))")
        }

        public static let onlyInCommitted = Localized(zh: "只在已提交的工作簿中", en: "only in the committed workbook")
        public static let onlyInRebuilt = Localized(zh: "只在重新生成的工作簿中", en: "only in the rebuilt workbook")

        /// A row of a sheet, `sheet` as a reference writes it: `单位明细!第5行`.
        public static func row(_ row: Int, of sheet: String) -> Localized {
            Localized(zh: "\(sheet)!第\(row)行", en: "\(sheet)!row \(row)")
        }

        public static let noRow = Localized(zh: "（无此行）", en: "(no row)")

        /// A worksheet's part apart from its cells (columns, page setup …).
        public static func outsideTheCells(_ sheetPart: Localized) -> Localized {
            Localized(zh: "\(sheetPart.zh)单元格以外", en: "\(sheetPart.en), outside the cells")
        }

        /// A cell's formula changed; `old` and `new` as written (`=A1*1`), or `noFormula`.
        public static func formula(_ old: String, _ new: String) -> Localized {
            Localized(zh: "公式 \(old) → \(new)", en: "formula \(old) → \(new)")
        }

        public static let noFormula = Localized(zh: "（无）", en: "(none)")

        /// A cell's style changed, its value not.
        public static func style(_ old: Int, _ new: Int, value: String) -> Localized {
            Localized(zh: "样式 \(old) → \(new)（值 \(value)）", en: "style \(old) → \(new) (value \(value))")
        }

        /// An empty cell, and a cell holding empty text.
        public static let empty = Localized(zh: "（空）", en: "(empty)")
        public static let emptyText = Localized(zh: "（空文本）", en: "(empty text)")

        /// A part that is not text.
        public static func bytesDiffer(_ old: Int, _ new: Int) -> Localized {
            Localized(zh: "字节不同（\(old) → \(new) 字节）", en: "the bytes differ (\(old) → \(new) bytes)")
        }

        public static let endOfPart = Localized(zh: "（部件结束）", en: "(end of part)")

        // MARK: The draft

        public static let draftOnlyInRebuilt = Localized(
            zh: "只在重新生成的报告中（已提交的报告没有述职要点）",
            en: "only in the rebuilt report (the committed report has no draft)")

        public static let draftOnlyInCommitted = Localized(
            zh: "只在已提交的报告中（重新生成的报告没有述职要点）",
            en: "only in the committed report (the rebuilt report has no draft)")

        public static let lineEndingsDiffer = Localized(
            zh: "换行符或文件末尾的换行不同",
            en: "the line endings or the final newline differ")

        public static let endOfFile = Localized(zh: "（文件结束）", en: "(end of file)")
        public static let emptyLine = Localized(zh: "（空行）", en: "(empty line)")
    }
}
