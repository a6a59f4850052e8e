import Testing
@testable import RulesmithLint

/// The goals of issue 14, item 16, on held-out round nine (`HeldOutRoundNine`), measured the way
/// `InjectionRoundEightTests` measures round eight: at least 95% of the malicious files draw a
/// security error and no benign file draws one. Prints the rate and every miss and false alarm.
/// Committed before it was ever run, so its first result is a held-out figure.
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
        #expect(rate.percent >= 95, "\(rate.misses)")
        #expect(alarms.isEmpty, "\(alarms)")
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
