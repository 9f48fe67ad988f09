import Model

/// How much of a file ``detectEncoding(_:isWholeFile:forced:)`` wants to see: rules §2 looks at
/// the complete physical lines within the first 1 MiB.
let encodingDetectionPrefixLength = 1 << 20

/// The span in which rules §2 looks for UTF-16's NUL bytes.
let utf16ProbeLength = 4096

/// Decides how to read a file from its first bytes (rules §2), in this order:
///
/// 1. `forced` (from `--encoding`) wins; a BOM that matches it is still stripped (`utf16` is
///    little-endian unless the file starts with FE FF).
/// 2. A BOM decides: EF BB BF → UTF-8, FF FE → UTF-16LE, FE FF → UTF-16BE.
/// 3. In the first 4096 bytes (0-based positions), NUL at ≥ 25 % of the odd positions and < 5 % of
///    the even ones → UTF-16LE; the mirror image → UTF-16BE.
/// 4. Over the complete physical lines (ended by CR, LF or CRLF; the last, unended line counts only
///    when `isWholeFile`) that hold a byte ≥ 0x80: UTF-8 when there are none or ≥ 90 % of them are
///    valid UTF-8; else GB18030 when more of them are valid GB18030 than valid UTF-8; else UTF-8.
///
/// - Parameters:
///   - prefix: the first up-to-``encodingDetectionPrefixLength`` bytes of the file.
///   - isWholeFile: whether `prefix` is the whole file.
/// - Complexity: O(n) in the length of `prefix`, one pass per check.
func detectEncoding(_ prefix: [UInt8], isWholeFile: Bool, forced: ForcedEncoding? = nil) -> EncodingDecision {
    prefix.withUnsafeBufferPointer { detectEncoding($0, isWholeFile: isWholeFile, forced: forced) }
}

func detectEncoding(_ bytes: UnsafeBufferPointer<UInt8>, isWholeFile: Bool, forced: ForcedEncoding?) -> EncodingDecision {
    let bom = byteOrderMark(bytes)
    if let forced {
        switch forced {
        case .utf8:
            return EncodingDecision(encoding: .utf8, bomLength: bom?.encoding == .utf8 ? 3 : 0,
                                    text: Catalogue.CSV.encodingForced(TextEncoding.utf8.displayName, option: forced.rawValue), isForced: true)
        case .gb18030:
            // GB18030's own BOM is 84 31 95 33 (U+FEFF); strip it like the others.
            let hasBOM = bytes.count >= 4 && bytes[0] == 0x84 && bytes[1] == 0x31 && bytes[2] == 0x95 && bytes[3] == 0x33
            return EncodingDecision(encoding: .gb18030, bomLength: hasBOM ? 4 : 0,
                                    text: Catalogue.CSV.encodingForced(TextEncoding.gb18030.displayName, option: forced.rawValue), isForced: true)
        case .utf16:
            let encoding: TextEncoding = bom?.encoding == .utf16be ? .utf16be : .utf16le
            let bomLength = bom?.encoding == .utf16be || bom?.encoding == .utf16le ? 2 : 0
            return EncodingDecision(encoding: encoding, bomLength: bomLength,
                                    text: Catalogue.CSV.encodingForced(encoding.displayName, option: forced.rawValue), isForced: true)
        }
    }
    if let bom {
        return EncodingDecision(encoding: bom.encoding, bomLength: bom.length,
                                text: Catalogue.CSV.encodingByByteOrderMark(bom.encoding.displayName))
    }
    if let utf16 = utf16ByNULBytes(bytes) { return utf16 }
    return utf8OrGB18030ByLines(bytes, isWholeFile: isWholeFile)
}

private func byteOrderMark(_ b: UnsafeBufferPointer<UInt8>) -> (encoding: TextEncoding, length: Int)? {
    if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { return (.utf8, 3) }
    if b.count >= 2 && b[0] == 0xFF && b[1] == 0xFE { return (.utf16le, 2) }
    if b.count >= 2 && b[0] == 0xFE && b[1] == 0xFF { return (.utf16be, 2) }
    return nil
}

/// Rule 3: NUL bytes at one parity of positions and (almost) never at the other.
private func utf16ByNULBytes(_ b: UnsafeBufferPointer<UInt8>) -> EncodingDecision? {
    let n = min(b.count, utf16ProbeLength)
    let evenPositions = (n + 1) / 2, oddPositions = n / 2
    guard evenPositions > 0, oddPositions > 0 else { return nil }
    var evenNULs = 0, oddNULs = 0
    for i in 0..<n where b[i] == 0 {
        if i & 1 == 0 { evenNULs += 1 } else { oddNULs += 1 }
    }
    // ≥ 25 % and < 5 %, in integers.
    func atLeastQuarter(_ k: Int, of total: Int) -> Bool { k * 4 >= total }
    func underTwentieth(_ k: Int, of total: Int) -> Bool { k * 20 < total }
    func percent(_ k: Int, of total: Int) -> Int { k * 100 / total }
    if atLeastQuarter(oddNULs, of: oddPositions) && underTwentieth(evenNULs, of: evenPositions) {
        return EncodingDecision(
            encoding: .utf16le, bomLength: 0,
            text: Catalogue.CSV.encodingByNULBytes(TextEncoding.utf16le.displayName, odd: percent(oddNULs, of: oddPositions),
                                                   even: percent(evenNULs, of: evenPositions), bytes: n, bigEndian: false))
    }
    if atLeastQuarter(evenNULs, of: evenPositions) && underTwentieth(oddNULs, of: oddPositions) {
        return EncodingDecision(
            encoding: .utf16be, bomLength: 0,
            text: Catalogue.CSV.encodingByNULBytes(TextEncoding.utf16be.displayName, odd: percent(oddNULs, of: oddPositions),
                                                   even: percent(evenNULs, of: evenPositions), bytes: n, bigEndian: true))
    }
    return nil
}

/// Rule 4: count, over complete physical lines holding non-ASCII bytes, how many are valid UTF-8
/// and how many valid GB18030.
private func utf8OrGB18030ByLines(_ b: UnsafeBufferPointer<UInt8>, isWholeFile: Bool) -> EncodingDecision {
    guard let base = b.baseAddress, b.count > 0 else {
        return EncodingDecision(encoding: .utf8, bomLength: 0, text: Catalogue.CSV.encodingOfEmptyFile)
    }
    var nonASCIILines = 0, validUTF8 = 0, validGB18030 = 0
    var lineStart = 0, i = 0
    let n = b.count
    func judge(_ start: Int, _ end: Int) {
        let p = base + start, count = end - start
        guard ByteValidation.containsNonASCII(p, count: count) else { return }
        nonASCIILines += 1
        if ByteValidation.isValidUTF8(p, count: count) { validUTF8 += 1 }
        if ByteValidation.isValidGB18030(p, count: count) { validGB18030 += 1 }
    }
    while i < n {
        let c = base[i]
        if c == 0x0A || c == 0x0D {
            judge(lineStart, i)
            lineStart = i + 1
        }
        i += 1
    }
    if isWholeFile && lineStart < n { judge(lineStart, n) }

    if nonASCIILines == 0 {
        return EncodingDecision(encoding: .utf8, bomLength: 0, text: Catalogue.CSV.encodingWithoutNonASCII)
    }
    if validUTF8 * 10 >= nonASCIILines * 9 {
        return EncodingDecision(encoding: .utf8, bomLength: 0,
                                text: Catalogue.CSV.encodingUTF8ByLines(lines: nonASCIILines, utf8: validUTF8, gb18030: validGB18030))
    }
    if validGB18030 > validUTF8 {
        return EncodingDecision(encoding: .gb18030, bomLength: 0,
                                text: Catalogue.CSV.encodingGB18030ByLines(lines: nonASCIILines, utf8: validUTF8, gb18030: validGB18030))
    }
    return EncodingDecision(encoding: .utf8, bomLength: 0,
                            text: Catalogue.CSV.encodingNeitherFits(lines: nonASCIILines, utf8: validUTF8, gb18030: validGB18030))
}
