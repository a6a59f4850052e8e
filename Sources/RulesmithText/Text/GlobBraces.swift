/// Brace expansion for globs: `src/*.{ts,tsx}` becomes `src/*.ts` and `src/*.tsx`.
/// A brace group without a comma stays literal, as in bash and minimatch.
package enum GlobBraces {
    /// Checks that braces balance, then expands them (at most `Glob.maximumAlternatives` results).
    package static func expand(_ scalars: [Unicode.Scalar]) throws(GlobSyntaxError) -> [[Unicode.Scalar]] {
        try checkBalance(scalars)
        return try expandBalanced(scalars[...])
    }

    /// Reports the first unclosed `{` or unmatched `}` at its offset in the pattern.
    static func checkBalance(_ scalars: [Unicode.Scalar]) throws(GlobSyntaxError) {
        var open: [Int] = []
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\\": index += 1
            case "{": open.append(index)
            case "}":
                guard open.popLast() != nil else { throw GlobSyntaxError("unmatched '}'", at: index) }
            default: break
            }
            index += 1
        }
        if let first = open.first { throw GlobSyntaxError("unclosed '{'", at: first) }
    }

    private static func expandBalanced(_ scalars: ArraySlice<Unicode.Scalar>) throws(GlobSyntaxError) -> [[Unicode.Scalar]] {
        guard let open = firstUnescaped("{", in: scalars) else { return [Array(scalars)] }
        var depth = 0
        var close = open
        var commas: [Int] = []
        var index = open
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\\" {
                index += 2
                continue
            }
            if scalar == "{" { depth += 1 }
            if scalar == "}" {
                depth -= 1
                if depth == 0 {
                    close = index
                    break
                }
            }
            if scalar == ",", depth == 1 { commas.append(index) }
            index += 1
        }
        let prefix = Array(scalars[scalars.startIndex..<open])
        var inner: [[Unicode.Scalar]] = []
        if commas.isEmpty {
            for alternative in try expandBalanced(scalars[(open + 1)..<close]) {
                inner.append(["\\", "{"] + alternative + ["\\", "}"])
            }
        } else {
            var start = open + 1
            for boundary in commas + [close] {
                inner.append(contentsOf: try expandBalanced(scalars[start..<boundary]))
                start = boundary + 1
            }
        }
        let suffixes = try expandBalanced(scalars[(close + 1)...])
        guard inner.count * suffixes.count <= Glob.maximumAlternatives else {
            throw GlobSyntaxError("more than \(Glob.maximumAlternatives) brace alternatives", at: open)
        }
        var output: [[Unicode.Scalar]] = []
        output.reserveCapacity(inner.count * suffixes.count)
        for middle in inner {
            for suffix in suffixes { output.append(prefix + middle + suffix) }
        }
        return output
    }

    private static func firstUnescaped(_ target: Unicode.Scalar, in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == "\\" {
                index += 2
                continue
            }
            if scalars[index] == target { return index }
            index += 1
        }
        return nil
    }
}
