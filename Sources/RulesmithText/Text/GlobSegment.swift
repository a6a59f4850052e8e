/// One '/'-separated piece of a compiled glob: `**`, or tokens matched against one path segment.
enum GlobSegment: Sendable, Hashable {
    case globstar
    case tokens([GlobToken])

    /// Splits a brace-free pattern into segments; `**` counts only as a whole segment.
    static func compile(_ scalars: [Unicode.Scalar]) throws(GlobSyntaxError) -> [GlobSegment] {
        var segments: [GlobSegment] = []
        var tokens: [GlobToken] = []
        var raw: [Unicode.Scalar] = []
        var index = 0
        func finish() {
            if raw.count == 2, raw[0] == "*", raw[1] == "*" {
                segments.append(.globstar)
            } else if !raw.isEmpty {
                segments.append(.tokens(tokens))
            }
            tokens = []
            raw = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "/":
                finish()
                index += 1
            case "\\":
                guard index + 1 < scalars.count else { throw GlobSyntaxError("trailing backslash", at: index) }
                tokens.append(.literal(scalars[index + 1]))
                raw.append(contentsOf: scalars[index...(index + 1)])
                index += 2
            case "*":
                if tokens.last != .star { tokens.append(.star) }
                raw.append(scalar)
                index += 1
            case "?":
                tokens.append(.any)
                raw.append(scalar)
                index += 1
            case "[":
                let (token, next) = try GlobToken.parseClass(scalars, from: index)
                tokens.append(token)
                raw.append(contentsOf: scalars[index..<next])
                index = next
            default:
                tokens.append(.literal(scalar))
                raw.append(scalar)
                index += 1
            }
        }
        finish()
        return segments
    }

    /// Whether this is a single `*`.
    var isStarOnly: Bool {
        if case .tokens(let tokens) = self { return tokens == [.star] }
        return false
    }

    /// Whether the segment's tokens match `name` entirely; `*` never crosses into another segment.
    func matches(_ name: [Unicode.Scalar]) -> Bool {
        guard case .tokens(let tokens) = self else { return true }
        // Leading dots are matched like any other character (editors and gitignore both do).
        return Wildcard.matches(tokens, name, isStar: { $0 == .star }, matches: { $0.matches($1) })
    }
}

/// One matching unit inside a segment.
enum GlobToken: Sendable, Hashable {
    case literal(Unicode.Scalar)
    case any
    case star
    case set(ranges: [ClosedRange<UInt32>], negated: Bool)

    func matches(_ scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .literal(let expected): return expected == scalar
        case .any: return scalar != "/"
        case .star: return true
        case .set(let ranges, let negated):
            let inside = ranges.contains { $0.contains(scalar.value) }
            return inside != negated
        }
    }

    /// Parses `[...]` starting at `start` (the `[`); returns the token and the index after `]`.
    static func parseClass(_ scalars: [Unicode.Scalar], from start: Int) throws(GlobSyntaxError) -> (GlobToken, Int) {
        var index = start + 1
        var negated = false
        if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while index < scalars.count {
            var scalar = scalars[index]
            if scalar == "]", !first { return (.set(ranges: ranges, negated: negated), index + 1) }
            if scalar == "/" { break }
            first = false
            if scalar == "\\", index + 1 < scalars.count {
                index += 1
                scalar = scalars[index]
            }
            var upper = scalar
            if index + 2 < scalars.count, scalars[index + 1] == "-", scalars[index + 2] != "]" {
                upper = scalars[index + 2]
                index += 2
            }
            guard scalar.value <= upper.value else { throw GlobSyntaxError("reversed range in '[...]'", at: index) }
            ranges.append(scalar.value...upper.value)
            index += 1
        }
        throw GlobSyntaxError("unclosed '['", at: start)
    }
}
