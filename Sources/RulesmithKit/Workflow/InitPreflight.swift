import RulesmithLint
import RulesmithTemplates

/// What `init` finds in the repository before it plans: refuses a repository that is already
/// bootstrapped, and reads the configuration already there (if any).
struct InitPreflight {
    /// The configuration already in the repository: its text and what it says.
    struct Existing {
        var text: String
        var configuration: ProjectConfiguration
    }

    let files: any FileSystemAccess

    func existing(configPath: String, lockPath: String) throws(RulesmithFailure) -> Existing? {
        if files.exists(lockPath) {
            throw RulesmithFailure.usage("\(Lockfile.fileName): this repository is already bootstrapped; use rulesmith status and rulesmith apply")
        }
        guard files.exists(configPath) else { return nil }
        let bytes = try files.read(configPath)
        let loaded = try ConfigurationLoader.parse(bytes, path: configPath)
        return Existing(text: String(decoding: bytes, as: UTF8.self), configuration: loaded.configuration)
    }
}
