import Foundation
import RulesmithLint
import Testing
@testable import RulesmithDocs

/// The schema of `.rulesmith.yml` says what `ConfigurationReader` accepts: the same keys at every
/// level (read from the reader's own "known keys" message, so a key added to the reader and not to
/// the schema fails here), and rule keys, tags and levels the reader takes.
struct ConfigurationSchemaTests {
    /// The rendered schema, parsed (built on each use: `[String: Any]` is not `Sendable`).
    static var schema: [String: Any] {
        let data = Data(ConfigurationSchema().render().utf8)
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    /// The keys the reader lists when it meets an unknown key at `yaml` (which holds `zzz-unknown`).
    static func readerKeys(_ yaml: String) -> Set<String> {
        do {
            _ = try ConfigurationReader().read(yaml, path: ".rulesmith.yml")
        } catch {
            let message = error.errors.map(\.message).joined()
            guard let range = message.range(of: "known keys: ") else { return [] }
            return Set(message[range.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return []
    }

    static func properties(_ path: [String]) -> Set<String> {
        var node: [String: Any]? = schema
        for key in path { node = (node?["properties"] as? [String: Any])?[key] as? [String: Any] }
        return Set(((node?["properties"] as? [String: Any]) ?? [:]).keys)
    }

    @Test(arguments: [
        ([String](), "zzz-unknown: 1\n"),
        (["lint"], "lint:\n  zzz-unknown: 1\n"),
        (["registry"], "registry:\n  zzz-unknown: 1\n"),
        (["hook"], "hook:\n  zzz-unknown: 1\n"),
        (["llms-txt"], "llms-txt:\n  zzz-unknown: 1\n"),
    ])
    func theSchemaHasTheReadersKeys(path: [String], yaml: String) {
        let expected = Self.readerKeys(yaml)
        #expect(!expected.isEmpty, "the reader's message changed; update the test")
        #expect(Self.properties(path) == expected)
    }

    @Test func everyRuleKeyTheSchemaAllowsIsOneTheReaderAccepts() throws {
        let definitions = try #require(Self.schema["definitions"] as? [String: Any])
        let pattern = try #require((definitions["ruleKey"] as? [String: Any])?["pattern"] as? String)
        let regex = try NSRegularExpression(pattern: pattern)
        func allowed(_ key: String) -> Bool {
            regex.firstMatch(in: key, range: NSRange(key.startIndex..., in: key)) != nil
        }
        for description in RuleCatalogue.standard.descriptions {
            for key in [description.id, description.name, description.id.lowercased()] + description.aliases {
                #expect(allowed(key), "the schema refuses \(key)")
                #expect((try? ConfigurationReader().read("lint:\n  rules:\n    \(key): off\n", path: "c.yml")) != nil, "the reader refuses \(key)")
            }
        }
        #expect(!allowed("LT9999") && !allowed("no-such-rule"))
        let tags = try #require((definitions["tag"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(tags) == RuleCatalogue.standard.tags)
        for tag in tags {
            #expect((try? ConfigurationReader().read("lint:\n  tags:\n    \(tag): off\n", path: "c.yml")) != nil, "the reader refuses tag \(tag)")
        }
    }

    @Test func everyLevelWordIsOneTheReaderAccepts() {
        for word in ConfigurationSchema.levelWords + ConfigurationSchema.levelWords.map { $0.uppercased() } {
            #expect(RuleLevel(word) != nil, "\(word)")
        }
        #expect(ConfigurationSchema.anyCase(["off", "a-b"]) == "^([oO][fF][fF]|[aA]-[bB])$")
    }
}
