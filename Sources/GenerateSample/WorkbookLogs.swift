import Foundation
import Model
import XLSX

/// `--xlsx`: the logs written as workbooks, the way Excel and WPS save a log kept in a sheet —
/// every text cell a shared string (ids included), dates as numbers under the date format
/// Chinese Excel and WPS give them (`yyyy/m/d`), counts and hours as numbers.
///
/// Each log's CSV, once written, is read back and written again as `<stem>.xlsx` beside it, then
/// removed (a log must not have both). libxlsxwriter writes shared strings unless it is asked for
/// its constant-memory mode, which writes inline strings instead and so is not what Excel writes;
/// it keeps the whole sheet in memory meanwhile (about 1 GB for 1,000,000 rows, measured).
enum WorkbookLogs {
    /// Rewrites each log's CSV in `folder` as a workbook; returns the workbooks written.
    static func convert(folder: String) throws -> [String] {
        var written: [String] = []
        for log in LogKind.allCases {
            let csv = (folder as NSString).appendingPathComponent("\(log.fileStem).csv")
            guard FileManager.default.fileExists(atPath: csv) else { continue }
            let xlsx = (folder as NSString).appendingPathComponent("\(log.fileStem).xlsx")
            try write(records(of: csv), columns: LogSchema.columns(log), sheet: log.chineseName, to: xlsx)
            try FileManager.default.removeItem(atPath: csv)
            written.append(xlsx)
        }
        return written
    }

    /// Writes the records, typing the cells of the rows below the header by their column.
    private static func write(_ records: [[String]], columns: [ColumnSpec], sheet name: String, to path: String) throws {
        let date = CellStyle(numberFormat: "yyyy/m/d")
        // 1 January 2018, midnight UTC: the generator's output never depends on the clock.
        let properties = DocumentProperties(created: 1_514_764_800, title: name)
        try Workbook.write(to: path, properties: properties) { workbook in
            let sheet = try workbook.addWorksheet(name)
            var types: [ValueType]?
            for (r, record) in records.enumerated() {
                for (c, field) in record.enumerated() where !field.isEmpty {
                    switch types.flatMap({ c < $0.count ? $0[c] : nil }) {
                    case .date?:
                        if let serial = serial(field) {
                            try sheet.writeNumber(serial, row: r, column: c, style: date)
                            continue
                        }
                    case .count?, .decimal?:
                        if let number = Double(field), field.allSatisfy({ $0.isASCII }) {
                            try sheet.writeNumber(number, row: r, column: c)
                            continue
                        }
                    default:
                        break
                    }
                    try sheet.writeString(field, row: r, column: c)
                }
                // The header: the record that starts with the first column's name.
                if types == nil, record.first == columns.first?.alias {
                    types = record.map { header in columns.first { $0.alias == header }?.type ?? .text }
                }
            }
        }
    }

    /// Excel's serial day of `YYYY-MM-DD` (day 0 = 1899-12-30), nil for anything else.
    static func serial(_ text: String) -> Double? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let day = Day(year: y, month: m, day: d) else { return nil }
        // Days from 1970-01-01 (H. Hinnant's days_from_civil), plus 25,569 to 1899-12-30.
        let year = day.month <= 2 ? day.year - 1 : day.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yoe = year - era * 400
        let doy = (153 * (day.month > 2 ? day.month - 3 : day.month + 9) + 2) / 5 + day.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Double(era * 146_097 + doe - 719_468 + 25_569)
    }

    /// The records of a CSV file this generator wrote (UTF-8 with BOM, CRLF, RFC 4180 quotes).
    static func records(of path: String) throws -> [[String]] {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { quoted = false }
                } else {
                    field.append(b)
                }
            } else if b == 0x22 && field.isEmpty {
                quoted = true
            } else if b == 0x2C {
                record.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else if b == 0x0A || b == 0x0D {
                if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                record.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                records.append(record)
                record.removeAll(keepingCapacity: true)
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(String(decoding: field, as: UTF8.self))
            records.append(record)
        }
        return records
    }
}
