/// Excel's and XML's rules for text, checked before any text reaches libxlsxwriter.
internal enum TextRules {
    /// Excel's cell text limit, in UTF-16 code units.
    static let maxCellTextUTF16 = 32_767

    /// The first character XML 1.0 cannot carry, with its UTF-16 offset, or nil.
    /// Allowed: tab, LF, CR, U+0020…U+D7FF, U+E000…U+FFFD, U+10000…U+10FFFF.
    static func firstIllegalCharacter(in text: String) -> (scalar: UInt32, utf16Offset: Int)? {
        var offset = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let legal = v == 0x9 || v == 0xA || v == 0xD
                || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000
            if !legal { return (v, offset) }
            offset += scalar.utf16.count
        }
        return nil
    }

    /// Refuses XML-illegal characters in any text handed to C (titles, names, formats, …).
    static func checkXMLText(_ text: String, _ site: CallSite) throws(XLSXError) {
        if let bad = firstIllegalCharacter(in: text) {
            throw site.error(.illegalCharacter(scalar: bad.scalar, utf16Offset: bad.utf16Offset))
        }
    }

    /// Checks cell text (length in UTF-16 units, XML-legal characters) and returns it escaped for
    /// OOXML's ST_Xstring: the leading `_` of every `_xHHHH_` the text contains is written as
    /// `_x005F_` (the escape of `_`), so Excel shows the sequence as typed instead of decoding it. libxlsxwriter 1.1.4 escapes control
    /// characters itself but leaves a literal `_xHHHH_` alone.
    static func cellText(_ text: String, _ site: CallSite) throws(XLSXError) -> String {
        let count = text.utf16.count
        guard count <= maxCellTextUTF16 else {
            throw site.error(.textTooLong(utf16Count: count, limit: maxCellTextUTF16))
        }
        try checkXMLText(text, site)
        return escapingXstringSequences(text)
    }

    /// `_x0041_` → `_x005F_x0041_`; text without such a sequence is returned unchanged. Sequences
    /// are found in the input, so `_x005F_x0041_` becomes `_x005F_x005F_x005F_x0041_`.
    /// Both `x` and `X` and hex digits of either case are escaped: `_x005F_` always decodes to
    /// `_`, so escaping a sequence a reader would not have decoded is harmless.
    static func escapingXstringSequences(_ text: String) -> String {
        // Bytes, not `String.contains`: Foundation's substring search normalises the text first,
        // and this runs for every cell.
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 7 else { return text }
        var out = String.UnicodeScalarView()
        for i in scalars.indices {
            if scalars[i] == "_", i + 6 < scalars.count,
               scalars[i + 1] == "x" || scalars[i + 1] == "X",
               scalars[(i + 2)...(i + 5)].allSatisfy(\.isHexDigit),
               scalars[i + 6] == "_" {
                out.append(contentsOf: "_x005F_".unicodeScalars)  // the "_" itself, escaped
            } else {
                out.append(scalars[i])
            }
        }
        return String(out)
    }

    /// Refuses text libxlsxwriter would copy into a fixed 128-byte field and silently truncate
    /// (number formats, font names).
    static func checkFieldLength(_ text: String, what: String, _ site: CallSite) throws(XLSXError) {
        let bytes = text.utf8.count
        guard bytes <= 127 else {
            throw site.error(.invalidArgument("\(what) has \(bytes) UTF-8 bytes; libxlsxwriter keeps 127"))
        }
        try checkXMLText(text, site)
    }

    /// Refuses text for chart titles and series names that libxlsxwriter would read as a formula.
    static func checkLiteralName(_ text: String, what: String, _ site: CallSite) throws(XLSXError) {
        guard !text.hasPrefix("=") else {
            throw site.error(.invalidArgument("\(what) \"\(text)\" starts with =; libxlsxwriter would read it as a cell reference"))
        }
        try checkXMLText(text, site)
    }
}

extension Unicode.Scalar {
    fileprivate var isHexDigit: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x46, 0x61...0x66: return true
        default: return false
        }
    }
}
