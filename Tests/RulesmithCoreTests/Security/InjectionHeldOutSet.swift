@testable import RulesmithCore

/// Written after the detector was frozen; filled in below.
enum InjectionHeldOutSet {
    static let malicious: [AdversarialSample] = []
    static let benign: [AdversarialSample] = []
}
