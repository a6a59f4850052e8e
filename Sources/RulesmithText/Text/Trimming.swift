/// The one set of string-trimming helpers every module uses. They work on Unicode scalars, so
/// "\r\n" (one Character) is trimmed as the two line-break scalars it is made of.
extension StringProtocol {
    /// Without leading and trailing scalars from `set`.
    public func trimming(_ set: String) -> Substring {
        let drop = Set(set.unicodeScalars)
        let whole = Substring(self)
        let scalars = whole.unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop.contains($0) }),
              let last = scalars.lastIndex(where: { !drop.contains($0) }) else { return "" }
        return Substring(scalars[first...last])
    }

    /// Without leading and trailing spaces, tabs and line breaks.
    public var trimmingWhitespace: Substring { trimming(" \t\r\n") }

    /// Without leading and trailing spaces and tabs (line breaks kept).
    public func trimmingBlanks() -> String { String(trimming(" \t")) }

    /// Without leading and trailing line breaks.
    public func trimmingNewlines() -> String { String(trimming("\r\n")) }
}
