import Testing
@testable import RulesmithTemplates

/// `--shard K/N`: parsing, and a stable partition of any list of repositories.
struct SyncShardTests {
    @Test func parsesKOverN() {
        #expect(SyncShard("2/4") == SyncShard(index: 2, count: 4))
        #expect(SyncShard("1/1")?.description == "1/1")
        for bad in ["0/4", "5/4", "2", "a/b", "2/0", "1/2/3", ""] { #expect(SyncShard(bad) == nil, "\(bad)") }
    }

    @Test func shardsPartitionWithoutOverlapOrGap() {
        let identities = (0..<500).map { "https://git.example.com/acme/repo-\($0).git" }
        for count in [1, 2, 3, 7] {
            let shards = (1...count).map { SyncShard(index: $0, count: count)! }
            for identity in identities {
                #expect(shards.filter { $0.contains(identity) }.count == 1)
            }
            let sizes = shards.map { shard in identities.filter { shard.contains($0) }.count }
            // Hashing spreads them: no shard is empty or holds more than twice its share.
            #expect(sizes.allSatisfy { $0 > 0 && $0 <= 2 * identities.count / count })
        }
    }

    @Test func addingARepositoryMovesNoOther() {
        let before = (0..<50).map { "repos/r\($0)" }
        let placement = Dictionary(uniqueKeysWithValues: before.map { ($0, SyncShard.bucket(of: $0, count: 4)) })
        let after = ["repos/new"] + before
        for identity in after where identity != "repos/new" {
            #expect(SyncShard.bucket(of: identity, count: 4) == placement[identity])
        }
    }
}
