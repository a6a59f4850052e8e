/// Renders a stack chain into every requested editor's files.
public enum TargetRenderer {
    /// The files for `input.targets`, in path order. Placeholder: concatenates every rule into AGENTS.md.
    public static func render(_ input: RenderInput) throws(RenderError) -> [RenderedFile] {
        var body = ""
        var rules: [String] = []
        for stack in input.chain {
            for rule in stack.rules {
                let text: [UInt8]
                do {
                    text = try TemplateRenderer.render(rule.body, variables: StackResolver.variables(of: input.chain), values: input.variables, stack: stack.id)
                } catch {
                    throw .template("\(stack.id)/\(rule.id): \(error)")
                }
                body += String(decoding: text, as: UTF8.self) + "\n"
                rules.append("\(stack.id)/\(rule.id)")
            }
        }
        return [RenderedFile(path: "AGENTS.md", target: "agents", contents: Array(body.utf8), rules: rules)]
    }
}
