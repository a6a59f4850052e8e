import FuzzSupport
import RulesmithLint

/// The security scan (code points, heuristics, secrets, UTF-16 transcoding) on its own, then every
/// rule of a rules file end to end.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSecurity(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzLint.bytes(data, size)
    FuzzLint.run(bytes, kind: .agentsMd, options: LintOptions(onlyRules: FuzzSecurityRules.ids))
    FuzzLint.run(bytes, kind: size & 1 == 0 ? .cursorrules : .copilot)
    return 0
}

/// The IDs of the security rules, so the first pass runs nothing else.
enum FuzzSecurityRules {
    static let ids = Set(SecurityRules.all.map(\.description.id))
}
