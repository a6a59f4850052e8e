/// Expands `{{name}}` placeholders in a branch name or commit message template.
public struct SyncTemplate: Sendable, Equatable {
    /// Placeholders a branch template may use.
    public static let branchPlaceholders: Set<String> = ["revision", "name"]
    /// Placeholders a commit message template may use.
    public static let messagePlaceholders: Set<String> = ["revision", "name", "stacks", "files"]

    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    /// The placeholder names used, in order of appearance (`{{ x }}` counts as `x`).
    public var placeholders: [String] {
        pieces.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// The text with each placeholder replaced by its value; unknown ones are left as written.
    public func expand(_ values: [String: String]) -> String {
        var output = ""
        for piece in pieces {
            switch piece {
            case .literal(let text): output += text
            case .placeholder(let name): output += values[name] ?? "{{\(name)}}"
            }
        }
        return output
    }

    private enum Piece {
        case literal(String)
        case placeholder(String)
    }

    private var pieces: [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            if open.lowerBound > rest.startIndex { pieces.append(.literal(String(rest[..<open.lowerBound]))) }
            let name = rest[open.upperBound..<close.lowerBound].filter { $0 != " " }
            pieces.append(.placeholder(String(name)))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.literal(String(rest))) }
        return pieces
    }
}

/// Checks branch names the way `git check-ref-format --branch` does, for the rules that matter
/// to names people write.
public enum SyncBranchName {
    /// Why `name` cannot be a branch name, or nil when it can.
    public static func problem(_ name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.hasPrefix("-") { return "starts with '-'" }
        if name.hasPrefix("/") || name.hasSuffix("/") || name.contains("//") { return "has an empty path component" }
        if name.hasSuffix(".") || name.hasSuffix(".lock") { return "ends with '.' or '.lock'" }
        if name.contains("..") || name.contains("@{") { return "contains '..' or '@{'" }
        if name == "@" { return "is '@'" }
        for component in name.split(separator: "/") where component.hasPrefix(".") {
            return "has a component starting with '.'"
        }
        for scalar in name.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || " ~^:?*[\\".unicodeScalars.contains(scalar) {
                return "contains '\(scalar.value < 0x20 || scalar.value == 0x7F ? "a control character" : String(scalar))'"
            }
        }
        return nil
    }

    /// `name` folded for comparing branches: without any leading `refs/heads/` or `heads/` (the
    /// spellings git resolves to the same branch) and in lower case (branch refs of one repository
    /// collide on a case-insensitive file system).
    public static func comparable(_ name: String) -> String {
        var rest = Substring(name)
        while true {
            if rest.hasPrefix("refs/heads/") {
                rest = rest.dropFirst("refs/heads/".count)
            } else if rest.hasPrefix("heads/") {
                rest = rest.dropFirst("heads/".count)
            } else {
                break
            }
        }
        return rest.lowercased()
    }

    /// Whether `lhs` and `rhs` may name the same branch.
    public static func same(_ lhs: String, _ rhs: String) -> Bool {
        comparable(lhs) == comparable(rhs)
    }
}
