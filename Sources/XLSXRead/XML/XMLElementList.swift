import CLibXML2

/// An element of a small part, with its parent's local name and its attributes by local name.
struct XMLElement {
    var name: String
    var parent: String?
    var attributes: [String: String]

    subscript(_ attribute: String) -> String? { attributes[attribute] }
}

/// Every element of a small part (relationships, the workbook, styles), in document order;
/// text is not kept. Namespaces are ignored: elements and attributes go by their local names,
/// as the package format's strict and transitional namespaces name them alike.
enum XMLElementList {
    static func elements(of bytes: [UInt8], part: String) throws(WorkbookReadError) -> [XMLElement] {
        let collector = Collector(part: part)
        let parser = XMLPushParser(collector, start: { ctx, local, _, _, _, _, count, _, attributes in
            let collector = Unmanaged<Collector>.fromOpaque(ctx!).takeUnretainedValue()
            let name = String(cString: local!)
            collector.elements.append(XMLElement(name: name, parent: collector.open.last,
                                                 attributes: XMLAttributes(attributes, count: count).dictionary))
            collector.open.append(name)
        }, end: { ctx, _, _, _ in
            Unmanaged<Collector>.fromOpaque(ctx!).takeUnretainedValue().open.removeLast()
        }, text: nil)
        try parser.parse(bytes)
        return collector.elements
    }

    private final class Collector: SAXReceiver {
        var elements: [XMLElement] = []
        var open: [String] = []
    }
}
