import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses a context document with Foundation's `XMLParser` (libxml2): well-formedness plus the
/// elements, their attributes and their text, for assertions.
public final class XMLCheck: NSObject, XMLParserDelegate {
    public struct Element {
        public var name: String
        public var attributes: [String: String]
        public var text = ""
    }

    public private(set) var elements: [Element] = []
    private var open: [Int] = []
    public private(set) var error: String?

    /// Parses `bytes`; `error` is nil when the document is well-formed.
    public static func parse(_ bytes: [UInt8]) -> XMLCheck {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = check
        if !parser.parse() {
            check.error = parser.parserError.map { "\($0) at line \(parser.lineNumber), column \(parser.columnNumber)" } ?? "parse failed"
        }
        return check
    }

    public func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    public func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: elementName, attributes: attributes))
        open.append(elements.count - 1)
    }

    public func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    public func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if let current = open.last { elements[current].text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    public func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        error = error ?? "\(parseError) at line \(parser.lineNumber), column \(parser.columnNumber)"
    }
}
