import ArgumentParser
import RulesmithKit

/// `rulesmith adopt FILE`: fold a hand edit of a generated file into a repository-local overlay.
struct AdoptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt", abstract: "Keep a hand edit for good as a repository-local overlay rule.",
        discussion: """
        Lines you added outside the rules' text become .rulesmith/overlays/adopted-<file>.md, a rule \
        rendered after the stacks' rules in every target. Changes inside one rule's text become \
        .rulesmith/overlays/<rule>.md, which replaces that rule's body. The overlays are listed in \
        .rulesmith.yml, the file is re-rendered (your text may move to where overlays render), and \
        the other targets are updated. Edits that delete text spanning several rules are refused. \
        A rules file rulesmith did not write (a hand-written AGENTS.md or .cursor/rules/x.mdc) is \
        taken in whole: its text becomes an overlay and rulesmith writes the file from then on.

        Examples:
          rulesmith adopt AGENTS.md
          git add .rulesmith .rulesmith.yml .rulesmith.lock && git commit -m "Keep our AGENTS.md additions"
        """)

    @OptionGroup var options: WorkflowOptions

    @Argument(help: "The generated file whose hand edit to keep.")
    var file: String

    func run() throws {
        try Output.finish(try Adoption.run(file: file, registry: options.registry), format: options.format)
    }
}
