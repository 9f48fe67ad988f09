import Model

/// The value rules of rules §2 over a whole field given as bytes or text, for the package's other
/// targets: the command line's `--as-of`, which takes any date form of the logs, and the fuzz
/// targets (Fuzz/Checks), which check the decoders against each other. Ingest's own decoders read a
/// field in place, in the reader's buffers; these copy nothing back and take nothing unsafe.
package enum FieldValues {
    /// A date (`DateField`); nil when blank.
    package static func day(_ text: String) throws(ValueError) -> Day? {
        try day(Array(text.utf8))
    }

    package static func day(_ bytes: [UInt8]) throws(ValueError) -> Day? {
        try decode(bytes, DateField.day)
    }

    /// A whole number (`IntegerField.integer`); nil when blank.
    package static func integer(_ bytes: [UInt8]) throws(ValueError) -> Int? {
        try decode(bytes, IntegerField.integer)
    }

    /// A count (`IntegerField.count`): a whole number from 0 to `countLimit`; nil when blank.
    package static func count(_ bytes: [UInt8]) throws(ValueError) -> Int? {
        try decode(bytes, IntegerField.count)
    }

    /// Hours (`DecimalField.nonNegative`): from 0 to `hoursLimit`; nil when blank.
    package static func hours(_ bytes: [UInt8]) throws(ValueError) -> ScaledDecimal? {
        try decode(bytes, DecimalField.nonNegative)
    }

    /// Text (`FieldText.text`): trimmed and normalised; nil when blank.
    package static func text(_ bytes: [UInt8]) throws(ValueError) -> String? {
        try decode(bytes, FieldText.text)
    }

    /// The bytes as the decoders compare them: trimmed and NFKC-normalised (`FieldText`).
    package static func normalized(_ bytes: [UInt8]) throws(ValueError) -> [UInt8] {
        try decode(bytes) { raw throws(ValueError) in try FieldText.withNormalized(raw) { Array($0) } }
    }

    /// Whether the field is blank (`FieldText.isBlank`).
    package static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { FieldText.isBlank($0) }
    }

    /// The value of an enumerated column (`VocabularyMatcher`, the built-in spellings); nil when
    /// blank.
    package static func value<V: Vocabulary>(_ bytes: [UInt8], in matcher: inout VocabularyMatcher<V>) throws(ValueError) -> V? {
        try decode(bytes) { raw throws(ValueError) in try matcher.match(raw) }
    }

    package static var countLimit: Int { IntegerField.countLimit }
    package static var hoursLimit: Int { DecimalField.hoursLimit }
    /// The Excel serial days a date column takes.
    package static var serialRange: ClosedRange<Int> { DateField.serialRange }

    /// Enters each of `registered` (a site_id field's bytes) as the register enters a kept row's
    /// id, then looks `field` up as a log row's site_id is looked up (rule 4). Returns the position
    /// in `registered` of the id found (of ids that match each other, the first), or nil when none
    /// matches; a blank or unreadable id is not entered.
    package static func siteLookup(_ field: [UInt8], registered: [[UInt8]]) -> Int? {
        var register = SiteRegister()
        for (position, raw) in registered.enumerated() {
            guard let id = (try? text(raw)) ?? nil else { continue }
            _ = SiteRegister.folded(id) { register.index.insert(Int32(position), forKey: $0) }
        }
        let found = field.withUnsafeBytes { register.lookup($0) }
        guard case .found(let position) = found else { return nil }
        return position
    }

    /// `decoder` over the bytes in place (`withUnsafeBytes` rethrows untyped: the error travels
    /// as a `Result`).
    private static func decode<T>(_ bytes: [UInt8], _ decoder: (UnsafeRawBufferPointer) throws(ValueError) -> T) throws(ValueError) -> T {
        try bytes.withUnsafeBytes { raw in Result { () throws(ValueError) in try decoder(raw) } }.get()
    }
}
