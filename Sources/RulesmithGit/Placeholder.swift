/// Placeholder until the module has content.
enum RulesmithGitPlaceholder {}
