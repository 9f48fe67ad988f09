import Foundation
import Model

struct GeneratorError: Error, CustomStringConvertible {
    let description: String
}

/// A streaming CSV writer of bytes: UTF-8 with BOM, CRLF, RFC 4180 quoting only when a field holds
/// a comma, a quote or a line break. Rows go to a 1 MiB buffer flushed with `fwrite`, so memory stays
/// flat whatever the number of rows. `line` is the physical line the next record starts on (line
/// feeds inside quoted fields included), as rules §3 numbers lines. A struct used `inout`, so the
/// hot path pays no dynamic exclusivity checks.
struct CSVWriter {
    let path: String
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private var fields = 0
    private static let capacity = 1 << 20
    private(set) var line = 1
    /// Data records written (the header excluded).
    private(set) var records = 0
    private var headerWritten = false

    init(path: String) throws {
        guard let f = fopen(path, "wb") else {
            throw GeneratorError(description: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        self.path = path
        file = f
        buffer.reserveCapacity(CSVWriter.capacity + 65_536)
        buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
    }

    mutating func header(_ names: [String]) {
        for n in names { text(n) }
        endRecord()
        headerWritten = true
    }

    @inline(__always) private mutating func separator() {
        if fields > 0 { buffer.append(0x2C) }
        fields += 1
    }

    mutating func empty() { separator() }

    mutating func text(_ s: String) { text(Array(s.utf8)) }

    mutating func text(_ bytes: [UInt8]) {
        separator()
        var quote = false
        for b in bytes where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
            quote = true
            break
        }
        guard quote else {
            buffer.append(contentsOf: bytes)
            return
        }
        buffer.append(0x22)
        for b in bytes {
            if b == 0x22 { buffer.append(0x22) }
            if b == 0x0A { line += 1 }
            buffer.append(b)
        }
        buffer.append(0x22)
    }

    /// A non-negative or negative integer; `fullWidth` writes its digits as U+FF10…U+FF19, as a
    /// Chinese input method in full-width mode types them.
    mutating func int(_ value: Int, fullWidth: Bool = false) {
        separator()
        appendInt(value, fullWidth: fullWidth)
    }

    /// An optional count: nil is an empty cell.
    mutating func count(_ value: Int32, fullWidth: Bool = false) {
        if value < 0 { empty() } else { int(Int(value), fullWidth: fullWidth) }
    }

    /// A decimal given in tenths: 15 → `1.5`, 20 → `2`.
    mutating func tenths(_ value: Int) {
        separator()
        appendInt(value / 10, fullWidth: false)
        if value % 10 != 0 {
            buffer.append(0x2E)
            buffer.append(UInt8(0x30 + value % 10))
        }
    }

    private static let nian: [UInt8] = Array("年".utf8)
    private static let yue: [UInt8] = Array("月".utf8)
    private static let ri: [UInt8] = Array("日".utf8)

    mutating func date(_ d: Day, _ style: DateStyle) {
        separator()
        switch style {
        case .iso:
            appendInt(d.year, fullWidth: false)
            buffer.append(0x2D)
            append2(d.month)
            buffer.append(0x2D)
            append2(d.day)
        case .slash, .slashTime:
            appendInt(d.year, fullWidth: false)
            buffer.append(0x2F)
            appendInt(d.month, fullWidth: false)
            buffer.append(0x2F)
            appendInt(d.day, fullWidth: false)
            if style == .slashTime { buffer.append(contentsOf: [0x20, 0x30, 0x3A, 0x30, 0x30]) }
        case .chinese:
            appendInt(d.year, fullWidth: false)
            buffer.append(contentsOf: CSVWriter.nian)
            appendInt(d.month, fullWidth: false)
            buffer.append(contentsOf: CSVWriter.yue)
            appendInt(d.day, fullWidth: false)
            buffer.append(contentsOf: CSVWriter.ri)
        }
    }

    /// `prefix` + the year + `-` + the sequence number, zero-padded to six digits.
    mutating func recordID(prefix: UInt8, year: Int, sequence: Int) {
        separator()
        buffer.append(prefix)
        appendInt(year, fullWidth: false)
        buffer.append(0x2D)
        var width = 1
        var p = 10
        while p <= sequence { width += 1; p *= 10 }
        for _ in width..<max(width, 6) { buffer.append(0x30) }
        appendInt(sequence, fullWidth: false)
    }

    @inline(__always) private mutating func append2(_ v: Int) {
        buffer.append(UInt8(0x30 + v / 10))
        buffer.append(UInt8(0x30 + v % 10))
    }

    private mutating func appendInt(_ value: Int, fullWidth: Bool) {
        var v = value
        if v < 0 {
            buffer.append(0x2D)
            v = -v
        }
        let first = buffer.count
        repeat {
            let digit = UInt8(v % 10)
            if fullWidth {
                // Reversed below, so the three bytes go in reverse order.
                buffer.append(0x90 + digit); buffer.append(0xBC); buffer.append(0xEF)
            } else {
                buffer.append(0x30 + digit)
            }
            v /= 10
        } while v > 0
        buffer[first...].reverse()
    }

    mutating func endRecord() {
        buffer.append(0x0D)
        buffer.append(0x0A)
        line += 1
        if headerWritten && fields > 0 { records += 1 }
        fields = 0
        if buffer.count >= CSVWriter.capacity { flush() }
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        precondition(written == buffer.count, "short write to \(path)")
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        flush()
        if fclose(file) != 0 {
            throw GeneratorError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
