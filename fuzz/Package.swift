// swift-tools-version:6.0
import PackageDescription

// The fuzz build: a root package of its own so that sanitizer flags never reach the main build.
// `Sources/RulesmithCore` is a symlink to the parent package's core (which exposes no library
// product), compiled here with the same dependencies so libFuzzer instruments it too.
// Build with `fuzz/build.sh` (it passes `--sanitize fuzzer --sanitize address`).
let package = Package(
    name: "rulesmith-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        .target(
            name: "RulesmithCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        /** Shared invariants every target checks: lint end to end, fixes converge and keep UTF-8. */
        .target(name: "FuzzSupport", dependencies: ["RulesmithCore"]),
        .executableTarget(name: "fuzz-markdown", dependencies: ["FuzzSupport", "RulesmithCore"], swiftSettings: entry),
        .executableTarget(name: "fuzz-frontmatter", dependencies: ["FuzzSupport", "RulesmithCore"], swiftSettings: entry),
        .executableTarget(name: "fuzz-security", dependencies: ["FuzzSupport", "RulesmithCore"], swiftSettings: entry),
        .executableTarget(name: "fuzz-config", dependencies: ["FuzzSupport", "RulesmithCore"], swiftSettings: entry),
    ],
    swiftLanguageModes: [.v6]
)

/// libFuzzer supplies `main`; the Swift file only exports `LLVMFuzzerTestOneInput`.
var entry: [SwiftSetting] { [.unsafeFlags(["-parse-as-library"])] }
