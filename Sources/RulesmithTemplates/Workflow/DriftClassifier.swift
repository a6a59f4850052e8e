/// Classifies generated files (pure): lockfile entry + disk + fresh render → `FileDrift`.
public enum DriftClassifier {
    /// What the classification compares against: the inputs and revision of the fresh render and
    /// of the lockfile.
    public struct Context: Sendable, Equatable {
        public var inputsHash: String
        public var revision: Int
        public var lockedInputsHash: String?
        public var lockedRevision: Int?

        public init(inputsHash: String, revision: Int, lockedInputsHash: String?, lockedRevision: Int?) {
            self.inputsHash = inputsHash
            self.revision = revision
            self.lockedInputsHash = lockedInputsHash
            self.lockedRevision = lockedRevision
        }

        /// Why a render that differs from the locked one differs.
        public var staleReason: StaleReason {
            if let lockedInputsHash, lockedInputsHash != inputsHash { return .config }
            if let lockedRevision, lockedRevision != revision { return .registry }
            return .renderer
        }

        var staleDetail: String {
            switch staleReason {
            case .config: "the configuration or an overlay changed"
            case .registry: "registry revision \(lockedRevision.map(String.init) ?? "?") → \(revision)"
            case .renderer: "this rulesmith renders it differently"
            }
        }
    }

    /// Classifies one path. `entry` nil: not generated before; `rendered` nil: no longer rendered.
    public static func classify(
        path: String, entry: LockEntry?, disk: DiskContent, rendered: RenderedFile?, context: Context
    ) -> FileDrift {
        let target = rendered?.target ?? entry?.target ?? ""
        var drift = FileDrift(path: path, target: target, state: .upToDate, entry: entry, rendered: rendered, detail: "")
        if case .file(let bytes) = disk { drift.disk = bytes }
        if case .unusable(let reason) = disk {
            drift.state = .unreadable
            drift.detail = reason
            return drift
        }
        if case .link(let destination) = disk {
            drift.state = entry == nil ? .blocked : .unreadable
            drift.detail = "is a symbolic link to \(destination); rulesmith does not write through links "
                + "(remove the link, or drop target '\(target)' from .rulesmith.yml)"
            return drift
        }
        guard let entry else { return classifyNew(drift, disk: disk) }
        drift.layout = ManagedLayout(entry: entry)
        guard case .file(let bytes) = disk else {
            drift.state = rendered == nil ? .orphaned : .missing
            drift.detail = rendered == nil ? "no longer rendered, and already deleted" : "deleted since rulesmith wrote it; apply writes it again"
            return drift
        }
        let region: [UInt8]?
        do {
            region = try drift.layout.region(of: bytes)
        } catch {
            drift.state = .unreadable
            drift.detail = "\(drift.layout.problemLabel): \(error)"
            return drift
        }
        if let collision = MCPServerFile.collision(in: bytes, layout: drift.layout, rendered: rendered) {
            drift.state = .blocked
            drift.detail = collision
            return drift
        }
        guard let current = region else {
            drift.state = rendered == nil ? .orphaned : .missing
            drift.detail = rendered == nil
                ? "no longer rendered, and its managed block is already gone"
                : "its managed block '\(entry.block ?? "")' was removed; apply adds it again after your text"
            return drift
        }
        drift.current = current
        if let line = ConflictMarkers.firstLine(in: current) {
            drift.state = .conflicted
            drift.detail = "conflict markers from line \(line); resolve them, then run rulesmith apply"
            return drift
        }
        let edited = GitBlobID.of(current) != entry.blob
        guard let wanted = drift.wanted else {
            drift.state = .orphaned
            drift.userText = edited
            // A block is delimited by rulesmith's own markers; a whole file must carry its header.
            drift.provenance = entry.servers != nil ? .unproven("rulesmith's own copy of the servers it wrote is not on this machine")
                : SkillsTarget.isSkillPath(path) ? .unproven("rulesmith's own copy of the skill file it wrote is not on this machine")
                : entry.block != nil || GeneratedMarker.isPresent(in: current)
                ? .proven : .unproven("it does not carry rulesmith's generated header")
            drift.detail = orphanDetail(drift)
            return drift
        }
        if current == wanted {
            drift.state = .upToDate
            drift.detail = edited ? "matches the render (edited to it by hand)" : ""
            return drift
        }
        let stale = GitBlobID.of(wanted) != entry.blob
        switch (edited, stale) {
        case (true, true):
            drift.state = .editedStale
            drift.reason = context.staleReason
            drift.detail = "hand edit since the last write, and \(context.staleDetail); apply merges them"
        case (true, false):
            drift.state = .edited
            drift.detail = "hand edit since the last write; rulesmith adopt \(path) keeps it for good"
        default:
            drift.state = .stale
            drift.reason = context.staleReason
            drift.detail = context.staleDetail
        }
        return drift
    }

    /// What apply does with an orphan that is still on disk, and why.
    public static func orphanDetail(_ drift: FileDrift) -> String {
        if case .unproven(let reason) = drift.provenance {
            return "no longer rendered, and rulesmith cannot show it wrote it (\(reason)); apply keeps it and stops managing it"
        }
        if drift.userText { return "no longer rendered; it has your edits, so apply keeps it and stops managing it" }
        if drift.entry?.servers != nil { return "no longer rendered; apply removes rulesmith's servers and keeps yours" }
        return drift.entry?.block == nil ? "no longer rendered; apply deletes it" : "no longer rendered; apply removes its managed block"
    }

    private static func classifyNew(_ start: FileDrift, disk: DiskContent) -> FileDrift {
        var drift = start
        drift.state = .new
        guard let rendered = drift.rendered else {
            drift.state = .orphaned
            drift.detail = "not rendered and not in the lockfile"
            return drift
        }
        if MCPServerFile.isServerFile(drift.path) {
            return classifyNewServers(drift, disk: disk, rendered: rendered)
        }
        guard case .file(let bytes) = disk else {
            drift.detail = "not written yet"
            return drift
        }
        if bytes == rendered.contents {
            drift.current = bytes
            drift.detail = "already holds the rendered text; apply records it"
            return drift
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let blocks: ManagedBlocks
        do {
            blocks = try ManagedBlocks.parse(text)
        } catch {
            drift.state = .unreadable
            drift.detail = "managed block markers are broken: \(error)"
            return drift
        }
        if let block = blocks.blocks.first(where: { $0.id == rendered.target }) {
            drift.layout = .block(rendered.target)
            let body = Array(bytes[block.body])
            drift.current = body
            drift.userText = !body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D } && body != drift.wanted
            drift.detail = drift.userText
                ? "its block '\(rendered.target)' holds text rulesmith did not write; apply merges it as a conflict for you to resolve"
                : "apply fills its block '\(rendered.target)'; text outside the block stays yours"
            return drift
        }
        if ManagedLayout.acceptsBlock(drift.path) {
            drift.layout = .block(rendered.target)
            drift.detail = "exists and rulesmith did not write it; apply appends a managed block after your text"
            return drift
        }
        drift.state = .blocked
        drift.detail = "exists and rulesmith did not write it; left alone (rulesmith adopt \(drift.path) takes its text in as an overlay, or move it away)"
        return drift
    }

    /// An MCP file rulesmith has not written to: its servers are added beside the user's, unless
    /// the user already has a server of the same name (a conflict: never overwritten).
    private static func classifyNewServers(_ start: FileDrift, disk: DiskContent, rendered: RenderedFile) -> FileDrift {
        var drift = start
        drift.layout = .servers(path: drift.path, owned: [])
        guard case .file(let bytes) = disk else {
            drift.detail = "not written yet"
            return drift
        }
        do {
            drift.current = try drift.layout.region(of: bytes)
        } catch {
            drift.state = .unreadable
            drift.detail = "\(drift.layout.problemLabel): \(error)"
            return drift
        }
        if let collision = MCPServerFile.collision(in: bytes, layout: drift.layout, rendered: rendered) {
            drift.state = .blocked
            drift.detail = collision
            return drift
        }
        drift.detail = "exists and rulesmith did not write it; apply adds its servers and keeps yours"
        return drift
    }
}
