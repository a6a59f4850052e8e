import RulesmithText

/// A hook configuration as its reader sees it: the dialect, the `hooks` object, each event and
/// each handler (the object that runs a command).
struct HookFile {
    /// The three hook schemas (`agent-surface.md` §7).
    enum Dialect: String {
        case claude = "Claude Code"
        case copilot = "GitHub Copilot"
        case cursor = "Cursor"
    }

    /// One event's entries.
    struct Event {
        var name: String
        var node: Int
        /// The handler objects, whether listed flat or inside matcher groups.
        var handlers: [Int]
        /// Entries that are matcher groups (`{"matcher": …, "hooks": [...]}`).
        var groups: [Int]
        /// Entries that are handlers listed directly.
        var flat: [Int]
    }

    let dialect: Dialect
    let scan: JSONScan
    /// The `hooks` object, when the file has one.
    let hooksNode: Int?
    let events: [Event]

    static let claudeEvents: Set<String> = [
        "SessionStart", "Setup", "UserPromptSubmit", "UserPromptExpansion", "PreToolUse", "PermissionRequest", "PermissionDenied",
        "PostToolUse", "PostToolUseFailure", "PostToolBatch", "Notification", "MessageDisplay", "SubagentStart", "SubagentStop",
        "TaskCreated", "TaskCompleted", "Stop", "StopFailure", "TeammateIdle", "InstructionsLoaded", "ConfigChange", "CwdChanged",
        "DirectoryAdded", "FileChanged", "WorktreeCreate", "WorktreeRemove", "PreCompact", "PostCompact", "Elicitation",
        "ElicitationResult", "SessionEnd",
    ]
    static let copilotEvents: Set<String> = [
        "sessionStart", "sessionEnd", "userPromptSubmitted", "preToolUse", "postToolUse", "postToolUseFailure", "errorOccurred",
        "agentStop", "subagentStart", "subagentStop", "preCompact", "permissionRequest", "notification",
    ]
    static let cursorEvents: Set<String> = [
        "beforeShellExecution", "afterShellExecution", "beforeMCPExecution", "afterMCPExecution", "beforeReadFile", "afterFileEdit",
        "beforeSubmitPrompt", "stop", "afterAgentResponse", "afterAgentThought", "beforeTabFileRead", "afterTabFileEdit",
        "sessionStart", "sessionEnd", "preToolUse", "postToolUse", "postToolUseFailure", "subagentStart", "subagentStop", "preCompact",
    ]

    /// The event names `dialect` reads. Copilot also takes PascalCase names (VS Code's payload).
    static func events(of dialect: Dialect) -> Set<String> {
        switch dialect {
        case .claude: claudeEvents
        case .copilot: copilotEvents.union(claudeEvents)
        case .cursor: cursorEvents
        }
    }

    static func dialect(of document: LintDocument) -> Dialect? {
        switch (AgentFileSupport.parentName(document), AgentFileSupport.fileName(document)) {
        case (".claude", _): .claude
        case (".cursor", "hooks.json"): .cursor
        case ("hooks", _): .copilot
        default: nil
        }
    }

    init?(_ document: LintDocument) {
        guard document.kind == .agentHooks, let dialect = Self.dialect(of: document), document.isReadableRulesText else { return nil }
        let scan = AgentFileSupport.json(document)
        guard scan.error == nil, let root = scan.root, scan.nodes[root].kind == .object else { return nil }
        self.dialect = dialect
        self.scan = scan
        hooksNode = scan.member(root, "hooks").flatMap { scan.nodes[$0].kind == .object ? $0 : nil }
        events = hooksNode.map { hooks in
            scan.nodes[hooks].children.map { eventNode in
                var event = Event(name: scan.nodes[eventNode].key ?? "", node: eventNode, handlers: [], groups: [], flat: [])
                for entry in scan.nodes[eventNode].children where scan.nodes[entry].kind == .object {
                    if let inner = scan.member(entry, "hooks"), scan.nodes[inner].kind == .array {
                        event.groups.append(entry)
                        event.handlers.append(contentsOf: scan.nodes[inner].children.filter { scan.nodes[$0].kind == .object })
                    } else {
                        event.flat.append(entry)
                        event.handlers.append(entry)
                    }
                }
                return event
            }
        } ?? []
    }

    /// The shell text a handler runs (`command`, `bash`, `powershell`, per-OS variants), with nodes.
    func commands(of handler: Int) -> [(text: String, node: Int)] {
        ["command", "bash", "powershell", "linux", "osx", "windows"].compactMap { key in
            scan.member(handler, key).flatMap { node in scan.string(node).map { ($0, node) } }
        }
    }
}
