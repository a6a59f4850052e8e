import RulesmithEditors
@testable import RulesmithLint

/// Round seven of the held-out payloads: written after the detector is frozen.
enum InjectionHeldOutSet {
    static let malicious: [AdversarialSample] = []
    static let benign: [AdversarialSample] = []
}
