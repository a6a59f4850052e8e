import RulesmithKit

extension CommandOption {
    /// How the command line spells the option: Kit's failures name options by value, and this is
    /// the one place their flags are written (argument-parser derives the same names from the
    /// commands' properties).
    var flag: String {
        switch self {
        case .stack: "--stack"
        case .variable: "--var"
        case .target: "--target"
        case .targets: "--targets"
        case .jobs: "--jobs"
        case .repository: "--repo"
        case .cache: "--cache"
        case .branch: "--branch"
        case .source: "--source"
        case .ref: "--ref"
        case .base: "--base"
        case .fix: "--fix"
        case .staged: "--staged"
        case .kind: "--kind"
        case .registry: "--registry"
        case .latest: "--latest"
        case .yes: "--yes"
        case .dryRun: "--dry-run"
        case .chain: "--chain"
        case .checkout: "--checkout"
        case .commit: "--commit"
        case .hook: "--hook"
        case .chainHook: "--chain-hook"
        case .adoptExisting: "--adopt-existing"
        case .fetch: "--fetch"
        case .root: "--root"
        case .baseURL: "--base-url"
        case .timeout: "--timeout"
        case .maxBytes: "--max-bytes"
        case .maxRedirects: "--max-redirects"
        case .force: "--force"
        case .noPush: "--no-push"
        case .output: "--output"
        case .allowFindings: "--allow-findings"
        case .format: "--format"
        case .compat: "--compat"
        }
    }
}
