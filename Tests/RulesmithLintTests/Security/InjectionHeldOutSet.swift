import RulesmithEditors
@testable import RulesmithLint

/// The held-out round written after the last freeze: empty until round six is written (rounds
/// one to five are development material, `InjectionDevelopmentSet`).
enum InjectionHeldOutSet {
    static let malicious: [AdversarialSample] = []
    static let benign: [AdversarialSample] = []
}
