import Foundation

/// One row's world: a temp folder holding a git repository (`repo/`), a registry database
/// (`registry.sqlite`), a home folder and an `outside/` folder that symlinks may point into. The
/// whole tree is snapshotted before and after the command to prove nothing was partly written.
final class BadInputSandbox {
    /// How far the repository is set up before the row's own preparation.
    enum State: Sendable {
        /// An empty folder, not a git repository.
        case bare
        /// A git repository with one commit and a file that the `tool` stack detects.
        case repository
        /// `repository` after `rulesmith init --yes`, committed.
        case initialised
    }

    let root: String
    let repo: String
    let registry: String
    let outside: String
    private(set) var mounted: String?
    /// Set when the row replaced the registry with something hostile, which must then stay untouched.
    var registryIsHostile = false
    /// Set when the full disk could only be simulated (mounting refused).
    var diskFullIsSimulated = false
    /// Environment a row's preparation adds (e.g. the simulated write failure).
    var extraEnvironment: [String: String] = [:]

    init(_ state: State) throws {
        let golden = try BadInputGolden.shared.get()
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-bad-\(UUID().uuidString)").path
        repo = root + "/repo"
        registry = root + "/registry.sqlite"
        outside = root + "/outside"
        for folder in [root, outside, root + "/home"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        chmod(root, 0o755)
        try Shell.run("/bin/cp", ["-a", golden.registry, registry])
        switch state {
        case .bare: try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        case .repository: try Shell.run("/bin/cp", ["-a", golden.repository, repo])
        case .initialised: try Shell.run("/bin/cp", ["-a", golden.initialised, repo])
        }
        try write("outside/CLAUDE.md", Array("# Outside\n\nNot the repository's.\n".utf8))
    }

    deinit {
        if let mounted { _ = try? Shell.run("/bin/umount", ["-l", mounted]) }
        _ = try? Shell.run("/bin/chmod", ["-R", "u+rwX", root])
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The environment every row runs with: this sandbox's registry and home, no colour, no system git config.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["RULESMITH_REGISTRY"] = registry
        environment["HOME"] = root + "/home"
        environment["XDG_DATA_HOME"] = root + "/home/.local/share"
        environment["XDG_CONFIG_HOME"] = root + "/home/.config"
        environment["NO_COLOR"] = "1"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_AUTHOR_NAME"] = "Bad Input"
        environment["GIT_AUTHOR_EMAIL"] = "bad@example.com"
        environment["GIT_COMMITTER_NAME"] = "Bad Input"
        environment["GIT_COMMITTER_EMAIL"] = "bad@example.com"
        for (key, value) in extraEnvironment { environment[key] = value }
        return environment
    }

    /// Writes `bytes` at a sandbox-relative path, creating folders.
    func write(_ relative: String, _ bytes: [UInt8]) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

    /// A sparse file of `size` bytes (no disk space used): all NULs when read.
    func sparse(_ relative: String, size: Int) throws {
        try write(relative, [])
        guard truncate(root + "/" + relative, off_t(size)) == 0 else { throw POSIXError(.EIO) }
    }

    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: root + "/" + relative, withIntermediateDirectories: true)
    }

    /// A symbolic link at `relative` whose content is `target` (verbatim, relative or absolute).
    func link(_ relative: String, to target: String) throws {
        let path = root + "/" + relative
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: root + "/" + relative) }

    /// A named pipe (FIFO) at `relative`, replacing what is there; nothing ever writes to it.
    func makeFIFO(_ relative: String) throws {
        let path = root + "/" + relative
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard mkfifo(path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func chmod(_ relative: String, _ mode: mode_t) { Glibc.chmod(root + "/" + relative, mode) }

    /// Runs git in the repository (for merge, rebase and detached-HEAD states).
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try Shell.run("/usr/bin/git", ["-C", repo] + arguments, environment: environment)
    }

    /// Mounts a small tmpfs over the sandbox folder `relative` (created when missing) with its
    /// content copied in and the remaining space filled, so the next write fails with ENOSPC.
    /// False when mounting is refused (containers).
    func fillDisk(_ relative: String = "repo") throws -> Bool {
        let folder = root + "/" + relative
        let staging = root + "/staging"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Shell.run("/bin/mv", [folder, staging])
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard (try? Shell.run("/bin/mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", folder])) != nil else {
            try FileManager.default.removeItem(atPath: folder)
            try Shell.run("/bin/mv", [staging, folder])
            diskFullIsSimulated = true
            return false
        }
        mounted = folder
        try Shell.run("/bin/cp", ["-a", staging + "/.", folder])
        try FileManager.default.removeItem(atPath: staging)
        // Fill what is left; dd stops at ENOSPC and that is the point.
        _ = try? Shell.run("/bin/dd", ["if=/dev/zero", "of=\(folder)/.filler", "bs=4096"])
        return true
    }

    /// Every entry under the sandbox (files by content, links by target, with modes), minus the
    /// paths the row may change; `.git/index` stat refreshes by libgit2 are not writes of ours.
    func snapshot(excluding excluded: [String]) -> [String: String] {
        var entries: [String: String] = [:]
        var stack = [""]
        while let relative = stack.popLast() {
            let path = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { continue }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                if excluded.contains(where: { child == $0 || child.hasPrefix($0 + "/") }) { continue }
                var info = stat()
                guard lstat(root + "/" + child, &info) == 0 else { continue }
                let mode = String(info.st_mode & 0o7777, radix: 8)
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    entries[child] = "dir \(mode)"
                    stack.append(child)
                case S_IFLNK:
                    entries[child] = "link " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: root + "/" + child)) ?? "?")
                case S_IFIFO, S_IFCHR, S_IFBLK, S_IFSOCK:
                    // Never opened: reading a FIFO would wait for a writer.
                    entries[child] = "special \(info.st_mode & S_IFMT) \(mode) \(info.st_ino)"
                default:
                    // Inode and modification time catch a replaced or rewritten large file; content
                    // (hashed) catches the rest.
                    let stamp = "\(info.st_size) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
                    entries[child] = "file \(mode) \(stamp) \(info.st_size <= 4 << 20 ? Self.digest(root + "/" + child) : 0)"
                }
            }
        }
        return entries
    }
}

extension BadInputSandbox {
    /// FNV-1a of a file's bytes (enough to see a change; not a security hash).
    static func digest(_ path: String) -> UInt64 {
        guard let data = FileManager.default.contents(atPath: path) else { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return hash
    }
}
