import Foundation

/// Hostile repository and registry states shared by several rows.
extension BadInputTable {
    /// A merge stopped on a conflict in README.md (MERGE_HEAD present, conflicted index).
    static func mergeConflict(_ sandbox: BadInputSandbox) throws {
        try divergeOnReadme(sandbox)
        _ = try? sandbox.git("merge", "-q", "side")
    }

    /// A rebase stopped on a conflict (rebase-merge/ present).
    static func rebaseConflict(_ sandbox: BadInputSandbox) throws {
        try divergeOnReadme(sandbox)
        try sandbox.git("checkout", "-q", "side")
        _ = try? sandbox.git("rebase", "main")
    }

    /// Branches `side` and `main` that change the same line of README.md, `main` checked out.
    private static func divergeOnReadme(_ sandbox: BadInputSandbox) throws {
        try sandbox.git("checkout", "-q", "-b", "side")
        try sandbox.write("repo/README.md", "# Tool\n\nSide.\n")
        try sandbox.git("commit", "-q", "-am", "side")
        try sandbox.git("checkout", "-q", "main")
        try sandbox.write("repo/README.md", "# Tool\n\nMain.\n")
        try sandbox.git("commit", "-q", "-am", "main")
    }

    /// HEAD points at a commit, not a branch.
    static func detach(_ sandbox: BadInputSandbox) throws {
        try sandbox.git("checkout", "-q", "--detach", "HEAD")
    }

    /// The repository's disk is full: a small tmpfs when this machine allows mounting, else the
    /// write failure `AtomicFile.write` simulates.
    static func fullDisk(_ sandbox: BadInputSandbox) throws {
        if !(try sandbox.fillDisk()) {
            sandbox.extraEnvironment["RULESMITH_SIMULATE_WRITE_FAILURE"] = "ENOSPC"
        }
    }

    /// A full disk under `export/` (registry export does not write through `AtomicFile`, so only
    /// a real tmpfs can fail it; where mounting is refused the row's outcome is not judged).
    static func fullExportDisk(_ sandbox: BadInputSandbox) throws {
        _ = try sandbox.fillDisk("export")
    }

    /// Hands the registry to `nobody`, for rows that run as that user and must get past opening it.
    static func registryForNobody(_ sandbox: BadInputSandbox) throws {
        // SQLite also creates its journal beside the database, so the folder is handed over too.
        for path in [sandbox.registry, sandbox.root] {
            _ = chown(path, uid_t(BadInputCase.nobody), gid_t(BadInputCase.nobody))
        }
    }

    /// Random bytes where the registry database should be.
    static func corruptRegistry(_ sandbox: BadInputSandbox) throws {
        sandbox.registryIsHostile = true
        try sandbox.remove("registry.sqlite")
        try sandbox.write("registry.sqlite", Array("SQLite format 3\u{0}".utf8) + BadInputBytes.binary)
    }

    /// A valid SQLite database that belongs to another program.
    static func foreignRegistry(_ sandbox: BadInputSandbox) throws {
        sandbox.registryIsHostile = true
        try sandbox.remove("registry.sqlite")
        try Shell.run("/usr/bin/python3", ["-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("create table notes (id integer primary key, body text)")
            db.execute("insert into notes (body) values ('not rulesmith')")
            db.commit()
            db.close()
            """, sandbox.registry])
    }

    /// The lockfile's entries point outside the repository (`..`) or at an absolute path.
    static func escapingLockfile(_ sandbox: BadInputSandbox, to target: String) throws {
        let path = sandbox.repo + "/.rulesmith.lock"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try sandbox.write("repo/.rulesmith.lock", text.replacingOccurrences(of: "\"AGENTS.md\"", with: "\"\(target)\""))
    }
}
