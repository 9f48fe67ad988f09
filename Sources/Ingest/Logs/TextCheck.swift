#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FieldText {
    /// Checks a free-text value without making a `String`: a NUL byte is invalid (C libraries
    /// and XML cannot carry it). UTF-8 validity is checked for the whole record by the reader.
    /// Returns whether the value is non-empty.
    static func checkedText(_ raw: UnsafeRawBufferPointer) throws(ValueError) -> Bool? {
        // memchr looks at a word at a time; this runs for every free-text field of every row.
        if let base = raw.baseAddress, memchr(base, 0, raw.count) != nil {
            throw ValueError.invalidText(.nul)
        }
        return isBlank(raw) ? nil : true
    }
}
