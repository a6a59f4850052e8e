/// Reads a template tree in any supported layout into stacks, and lays stacks out for export.
///
/// Layouts, tried in order: a template repository (`Templates/<stack>/…` and `Registry/`), a
/// single stack folder (`stack.yml` at the top), a folder of stack folders (`<stack>/stack.yml`),
/// and the awesome-cursorrules layouts (see `AwesomeCursorrules`).
public enum TemplateLayout {
    /// The folder that holds stacks in a template repository.
    public static let templatesFolder = "Templates"
    /// The folder that holds the registry index in a template repository.
    public static let registryFolder = "Registry"

    /// Parses `tree`; throws for unsafe paths, unknown files in stack folders and malformed files.
    public static func read(_ tree: TemplateTree) throws -> TemplateSet {
        for path in tree.files.keys where !TemplateIdentifier.isSafeRelativePath(path) {
            throw TemplateError.unsafePath(path)
        }
        let paths = tree.sortedPaths
        if paths.contains(where: { $0.hasPrefix(templatesFolder + "/") || $0.hasPrefix(registryFolder + "/") }) {
            return try readRepository(tree, paths: paths)
        }
        if tree.files["stack.yml"] != nil {
            let stack = try readStack(
                folder: tree.rootName, files: tree.files.map { ($0.key, $0.value) }, displayPrefix: "",
                executable: { tree.executables.contains($0) })
            return TemplateSet(stacks: [stack], format: .rulesmith)
        }
        if paths.contains(where: { isStackFile($0) }) {
            return try readStackFolders(tree, paths: paths, prefix: "", documentPrefix: templatesFolder + "/")
        }
        return try AwesomeCursorrules.read(tree)
    }

    /// The files export writes for `stacks` and `documents`: the repository layout.
    public static func files(stacks: [TemplateStack], documents: [String: [UInt8]]) -> [String: [UInt8]] {
        var output = documents
        for stack in stacks {
            let folder = "\(templatesFolder)/\(stack.id)/"
            output[folder + "stack.yml"] = stack.file
            for rule in stack.rules { output[folder + rule.id + ".md"] = rule.file }
            for (name, bytes) in stack.documents { output[folder + name] = bytes }
            for skill in stack.skills {
                for (path, bytes) in skill.files { output["\(folder)\(SkillTemplate.folder)/\(skill.name)/\(path)"] = bytes }
            }
        }
        return output
    }

    /// The paths of `files(stacks:documents:)` that export writes executable.
    public static func executables(stacks: [TemplateStack]) -> Set<String> {
        var output = Set<String>()
        for stack in stacks {
            for skill in stack.skills {
                for path in skill.executables { output.insert("\(templatesFolder)/\(stack.id)/\(SkillTemplate.folder)/\(skill.name)/\(path)") }
            }
        }
        return output
    }

    private static func isStackFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 2 && parts[1] == "stack.yml"
    }

    private static func readRepository(_ tree: TemplateTree, paths: [String]) throws -> TemplateSet {
        var documents: [String: [UInt8]] = [:]
        var index: RegistryIndex?
        for path in paths where path.hasPrefix(registryFolder + "/") {
            documents[path] = tree.files[path]
            if path == RegistryIndex.path { index = try RegistryIndex.parse(tree.files[path]!, path: path) }
        }
        var set = try readStackFolders(tree, paths: paths, prefix: templatesFolder + "/", documentPrefix: "")
        set.documents.merge(documents) { old, _ in old }
        set.index = index
        return set
    }

    /// Stacks from `<prefix><stack>/<file>`; loose files directly under `prefix` become documents.
    private static func readStackFolders(
        _ tree: TemplateTree, paths: [String], prefix: String, documentPrefix: String
    ) throws -> TemplateSet {
        var byFolder: [String: [(String, [UInt8])]] = [:]
        var folderOrder: [String] = []
        var documents: [String: [UInt8]] = [:]
        for path in paths where path.hasPrefix(prefix) {
            let relative = path.dropFirst(prefix.count)
            let parts = relative.split(separator: "/", maxSplits: 1)
            if parts.count == 1 {
                if !relative.hasPrefix(".") { documents[documentPrefix + path] = tree.files[path] }
                continue
            }
            let folder = String(parts[0])
            if byFolder[folder] == nil { folderOrder.append(folder) }
            byFolder[folder, default: []].append((String(parts[1]), tree.files[path]!))
        }
        var stacks: [TemplateStack] = []
        for folder in folderOrder {
            stacks.append(try readStack(
                folder: folder, files: byFolder[folder]!, displayPrefix: prefix,
                executable: { tree.executables.contains(prefix + folder + "/" + $0) }))
        }
        return TemplateSet(stacks: stacks, documents: documents, format: .rulesmith)
    }

    /// One stack folder: `stack.yml`, optional `README.md` and `mcp.json` (MCP servers), and `<rule-id>.md` files.
    static func readStack(
        folder: String, files: [(String, [UInt8])], displayPrefix: String, executable: (String) -> Bool = { _ in false }
    ) throws -> TemplateStack {
        let folderPath = displayPrefix + folder
        try TemplateIdentifier.validate(folder, kind: "stack folder", path: folderPath)
        guard let stackFile = files.first(where: { $0.0 == "stack.yml" }) else {
            throw TemplateError.malformedStack(path: folderPath + "/stack.yml", reason: "missing: every stack folder needs a stack.yml")
        }
        var stack = try StackParser.parse(stackFile.1, folder: folder, path: folderPath + "/stack.yml")
        stack.sourcePath = folderPath
        let skillPrefix = SkillTemplate.folder + "/"
        stack.skills = try SkillTemplate.read(
            files.filter { $0.0.hasPrefix(skillPrefix) }.map { (String($0.0.dropFirst(skillPrefix.count)), $0.1) },
            folderPath: folderPath, executable: executable)
        for (name, bytes) in files.sorted(by: { $0.0 < $1.0 }) where name != "stack.yml" && !name.hasPrefix(".") && !name.hasPrefix(skillPrefix) {
            let path = folderPath + "/" + name
            if name == "README.md" {
                stack.documents[name] = bytes
            } else if name == MCPServerTemplates.fileName {
                _ = try MCPServerTemplates.validate(bytes, path: path)
                stack.documents[name] = bytes
            } else if name.hasSuffix(".md"), !name.contains("/") {
                stack.rules.append(try RuleTemplateParser.parse(id: String(name.dropLast(3)), bytes: bytes, path: path))
            } else {
                throw TemplateError.unexpectedFile(path)
            }
        }
        return stack
    }
}
