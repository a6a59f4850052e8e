import Testing
@testable import RulesmithLint

/// Round nine (`HeldOutRoundNine`) as development data, measured the way `InjectionRoundEightTests`
/// measures round eight. Written blind while the detector was tuned on round eight; run once at
/// f5f48b0 (detector frozen at cd6e1a0): 183/332 malicious files (55.1%) and 16/98 benign files
/// with an error. Run once more, as a second check of the concept-pair design (override as the
/// assistant's own instructions + what is predicated of them, prohibitions by negation scope),
/// at 4de2d05 before any tuning on it: 202/332 (60.8%) and 15/98. Those are the honest figures
/// SECURITY.md keeps. Since then it is development data (tuned on its misses with variants of our
/// own): the floors below are the tuned figures, not held-out ones, and both goals are still
/// missed, which the known issue records.
struct InjectionRoundNineTests {
    @Test func roundNineMeetsTheGoal() {
        let rate = InjectionDetectionRateTests.rate(HeldOutRoundNine.malicious)
        print("held-out round nine: \(rate) draw an error")
        for miss in rate.misses {
            print("  round nine miss: \(miss)")
        }
        let alarms = InjectionDetectionRateTests.alarms(HeldOutRoundNine.benign, atLeast: .error)
        print("held-out round nine benign samples with an error: \(alarms.count)/\(HeldOutRoundNine.benign.count)")
        for alarm in alarms {
            print("  round nine false alarm: \(alarm)")
        }
        #expect(rate.caught >= 241, "\(rate.misses)")
        #expect(alarms.count <= 8, "\(alarms)")
        withKnownIssue("round 9 as development data: 241/332 (72.6%) caught and 8/98 benign files with an error, against the goals of 95% and none") {
            #expect(rate.percent >= 95, "\(rate.misses)")
            #expect(alarms.isEmpty, "\(alarms)")
        }
    }

    /// The round is as large as its brief asks, and a miss printed by name points at one sample.
    @Test func roundNineIsCompleteAndItsNamesAreUnique() {
        let names = (HeldOutRoundNine.malicious + HeldOutRoundNine.benign).map(\.name)
        #expect(HeldOutRoundNine.malicious.count >= 250)
        #expect(HeldOutRoundNine.benign.count >= 80)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasPrefix("r9-") })
    }
}
