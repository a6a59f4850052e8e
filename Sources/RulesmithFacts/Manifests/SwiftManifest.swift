/// What the facts need from a Package.swift, read as text (never compiled): the tools version,
/// the packages it depends on and whether it declares test targets.
public struct SwiftManifest: Sendable {
    public var toolsVersion: (value: String, line: Int)?
    public var dependencies: [Dependency] = []
    public var testTargetLine: Int?

    public init(_ text: String) {
        for (offset, line) in TextLines(text).lines.enumerated() {
            let number = offset + 1
            if offset == 0, let range = line.range(of: "swift-tools-version:") {
                toolsVersion = (String(line[range.upperBound...]).trimmingCharacters(in: " \t\r;"), number)
            }
            if testTargetLine == nil, line.contains(".testTarget(") { testTargetLine = number }
            for string in Quoted.strings(in: line) where string.contains("://") || string.hasPrefix("git@") {
                let parts = string.split(separator: "/")
                guard var repository = parts.last.map(String.init) else { continue }
                if repository.hasSuffix(".git") { repository.removeLast(4) }
                dependencies.append(Dependency(name: repository, line: number))
                if parts.count >= 2 { dependencies.append(Dependency(name: "\(parts[parts.count - 2])/\(repository)", line: number)) }
            }
            var rest = line
            while let range = rest.range(of: ".product(name:") {
                rest = rest[range.upperBound...]
                if let name = Quoted.strings(in: rest).first { dependencies.append(Dependency(name: name, line: number)) }
            }
        }
    }
}
