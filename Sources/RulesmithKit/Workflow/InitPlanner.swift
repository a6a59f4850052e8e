import RulesmithFacts
import RulesmithLint
import RulesmithTemplates
import RulesmithText

/// The decisions of `rulesmith init` before anything is read from or written to disk: which
/// stacks (and why), which targets, which variables (and where each value came from). Pure: its
/// input is the options, the configuration already there, the registry's stacks and the facts.
public enum InitPlanner {
    /// Where the stacks came from.
    public enum StackSource: String, Sendable {
        /// `.rulesmith.yml` already names them.
        case configuration
        /// The user named them.
        case option
        /// Detected from the repository's facts.
        case detection
    }

    /// Where a variable's value came from.
    public enum VariableSource: String, Sendable {
        case configuration, option
        /// `project_name` defaulted to the repository folder's name.
        case folderName = "folder-name"
        /// `project_name` from what the repository calls itself (a manifest, the README's H1).
        case projectName = "project-name"
    }

    /// A variable with its value and source.
    public struct Variable: Sendable, Equatable {
        public var name: String
        public var value: String
        public var source: VariableSource
        /// Where the repository says it (`package.json:2`), for `.projectName`.
        public var evidence: String?
    }

    /// What the planner needs; `facts` only when `needsFacts` said so.
    public struct Input: Sendable {
        public var stacks: [String] = []
        public var targets: [String] = []
        public var variables: [String: String] = [:]
        /// The configuration already in the repository, if any.
        public var existing: ProjectConfiguration?
        /// Every stack of the registry revision init renders.
        public var registryStacks: [TemplateStack] = []
        public var facts: RepositoryFacts?
        /// The repository folder's name (`project_name` when the repository names itself nowhere).
        public var folderName = "project"
        /// What the repository calls itself (the default `project_name`).
        public var projectName: ProjectNameFact?
        /// The registry's tag aliases (`golang` → go), so `--stack` accepts what people type.
        public var tagAliases: [String: String] = [:]

        public init() {}
    }

    /// The decisions.
    public struct Decisions: Sendable {
        public var stackSource: StackSource
        /// Detected stacks with their evidence (detection only; may include base).
        public var detected: [DetectedStacks.Match] = []
        /// The stacks written to the configuration (base is implied).
        public var stacks: [String]
        public var targets: [String]
        public var variables: [Variable]
        /// The report's lines before the file list, as printed.
        public var reportLines: [String] = []

        /// The variables as the configuration holds them.
        public var values: [String: String] { Dictionary(variables.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 }) }
    }

    /// Whether detection runs (no configuration and no stacks named), so the caller reads facts.
    public static func needsFacts(_ input: Input) -> Bool {
        (input.existing == nil && input.stacks.isEmpty) || StackNameCheck.mentionsDetected(input.existing?.stacks ?? input.stacks)
    }

    /// The stacks detected from `input.facts`, base left out (it always applies).
    private static func detectedMatches(_ input: Input) -> [DetectedStacks.Match] {
        input.facts.map { DetectedStacks.matches($0, stacks: input.registryStacks) } ?? []
    }

    public static func plan(_ given: Input) throws(RulesmithFailure) -> Decisions {
        var input = given
        let existing = input.existing ?? ProjectConfiguration()
        let known = StackNameCheck.Known(input.registryStacks, aliases: input.tagAliases)
        do {
            // `--stack Rust,golang` is written out as the stacks it means (`rust`, `go`).
            input.stacks = try StackNameCheck.resolve(input.stacks, in: known)
        } catch {
            throw RulesmithFailure.usage("\(option: .stack): \(error)")
        }
        if input.existing != nil, !(input.stacks.isEmpty && input.targets.isEmpty && input.variables.isEmpty) {
            throw RulesmithFailure.usage("\(ProjectConfiguration.fileName): already exists; edit it (stacks, targets, variables) instead of passing options, then run rulesmith init")
        }
        var decisions = Decisions(stackSource: .option, stacks: input.stacks, targets: [], variables: [])
        if input.existing != nil {
            decisions.stackSource = .configuration
            decisions.stacks = existing.stacks
            decisions.reportLines.append("using \(ProjectConfiguration.fileName): stacks \(decisions.stacks.isEmpty ? "none (only base)" : decisions.stacks.joined(separator: ", "))")
        } else if input.stacks.isEmpty {
            decisions.stackSource = .detection
            let matches = detectedMatches(input)
            decisions.detected = matches
            decisions.stacks = matches.map(\.id).filter { $0 != StackResolver.baseStackID }
            decisions.reportLines.append(matches.isEmpty ? "detected stacks: none (only base applies; choose with \(option: .stack))" : "detected stacks:")
            for match in matches {
                decisions.reportLines.append("  \(match.id) (\(match.title)): " + match.evidence.joined(separator: "; "))
            }
        } else if StackNameCheck.mentionsDetected(input.stacks) {
            // "Detected, plus these": written out as the stacks they are today, like plain detection.
            let matches = detectedMatches(input)
            decisions.detected = matches
            decisions.stacks = StackNameCheck.expand(input.stacks, detected: matches.map(\.id).filter { $0 != StackResolver.baseStackID })
            decisions.reportLines.append(matches.isEmpty ? "detected stacks: none" : "detected stacks:")
            for match in matches {
                decisions.reportLines.append("  \(match.id) (\(match.title)): " + match.evidence.joined(separator: "; "))
            }
            decisions.reportLines.append("stacks: \(decisions.stacks.joined(separator: ", "))")
        } else {
            decisions.reportLines.append("stacks: \(input.stacks.joined(separator: ", "))")
        }
        decisions.targets = input.targets.isEmpty ? (existing.targets.isEmpty ? WorkflowRender.defaultTargets : existing.targets) : input.targets
        decisions.reportLines.append("targets: \(decisions.targets.joined(separator: ", "))")

        var variables = existing.variables.map { Variable(name: $0.key, value: $0.value, source: .configuration) }
        for (name, value) in input.variables {
            variables.removeAll { $0.name == name }
            variables.append(Variable(name: name, value: value, source: .option))
        }
        let named: [String]
        do {
            named = try StackNameCheck.resolve(decisions.stacks, in: known)
        } catch {
            throw input.existing == nil
                ? RulesmithFailure.usage("\(option: .stack): \(error)")
                : RulesmithFailure.usage("\(ProjectConfiguration.fileName): \(error)")
        }
        let chain: [TemplateStack]
        do {
            let detected = detectedMatches(input).map(\.id).filter { $0 != StackResolver.baseStackID }
            chain = try StackResolver.resolve(StackNameCheck.expand(named, detected: detected), in: Dictionary(input.registryStacks.map { ($0.id, $0) }, uniquingKeysWith: { $1 }))
        } catch let error as TemplateError {
            throw RulesmithFailure.usage("\(option: .stack): \(error.description)")
        } catch {
            throw RulesmithFailure.registry("\(error)")
        }
        do {
            try VariableResolution.checkNames(Dictionary(variables.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 }), chain: chain)
        } catch {
            throw input.existing == nil
                ? RulesmithFailure.usage("\(option: .variable): \(error.description)")
                : RulesmithFailure.usage("\(ProjectConfiguration.fileName): \(error.description)")
        }
        for stack in chain {
            for variable in stack.variables
            where variable.isRequired && !variables.contains(where: { $0.name == variable.name || $0.name == "\(stack.id).\(variable.name)" }) {
                guard variable.name == "project_name", input.existing == nil else {
                    let need = "\(stack.id).\(variable.name): the stacks need a value for it (\(variable.description ?? "no description"))"
                    throw input.existing == nil
                        ? RulesmithFailure.usage("\(need); pass \(option: .variable) \(stack.id).\(variable.name)=VALUE")
                        : RulesmithFailure.usage("\(need); add it under 'variables:' in \(ProjectConfiguration.fileName)")
                }
                if let named = input.projectName {
                    variables.append(Variable(name: variable.name, value: named.value, source: .projectName, evidence: named.evidence.description))
                } else {
                    variables.append(Variable(name: variable.name, value: input.folderName, source: .folderName))
                }
            }
        }
        decisions.variables = variables.sorted { $0.name < $1.name }
        return decisions
    }
}
