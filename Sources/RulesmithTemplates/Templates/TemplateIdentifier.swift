/// The syntax of stack IDs, rule IDs, variable names and template-relative paths.
public enum TemplateIdentifier {
    /// The longest stack or rule ID.
    public static let maximumLength = 64

    /// Whether `value` is kebab-case: lowercase ASCII letters and digits in groups joined by
    /// single hyphens, at most 64 characters.
    public static func isKebabCase(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return false }
        var previousWasHyphen = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    /// Whether `value` can name a variable: a letter or underscore, then letters, digits, underscores.
    public static func isVariableName(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard let first = bytes.first, isIdentifierHead(first) else { return false }
        return bytes.dropFirst().allSatisfy(isIdentifierTail)
    }

    static func isIdentifierHead(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    static func isIdentifierTail(_ byte: UInt8) -> Bool {
        isIdentifierHead(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Whether `path` is a plain relative path: not absolute, no `..` or `.` component, no empty
    /// component, no backslash or NUL (which other systems read as separators or terminators).
    public static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\u{0}") else { return false }
        let bytes = Array(path.utf8)
        if bytes.count >= 2, bytes[1] == UInt8(ascii: ":") { return false }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty || component == "." || component == ".." { return false }
        }
        return true
    }

    /// Throws unless `id` is kebab-case.
    public static func validate(_ id: String, kind: String, path: String) throws {
        guard isKebabCase(id) else { throw TemplateError.invalidIdentifier(kind: kind, value: id, path: path) }
    }

    /// Turns free text such as a folder name into a kebab-case ID (nil when nothing is left).
    public static func slug(_ text: String) -> String? {
        var output = [UInt8]()
        var pendingHyphen = false
        for byte in text.lowercased().utf8 {
            let isAlphanumeric = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if isAlphanumeric {
                if pendingHyphen, !output.isEmpty { output.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                output.append(byte)
            } else {
                pendingHyphen = true
            }
        }
        if output.count > maximumLength {
            output = Array(output[..<maximumLength])
            if let cut = output.lastIndex(of: UInt8(ascii: "-")), cut > maximumLength / 2 { output = Array(output[..<cut]) }
            while output.last == UInt8(ascii: "-") { output.removeLast() }
        }
        return output.isEmpty ? nil : String(decoding: output, as: UTF8.self)
    }
}
