/// Replaces `{{name}}` placeholders line by line, leaving out every line that needs a value the
/// repository does not provide (a command no file proves): a rule says nothing rather than
/// something wrong.
enum PlaceholderSubstitution {
    /// What a placeholder becomes.
    enum Replacement {
        case value(String)
        /// Declared but without a value: the line holding it is left out.
        case absent
        /// Not a declared variable: left as written (bodies may show `{{x}}` in code).
        case keep
    }

    static func substitute(_ body: [UInt8], _ replacement: (String) throws(RenderError) -> Replacement) throws(RenderError) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(body.count)
        var lineStart = 0
        let count = body.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, body[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < count ? lineEnd + 1 : lineEnd
            if let line = try substituteLine(Array(body[lineStart..<next]), replacement) { output += line }
            lineStart = next
        }
        return output
    }

    /// One line (with its newline) substituted, or nil when it needs an absent value.
    private static func substituteLine(_ line: [UInt8], _ replacement: (String) throws(RenderError) -> Replacement) throws(RenderError) -> [UInt8]? {
        var output = [UInt8]()
        var copied = 0
        var index = 0
        while let placeholder = TemplateRenderer.nextPlaceholder(in: line, from: index) {
            index = placeholder.range.upperBound
            switch try replacement(placeholder.name) {
            case .keep:
                continue
            case .absent:
                return nil
            case .value(let value):
                output += line[copied..<placeholder.range.lowerBound]
                output += Array(value.utf8)
                copied = placeholder.range.upperBound
            }
        }
        output += line[copied...]
        return output
    }
}
