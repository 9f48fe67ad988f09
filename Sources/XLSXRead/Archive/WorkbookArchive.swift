#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
@preconcurrency import ZIPFoundation

/// A workbook's zip archive: ZIPFoundation reads its table of contents; its parts are inflated
/// by one bounded inflater (`PartStream`).
///
/// Part names are compared ignoring ASCII case, as the package format compares them
/// (`xl/Worksheets/Sheet1.xml` is `xl/worksheets/sheet1.xml`).
final class WorkbookArchive {
    /// The largest part the reader inflates, and the largest ratio of inflated to compressed
    /// size (rules §2: a zip bomb is refused before it is inflated).
    static let maximumPartSize: UInt64 = 1 << 30
    static let maximumRatio: UInt64 = 200

    let path: String
    /// The parts (file entries), as the archive names them, in its order.
    let partNames: [String]
    private let entries: [String: Entry]

    /// Opens the archive at `path` and reads its table of contents.
    /// - Throws: `notAZip` when it is not a zip whose table of contents can be read (a file cut
    ///   short loses it), `encryptedOrLegacy` for an OLE2 file (a password-protected workbook
    ///   or an old `.xls` renamed).
    init(path: String) throws(WorkbookReadError) {
        self.path = path
        if Self.startsWithOLE2Signature(path) { throw .encryptedOrLegacy }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .notAZip
        }
        var entries: [String: Entry] = [:]
        var names: [String] = []
        for entry in archive where entry.type == .file {
            let key = Self.key(entry.path)
            guard entries[key] == nil else { continue }
            entries[key] = entry
            names.append(entry.path)
        }
        self.entries = entries
        self.partNames = names
    }

    func hasPart(_ name: String) -> Bool { entries[Self.key(name)] != nil }

    /// The archive's entry of `part`.
    func entry(_ part: String) -> Entry? { entries[Self.key(part)] }

    /// Opens `part` for reading in chunks.
    /// - Throws: `missingPart`; `partTooLarge` when its entry states a size past the bounds;
    ///   `damagedPart` when its data cannot be located or is compressed in a way zlib does not read.
    func open(_ part: String) throws(WorkbookReadError) -> PartStream {
        guard let entry = entries[Self.key(part)] else { throw .missingPart(part) }
        let compressed = entry.compressedSize, inflated = entry.uncompressedSize
        if inflated > Self.maximumPartSize || inflated > Self.maximumRatio * max(compressed, 1) {
            throw .partTooLarge(entry.path, inflated: inflated, compressed: compressed)
        }
        guard let location = Self.location(of: entry) else { throw .damagedPart(entry.path, .unlocated) }
        guard location.method == 0 || location.method == 8 else { throw .damagedPart(entry.path, .method(Int(location.method))) }
        return try PartStream(path: path, part: entry.path, dataOffset: location.dataOffset, compressedSize: compressed,
                              declaredSize: inflated, checksum: entry.checksum, stored: location.method == 0)
    }

    /// The whole of `part`, inflated (for the small parts: relationships, the workbook, styles).
    func bytes(_ part: String) throws(WorkbookReadError) -> [UInt8] {
        let stream = try open(part)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, Int(stream.declaredSize)), alignment: 1)
        defer { buffer.deallocate() }
        var filled = 0
        while true {
            let n = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if n == 0 { break }
            filled += n
        }
        return [UInt8](buffer[..<filled])
    }

    static func key(_ name: String) -> String {
        String(decoding: name.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Where an entry's data start in the file, and its compression method.
    ///
    /// ZIPFoundation parsed both from the archive but keeps them internal (`Entry.dataOffset`);
    /// they are read from its parsed records by reflection rather than parsed again. ZIPFoundation's
    /// own inflating is not used: on Linux, 0.9.20 loops forever on a deflate stream that has not
    /// ended where the file does, and hands zlib more input than a short read gave (upstream
    /// weichsel/ZIPFoundation#389), which a hostile workbook must not be able to cause.
    static func location(of entry: Entry) -> (dataOffset: UInt64, method: UInt16)? {
        let mirror = Mirror(reflecting: entry)
        guard let directory = mirror.descendant("centralDirectoryStructure"),
              let local = mirror.descendant("localFileHeader"),
              let nameLength = Mirror(reflecting: local).descendant("fileNameLength") as? UInt16,
              let extraLength = Mirror(reflecting: local).descendant("extraFieldLength") as? UInt16,
              let method = Mirror(reflecting: local).descendant("compressionMethod") as? UInt16,
              let offset32 = Mirror(reflecting: directory).descendant("relativeOffsetOfLocalHeader") as? UInt32
        else { return nil }
        var offset = UInt64(offset32)
        if offset32 == .max {
            // ZIP64: the offset is in the extended-information extra field.
            let fields = Mirror(reflecting: directory).descendant("extraFields")
            guard let list = fields.flatMap({ Mirror(reflecting: $0).children.first?.value }),
                  let found = Mirror(reflecting: list).children.lazy
                    .compactMap({ Mirror(reflecting: $0.value).descendant("relativeOffsetOfLocalHeader") as? UInt64 }).first
            else { return nil }
            offset = found
        }
        return (offset + 30 + UInt64(nameLength) + UInt64(extraLength), method)
    }

    /// An OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`): how Office stores an encrypted
    /// workbook, and the old `.xls` format.
    private static func startsWithOLE2Signature(_ path: String) -> Bool {
        let fd = openFile(path)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 8)
        return read(fd, &head, 8) == 8 && head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    }
}

/// `open(2)` for reading (the archive's own `open` hides the C function's name).
func openFile(_ path: String) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, O_RDONLY | O_CLOEXEC)
    #else
    return Darwin.open(path, O_RDONLY | O_CLOEXEC)
    #endif
}
