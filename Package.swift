// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "rulesmith",
    platforms: [.macOS(.v13)],
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

        // MARK: Pure core

        /** Repository facts: projects, stacks, package managers, commands and versions, each with its evidence (path:line). No I/O. */
        .target(name: "RulesmithFacts", dependencies: [.product(name: "Yams", package: "Yams")]),

        /** Pure logic: Markdown scanning, lint rules, security scan, rendering, reporters. No I/O. */
        .target(
            name: "RulesmithCore",
            dependencies: [
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
                "RulesmithCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        /** A small, safe Swift API over libgit2. */
        .target(name: "RulesmithGit", dependencies: ["RulesmithCore", "CGit2"]),

        // MARK: Orchestration and CLI

        /** Orchestration and all file-system I/O: config discovery, workspace scan, apply, sync, hook. */
        .target(name: "RulesmithKit", dependencies: ["RulesmithCore", "RulesmithFacts", "RulesmithRegistry", "RulesmithGit", "CCurlLoader"]),
        /** The command-line interface: one file per subcommand, no logic of its own. */
        .executableTarget(
            name: "rulesmith",
            dependencies: [
                "RulesmithKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        /** Developer tool: regenerates committed derived files such as the built-in template bundle. */
        .executableTarget(name: "rulesmith-dev", dependencies: ["RulesmithCore"]),

        // MARK: Tests

        /** Helpers several test targets share: an XML well-formedness check, a subprocess runner. */
        .target(name: "RulesmithTestSupport", path: "Tests/Support"),
        .testTarget(name: "RulesmithFactsTests", dependencies: ["RulesmithFacts", "RulesmithTestSupport"]),
        .testTarget(name: "RulesmithCoreTests", dependencies: ["RulesmithCore", "RulesmithTestSupport"]),
        .testTarget(name: "RulesmithRegistryTests", dependencies: ["RulesmithRegistry", "RulesmithCore", "RulesmithTestSupport"]),
        .testTarget(name: "RulesmithGitTests", dependencies: ["RulesmithGit", "CGit2", "RulesmithTestSupport"]),
        .testTarget(
            name: "RulesmithKitTests",
            dependencies: ["RulesmithKit", "RulesmithFacts", "RulesmithTestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(
            name: "rulesmithTests", dependencies: ["rulesmith", "RulesmithKit", "RulesmithTestSupport"],
            exclude: ["SelfLint/documentation.rulesmith.yml"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
