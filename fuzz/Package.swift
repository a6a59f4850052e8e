// swift-tools-version:6.0
import PackageDescription

// The fuzz build: a root package of its own so that sanitizer flags never reach the main build.
// `Sources/RulesmithText`, `Sources/RulesmithEditors` and `Sources/RulesmithLint` are symlinks to
// the parent package's targets (which expose no library product): only the layers the fuzzers
// reach, compiled here with the same dependencies so libFuzzer instruments them too.
// Build with `fuzz/build.sh` (it passes `--sanitize fuzzer --sanitize address`).
let package = Package(
    name: "rulesmith-fuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "RulesmithText"),
        .target(name: "RulesmithEditors", dependencies: ["RulesmithText"]),
        .target(
            name: "RulesmithLint",
            dependencies: ["RulesmithText", "RulesmithEditors", .product(name: "Yams", package: "Yams")]
        ),
        /** Shared invariants every target checks: lint end to end, fixes converge and keep UTF-8. */
        .target(name: "FuzzSupport", dependencies: ["RulesmithText", "RulesmithEditors", "RulesmithLint"]),
        .executableTarget(name: "fuzz-markdown", dependencies: ["FuzzSupport", "RulesmithText", "RulesmithLint"], swiftSettings: entry),
        .executableTarget(name: "fuzz-frontmatter", dependencies: ["FuzzSupport", "RulesmithText", "RulesmithEditors", "RulesmithLint"], swiftSettings: entry),
        .executableTarget(name: "fuzz-security", dependencies: ["FuzzSupport", "RulesmithLint"], swiftSettings: entry),
        .executableTarget(name: "fuzz-config", dependencies: ["FuzzSupport", "RulesmithLint"], swiftSettings: entry),
    ],
    swiftLanguageModes: [.v6]
)

/// libFuzzer supplies `main`; the Swift file only exports `LLVMFuzzerTestOneInput`.
var entry: [SwiftSetting] { [.unsafeFlags(["-parse-as-library"])] }
