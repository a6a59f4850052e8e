#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Installs and removes rulesmith's `pre-commit` hook without ever losing a hook that was there:
/// a foreign hook is refused, or chained (moved to `pre-commit.rulesmith-chained`, run after ours)
/// and moved back byte for byte, with its mode, on uninstall.
public struct HookInstaller: Sendable {
    /// The binary the hook calls first (the installing one).
    public var executable: String
    public var environment: [String: String]
    public var workingDirectory: String

    public init(executable: String, environment: [String: String], workingDirectory: String = FileSystem.currentDirectory) {
        self.executable = executable
        self.environment = environment
        self.workingDirectory = workingDirectory
    }

    /// Writes the hook into the folder git runs hooks from, creating it when missing.
    ///
    /// - Parameter chain: move a foreign hook aside and run it after rulesmith's; without it a
    ///   foreign hook makes install refuse.
    /// - Throws: `RulesmithError` (exit 2) for a foreign hook without `chain`, a chained name
    ///   already taken, or a failed write (after putting the foreign hook back).
    public func install(chain: Bool) throws(RulesmithError) -> HookInstallOutcome {
        let location = try HookLocation.resolve(from: workingDirectory, environment: environment)
        let show = { (path: String) in FileSystem.relative(path, to: workingDirectory) }
        switch FileSystem.type(of: location.folder) {
        case .directory, .missing: break
        default: throw RulesmithError("\(show(location.folder)): the hooks folder is not a folder")
        }
        guard FileSystem.exists(location.hook) else {
            let createFolder = !FileSystem.exists(location.folder)
            if createFolder { try FileSystem.createDirectory(location.folder) }
            try writeScript(HookScript.render(executable: executable, createdFolder: createFolder), to: location.hook)
            return .installed(hook: location.hook, chained: FileSystem.exists(location.chained) ? location.chained : nil)
        }
        let existing = try? FileSystem.read(location.hook)
        if let existing, HookScript.isRulesmiths(existing) {
            let script = HookScript.render(executable: executable, createdFolder: HookScript.createdFolder(existing))
            if Array(script.utf8) == existing { return .unchanged(hook: location.hook) }
            try writeScript(script, to: location.hook)
            return .updated(hook: location.hook)
        }
        guard chain else {
            if let existing, HookScript.isPreCommitFramework(existing) {
                throw RulesmithFailure.usage("\(show(location.hook)) is the pre-commit framework's hook: add rulesmith to .pre-commit-config.yaml (hook rulesmith-lint or rulesmith-lint-system) instead, or pass \(option: .chain) to run that hook after rulesmith's")
            }
            throw RulesmithFailure.usage("\(show(location.hook)): a pre-commit hook that is not rulesmith's is already there; pass \(option: .chain) to keep it and run it after rulesmith's (it moves to \(HookScript.chainedName)), or move it away yourself")
        }
        guard !FileSystem.exists(location.chained) else {
            throw RulesmithError("\(show(location.chained)) already exists; refusing to overwrite it with \(show(location.hook)) (move one of them away, then install again)")
        }
        guard rename(location.hook, location.chained) == 0 else {
            throw RulesmithError("\(show(location.hook)): cannot move it to \(HookScript.chainedName): \(String(cString: strerror(errno)))")
        }
        do {
            try writeScript(HookScript.render(executable: executable, createdFolder: false), to: location.hook)
        } catch {
            unlink(location.hook)
            rename(location.chained, location.hook)
            throw error
        }
        return .installed(hook: location.hook, chained: location.chained)
    }

    /// Removes rulesmith's hook and moves a chained hook back; leaves a foreign hook alone.
    ///
    /// - Throws: `RulesmithError` (exit 2) when a file cannot be removed or moved back.
    public func uninstall() throws(RulesmithError) -> HookUninstallOutcome {
        let location = try HookLocation.resolve(from: workingDirectory, environment: environment)
        let show = { (path: String) in FileSystem.relative(path, to: workingDirectory) }
        var createdFolder = false
        if FileSystem.exists(location.hook) {
            guard let existing = try? FileSystem.read(location.hook), HookScript.isRulesmiths(existing) else {
                return .notInstalled(hook: location.hook, foreign: true)
            }
            createdFolder = HookScript.createdFolder(existing)
            guard unlink(location.hook) == 0 else {
                throw RulesmithError("\(show(location.hook)): cannot remove it: \(String(cString: strerror(errno)))")
            }
        } else if !FileSystem.exists(location.chained) {
            return .notInstalled(hook: location.hook, foreign: false)
        }
        if FileSystem.exists(location.chained) {
            guard rename(location.chained, location.hook) == 0 else {
                throw RulesmithError("\(show(location.chained)): cannot move it back to \(HookScript.hookName): \(String(cString: strerror(errno)))")
            }
            return .removed(hook: location.hook, restored: true, removedFolder: false)
        }
        let removedFolder = createdFolder && rmdir(location.folder) == 0
        return .removed(hook: location.hook, restored: false, removedFolder: removedFolder)
    }

    private func writeScript(_ script: String, to path: String) throws(RulesmithError) {
        try AtomicFile.write(Array(script.utf8), to: path, scope: .outsideRepository)
        guard chmod(path, 0o755) == 0 else {
            throw RulesmithError("\(FileSystem.relative(path, to: workingDirectory)): cannot make it executable: \(String(cString: strerror(errno)))")
        }
    }
}
