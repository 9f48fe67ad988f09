/// XML text as a list of elements, the way the Excel writers' own test suites compare parts:
/// split at every `>` followed by optional white space and `<`, so the list does not depend on
/// line breaks or indentation between elements.
///
/// `"<a>\n  <b/></a>"` → `["<a>", "<b/>", "</a>"]`. Text between tags stays with the tag before it
/// (`"<t>x</t>"` is one element). O(n) in the length of the text.
package enum XMLElements {
    package static func split(_ xml: String) -> [String] {
        var elements: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = String.UnicodeScalarView()
        var afterClose = false
        for scalar in xml.unicodeScalars {
            if afterClose {
                if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                    pendingSpace.append(scalar)
                    continue
                }
                if scalar == "<" {
                    elements.append(String(current))
                    current = String.UnicodeScalarView()
                    pendingSpace = String.UnicodeScalarView()
                    afterClose = false
                    current.append(scalar)
                    continue
                }
                current.append(contentsOf: pendingSpace)
                pendingSpace = String.UnicodeScalarView()
                afterClose = false
            }
            current.append(scalar)
            if scalar == ">" { afterClose = true }
        }
        current.append(contentsOf: pendingSpace)
        if !current.isEmpty { elements.append(String(current)) }
        return elements
    }

    /// The first position where the two lists differ, with the element on each side (nil past
    /// the end of a list); nil when they are equal.
    package static func firstDifference(_ old: [String], _ new: [String]) -> (index: Int, old: String?, new: String?)? {
        let common = min(old.count, new.count)
        for i in 0..<common where old[i] != new[i] {
            return (i, old[i], new[i])
        }
        guard old.count != new.count else { return nil }
        return (common, common < old.count ? old[common] : nil, common < new.count ? new[common] : nil)
    }

    /// `text` without the first `<name>…</name>` (or `<name/>`) element, for comparing a
    /// worksheet outside its cells. The text unchanged when it has none.
    package static func removingElement(_ name: String, from text: String) -> String {
        guard let start = text.range(of: "<\(name)") else { return text }
        let rest = text[start.upperBound...]
        // `<sheetData/>`, or `<sheetData>` … `</sheetData>`; not `<sheetDataX`.
        guard let next = rest.first, next == ">" || next == "/" || next == " " else { return text }
        if let selfClosing = rest.range(of: ">"), rest[rest.startIndex..<selfClosing.lowerBound].hasSuffix("/") {
            return String(text[..<start.lowerBound]) + String(text[selfClosing.upperBound...])
        }
        guard let end = text.range(of: "</\(name)>", range: start.upperBound..<text.endIndex) else { return text }
        return String(text[..<start.lowerBound]) + String(text[end.upperBound...])
    }
}
