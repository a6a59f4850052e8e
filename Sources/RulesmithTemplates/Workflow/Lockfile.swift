import Foundation
import RulesmithEditors
import RulesmithText

/// `.rulesmith.lock`: the registry revision and inputs of the last render, and one entry per
/// generated file. JSON with sorted keys, so it diffs well and merges rarely conflict.
public struct Lockfile: Sendable, Equatable {
    public static let fileName = ".rulesmith.lock"
    public static let currentVersion = 1

    /// The registry revision rendered, its source and (for a git source) commit.
    public var revision: Int
    public var source: String
    public var commit: String?
    public var inputs: LockedInputs
    /// Sorted by path.
    public var files: [LockEntry]

    public init(revision: Int, source: String, commit: String? = nil, inputs: LockedInputs, files: [LockEntry]) {
        self.revision = revision
        self.source = source
        self.commit = commit
        self.inputs = inputs
        self.files = files.sorted { $0.path < $1.path }
    }

    /// The entry for `path`, if it is generated.
    public func entry(for path: String) -> LockEntry? {
        files.first { $0.path == path }
    }

    /// Pretty JSON, keys sorted, with a final newline.
    public func serialized() -> [UInt8] {
        let entries: [JSONValue] = files.map { entry in
            var members: [(String, JSONValue)] = [
                ("path", .string(entry.path)), ("target", .string(entry.target)),
                ("stacks", .array(entry.stacks.map(JSONValue.string))), ("rules", .array(entry.rules.map(JSONValue.string))),
                ("revision", .int(entry.revision)), ("source", .string(entry.source)), ("blob", .string(entry.blob)),
            ]
            if let block = entry.block { members.append(("block", .string(block))) }
            if entry.conflicted { members.append(("conflicted", .bool(true))) }
            if let servers = entry.servers { members.append(("servers", .array(servers.map(JSONValue.string)))) }
            return .object(members)
        }
        let inputs: JSONValue = .object([
            ("stacks", .array(inputs.stacks.map(JSONValue.string))),
            ("targets", .array(inputs.targets.map(JSONValue.string))),
            ("variables", .object(inputs.variables.map { ($0.key, JSONValue.string($0.value)) })),
            ("overlays", .object(inputs.overlays.map { ($0.key, JSONValue.string($0.value)) })),
            ("hash", .string(inputs.hash)),
        ])
        var registry: [(String, JSONValue)] = [("revision", .int(revision)), ("source", .string(source))]
        if let commit { registry.append(("commit", .string(commit))) }
        let root: JSONValue = .object([
            ("version", .int(Self.currentVersion)), ("registry", .object(registry)), ("inputs", inputs),
            ("files", .array(entries)),
        ])
        return Array((root.serialized(pretty: true, sortKeys: true) + "\n").utf8)
    }

    /// Reads a lockfile; `path` names it in errors. Paths that leave the repository, lie inside
    /// `.git`, or that no target writes are refused.
    public static func parse(_ bytes: [UInt8], path: String) throws(LockfileError) -> Lockfile {
        func fail(_ message: String) -> LockfileError { LockfileError(path: path, message: message) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw fail("not valid JSON; restore it from git or delete it and run rulesmith init")
        }
        guard let root = object as? [String: Any] else { throw fail("must be a JSON object") }
        guard let version = root["version"] as? Int else { throw fail("'version' is missing") }
        guard version == currentVersion else {
            throw fail("lockfile version \(version) is not supported; this rulesmith reads version \(currentVersion)")
        }
        guard let registry = root["registry"] as? [String: Any], let revision = registry["revision"] as? Int,
              let source = registry["source"] as? String
        else { throw fail("'registry' must hold 'revision' and 'source'") }
        guard let inputsObject = root["inputs"] as? [String: Any] else { throw fail("'inputs' is missing") }
        let inputs = LockedInputs(
            stacks: inputsObject["stacks"] as? [String] ?? [], targets: inputsObject["targets"] as? [String] ?? [],
            variables: inputsObject["variables"] as? [String: String] ?? [:],
            overlays: inputsObject["overlays"] as? [String: String] ?? [:])
        guard let files = root["files"] as? [[String: Any]] else { throw fail("'files' must be a list") }
        var entries: [LockEntry] = []
        var seen = Set<String>()
        for file in files {
            guard let entryPath = file["path"] as? String, let target = file["target"] as? String,
                  let blob = file["blob"] as? String
            else { throw fail("every file needs 'path', 'target' and 'blob'") }
            guard TemplateIdentifier.isSafeRelativePath(entryPath), !PathSyntax.escapesRoot(entryPath) else {
                throw fail("'\(entryPath)' is not a path inside the repository")
            }
            guard !GitDirectoryName.isInside(entryPath) else {
                throw fail("'\(entryPath)' is inside git's own folder; rulesmith never writes or deletes there")
            }
            // The lockfile is data anyone can edit in a pull request; it may only name files a
            // target writes, so it cannot point apply's deletions at anything else.
            guard TargetCatalogue.generates(entryPath) else {
                throw fail("'\(entryPath)' is not a file any target writes; restore the lockfile from git, or delete it and run rulesmith init")
            }
            guard GitBlobID.isValid(blob) else { throw fail("'\(entryPath)': 'blob' must be 40 hex digits") }
            guard seen.insert(entryPath).inserted else { throw fail("'\(entryPath)' is listed twice") }
            let rules = file["rules"] as? [String] ?? []
            entries.append(LockEntry(
                path: entryPath, target: target, stacks: file["stacks"] as? [String] ?? LockEntry.stacks(of: rules),
                rules: rules, revision: file["revision"] as? Int ?? revision, source: file["source"] as? String ?? source,
                blob: blob, block: file["block"] as? String, conflicted: file["conflicted"] as? Bool ?? false,
                servers: MCPServerFile.isServerFile(entryPath) ? (file["servers"] as? [String] ?? []) : nil))
        }
        return Lockfile(revision: revision, source: source, commit: registry["commit"] as? String, inputs: inputs, files: entries)
    }
}

/// A lockfile that cannot be read, naming the file.
public struct LockfileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
