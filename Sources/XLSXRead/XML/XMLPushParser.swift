import CLibXML2

/// What receives the events of an `XMLPushParser`: the part it reads, and the first failure,
/// which stops the parser. Each reader of a part is a final subclass whose C callbacks cast the
/// user-data pointer straight to it (no dynamic dispatch per element).
class SAXReceiver {
    let part: String
    /// The parser's context while it runs, for `fail` to stop it.
    var context: xmlParserCtxtPtr?
    private(set) var failure: WorkbookReadError?

    init(part: String) { self.part = part }

    /// Records the first failure and stops the parser.
    final func fail(_ error: WorkbookReadError) {
        if failure == nil { failure = error }
        if let context { xmlStopParser(context) }
    }
}

/// libxml2's SAX2 push parser over one part, hardened for files from anywhere: no network
/// (`XML_PARSE_NONET`), no entity substitution (no `XML_PARSE_NOENT`), no DTD loading, and any
/// document type declaration refused outright (a workbook part never has one), so no entity, internal or
/// external, is ever read. Errors are kept, never printed. Fed chunks as they come; no tree is built.
final class XMLPushParser {
    private let receiver: SAXReceiver
    private let context: xmlParserCtxtPtr
    private var handler: UnsafeMutablePointer<xmlSAXHandler>

    /// libxml2 asks to be initialised once before use from several threads.
    private static let initialised: Void = xmlInitParser()

    /// - Parameters:
    ///   - start, end, text: the receiver's callbacks (their `ctx` is the receiver).
    init(_ receiver: SAXReceiver, start: startElementNsSAX2Func?, end: endElementNsSAX2Func?, text: charactersSAXFunc?) {
        _ = Self.initialised
        self.receiver = receiver
        handler = .allocate(capacity: 1)
        handler.initialize(to: xmlSAXHandler())
        handler.pointee.initialized = XML_SAX2_MAGIC
        handler.pointee.startElementNs = start
        handler.pointee.endElementNs = end
        handler.pointee.characters = text
        handler.pointee.cdataBlock = text
        handler.pointee.internalSubset = { ctx, _, _, _ in XMLPushParser.refuseDoctype(ctx) }
        handler.pointee.externalSubset = { ctx, _, _, _ in XMLPushParser.refuseDoctype(ctx) }
        handler.pointee.serror = { _, _ in }
        let user = Unmanaged.passUnretained(receiver).toOpaque()
        context = xmlCreatePushParserCtxt(handler, user, nil, 0, nil)
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        xmlCtxtUseOptions(context, Int32(options))
        receiver.context = context
    }

    deinit {
        receiver.context = nil
        xmlFreeParserCtxt(context)
        handler.deinitialize(count: 1)
        handler.deallocate()
    }

    private static func refuseDoctype(_ ctx: UnsafeMutableRawPointer?) {
        guard let ctx else { return }
        let receiver = Unmanaged<SAXReceiver>.fromOpaque(ctx).takeUnretainedValue()
        receiver.fail(.doctype(receiver.part))
    }

    /// Parses the next bytes of the part.
    func feed(_ bytes: UnsafeRawBufferPointer) throws(WorkbookReadError) {
        var rest = bytes
        while !rest.isEmpty {
            let n = min(rest.count, 1 << 20)
            let status = xmlParseChunk(context, rest.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(n), 0)
            try check(status)
            rest = UnsafeRawBufferPointer(rebasing: rest[n...])
        }
    }

    /// Ends the part: it must be a whole document.
    func finish() throws(WorkbookReadError) {
        try check(xmlParseChunk(context, nil, 0, 1))
    }

    /// Parses a whole part held in memory.
    func parse(_ bytes: [UInt8]) throws(WorkbookReadError) {
        try feed(bytes)
        try finish()
    }

    /// Parses the next bytes of the part, from an array.
    func feed(_ bytes: [UInt8]) throws(WorkbookReadError) {
        let result: Result<Void, WorkbookReadError> = bytes.withUnsafeBytes { buffer in
            do throws(WorkbookReadError) { try feed(buffer); return .success(()) } catch { return .failure(error) }
        }
        try result.get()
    }

    /// Throws the receiver's failure, or when the part is not well-formed XML. (libxml2 also
    /// reports namespace errors of well-formed XML, an undeclared prefix: those are let pass.)
    private func check(_ status: Int32) throws(WorkbookReadError) {
        if let failure = receiver.failure { throw failure }
        guard context.pointee.wellFormed == 0 else { return }
        var line = 0
        var detail = "error \(status)"
        if let error = xmlCtxtGetLastError(context) {
            line = Int(error.pointee.line)
            if let message = error.pointee.message {
                detail = String(cString: message).trimmingSpaces
            }
        }
        throw .malformedXML(receiver.part, line: line, detail: detail)
    }
}

extension String {
    /// Without leading and trailing ASCII spaces and line breaks.
    var trimmingSpaces: String {
        let bytes = Array(utf8)
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}

/// The attributes libxml2 hands a start-element callback: five pointers each (local name,
/// prefix, namespace, value start, value end); values are not NUL-terminated.
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    init(_ base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int32) {
        self.base = base
        self.count = base == nil ? 0 : Int(count)
    }

    /// The local name of attribute `i`.
    @inline(__always)
    func name(_ i: Int) -> UnsafePointer<xmlChar> { base![i * 5]! }

    /// The name of attribute `i` as written (`x14ac:dyDescent`).
    func qualifiedName(_ i: Int) -> String {
        let local = String(cString: name(i))
        guard let prefix = base![i * 5 + 1] else { return local }
        return String(cString: prefix) + ":" + local
    }

    /// The bytes of attribute `i`'s value.
    @inline(__always)
    func value(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = base![i * 5 + 3]!, end = base![i * 5 + 4]!
        return UnsafeBufferPointer(start: start, count: end - start)
    }

    /// The value of attribute `i` as text, its character and entity references decoded
    /// (libxml2 leaves them as written when it substitutes no entity).
    func text(_ i: Int) -> String {
        XMLReferences.decoded(value(i))
    }

    /// Every attribute by local name, values as text (for the small parts).
    var dictionary: [String: String] {
        var all: [String: String] = [:]
        for i in 0..<count {
            all[String(cString: name(i))] = text(i)
        }
        return all
    }
}

/// Whether the NUL-terminated `name` is exactly `literal`.
@inline(__always)
func isName(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
    let bytes = literal.utf8Start
    for i in 0..<literal.utf8CodeUnitCount where name[i] != bytes[i] { return false }
    return name[literal.utf8CodeUnitCount] == 0
}

/// The references an attribute value may hold as libxml2 hands it over: the five predefined
/// entities and character references (`&#38;`, `&#x26;`). No other entity can be declared: a
/// document type declaration is refused before any element.
enum XMLReferences {
    static func decoded(_ value: UnsafeBufferPointer<UInt8>) -> String {
        guard value.contains(0x26) else { return String(decoding: value, as: UTF8.self) }
        var out: [UInt8] = []
        var i = 0
        while i < value.count {
            guard value[i] == 0x26, let end = value[i...].firstIndex(of: 0x3B), end - i <= 12 else {
                out.append(value[i])
                i += 1
                continue
            }
            let name = String(decoding: value[(i + 1)..<end], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch name {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                }
            }
            guard let scalar else {
                out.append(value[i])
                i += 1
                continue
            }
            out.append(contentsOf: String(scalar).utf8)
            i = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
