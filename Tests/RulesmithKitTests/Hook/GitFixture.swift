import Foundation
import RulesmithTestSupport
import RulesmithGit

/// A `ScratchRepository` for Kit's hook tests; libgit2 in this process is kept away from the
/// machine's global config too.
final class GitFixture: ScratchRepository {
    static let emptyConfig: String = {
        let path = NSTemporaryDirectory() + "rulesmith-hook-tests-noconfig"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for level in [Git.ConfigLevel.global, .xdg, .system, .programData] {
            try? Git.setConfigSearchPath(level, to: path)
        }
        return path
    }()

    init(files: [String: String] = [:]) throws {
        try super.init(prefix: "rulesmith-hook-", home: .shared(Self.emptyConfig), files: files)
    }
}
