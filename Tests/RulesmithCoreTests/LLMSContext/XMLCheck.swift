import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses a context document with Foundation's `XMLParser` (libxml2): well-formedness plus the
/// elements, their attributes and their text, for assertions.
final class XMLCheck: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: String?

    /// Parses `bytes`; `error` is nil when the document is well-formed.
    static func parse(_ bytes: [UInt8]) -> XMLCheck {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = check
        if !parser.parse() {
            check.error = parser.parserError.map { "\($0) at line \(parser.lineNumber), column \(parser.columnNumber)" } ?? "parse failed"
        }
        return check
    }

    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: elementName, attributes: attributes))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if let current = open.last { elements[current].text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        error = error ?? "\(parseError) at line \(parser.lineNumber), column \(parser.columnNumber)"
    }
}
