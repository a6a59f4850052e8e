#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the `*.lock` files git and libgit2 leave in a repository when killed mid-write
/// (`index.lock`, `HEAD.lock`, `config.lock`, `packed-refs.lock`, `refs/**.lock`): each one
/// makes every later write fail with "the index is locked". Also the temporaries of a fetch
/// killed half-way (libgit2's `objects/pack/pack_git2_*` and `objects/tmp_object_git2_*`), which
/// block nothing but would stay forever. Only for rulesmith's own cache clones, and only while
/// holding the clone's run lock, so no live writer can own them.
enum StaleGitLocks {
    static func remove(inGitDirectory gitDirectory: String) {
        for name in ["index.lock", "HEAD.lock", "ORIG_HEAD.lock", "FETCH_HEAD.lock", "config.lock", "packed-refs.lock"] {
            unlink(gitDirectory + "/" + name)
        }
        removeLocks(under: gitDirectory + "/refs", depth: 0)
        let pack = gitDirectory + "/objects/pack"
        for name in (try? FileSystem.contents(of: pack)) ?? [] where name.hasPrefix("pack_git2_") || name.hasSuffix(".lock") {
            unlink(pack + "/" + name)
        }
        let objects = gitDirectory + "/objects"
        for name in (try? FileSystem.contents(of: objects)) ?? [] where name.hasPrefix("tmp_object_git2_") {
            unlink(objects + "/" + name)
        }
    }

    private static func removeLocks(under folder: String, depth: Int) {
        guard depth < 32, let names = try? FileSystem.contents(of: folder) else { return }
        for name in names {
            let path = folder + "/" + name
            if name.hasSuffix(".lock") {
                unlink(path)
            } else if FileSystem.type(of: path, followLinks: false) == .directory {
                removeLocks(under: path, depth: depth + 1)
            }
        }
    }
}
