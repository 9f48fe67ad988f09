import Foundation

/// Trimming and Unicode normalisation of one field's UTF-8 bytes (rules §2 "Values"): the first
/// step of every decoder in `Values/`.
///
/// Trimmed at both ends, repeatedly: ASCII space and tab, U+3000 ideographic space, U+00A0 NBSP,
/// the zero-width spaces U+200B, U+200C, U+200D, U+2060 and a stray U+FEFF (a BOM pasted in by
/// concatenated exports). CR and LF are not trimmed (rules §2 lists what is). Then NFKC, so
/// full-width digits, letters and punctuation (`２０１７－０３－０５`, `ＵＲＢＡＮ`, `１，２３４`) become
/// ASCII; the result is trimmed again, since NFKC turns other spaces (U+2003 …) into U+0020.
///
/// Fast path: when the trimmed bytes are all ASCII (and hold no NUL) they are already NFKC, so
/// they are handed on as a slice of the input: no `String`, no allocation. Only fields with
/// non-ASCII bytes are decoded into a `String` and normalised with Foundation's
/// `precomposedStringWithCompatibilityMapping` (checked on Linux with this toolchain).
///
/// Every value with a NUL byte is rejected (`invalidText`): NUL truncates C strings and is
/// illegal in the workbook's XML. Bytes that are not UTF-8 are rejected the same way (the CSV
/// layer hands over UTF-8, so this is a guard, not an expected path).
enum FieldText {
    /// The bytes without the trimmed characters at either end. O(number of trimmed bytes);
    /// never allocates. Assumes UTF-8 (a lead byte is never mistaken for a continuation byte).
    static func trimmed(_ raw: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var start = 0
        var end = raw.count
        while start < end {
            let width = spaceWidth(raw, at: start, end: end)
            if width == 0 { break }
            start += width
        }
        while start < end {
            let width = spaceWidthEnding(raw, at: end, start: start)
            if width == 0 { break }
            end -= width
        }
        return UnsafeRawBufferPointer(rebasing: raw[start..<end])
    }

    /// Whether the field is empty once trimmed (a whitespace-only value is an empty value).
    /// O(n) at worst, no allocation.
    static func isBlank(_ raw: UnsafeRawBufferPointer) -> Bool {
        trimmed(raw).isEmpty
    }

    /// The trimmed bytes when they are all ASCII without NUL (and so already NFKC): the key to
    /// intern an id without making a `String`. `nil` when the value has other bytes; then use
    /// `withNormalized(_:_:)` or `text(_:)`. An all-whitespace value gives an empty buffer.
    /// O(n), no allocation.
    static func asciiTrimmed(_ raw: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        let bytes = trimmed(raw)
        return isPlainASCII(bytes) ? bytes : nil
    }

    /// Calls `body` with the trimmed, NFKC-normalised UTF-8 of the value (empty when the value
    /// is blank). The buffer is only valid inside `body`.
    ///
    /// All-ASCII values: a slice of `raw`, no allocation. Others: one `String` decode and one
    /// NFKC normalisation.
    /// - Throws: `.invalidText` for a NUL byte or bytes that are not UTF-8; whatever `body`
    ///   throws.
    @inline(__always)
    static func withNormalized<R>(
        _ raw: UnsafeRawBufferPointer,
        _ body: (UnsafeRawBufferPointer) throws(ValueError) -> R
    ) throws(ValueError) -> R {
        let bytes = trimmed(raw)
        if isPlainASCII(bytes) || isStableUnderNFKC(bytes) { return try body(bytes) }
        return try withNormalizedSlowPath(bytes, body)
    }

    /// The trimmed, NFKC-normalised value as a `String`; `nil` when it is blank. For the free
    /// text columns (`name`, `topic`, `lecturer` …) and for ids that need a `String`.
    /// Allocates the returned string.
    /// - Throws: `.invalidText` for a NUL byte or bytes that are not UTF-8.
    static func text(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> String? {
        try withNormalized(raw) { bytes throws(ValueError) in
            bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
        }
    }

    // MARK: - Internals

    /// True when every byte is in 0x01...0x7F: one compare per byte (`b &- 1` maps NUL to 0xFF).
    @inline(__always)
    static func isPlainASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for byte in bytes where byte &- 1 >= 0x7F { return false }
        return true
    }

    /// True when the bytes are ASCII (no NUL) and CJK ideographs U+4000…U+9FFF only (UTF-8 lead
    /// bytes E4…E9 with two continuation bytes), which NFKC leaves as they are: `2017年3月5日`,
    /// `城区`, `支委会` need no `String` and no normalisation. One pass, no allocation.
    @inline(__always)
    static func isStableUnderNFKC(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b &- 1 < 0x7F { i += 1; continue }
            guard b >= 0xE4, b <= 0xE9, i + 2 < n,
                  bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 else { return false }
            i += 3
        }
        return true
    }

    @inline(never)
    static func withNormalizedSlowPath<R>(
        _ bytes: UnsafeRawBufferPointer,
        _ body: (UnsafeRawBufferPointer) throws(ValueError) -> R
    ) throws(ValueError) -> R {
        if bytes.contains(0) { throw .invalidText(.nul) }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw .invalidText(.notUTF8)
        }
        var normalized = decoded.precomposedStringWithCompatibilityMapping
        let result = normalized.withUTF8 { utf8 in
            Result { () throws(ValueError) -> R in try body(trimmed(UnsafeRawBufferPointer(utf8))) }
        }
        return try result.get()
    }

    /// The byte length of the trimmed character starting at `i`, or 0.
    @inline(__always)
    private static func spaceWidth(_ p: UnsafeRawBufferPointer, at i: Int, end: Int) -> Int {
        let b0 = p[i]
        if b0 == 0x20 || b0 == 0x09 { return 1 }
        if b0 < 0xC2 { return 0 }
        let left = end - i
        if b0 == 0xC2 { return left >= 2 && p[i + 1] == 0xA0 ? 2 : 0 }
        guard left >= 3 else { return 0 }
        return isThreeByteSpace(b0, p[i + 1], p[i + 2]) ? 3 : 0
    }

    /// The byte length of the trimmed character ending just before `end`, or 0.
    @inline(__always)
    private static func spaceWidthEnding(_ p: UnsafeRawBufferPointer, at end: Int, start: Int) -> Int {
        let last = p[end - 1]
        if last == 0x20 || last == 0x09 { return 1 }
        if last < 0x80 { return 0 }
        let left = end - start
        if left >= 2, last == 0xA0, p[end - 2] == 0xC2 { return 2 }
        guard left >= 3 else { return 0 }
        return isThreeByteSpace(p[end - 3], p[end - 2], last) ? 3 : 0
    }

    /// U+3000 (E3 80 80); U+2000…U+200A, the spaces NFKC makes a plain space, and U+200B…U+200D
    /// (E2 80 80…8D); U+202F (E2 80 AF) and U+205F (E2 81 9F), also spaces under NFKC; U+2060
    /// (E2 81 A0), U+FEFF (EF BB BF). A value of these alone is blank, as it is once normalised.
    @inline(__always)
    private static func isThreeByteSpace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        switch (a, b) {
        case (0xE3, 0x80): c == 0x80
        case (0xE2, 0x80): c <= 0x8D || c == 0xAF
        case (0xE2, 0x81): c == 0x9F || c == 0xA0
        case (0xEF, 0xBB): c == 0xBF
        default: false
        }
    }
}
