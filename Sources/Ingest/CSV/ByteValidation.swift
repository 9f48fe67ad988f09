internal import CUTF8

/// Byte-level validity checks shared by the encoding detection and the CSV reader.
///
/// Both work on raw pointers and never allocate. UTF-8 is checked strictly (RFC 3629: no overlong
/// forms, no surrogates, nothing above U+10FFFF), GB18030 structurally as rules §2 defines it.
enum ByteValidation {
    /// True when some byte in `bytes` is 0x80 or above. Eight bytes at a time.
    @inline(__always)
    static func containsNonASCII(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return true }
            i += 8
        }
        while i < count {
            if base[i] >= 0x80 { return true }
            i += 1
        }
        return false
    }

    /// True when `bytes` is well-formed UTF-8.
    ///
    /// Accepted sequences (Unicode Table 3-7): `00–7F`; `C2–DF 80–BF`; `E0 A0–BF 80–BF`;
    /// `E1–EC 80–BF 80–BF`; `ED 80–9F 80–BF`; `EE–EF 80–BF 80–BF`; `F0 90–BF 80–BF 80–BF`;
    /// `F1–F3 80–BF 80–BF 80–BF`; `F4 80–8F 80–BF 80–BF`. A sequence cut off by the end is invalid.
    /// O(n): sixteen bytes at a time where the processor allows (`CUTF8`).
    @inline(__always)
    static func isValidUTF8(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        annual_review_utf8_is_valid(base, count) != 0
    }

    /// True when `bytes` is structurally valid GB18030 as glibc iconv reads it: `00–7F`;
    /// `81–FE` followed by `40–7E` or `80–FE`; or `81–FE 30–39 81–FE 30–39`. A lone `80` or `FF`
    /// is invalid, and so is a sequence cut off by the end.
    static func isValidGB18030(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        var i = 0
        while i < count {
            let b0 = base[i]
            if b0 < 0x80 { i += 1; continue }
            guard b0 >= 0x81, b0 <= 0xFE, i + 1 < count else { return false }
            let b1 = base[i + 1]
            if (0x40...0x7E).contains(b1) || (0x80...0xFE).contains(b1) {
                i += 2
            } else if (0x30...0x39).contains(b1) {
                guard i + 3 < count else { return false }
                let b2 = base[i + 2], b3 = base[i + 3]
                guard (0x81...0xFE).contains(b2), (0x30...0x39).contains(b3) else { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }
}
