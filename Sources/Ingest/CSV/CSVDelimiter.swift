/// The field separator of a CSV file (rules §2: comma, or tab when the header line holds more tabs
/// than commas).
///
/// Both are below `-` (0x2D), which the reader's eight-bytes-at-a-time scan relies on.
package enum CSVDelimiter: UInt8, Hashable, Sendable {
    case comma = 0x2C
    case tab = 0x09
}

/// How ``CSVReader`` picks the delimiter.
package enum CSVDelimiterMode: Hashable, Sendable {
    /// Each record is split with the delimiter its own first physical line implies: tab when that
    /// line (quotes included, as raw bytes) holds more tabs than commas, else comma. For the header
    /// search (rules §2: while searching, each record is split by its own first line).
    case perRecord
    /// Every record is split with this delimiter: once the header is found.
    case fixed(CSVDelimiter)
}
