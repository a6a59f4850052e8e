import RulesmithEditors

/// How much of a file rulesmith manages: all of it, or one `<!-- rulesmith:begin ID -->` block
/// (text outside the block is the user's).
public enum ManagedLayout: Sendable, Equatable {
    case wholeFile
    case block(String)
    /// The MCP servers named `owned` in the servers object of the MCP file at `path`; every other
    /// key and server is the user's (`MCPServerFile`).
    case servers(path: String, owned: [String])

    /// The layout a lockfile entry records.
    public init(entry: LockEntry) {
        if let servers = entry.servers {
            self = .servers(path: entry.path, owned: servers)
        } else {
            self = entry.block.map(ManagedLayout.block) ?? .wholeFile
        }
    }

    /// The owned server names, for a servers layout.
    public var ownedServers: [String]? {
        if case .servers(_, let owned) = self { return owned }
        return nil
    }

    /// How a broken managed region is described: block markers, or an MCP file's servers.
    public var problemLabel: String {
        if case .servers = self { return "its MCP servers cannot be merged" }
        return "managed block markers are broken"
    }

    /// The block ID, or nil for a whole file.
    public var blockID: String? {
        if case .block(let id) = self { return id }
        return nil
    }

    /// The text rulesmith wants in the managed region for `rendered` contents: the contents
    /// themselves, or for a block the contents ending with a newline (the end marker needs its own line).
    public func wanted(_ rendered: [UInt8]) -> [UInt8] {
        if case .servers(let path, _) = self { return MCPServerFile.region(ofRendered: rendered, path: path) }
        guard case .block = self, let last = rendered.last, last != 0x0A else { return rendered }
        return rendered + [0x0A]
    }

    /// The managed region of `file`: the whole file, or the block body (nil when the block is not there).
    public func region(of file: [UInt8]) throws(ManagedBlocks.Problem) -> [UInt8]? {
        if case .servers(let path, let owned) = self {
            do {
                return try MCPServerFile.region(of: file, path: path, owned: owned)
            } catch {
                throw .servers(error.message)
            }
        }
        guard case .block(let id) = self else { return file }
        let blocks = try ManagedBlocks.parse(String(decoding: file, as: UTF8.self))
        guard let block = blocks.blocks.first(where: { $0.id == id }) else { return nil }
        return Array(file[block.body])
    }

    /// `file` with its managed region replaced by `body`; a missing block is appended after the
    /// user's text, separated by a blank line. `file` nil means the file does not exist yet.
    public func replacingRegion(of file: [UInt8]?, with body: [UInt8]) throws(ManagedBlocks.Problem) -> [UInt8] {
        if case .servers(let path, let owned) = self {
            do {
                return try MCPServerFile.replacing(in: file, path: path, owned: owned, with: body)
            } catch {
                throw .servers(error.message)
            }
        }
        guard case .block(let id) = self else { return body }
        guard var file, !file.isEmpty else { return Array(ManagedBlocks.wrap(id, String(decoding: body, as: UTF8.self)).utf8) }
        let blocks = try ManagedBlocks.parse(String(decoding: file, as: UTF8.self))
        if let block = blocks.blocks.first(where: { $0.id == id }) {
            file.replaceSubrange(block.body, with: body)
            return file
        }
        if file.last != 0x0A { file.append(0x0A) }
        if !(file.count >= 2 && file[file.count - 2] == 0x0A) { file.append(0x0A) }
        return file + Array(ManagedBlocks.wrap(id, String(decoding: body, as: UTF8.self)).utf8)
    }

    /// `file` without the block (markers included), or nil when it is not there.
    public func removingBlock(from file: [UInt8]) throws(ManagedBlocks.Problem) -> [UInt8]? {
        if case .servers = self { return try replacingRegion(of: file, with: Array("{}".utf8)) }
        guard case .block(let id) = self else { return nil }
        let blocks = try ManagedBlocks.parse(String(decoding: file, as: UTF8.self))
        guard let block = blocks.blocks.first(where: { $0.id == id }) else { return nil }
        var output = file
        output.removeSubrange(block.range)
        // Drop the blank line the append put before the block.
        if block.range.lowerBound >= 2, output.count >= block.range.lowerBound,
           output[block.range.lowerBound - 1] == 0x0A, output[block.range.lowerBound - 2] == 0x0A,
           block.range.lowerBound == output.count {
            output.removeLast()
        }
        return output
    }

    /// Single-file Markdown targets that can hold a managed block after the user's own text.
    public static func acceptsBlock(_ path: String) -> Bool {
        switch FileKind.classify(path) {
        case .agentsMd, .claudeMd, .geminiMd, .copilot: true
        default: false
        }
    }
}
