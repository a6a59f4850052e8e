/// The major versions a rule is written for (`>=15`, `<19`, `18`, `>=2 <3`): each part compares
/// a major with `>=`, `>`, `<=`, `<` or `=` (a bare number means that major).
public struct VersionRange: Sendable, Hashable {
    struct Bound: Sendable, Hashable {
        var comparison: String
        var major: Int
    }

    let bounds: [Bound]

    public init?(_ text: String) {
        var bounds: [Bound] = []
        for part in text.split(separator: " ") where !part.isEmpty {
            let comparison = String(part.prefix { "<>=".contains($0) })
            guard ["", "=", ">=", ">", "<=", "<"].contains(comparison) else { return nil }
            let rest = part.dropFirst(comparison.count)
            let digits = rest.prefix { $0.isNumber }
            guard let major = Int(digits), rest.dropFirst(digits.count).allSatisfy({ $0 == "." || $0 == "x" || $0.isNumber }) else { return nil }
            bounds.append(Bound(comparison: comparison.isEmpty ? "=" : comparison, major: major))
        }
        guard !bounds.isEmpty else { return nil }
        self.bounds = bounds
    }

    /// Whether `major` is inside the range.
    public func contains(_ major: Int) -> Bool {
        bounds.allSatisfy { bound in
            switch bound.comparison {
            case ">=": major >= bound.major
            case ">": major > bound.major
            case "<=": major <= bound.major
            case "<": major < bound.major
            default: major == bound.major
            }
        }
    }
}
