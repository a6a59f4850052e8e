import RulesmithText

/// The repository's adopted skill files and MCP servers: `rulesmith adopt` keeps the user's
/// version of one file of a skill in `.rulesmith/overlays/skills/<skill>/<path>` and of one of
/// rulesmith's MCP servers in `.rulesmith/overlays/mcp/<server>.json`, each with the stack's text
/// it was adopted against (its base) under `.rulesmith/overlays/base/`. A render uses the adopted
/// text while the stack's text is still the base, and merges the stack's later change into it
/// 3-way otherwise, so a template update reaches an adopted file without undoing the adoption.
public struct AssetOverlays: Sendable {
    /// One adopted file or server: the overlay's path, its text, and the stack's text it was adopted against.
    public struct Entry: Sendable, Equatable {
        public var path: String
        public var adopted: [UInt8]
        /// Nil when the base file is absent: the adopted text then wins outright.
        public var base: [UInt8]?

        public init(path: String, adopted: [UInt8], base: [UInt8]?) {
            self.path = path
            self.adopted = adopted
            self.base = base
        }
    }

    /// What an overlay path stands for.
    public enum Kind: Sendable, Equatable {
        case skillFile(skill: String, file: String)
        case server(String)
    }

    /// `<skill>/<file>` → its adopted text.
    public var skillFiles: [String: Entry] = [:]
    /// Server name → its adopted definition (pretty JSON, as `MCPJSONText` writes it).
    public var servers: [String: Entry] = [:]
    /// A clean 3-way merge (nil on conflict). Rendering is pure; the caller that can merge
    /// (Kit, through libgit2) passes it. Without it a changed stack text leaves the adopted one.
    public var merge: (@Sendable (_ base: [UInt8], _ ours: [UInt8], _ theirs: [UInt8]) -> [UInt8]?)?

    public init() {}

    public var isEmpty: Bool { skillFiles.isEmpty && servers.isEmpty }

    public static let skillsFolder = AdoptionPlan.overlayFolder + "/skills"
    public static let serversFolder = AdoptionPlan.overlayFolder + "/mcp"
    public static let baseFolder = AdoptionPlan.overlayFolder + "/base"

    /// Why an overlay path cannot be read.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// What `path` (an entry of `overlays:`) holds: a skill file, a server, or nil for a rule
    /// overlay. A skill overlay's path is checked like a template's (kebab-case skill folder, a
    /// plain relative path inside it); a server's name like a stack's `mcp.json` names it.
    public static func kind(of path: String) throws(Problem) -> Kind? {
        if path.hasPrefix(baseFolder + "/") {
            throw Problem(message: "\(path): a base file under \(baseFolder)/ is not an overlay; list the adopted file instead")
        }
        if path.hasPrefix(skillsFolder + "/") {
            let rest = String(path.dropFirst(skillsFolder.count + 1))
            let parts = rest.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, TemplateIdentifier.isKebabCase(parts[0]), TemplateIdentifier.isSafeRelativePath(parts[1]) else {
                throw Problem(message: "\(path): a skill overlay must be \(skillsFolder)/<skill>/<file>, with a kebab-case skill name and a plain path inside it")
            }
            return .skillFile(skill: parts[0], file: parts[1])
        }
        if path.hasPrefix(serversFolder + "/") {
            let name = String(path.dropFirst(serversFolder.count + 1))
            guard name.hasSuffix(".json") else {
                throw Problem(message: "\(path): an MCP server overlay must be \(serversFolder)/<server>.json")
            }
            let server = String(name.dropLast(5))
            guard !server.isEmpty, server.utf8.count <= 64, server.utf8.allSatisfy({ ByteClass.isServerNameByte($0) }) else {
                throw Problem(message: "\(path): server name '\(server)' must be 1–64 letters, digits, '-' or '_'")
            }
            return .server(server)
        }
        return nil
    }

    /// The base file beside an overlay: the same path under `.rulesmith/overlays/base/`.
    public static func basePath(of overlayPath: String) -> String {
        baseFolder + "/" + overlayPath.dropFirst(AdoptionPlan.overlayFolder.count + 1)
    }

    /// The overlay of file `file` of skill `skill`.
    public static func path(skill: String, file: String) -> String { "\(skillsFolder)/\(skill)/\(file)" }

    /// The overlay of server `name`.
    public static func path(server name: String) -> String { "\(serversFolder)/\(name).json" }

    /// The skill and the file inside it of a rendered skill path (`.claude/skills/x/SKILL.md`).
    public static func skillFile(ofRendered path: String) -> (skill: String, file: String)? {
        for (folder, _) in SkillsFormat.folders where path.hasPrefix(folder + "/") {
            let parts = path.dropFirst(folder.count + 1).split(separator: "/", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        return nil
    }

    /// Checks an adopted server definition: one JSON object. Returns it written as `MCPJSONText` does.
    public static func serverDefinition(_ bytes: [UInt8], path: String) throws(Problem) -> [UInt8] {
        let scan = JSONScan(bytes)
        if let error = scan.error {
            throw Problem(message: "\(path): not valid JSON at byte \(error.offset): \(error.reason)")
        }
        guard let root = scan.root, scan.nodes[root].kind == .object else {
            throw Problem(message: "\(path): an adopted MCP server must be one JSON object")
        }
        return MCPJSONText.write(scan, root)
    }

    /// The text to render for an adopted entry whose stack text is now `current`.
    func resolve(_ entry: Entry, current: [UInt8], what: String, target: String, notes: inout [RenderNote]) -> [UInt8] {
        guard let base = entry.base, base != current, entry.adopted != current else { return entry.adopted }
        if entry.adopted == base { return current }
        if let merge, let merged = merge(base, entry.adopted, current) { return merged }
        notes.append(RenderNote(
            target: target, path: entry.path,
            message: "\(what) changed in its stack since you adopted it, on the lines you changed; your adopted text (\(entry.path)) "
                + "is rendered as it is: merge the stack's change into it by hand (its base is \(Self.basePath(of: entry.path)))"))
        return entry.adopted
    }

    /// The chain's skills with the adopted files in place.
    func applying(toSkills skills: [(String, SkillTemplate)], notes: inout [RenderNote]) -> [(String, SkillTemplate)] {
        guard !skillFiles.isEmpty else { return skills }
        var output = skills
        var used = Set<String>()
        for index in output.indices {
            let name = output[index].1.name
            for (file, bytes) in output[index].1.files {
                guard let entry = skillFiles["\(name)/\(file)"] else { continue }
                used.insert("\(name)/\(file)")
                output[index].1.files[file] = resolve(entry, current: bytes, what: "skill \(name) file \(file)", target: SkillsFormat.name, notes: &notes)
            }
        }
        for key in skillFiles.keys.sorted() where !used.contains(key) {
            notes.append(RenderNote(
                target: SkillsFormat.name, path: skillFiles[key]!.path,
                message: "no stack of the render has \(key) any more; the adopted file is not rendered (delete it, or keep the skill in a stack)"))
        }
        return output
    }

    /// The chain's servers with the adopted definitions in place.
    func applying(toServers servers: [(String, [UInt8])], notes: inout [RenderNote]) -> [(String, [UInt8])] {
        guard !self.servers.isEmpty else { return servers }
        var output = servers
        var used = Set<String>()
        for index in output.indices {
            guard let entry = self.servers[output[index].0] else { continue }
            used.insert(output[index].0)
            let text = resolve(entry, current: output[index].1, what: "MCP server \(output[index].0)", target: MCPFormat.name, notes: &notes)
            // A merge that no longer parses as one object is as bad as a conflict: keep the adopted text.
            output[index].1 = (try? Self.serverDefinition(text, path: entry.path)) ?? entry.adopted
        }
        for name in self.servers.keys.sorted() where !used.contains(name) {
            notes.append(RenderNote(
                target: MCPFormat.name, path: self.servers[name]!.path,
                message: "no stack of the render has MCP server \(name) any more; the adopted definition is not rendered (delete it, or keep the server in a stack)"))
        }
        return output
    }
}
