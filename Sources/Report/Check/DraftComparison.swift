import Model

/// Compares a committed report draft (Markdown) with a rebuilt one and names the first line where
/// they differ: `annual-review-2017.md:12: 讲党课5次 → 讲党课6次`.
public enum DraftComparison {
    /// - Parameters:
    ///   - name: how the draft is named in the line (its file name).
    ///   - committed, rebuilt: the texts, nil when that side has no draft.
    ///   - language: the language of the words around the lines.
    /// - Returns: no line when both are the same (or both absent), else one.
    public static func differences(name: String, committed: String?, rebuilt: String?, _ language: ReportLanguage) -> [String] {
        typealias W = Catalogue.Check
        switch (committed, rebuilt) {
        case (nil, nil): return []
        case (nil, _?): return ["\(name): " + W.draftOnlyInRebuilt.text(language)]
        case (_?, nil): return ["\(name): " + W.draftOnlyInCommitted.text(language)]
        case let (old?, new?):
            guard old != new else { return [] }
            let a = lines(old), b = lines(new)
            let count = min(a.count, b.count)
            var i = 0
            while i < count, a[i] == b[i] { i += 1 }
            if i == count, a.count == b.count {
                return ["\(name): " + W.lineEndingsDiffer.text(language)]
            }
            let end = W.endOfFile.text(language)
            let x = i < a.count ? show(a[i], language) : end
            let y = i < b.count ? show(b[i], language) : end
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

    static func show(_ line: String, _ language: ReportLanguage) -> String {
        if line.isEmpty { return Catalogue.Check.emptyLine.text(language) }
        return WorkbookComparison.clip(line, 120)
    }
}
