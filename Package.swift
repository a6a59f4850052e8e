// swift-tools-version:6.0
import PackageDescription

// Linux only: libgit2 and libcurl are loaded by their Linux file names (`libgit2.so.1.5`,
// `libcurl.so.4`), and nothing is built or tested on macOS, so no Apple platform is declared.
let package = Package(
    name: "rulesmith",
    products: [
        .executable(name: "rulesmith", targets: ["rulesmith"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        // MARK: System libraries

        /** libgit2's API (headers from libgit2-dev) through stubs that dlopen libgit2 on first use, so linting never loads it. */
        .target(name: "CGit2"),

        /** HTTP GET through libcurl loaded with dlopen on first use (only `llms ctx --fetch` needs it). */
        .target(name: "CCurlLoader"),

        // MARK: Pure layers (no file system, network or database; each may import only the ones above it)

        /** Bytes and text primitives: source text and positions, UTF-8, globs, path syntax, excerpts, JSON values, the Markdown block scanner. */
        .target(name: "RulesmithText"),

        /** What each editor reads: file kinds, output targets and their paths, glob dialects, size budgets. */
        .target(name: "RulesmithEditors", dependencies: ["RulesmithText"]),

        /** The lint engine and every rule: llms.txt, rules files, security scan, suppressions, catalogue, reporters, `.rulesmith.yml`. */
        .target(
            name: "RulesmithLint",
            dependencies: ["RulesmithText", "RulesmithEditors", "RulesmithFacts", .product(name: "Yams", package: "Yams")]
        ),

        /** llms.txt tools beyond linting: context expansion (`llms ctx`) and generation (`llms generate`). */
        .target(name: "RulesmithLLMS", dependencies: ["RulesmithText", "RulesmithLint"]),

        /** Repository facts: projects, stacks, package managers, commands and versions, each with its evidence (path:line). No I/O. */
        .target(name: "RulesmithFacts", dependencies: ["RulesmithText", .product(name: "Yams", package: "Yams")]),

        /** Templates and stacks, rendering into each target, workflow planning (drift, lockfile, adoption), sync manifests, trusted git hosts. */
        .target(
            name: "RulesmithTemplates",
            dependencies: [
                "RulesmithText",
                "RulesmithEditors",
                "RulesmithLint",
                "RulesmithLLMS",
                "RulesmithFacts",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // MARK: Storage and git

        /** The template registry: SQLite through GRDB, migrations, revisions, FTS5 search. */
        .target(
            name: "RulesmithRegistry",
            dependencies: [
                "RulesmithText",
                "RulesmithLint",
                "RulesmithTemplates",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        /** A small, safe Swift API over libgit2. */
        .target(name: "RulesmithGit", dependencies: ["CGit2"]),

        // MARK: Orchestration and CLI

        /** Orchestration and all file-system I/O: config discovery, workspace scan, apply, sync, hook. */
        .target(
            name: "RulesmithKit",
            dependencies: [
                "RulesmithText", "RulesmithEditors", "RulesmithLint", "RulesmithLLMS", "RulesmithFacts", "RulesmithTemplates",
                "RulesmithRegistry", "RulesmithGit", "CCurlLoader",
            ]
        ),
        /** The command-line interface: one file per subcommand, no logic of its own. */
        .executableTarget(
            name: "rulesmith",
            dependencies: [
                "RulesmithKit",
                "RulesmithEditors",
                "RulesmithLint",
                "RulesmithTemplates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        /** Documents generated from the code: one page per rule, the catalogue table, the JSON Schema of `.rulesmith.yml`. */
        .target(name: "RulesmithDocs", dependencies: ["RulesmithText", "RulesmithEditors", "RulesmithLint", "RulesmithTemplates"]),
        /** Developer tool: regenerates committed derived files (the built-in template bundle, the rule docs, the config schema, the security scan's tables). */
        .executableTarget(name: "rulesmith-dev", dependencies: ["RulesmithTemplates", "RulesmithDocs", "RulesmithLint"]),

        // MARK: Tests (one target per module; each imports the module it tests and what that module may import)

        /** Helpers several test targets share: the subprocess runner, the hermetic git environment, the shared-corpus locator. */
        .target(name: "RulesmithTestSupport", path: "Tests/Support"),
        /** Text primitives, globs, gitignore and the Markdown scanner. */
        .testTarget(name: "RulesmithTextTests", dependencies: ["RulesmithText", "RulesmithTestSupport"]),
        /** File kinds, the target catalogue and glob dialects. */
        .testTarget(name: "RulesmithEditorsTests", dependencies: ["RulesmithEditors"]),
        /** Every rule's examples, the engine, suppressions, the security scan, reporters, configuration, the corpora. */
        .testTarget(
            name: "RulesmithLintTests", dependencies: ["RulesmithLint", "RulesmithEditors", "RulesmithText", "RulesmithTestSupport"]),
        /** Context expansion, link resolution and llms.txt generation. */
        .testTarget(
            name: "RulesmithLLMSTests",
            dependencies: ["RulesmithLLMS", "RulesmithLint", "RulesmithText", "RulesmithTestSupport"]),
        /** The facts engine on synthetic trees and on the corpus of real repositories. */
        .testTarget(name: "RulesmithFactsTests", dependencies: ["RulesmithFacts", "RulesmithTestSupport"]),
        /** Rendering into every target, drift and lockfile planning, sync manifests, the import gate, trusted hosts. */
        .testTarget(
            name: "RulesmithTemplatesTests",
            dependencies: [
                "RulesmithTemplates", "RulesmithFacts", "RulesmithLLMS", "RulesmithLint", "RulesmithEditors", "RulesmithText", "RulesmithTestSupport",
            ]),
        /** The registry on real SQLite files: migrations, import, search, revisions. */
        .testTarget(
            name: "RulesmithRegistryTests",
            dependencies: [
                "RulesmithRegistry", "RulesmithTemplates", "RulesmithLint", "RulesmithEditors", "RulesmithText",
                "RulesmithTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        /** The generated documents are current, the rule pages lint clean and the schema matches the configuration reader. */
        .testTarget(
            name: "RulesmithDocsTests",
            dependencies: ["RulesmithDocs", "RulesmithLint", "RulesmithEditors", "RulesmithTemplates", "RulesmithText"]),
        /** The libgit2 wrapper on real repositories. */
        .testTarget(name: "RulesmithGitTests", dependencies: ["RulesmithGit", "CGit2", "RulesmithTestSupport"]),
        /** Orchestration in process: workspace scan, lint input, apply, sync, hook, llms services. */
        .testTarget(
            name: "RulesmithKitTests",
            dependencies: [
                "RulesmithKit", "RulesmithText", "RulesmithEditors", "RulesmithLint", "RulesmithLLMS", "RulesmithFacts",
                "RulesmithTemplates", "RulesmithRegistry", "RulesmithGit", "RulesmithTestSupport",
                .product(name: "Yams", package: "Yams"),
            ]),
        /** The real binary: every command, hostile input in a sandbox, crash safety, self-lint, the layer check. */
        .testTarget(
            name: "rulesmithTests", dependencies: ["rulesmith", "RulesmithKit", "RulesmithTestSupport"],
            exclude: ["SelfLint/documentation.rulesmith.yml", "SelfLint/rule-pages.rulesmith.yml"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
