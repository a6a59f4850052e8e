import RulesmithTemplates


extension SyncOptions {
    /// The git servers this run may contact with credentials: those the environment trusts, and in
    /// quick mode the servers of the URLs typed with `--repo` and `--source`. A manifest is a file
    /// (often kept in a repository that pull requests change), so every network URL it names must
    /// be trusted by the environment; one that is not fails the run before any server is contacted.
    func trustedHosts(manifest: SyncManifest, targets: [SyncTarget]) throws(RulesmithError) -> TrustedGitHosts {
        var trusted = try GitCredentialChoice.trustedHosts(environment)
        guard let file = self.manifest else {
            for url in targets.map(\.url) + [manifest.registry.source].compactMap({ $0 }) {
                trusted = trusted.trusting(commandLineURL: url)
            }
            return trusted
        }
        if let source = manifest.registry.source {
            try GitCredentialChoice.requireTrusted(source, what: "registry source", namedIn: file, trusted: trusted)
        }
        for target in targets {
            try GitCredentialChoice.requireTrusted(target.url, what: "repository \(target.name)", namedIn: file, trusted: trusted)
        }
        return trusted
    }
}
