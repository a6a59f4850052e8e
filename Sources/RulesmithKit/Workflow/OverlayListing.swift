import RulesmithLint
import RulesmithTemplates

/// Lists new overlay files under `overlays:` in `.rulesmith.yml`'s text and reads the result back:
/// the one way `adopt`, `init --adopt-existing` and adopted skill files and servers edit the list.
enum OverlayListing {
    /// `text` with every path of `paths` that `listed` lacks added, and the configuration it reads
    /// as; throws when the text cannot be edited safely or no longer reads.
    static func adding(_ paths: [String], to text: String, listed: [String]) throws -> (text: String, configuration: ProjectConfiguration) {
        var text = text
        for path in paths where !listed.contains(path) {
            guard let next = ConfigurationText.addingOverlay(path, to: text) else {
                throw RulesmithError("\(ProjectConfiguration.fileName): cannot add to 'overlays' automatically; list \(path) there by hand")
            }
            text = next
        }
        do {
            return (text, try ConfigurationReader().read(text, path: ProjectConfiguration.fileName))
        } catch {
            throw RulesmithError("\(ProjectConfiguration.fileName): editing 'overlays' broke it (\(error.description)); list the overlays by hand")
        }
    }
}
