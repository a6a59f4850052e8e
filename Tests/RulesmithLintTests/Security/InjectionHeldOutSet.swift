import RulesmithEditors
@testable import RulesmithLint

/// Round five of the held-out payloads, to be written after the design is frozen again; rounds
/// one to four are development material (`InjectionDevelopmentSet`).
/// `InjectionDetectionRateTests.heldOutSetMeetsTheGoal` prints the rate and each miss.
enum InjectionHeldOutSet {
    static let malicious: [AdversarialSample] = []

    static let benign: [AdversarialSample] = []
}
