import Foundation
import Model
import XLSXRead

/// Rule 5's memory: every non-empty record_id of the meetings log, across its files and years.
///
/// It keeps 64-bit hashes and the position of each id's first occurrence, not the ids
/// (`RecordIDIndex`), so it stays under 48 bytes a row. A hash match is confirmed exactly by
/// re-reading the first occurrence from its file: for a UTF-8 file a positioned read of that one
/// record. Files in another encoding cannot be entered in the middle (their UTF-8 offsets are not
/// file offsets), so their ids are kept exactly, as bytes (`exact`): such files are Excel/WPS
/// exports of an office's own size, not the million-row logs the hash index is for. A
/// workbook's id is found again in its shared strings, which the registry keeps (Excel puts
/// every text cell there); an id that is not a shared string (a number, an inline string) is
/// kept exactly.
struct RecordIDRegistry {
    struct FileInfo {
        var path: String
        var name: String
        /// Where the UTF-8 stream starts in the file (the BOM's length), for a UTF-8 file.
        var utf8Start: Int?
        var delimiter: CSVDelimiter
        var recordIDField: Int
        /// A workbook's shared strings: its rows' locators hold the index of their id there,
        /// or `SheetRecordReader.notSharedBit` and the row number.
        var workbookStrings: SharedStrings? = nil
    }

    private let index: RecordIDIndex
    private var exact = ByteMap<UInt64>()
    private(set) var files: [Int: FileInfo] = [:]
    /// The file being read and whether its ids are kept exactly (looked up once per file, not
    /// once per row).
    private var current: (file: Int, exact: Bool, workbook: Bool)?

    init() {
        index = RecordIDIndex()
    }

    mutating func register(file: Int, info: FileInfo) {
        files[file] = info
        current = (file, info.utf8Start == nil, info.workbookStrings != nil)
    }

    /// How far the index has got, to go back to if the file read next is not read after all.
    var mark: RecordIDIndex.Mark { index.mark }

    /// Forgets the ids recorded since `mark` (the registry itself is a value, restored by the
    /// caller; the index is shared by its copies).
    func rollBack(to mark: RecordIDIndex.Mark) { index.rollBack(to: mark) }

    /// Records a kept row's record_id (trimmed and normalised, not empty) at `locator`; when it
    /// was used before, returns the file of its first use (and records nothing).
    /// `hash` is `RecordIDIndex.hash(id)`.
    mutating func firstUse(of id: UnsafeRawBufferPointer, hash: UInt64, at locator: RecordLocator) -> String? {
        if current?.file != locator.file {
            let info = files[locator.file]
            current = (locator.file, info?.utf8Start == nil, info?.workbookStrings != nil)
        }
        // A workbook's id is kept exactly unless it is one of its shared strings.
        let exact = current!.exact && (!current!.workbook || locator.byteOffset & SheetRecordReader.notSharedBit != 0)
        guard let found = check(id, hash: hash, here: locator.rawValue, exact: exact) else { return nil }
        // The first use was recorded while its file was read, and each file is registered first.
        return files[RecordLocator(rawValue: found).file]!.name
    }

    /// The first occurrence of `id` (at `here`), recording `id` when it is new. A repeat is
    /// never recorded: the message of a third use must name the first, not the second.
    /// A hint that `hash` is checked soon (see `RecordIDIndex.prefetch`).
    func prefetch(hash: UInt64) { index.prefetch(hash: hash) }

    private mutating func check(_ id: UnsafeRawBufferPointer, hash: UInt64, here: UInt64, exact keptExactly: Bool) -> UInt64? {
        if keptExactly, let first = exact.value(forKey: id) { return first }
        if index.insert(hash: hash, locator: here) != nil {
            var duplicate: UInt64?
            index.forEachLocator(withHash: hash) { candidate in
                if idAt(RecordLocator(rawValue: candidate)).map({ $0.elementsEqual(id) }) ?? false {
                    duplicate = candidate
                    return false
                }
                return true
            }
            if let duplicate { return duplicate }
            index.insertDistinct(hash: hash, locator: here)
        }
        if keptExactly { exact.insert(here, forKey: id) }
        return nil
    }

    /// The normalised record_id of the record at `locator`, re-read from its file.
    private func idAt(_ locator: RecordLocator) -> [UInt8]? {
        guard let info = files[locator.file] else { return nil }
        if let strings = info.workbookStrings, locator.byteOffset & SheetRecordReader.notSharedBit == 0 {
            guard locator.byteOffset < strings.count else { return nil }
            return try? FieldText.withNormalized(strings.bytes(of: locator.byteOffset)) { Array($0) }
        }
        if info.utf8Start == nil {
            // Kept exactly: a hash match against such an id was settled by `exact` or is a
            // collision with another file's id, which `exact` holds too.
            for i in 0..<exact.count where exact[index: i] == locator.rawValue {
                return exact.withKey(at: i) { Array($0) }
            }
            return nil
        }
        return withRecord(at: locator, info: info) { record in
            guard info.recordIDField < record.fieldCount else { return nil }
            return record.withFieldBytes(info.recordIDField) { buffer in
                try? FieldText.withNormalized(UnsafeRawBufferPointer(buffer)) { Array($0) }
            }
        } ?? nil
    }

    private func withRecord<R>(at locator: RecordLocator, info: FileInfo, _ body: (CSVRecord) -> R) -> R? {
        guard let start = info.utf8Start, let handle = FileHandle(forReadingAtPath: info.path) else { return nil }
        defer { try? handle.close() }
        var length = 64 << 10
        while true {
            do {
                try handle.seek(toOffset: UInt64(start + locator.byteOffset))
                let bytes = [UInt8](try handle.read(upToCount: length) ?? Data())
                let source = try UTF8Source(bytes: bytes, name: info.name, forcedEncoding: .utf8)
                let reader = CSVReader(source: source, delimiterMode: .fixed(info.delimiter))
                guard let record = try reader.next() else { return nil }
                // A read that stopped before the end of the file may have cut the record: a
                // quote left open, or no record after it within the bytes read. Read more.
                let cut = bytes.count == length
                if cut && record.isUnterminated { length *= 4; continue }
                let result = body(record)
                if cut, try reader.next() == nil { length *= 4; continue }
                return result
            } catch {
                return nil
            }
        }
    }
}
