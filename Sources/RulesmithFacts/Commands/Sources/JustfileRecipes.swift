/// The recipes of a justfile (`test:`, `lint *args:`, `@fmt:`), with their lines.
enum JustfileRecipes {
    static func recipes(_ text: String) -> [MakefileTargets.Target] {
        var result: [MakefileTargets.Target] = []
        for (offset, line) in TextLines(text).lines.enumerated() {
            guard let first = line.first, first != " ", first != "\t", first != "#", first != "[" else { continue }
            guard let colon = line.firstIndex(of: ":"), !line[line.index(after: colon)...].hasPrefix("=") else { continue }
            let head = line[..<colon]
            guard !head.contains("="), !head.hasPrefix("set "), !head.hasPrefix("alias "), !head.hasPrefix("import ") else { continue }
            let name = head.split(separator: " ").first.map { $0.hasPrefix("@") ? String($0.dropFirst()) : String($0) } ?? ""
            if !name.isEmpty { result.append(MakefileTargets.Target(name: name, line: offset + 1)) }
        }
        return result
    }

    static func candidates(at path: String, context: CommandContext) -> [CommandCandidate] {
        guard let text = context.store.text(path) else { return [] }
        let folder = Paths.folder(of: path)
        return recipes(text).compactMap { recipe in
            guard let (kind, closeness) = TaskNames.kind(of: recipe.name) else { return nil }
            return CommandCandidate(
                folder: context.project(containing: folder) ?? folder, kind: kind, command: "just \(recipe.name)",
                evidence: Evidence(path, line: recipe.line), source: "justfile", strength: .taskRunner, closeness: closeness)
        }
    }
}
