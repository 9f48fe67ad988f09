import Foundation

/// Text as a cell can hold it.
enum CellText {
    /// Excel's limit, in UTF-16 units.
    static let limit = 32_767

    /// The text without characters XML cannot carry, cut with "…" to Excel's cell limit.
    /// Returns the original length (UTF-16 units) when it was cut.
    static func fit(_ text: String) -> (String, Int?) {
        var clean = text
        if text.unicodeScalars.contains(where: isForbidden) {
            clean = String(String.UnicodeScalarView(text.unicodeScalars.filter { !isForbidden($0) }))
        }
        let length = clean.utf16.count
        guard length > limit else { return (clean, nil) }
        var kept = String.UnicodeScalarView()
        var units = 0
        for scalar in clean.unicodeScalars {
            let w = scalar.utf16.count
            if units + w > limit - 1 { break }
            kept.append(scalar)
            units += w
        }
        return (String(kept) + "…", length)
    }

    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF
    }

    /// A header/footer text without `&`, which starts a control code there, at most `limit`
    /// characters (Excel keeps 255 for the whole footer).
    static func footerSafe(_ text: String, limit: Int = 60) -> String {
        String(text.replacingOccurrences(of: "&", with: "&&").prefix(limit))
    }
}
