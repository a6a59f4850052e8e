/// Which files one editor loads together (as each editor's documentation says), for spotting the same instructions
/// reaching it twice. Files load together when the editor reads both kinds from the same folder.
public struct EditorReadSet: Sendable {
    public var editor: String
    public var kinds: Set<FileKind>

    public static let all: [EditorReadSet] = [
        EditorReadSet(editor: "Cursor", kinds: [.cursorMdc, .cursorrules, .agentsMd]),
        EditorReadSet(editor: "GitHub Copilot", kinds: [.copilot, .copilotInstructions, .agentsMd]),
        EditorReadSet(editor: "Claude Code", kinds: [.claudeMd, .claudeLocal, .claudeRule]),
        EditorReadSet(editor: "Windsurf", kinds: [.windsurf, .windsurfRule]),
        EditorReadSet(editor: "Kiro", kinds: [.kiroSteering, .agentsMd]),
        EditorReadSet(editor: "Cline", kinds: [.cline]),
        EditorReadSet(editor: "Gemini CLI", kinds: [.geminiMd]),
    ]

    /// The folder a file applies to: the parent of its editor folder (`.cursor`, `.github`,
    /// `.windsurf`, `.devin`, `.kiro`, `.clinerules`, `.claude`), else the folder holding it.
    public static func scope(of path: String) -> String {
        let components = path.split(separator: "/").map(String.init)
        let markers: Set<String> = [".cursor", ".github", ".windsurf", ".devin", ".kiro", ".clinerules", ".claude"]
        if let index = components.dropLast().lastIndex(where: { markers.contains($0.lowercased()) }) {
            return components[..<index].joined(separator: "/")
        }
        return components.dropLast().joined(separator: "/")
    }
}
