import RulesmithText
import Yams

/// The registry's index (`Registry/index.yml`): stack categories and tag aliases.
public struct RegistryIndex: Sendable, Hashable {
    public var categories: [RegistryCategory]
    /// Alias → canonical tag, both lowercase (`tailwindcss → tailwind`).
    public var tagAliases: [String: String]

    public init(categories: [RegistryCategory] = [], tagAliases: [String: String] = [:]) {
        self.categories = categories
        self.tagAliases = tagAliases
    }

    /// The index file's path relative to a template repository's root.
    public static let path = "Registry/index.yml"

    /// The canonical form of `tag`: lowercase, with an alias replaced by what it stands for.
    public func canonicalTag(_ tag: String) -> String {
        let lower = tag.lowercased()
        return tagAliases[lower] ?? lower
    }

    /// Every spelling that means `tag`: its canonical form and each alias of that form.
    public func spellings(of tag: String) -> Set<String> {
        let canonical = canonicalTag(tag)
        var output: Set<String> = [canonical, tag.lowercased()]
        for (alias, target) in tagAliases where target == canonical { output.insert(alias) }
        return output
    }

    /// This index with `other`'s categories and aliases added (other wins on conflicts).
    public func merging(_ other: RegistryIndex) -> RegistryIndex {
        var merged = self
        for category in other.categories {
            if let index = merged.categories.firstIndex(where: { $0.id == category.id }) {
                merged.categories[index] = category
            } else {
                merged.categories.append(category)
            }
        }
        merged.tagAliases.merge(other.tagAliases) { _, new in new }
        return merged
    }

    /// Parses `index.yml` bytes.
    public static func parse(_ bytes: [UInt8], path: String = RegistryIndex.path) throws -> RegistryIndex {
        guard UTF8Validation.isValid(bytes) else {
            throw TemplateError.malformedStack(path: path, reason: "not UTF-8 text")
        }
        var index = RegistryIndex()
        for (key, value) in try YAMLNode.mapping(String(decoding: bytes, as: UTF8.self), path: path, what: "the index") {
            switch key {
            case "categories":
                guard let items = value.sequence else {
                    throw TemplateError.malformedStack(path: path, reason: "'categories' must be a list of {id, title}")
                }
                for item in items {
                    guard let id = item["id"]?.string, let title = item["title"]?.string else {
                        throw TemplateError.malformedStack(path: path, reason: "every category needs 'id' and 'title'")
                    }
                    try TemplateIdentifier.validate(id, kind: "category", path: path)
                    index.categories.append(RegistryCategory(id: id, title: title))
                }
            case "tags":
                guard let aliases = value["aliases"]?.mapping else { continue }
                for (alias, target) in aliases {
                    guard let from = alias.string?.lowercased(), let to = target.string?.lowercased() else {
                        throw TemplateError.malformedStack(path: path, reason: "'tags.aliases' must map a tag to a tag")
                    }
                    index.tagAliases[from] = to
                }
            default:
                throw TemplateError.malformedStack(path: path, reason: "unknown key '\(key)'; allowed: categories, tags")
            }
        }
        return index
    }
}

/// A group of stacks in listings (`language`, `framework`, …).
public struct RegistryCategory: Sendable, Hashable, Codable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
