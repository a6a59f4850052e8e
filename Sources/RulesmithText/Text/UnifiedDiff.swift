/// Line diffs (Myers' O(ND) algorithm) printed in the unified format `git diff` uses.
public enum UnifiedDiff {
    /// One step of an edit script.
    public enum Operation: Equatable, Sendable {
        case keep(String)
        case delete(String)
        case insert(String)
    }

    /// Splits text into lines, keeping each line's terminator so the diff is exact.
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            if text[index] == "\n" || text[index] == "\r\n" {
                let next = text.index(after: index)
                lines.append(text[start..<next])
                start = next
                index = next
            } else {
                index = text.index(after: index)
            }
        }
        if start < text.endIndex { lines.append(text[start...]) }
        return lines
    }

    /// The shortest edit script from `old` to `new`; past `maximumCost` edits it gives up and
    /// replaces everything (bounded time on unrelated inputs).
    public static func operations(_ old: String, _ new: String, maximumCost: Int = 4000) -> [Operation] {
        let a = lines(old)
        let b = lines(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        var result = a[..<prefix].map { Operation.keep(String($0)) }
        result += myers(middleA, middleB, maximumCost: maximumCost)
        result += a[(a.count - suffix)...].map { Operation.keep(String($0)) }
        return result
    }

    private static func myers(_ a: [Substring], _ b: [Substring], maximumCost: Int) -> [Operation] {
        let n = a.count
        let m = b.count
        if n == 0 { return b.map { .insert(String($0)) } }
        if m == 0 { return a.map { .delete(String($0)) } }
        let limit = min(n + m, maximumCost)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...limit {
            trace.append(v)
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m {
                    found = true
                    trace.append(v)
                    break outer
                }
                k += 2
            }
        }
        guard found else { return a.map { .delete(String($0)) } + b.map { .insert(String($0)) } }
        var operations: [Operation] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 2, through: 0, by: -1) {
            let vd = trace[d]
            let k = x - y
            let previousK: Int
            if k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = vd[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                operations.append(.keep(String(a[x - 1])))
                x -= 1
                y -= 1
            }
            if d > 0 {
                if x == previousX {
                    operations.append(.insert(String(b[y - 1])))
                } else {
                    operations.append(.delete(String(a[x - 1])))
                }
            }
            x = previousX
            y = previousY
        }
        return operations.reversed()
    }

    /// A unified diff with `context` lines around changes; empty when the texts are equal.
    public static func render(old: String, new: String, oldPath: String, newPath: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let operations = operations(old, new)
        var output = "--- \(PrintableMessage.make(oldPath))\n+++ \(PrintableMessage.make(newPath))\n"
        var index = 0
        var oldLine = 1
        var newLine = 1
        let changed = operations.indices.filter { if case .keep = operations[$0] { return false } else { return true } }
        var changeCursor = 0
        while changeCursor < changed.count {
            let firstChange = changed[changeCursor]
            var lastChange = firstChange
            var next = changeCursor + 1
            while next < changed.count, changed[next] - lastChange <= 2 * context + 1 {
                lastChange = changed[next]
                next += 1
            }
            let start = max(index, firstChange - context)
            let end = min(operations.count, lastChange + context + 1)
            while index < start {
                advance(operations[index], &oldLine, &newLine)
                index += 1
            }
            var body = ""
            var oldCount = 0
            var newCount = 0
            let hunkOld = oldLine
            let hunkNew = newLine
            while index < end {
                switch operations[index] {
                case .keep(let line):
                    body += " " + terminated(line)
                    oldCount += 1
                    newCount += 1
                case .delete(let line):
                    body += "-" + terminated(line)
                    oldCount += 1
                case .insert(let line):
                    body += "+" + terminated(line)
                    newCount += 1
                }
                advance(operations[index], &oldLine, &newLine)
                index += 1
            }
            output += "@@ -\(range(hunkOld, oldCount)) +\(range(hunkNew, newCount)) @@\n" + body
            changeCursor = next
        }
        return output
    }

    private static func advance(_ operation: Operation, _ oldLine: inout Int, _ newLine: inout Int) {
        switch operation {
        case .keep:
            oldLine += 1
            newLine += 1
        case .delete: oldLine += 1
        case .insert: newLine += 1
        }
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
    }

    private static func terminated(_ line: String) -> String {
        line.hasSuffix("\n") ? line : line + "\n\\ No newline at end of file\n"
    }
}
