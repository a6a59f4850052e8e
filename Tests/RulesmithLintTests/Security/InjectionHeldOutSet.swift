import RulesmithEditors
@testable import RulesmithLint

/// Round four, written after the design was frozen again; filled in below.
enum InjectionHeldOutSet {
    static let malicious: [AdversarialSample] = []
    static let benign: [AdversarialSample] = []
}
