/// Small template trees the tests write into temporary folders (kept as code, not files, so the
/// test target has no unhandled resources).
enum Fixtures {
    /// A team template repository: Templates/ (base, swift) and Registry/index.yml; one rule has CRLF lines and no final newline.
    static let teamRepository: [String: String] = [
        "Registry/index.yml":
            "categories:\n  - id: base\n    title: Every repository\n  - id: language\n    title: Languages\ntags:\n  aliases:\n    swiftlang: swift\n",
        "Templates/README.md":
            "# Team templates\n\nOne folder per stack.\n",
        "Templates/base/commits.md":
            "---\ndescription: How commits in {{project_name}} are written\nalwaysApply: true\n---\n# Commits\n\n- Write commit subjects in the imperative mood, at most 72 characters.\n- Keep unrelated changes in separate commits.\n",
        "Templates/base/stack.yml":
            "id: base\ntitle: Every repository\ndescription: Conventions every repository of the team follows.\ncategory: base\ntags: [general]\nauthor: Platform team\nlicense: MIT\nvariables:\n  project_name:\n    description: The project's name as people write it\n    required: true\n    pattern: \"^[^\\\\n]{1,80}$\"\n",
        "Templates/swift/concurrency.md":
            "---\ndescription: Concurrency in Swift 6\n---\n# Concurrency\r\n\r\n- Prefer structured concurrency: `async let` and task groups.\r\n- Mark types that cross actors `Sendable`; no trailing newline at the end",
        "Templates/swift/stack.yml":
            "id: swift\ntitle: Swift packages\ndescription: Swift 6 packages built with SwiftPM.\ncategory: language\ntags: [swift, spm]\nextends: [base]\ndetect:\n  files: [Package.swift]\n  dependencies:\n    Package.swift: [swift-argument-parser]\nvariables:\n  test_command:\n    description: The command that runs the whole test suite\n    default: swift test\n",
        "Templates/swift/testing.md":
            "---\ndescription: Writing tests with Swift Testing\nglobs: [\"Tests/**/*.swift\"]\ntargets: [all, \"!cursorrules\"]\noverrides:\n  copilot: {excludeAgent: code-review}\n---\n# Tests\n\n- Use Swift Testing (`import Testing`, `@Test`, `#expect`) for new tests.\n- Run `{{test_command}}` before every commit of {{project_name}}.\n",
    ]

    /// An awesome-cursorrules checkout in the per-stack-folder layout (rules/<slug>/.cursorrules, README.md, .mdc).
    static let awesomeRepository: [String: String] = [
        "rules/nextjs-react-typescript-cursorrules-prompt-file/.cursorrules":
            "You are an expert in TypeScript, Next.js App Router, React, and Tailwind.\n\n- Use functional components and TypeScript interfaces.\n- Render {{ message }} bindings only in Vue, never here.\n",
        "rules/nextjs-react-typescript-cursorrules-prompt-file/README.md":
            "# Next.js React TypeScript .cursorrules prompt file\n\nAuthor: [Pontus Abrahamsson](https://twitter.com/pontusab)\n\n## What you can build\nWeb apps with the App Router.\n",
        "rules/nextjs-react-typescript-cursorrules-prompt-file/nextjs-app-router.mdc":
            "---\ndescription: Next.js App Router conventions\nglobs: app/**/*.tsx, app/**/*.{ts,tsx}\n---\n- Keep Server Components the default.\n",
    ]

    /// A folder of awesome-cursorrules .mdc files (the current flat layout), one with unquoted globs.
    static let awesomeMDCFolder: [String: String] = [
        "python-fastapi.mdc":
            "---\ndescription: FastAPI best practices\nglobs: **/*.py\nalwaysApply: false\n---\n# FastAPI\n\n- Use Pydantic models for request and response bodies.\n",
        "python-testing.mdc":
            "---\ndescription: \"pytest conventions\"\nglobs: [\"tests/**/*.py\"]\nalwaysApply: false\n---\n- Use fixtures instead of setup methods.\n",
    ]
}
