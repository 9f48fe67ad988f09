extension Catalogue {
    /// What the CSV reader tells about a file's bytes and records (rules §2): the encoding it
    /// chose and why, the lenient quoting it accepted, and records it could not take as they are.
    /// The codes of the diagnostics made from them: `encoding`, `literal_quote`,
    /// `text_after_quote`, `unterminated_quote`, `bad_encoding`, `short_row`, `long_row`,
    /// `empty_extra_fields`.
    public enum CSV {
        // MARK: Quotes

        /// A `"` inside an unquoted field, kept as a character (info `literal_quote`).
        public static let literalQuote = Localized(
            zh: "未加引号的字段中有引号，已按普通字符保留",
            en: "a quote inside an unquoted field was kept as a character")

        /// Text after a closing quote, appended to the field (info `text_after_quote`).
        public static let textAfterClosingQuote = Localized(
            zh: "右引号后面的文字已并入该字段",
            en: "text after a closing quote was appended to the field")

        /// A quote opened and never closed: the record ran to the end of the file (error
        /// `unterminated_quote`, at the quote's line).
        public static let unterminatedQuote = Localized(
            zh: "此处的引号没有闭合，这条记录一直延续到文件末尾；请补上右引号",
            en: "a quote opened here is never closed; the record runs to the end of the file. Close the quote")

        // MARK: Bytes and shape of a record

        /// Bytes invalid in the encoding the file is read in (error `bad_encoding`).
        public static func badBytes(encoding: String) -> Localized {
            Localized(zh: "有不符合 \(encoding) 编码的字节；请将文件另存为 UTF-8",
                      en: "bytes that are not valid \(encoding); re-save the file as UTF-8")
        }

        /// Rule 2: fewer fields than the header, padded (warning `short_row`).
        public static func shortRow(fields: Int, header: Int) -> Localized {
            fieldCounts(fields, header) + Localized(zh: "缺少的按空值处理", en: "the missing ones are taken as empty")
        }

        /// Rule 2: more fields than the header, a filled one among them (error `long_row`).
        public static func longRow(fields: Int, header: Int) -> Localized {
            fieldCounts(fields, header) + Localized(zh: "是否有值含未加引号的逗号？请给该值加上引号，或删去多余的字段",
                                                    en: "an unquoted comma in a value? Quote the value or remove the extra fields")
        }

        /// Rule 2: more fields than the header, all of the extra ones empty (warning
        /// `empty_extra_fields`).
        public static func emptyExtraFields(fields: Int, header: Int) -> Localized {
            fieldCounts(fields, header) + Localized(zh: "多余的空字段已舍去", en: "the empty extra fields were dropped")
        }

        /// The start of the three messages above: `这一行有8个字段，表头有7个；`.
        private static func fieldCounts(_ fields: Int, _ header: Int) -> Localized {
            Localized(zh: "这一行有\(fields)个字段，表头有\(header)个；", en: "the row has \(fields) fields, the header \(header); ")
        }

        // MARK: The encoding chosen for a file (info `encoding`)

        /// `--encoding` decided; `option` is the value as the tool knows it (`gb18030`).
        public static func encodingForced(_ encoding: String, option: String) -> Localized {
            Localized(zh: "按 \(encoding) 读取（--encoding \(option)）",
                      en: "read as \(encoding) (--encoding \(option))")
        }

        public static func encodingByByteOrderMark(_ encoding: String) -> Localized {
            readAs(encoding, Localized(zh: "文件开头有该编码的字节顺序标记（BOM）", en: "the file starts with its byte-order mark"))
        }

        /// UTF-16 without a BOM, told by its NUL bytes: `odd` and `even` are the percentages of
        /// those positions holding NUL in the first `bytes` bytes; `bigEndian` puts the even
        /// positions first, as they decided.
        public static func encodingByNULBytes(_ encoding: String, odd: Int, even: Int, bytes: Int, bigEndian: Bool) -> Localized {
            let even = Localized(zh: "偶数位置有\(even)%", en: "\(even) % of the even"), odd = Localized(zh: "奇数位置有\(odd)%", en: "\(odd) % of the odd")
            let (first, second) = bigEndian ? (even, odd) : (odd, even)
            return readAs(encoding, Localized(zh: "没有字节顺序标记，但前\(bytes)个字节中\(first.zh)、\(second.zh)是 NUL",
                                              en: "no byte-order mark, but NUL at \(first.en) and \(second.en) positions of the first \(bytes) bytes"))
        }

        public static let encodingOfEmptyFile = readAs("UTF-8", Localized(zh: "文件为空", en: "the file is empty"))

        public static let encodingWithoutNonASCII = readAs("UTF-8", Localized(zh: "没有一行含非 ASCII 字节", en: "no line holds non-ASCII bytes"))

        /// UTF-8 by the count of lines with non-ASCII bytes (`lines`) valid in each encoding.
        public static func encodingUTF8ByLines(lines: Int, utf8: Int, gb18030: Int) -> Localized {
            readAs("UTF-8", lineCounts(lines: lines, utf8: utf8, gb18030: gb18030, gb18030First: false))
        }

        /// GB18030 by the same count, GB18030 named first.
        public static func encodingGB18030ByLines(lines: Int, utf8: Int, gb18030: Int) -> Localized {
            readAs("GB18030", lineCounts(lines: lines, utf8: utf8, gb18030: gb18030, gb18030First: true))
        }

        /// UTF-8 when neither encoding fits well.
        public static func encodingNeitherFits(lines: Int, utf8: Int, gb18030: Int) -> Localized {
            Localized(zh: "按 UTF-8 读取（两种编码都不太吻合）：", en: "read as UTF-8 (neither fits well): ")
                + lineCounts(lines: lines, utf8: utf8, gb18030: gb18030, gb18030First: false)
        }

        /// `按 GB18030 读取：` and why.
        private static func readAs(_ encoding: String, _ why: Localized) -> Localized {
            Localized(zh: "按 \(encoding) 读取：\(why.zh)", en: "read as \(encoding): \(why.en)")
        }

        /// How many of the `lines` with non-ASCII bytes are valid in each encoding, the chosen one first.
        private static func lineCounts(lines: Int, utf8: Int, gb18030: Int, gb18030First: Bool) -> Localized {
            let utf8 = (name: "UTF-8", valid: utf8), gb18030 = (name: "GB18030", valid: gb18030)
            let (first, second) = gb18030First ? (gb18030, utf8) : (utf8, gb18030)
            return Localized(zh: "含非 ASCII 字节的\(lines)行中，\(first.valid)行是有效的 \(first.name)，\(second.valid)行是有效的 \(second.name)",
                             en: "\(first.valid) of \(lines) non-ASCII lines are valid \(first.name), \(second.valid) valid \(second.name)")
        }
    }
}
