import Model
import XCTest

/// Whole texts of catalogue entries that the other tests reach only in part: the progress line
/// (its numbers vary with the machine) and the workbook reader's errors (a zip library's words
/// stand inside them).
final class CatalogueTextTests: XCTestCase {
    func testProgress() {
        XCTAssertEqual(Catalogue.CLI.progress(file: "meetings.csv", number: 3, of: 4, rows: "1,234,567", read: "120.5", size: "300.0"),
                       Localized(zh: "meetings.csv（3/4）：已读 1,234,567 行，120.5 / 300.0 MB",
                                 en: "meetings.csv (3/4): 1,234,567 rows, 120.5 of 300.0 MB"))
        XCTAssertEqual(Catalogue.CLI.progress(file: "会议记录.csv", number: 1, of: 1, rows: "12", read: "0.1", size: "0.2"),
                       Localized(zh: "会议记录.csv：已读 12 行，0.1 / 0.2 MB", en: "会议记录.csv: 12 rows, 0.1 of 0.2 MB"))
    }

    func testWorkbookReadErrors() {
        XCTAssertEqual(Catalogue.Report.unreadableWorkbook("r.xlsx", reason: Catalogue.Workbooks.notAZip),
                       Localized(zh: "r.xlsx 无法作为工作簿读取：它不是完整的 zip 文件，可能已损坏或没有复制完整",
                                 en: "r.xlsx cannot be read as a workbook: it is not a whole zip archive: damaged, or cut short"))
        XCTAssertEqual(Catalogue.Report.unreadableWorkbook("r.xlsx", reason: Catalogue.Workbooks.damagedPart("xl/styles.xml", Catalogue.Workbooks.Damage.checksum)),
                       Localized(zh: "r.xlsx 无法作为工作簿读取：其中的 xl/styles.xml 已损坏：校验和不符",
                                 en: "r.xlsx cannot be read as a workbook: its part xl/styles.xml is damaged: its checksum does not match"))
        XCTAssertEqual(Catalogue.Report.emptyZip("r.xlsx"),
                       Localized(zh: "r.xlsx 无法作为工作簿读取：zip 文件中没有任何内容", en: "r.xlsx cannot be read as a workbook: the zip holds no part"))
        XCTAssertEqual(Catalogue.Report.cannotWriteWorkbook("r.xlsx", problem: "xlsx: close: libxlsxwriter error 2: …"),
                       Localized(zh: "无法写入工作簿 r.xlsx：xlsx: close: libxlsxwriter error 2: …",
                                 en: "cannot write the workbook r.xlsx: xlsx: close: libxlsxwriter error 2: …"))
    }

    /// A log's name in messages and in the sheets: one place, `Schema.logName`.
    func testLogNames() {
        XCTAssertEqual(LogKind.allCases.map(Catalogue.Schema.logName),
                       [Localized(zh: "单位名册", en: "sites"), Localized(zh: "会议记录", en: "meetings"),
                        Localized(zh: "党课记录", en: "lectures"), Localized(zh: "培训记录", en: "trainings")])
        XCTAssertEqual(Catalogue.Sheets.log(.meetings), Localized(zh: "会议记录", en: "Meetings"))
    }
}
