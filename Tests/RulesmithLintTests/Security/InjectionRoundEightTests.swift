import Testing
@testable import RulesmithLint

/// Round eight (`HeldOutRoundEight`) as development data. It was the first round written by a
/// helper who never read the detector, and when held out (run once at 5820670, detector frozen at
/// 679f24e) 138/251 malicious files (55.0%) drew an error and 18/76 benign files did: that is the
/// honest figure SECURITY.md keeps. The design round after it worked on its miss classes, with
/// variants of its own in `InjectionDevelopmentSet+RoundEightClasses`; the floors below are what
/// that round reached (239/251, 95.2%, and no benign error), a tuned figure, not a held-out one.
struct InjectionRoundEightTests {
    @Test func roundEightAsDevelopmentDataMeetsTheGoal() {
        let rate = InjectionDetectionRateTests.rate(HeldOutRoundEight.malicious)
        print("round eight (development data): \(rate) draw an error")
        for miss in rate.misses {
            print("  round eight miss: \(miss)")
        }
        let alarms = InjectionDetectionRateTests.alarms(HeldOutRoundEight.benign, atLeast: .error)
        print("round eight (development data) benign samples with an error: \(alarms.count)/\(HeldOutRoundEight.benign.count)")
        for alarm in alarms {
            print("  round eight false alarm: \(alarm)")
        }
        #expect(rate.caught >= 239, "\(rate.misses)")
        #expect(rate.percent >= 95, "\(rate.misses)")
        #expect(alarms.isEmpty, "\(alarms)")
    }

    /// The round is as large as its brief asked, and a miss printed by name points at one sample.
    @Test func roundEightIsCompleteAndItsNamesAreUnique() {
        let names = (HeldOutRoundEight.malicious + HeldOutRoundEight.benign).map(\.name)
        #expect(HeldOutRoundEight.malicious.count >= 120)
        #expect(HeldOutRoundEight.benign.count >= 60)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasPrefix("r8") })
    }
}
