extension Worksheet {
    /// An estimate of the column width (Excel character units) text needs; libxlsxwriter 1.1.4 has
    /// no autofit.
    ///
    /// Each grapheme cluster counts 2 when its first scalar is East Asian Wide or Fullwidth (CJK
    /// ideographs and punctuation, kana, Hangul, fullwidth forms, most emoji) and 1 otherwise;
    /// for text with line breaks the widest line counts. Add padding (about 2) for the filter
    /// button or margins yourself. `displayWidth(of: "总览 ab")` is 7.
    public static func displayWidth(of text: String) -> Double {
        // Fast path: every scalar a grapheme cluster of its own, so no cluster boundaries to find.
        var widest = 0, width = 0, standalone = true
        for scalar in text.unicodeScalars {
            guard let w = scalarWidth(scalar) else { standalone = false; break }
            if w == 0 { widest = max(widest, width); width = 0 } else { width += w }
        }
        if standalone { return Double(max(widest, width)) }
        widest = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var width = 0
            for character in line { width += displayWidth(of: character) }
            widest = max(widest, width)
        }
        return Double(widest)
    }

    /// The width of one grapheme cluster: 2 when its first scalar is wide, else 1.
    public static func displayWidth(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        return isWide(first) ? 2 : 1
    }

    /// The width of `scalar` (0 for a line feed) when it is always a grapheme cluster of its own
    /// — printable ASCII, line feeds, and the CJK, full-width and punctuation blocks that hold
    /// no combining mark, the text of nearly every cell — else nil. Walking scalars is many
    /// times faster than walking `Character`s, which must find cluster boundaries.
    @inline(__always)
    public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x0A: 0
        case 0x20...0x7E, 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205E: 1
        case 0x3000...0x3029, 0x3030...0x303E, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60: 2
        default: nil
        }
    }

    /// Ranges of East Asian Width W and F (Unicode 15, UAX #11), merged where adjacent.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        guard v >= 0x1100 else { return false }
        // Binary search over the sorted, disjoint ranges.
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if wideRanges[mid].upperBound < v { low = mid + 1 }
            else if wideRanges[mid].lowerBound > v { high = mid - 1 }
            else { return true }
        }
        return false
    }
}
