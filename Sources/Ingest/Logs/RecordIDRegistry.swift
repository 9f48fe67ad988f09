import Foundation
import Model
import XLSXRead

/// Rule 5's memory: every non-empty record_id of the meetings log, across its files and years.
///
/// It keeps each id's 128-bit hash and a locator of its first occurrence, not the ids
/// (`RecordIDIndex`), so it stays under 48 bytes a row. A locator is the file's *base* plus the
/// row's place in the file: its UTF-8 offset in a CSV file; in a workbook, the index of its id
/// among the shared strings, or past them the row number. Each file's base is one past the
/// largest locator recorded before it, so locators never run out however many files a log has.
///
/// A match of the 102 bits the index compares is confirmed exactly by finding the first
/// occurrence again — a repeated id is found so once; ids that differ are told apart by their
/// hashes and never read again. For a UTF-8 file a positioned read of that one record. Files
/// in another encoding cannot be entered in the middle (their UTF-8 offsets are not file
/// offsets), so their ids are kept exactly, as bytes (`exact`): such files are Excel/WPS exports
/// of an office's own size, not the million-row logs the hash index is for. A workbook's id is
/// found again in its shared strings, which the registry keeps (Excel puts every text cell
/// there); an id that is not a shared string (a number, an inline string) is kept exactly.
struct RecordIDRegistry {
    struct FileInfo {
        var path: String
        var name: String
        /// Where the UTF-8 stream starts in the file (the BOM's length), for a UTF-8 file.
        var utf8Start: Int?
        var delimiter: CSVDelimiter
        var recordIDField: Int
        /// A workbook's shared strings: a row's place is the index of its id there, or the
        /// strings' count plus its row number.
        var workbookStrings: SharedStrings? = nil
        /// Its rows' locators are `base` plus their place.
        fileprivate(set) var base: UInt64 = 0
    }

    private let index: RecordIDIndex
    private var exact = ByteMap<UInt64>()
    /// The files registered, in reading order (their bases ascending); the last is the one read.
    private(set) var files: [FileInfo] = []
    /// The file being read: its base, whether it keeps its ids exactly, and for a workbook the
    /// number of its shared strings (set once per file, not looked up per row).
    private var current = Current()
    /// One past the largest locator recorded: the next file's base.
    private var end: UInt64 = 0
    /// How many records were read again from their files to confirm a match.
    private(set) var rereads = 0

    private struct Current {
        var base: UInt64 = 0
        var isExact = false
        var sharedStrings: Int?

        init() {}

        init(_ info: FileInfo) {
            base = info.base
            isExact = info.utf8Start == nil
            sharedStrings = info.workbookStrings?.count
        }
    }

    init() {
        index = RecordIDIndex()
    }

    /// The file whose rows come next; their places are counted from its start.
    mutating func register(_ info: FileInfo) {
        var info = info
        info.base = end
        files.append(info)
        current = Current(info)
    }

    /// How far the registry has got, to go back to if the file read next is not read after all.
    struct Mark {
        fileprivate var index: RecordIDIndex.Mark
        fileprivate var exact: Int
        fileprivate var files: Int
        fileprivate var end: UInt64
    }

    var mark: Mark { Mark(index: index.mark, exact: exact.count, files: files.count, end: end) }

    /// Forgets the files and ids recorded since `mark` (a file that turned out unreadable).
    mutating func rollBack(to mark: Mark) {
        index.rollBack(to: mark.index)
        exact.truncate(to: mark.exact)
        files.removeSubrange(mark.files...)
        end = mark.end
        current = files.last.map(Current.init) ?? Current()
    }

    /// Records a kept row's record_id (trimmed and normalised, not empty), at `place` in the file
    /// being read; when it was used before, returns the file of its first use (and records
    /// nothing). `hash` is `RecordIDIndex.hash(id)`.
    mutating func firstUse(of id: UnsafeRawBufferPointer, hash: RecordIDHash, at place: Int) -> String? {
        // Rows come only after their file was registered (`begin`), and in reading order. A
        // workbook's id is kept exactly unless it is one of its shared strings.
        let keptExactly = current.isExact && (current.sharedStrings.map { place >= $0 } ?? true)
        let here = current.base + UInt64(place)
        guard let found = check(id, hash: hash, here: here, exact: keptExactly) else {
            end = max(end, here + 1)
            return nil
        }
        return files[fileNumber(of: found)].name
    }

    /// A hint that `hash` is checked soon (see `RecordIDIndex.prefetch`).
    func prefetch(hash: RecordIDHash) { index.prefetch(hash: hash) }

    /// The first occurrence of `id` (at `here`), recording `id` when it is new. A repeat is
    /// never recorded: the message of a third use must name the first, not the second.
    private mutating func check(_ id: UnsafeRawBufferPointer, hash: RecordIDHash, here: UInt64, exact keptExactly: Bool) -> UInt64? {
        if keptExactly, let first = exact.value(forKey: id) { return first }
        if index.insert(hash: hash, locator: here) != nil {
            var duplicate: UInt64?
            var candidates: [UInt64] = []
            index.forEachLocator(withHash: hash) { candidates.append($0); return true }
            for candidate in candidates where idAt(candidate).map({ $0.elementsEqual(id) }) ?? false {
                duplicate = candidate
                break
            }
            if let duplicate { return duplicate }
            index.insertDistinct(hash: hash, locator: here)
        }
        if keptExactly { exact.insert(here, forKey: id) }
        return nil
    }

    /// The registered file a locator belongs to: the last whose base is not above it.
    private func fileNumber(of locator: UInt64) -> Int {
        var low = 0, high = files.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if files[middle].base <= locator { low = middle } else { high = middle }
        }
        return low
    }

    /// The normalised record_id of the row at `locator`, found again.
    private mutating func idAt(_ locator: UInt64) -> [UInt8]? {
        let info = files[fileNumber(of: locator)]
        let place = Int(locator - info.base)
        if let strings = info.workbookStrings, place < strings.count {
            return strings.withBytes(of: place) { $0.withUnsafeBytes { raw in try? FieldText.withNormalized(raw) { Array($0) } } }
        }
        if info.utf8Start == nil {
            // Kept exactly: a hash match against such an id was settled by `exact` or is a
            // collision with another file's id, which `exact` holds too.
            for i in 0..<exact.count where exact[index: i] == locator {
                return exact.withKey(at: i) { Array($0) }
            }
            return nil
        }
        rereads += 1
        return withRecord(at: place, info: info) { record in
            guard info.recordIDField < record.fieldCount else { return nil }
            return record.withFieldBytes(info.recordIDField) { raw in try? FieldText.withNormalized(raw) { Array($0) } }
        } ?? nil
    }

    private func withRecord<R>(at offset: Int, info: FileInfo, _ body: (borrowing CSVRecord) -> R) -> R? {
        guard let start = info.utf8Start, let handle = FileHandle(forReadingAtPath: info.path) else { return nil }
        defer { try? handle.close() }
        var length = 64 << 10
        while true {
            do {
                try handle.seek(toOffset: UInt64(start + offset))
                let bytes = [UInt8](try handle.read(upToCount: length) ?? Data())
                let source = try UTF8Source(bytes: bytes, name: info.name, forcedEncoding: .utf8)
                let reader = CSVReader(source: source, delimiterMode: .fixed(info.delimiter))
                // A read that stopped before the end of the file may have cut the record: a
                // quote left open, or no record after it within the bytes read. Read more.
                let cut = bytes.count == length
                guard let read = try reader.nextRecord({ record in cut && record.isUnterminated ? nil : body(record) }) else { return nil }
                if let result = read, try !cut || reader.nextRecord({ _ in }) != nil { return result }
                length *= 4
            } catch {
                return nil
            }
        }
    }
}
