/// Compares a committed report draft (Markdown) with a rebuilt one and names the first line where
/// they differ: `annual-review-2017.md:12: 讲党课5次 → 讲党课6次`.
public enum DraftComparison {
    /// - Parameters:
    ///   - name: how the draft is named in the line (its file name).
    ///   - committed, rebuilt: the texts, nil when that side has no draft.
    /// - Returns: no line when both are the same (or both absent), else one.
    public static func differences(name: String, committed: String?, rebuilt: String?) -> [String] {
        switch (committed, rebuilt) {
        case (nil, nil): return []
        case (nil, _?): return ["\(name): only in the rebuilt report (the committed report has no draft)"]
        case (_?, nil): return ["\(name): only in the committed report (the rebuilt report has no draft)"]
        case let (old?, new?):
            guard old != new else { return [] }
            let a = lines(old), b = lines(new)
            let count = min(a.count, b.count)
            var i = 0
            while i < count, a[i] == b[i] { i += 1 }
            if i == count, a.count == b.count {
                return ["\(name): the line endings or the final newline differ"]
            }
            let x = i < a.count ? show(a[i]) : "(end of file)"
            let y = i < b.count ? show(b[i]) : "(end of file)"
            return ["\(name):\(i + 1): \(x) → \(y)"]
        }
    }

    /// The lines of `text`, split at LF, CR LF or CR (`\r\n` is one `Character`); no empty last
    /// line for a final newline.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func show(_ line: String) -> String {
        if line.isEmpty { return "(empty line)" }
        return WorkbookComparison.clip(line, 120)
    }
}
