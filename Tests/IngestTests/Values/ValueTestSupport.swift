import Foundation
import TestSupport
import XCTest
@testable import Ingest

/// Runs a byte decoder on the UTF-8 of `text`, as the CSV layer would hand it over.
func decoded<T>(_ text: String, _ decoder: (UnsafeRawBufferPointer) throws(ValueError) -> T) -> Result<T, ValueError> {
    var text = text
    return text.withUTF8 { utf8 in
        Result { () throws(ValueError) -> T in try decoder(UnsafeRawBufferPointer(utf8)) }
    }
}

/// Calls `body` with the UTF-8 bytes of `text`.
func withBytes<R>(_ text: String, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    var text = text
    return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
}

/// The records of a small test-data CSV without quotes, split on commas and CRLF.
func testDataRecords(_ name: String) throws -> [[String]] {
    let text = String(decoding: try TestPackage.fixtureBytes("csv-realworld/\(name)"), as: UTF8.self)
    return text.components(separatedBy: "\r\n").dropLast().map { $0.components(separatedBy: ",") }
}
