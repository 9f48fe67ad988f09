/// CSV as Excel on Windows reads it best: a UTF-8 BOM (without it Excel assumes the ANSI code
/// page and garbles Chinese), CRLF line ends, RFC 4180 quoting where a field needs it.
enum CSVTemplate {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func file(header: [String], rows: [[String]]) -> [UInt8] {
        var text = ""
        for record in [header] + rows {
            text += record.map(quoted).joined(separator: ",") + "\r\n"
        }
        return byteOrderMark + Array(text.utf8)
    }

    /// The field as written: quoted (quotes doubled) when it holds a comma, a quote or a line break.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
