import Foundation

/// Where the registry database lives: `--registry PATH`, else `RULESMITH_REGISTRY`, else
/// `$XDG_DATA_HOME/rulesmith/registry.sqlite`, else `~/.local/share/rulesmith/registry.sqlite`.
public enum RegistryLocation {
    /// The file name inside the data directory.
    public static let fileName = "registry.sqlite"

    /// The database path for an explicit option and an environment.
    public static func resolve(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String {
        if let explicit, !explicit.isEmpty { return absolute(explicit) }
        if let variable = environment["RULESMITH_REGISTRY"], !variable.isEmpty { return absolute(variable) }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/rulesmith/" + fileName
        }
        guard let home = environment["HOME"], !home.isEmpty else {
            throw RulesmithFailure.usage("cannot place the registry: HOME and XDG_DATA_HOME are unset; pass \(option: .registry) PATH")
        }
        return home + "/.local/share/rulesmith/" + fileName
    }

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst()
        }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
