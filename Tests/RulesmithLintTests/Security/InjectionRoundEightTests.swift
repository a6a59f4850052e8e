import Testing
@testable import RulesmithLint

/// The goals of issue 14, item 16, on held-out round eight (`HeldOutRoundEight`), measured the way
/// `InjectionDetectionRateTests` measures round seven: at least 95% of the malicious files draw a
/// security error and no benign file draws one. Prints the rate and every miss and false alarm.
/// Committed before it was ever run, so its first result is a held-out figure. Round eight was the
/// first written by a helper who never read the detector: run once at 5820670 (detector frozen at
/// 679f24e), 138/251 malicious files (55.0%) drew an error and 18/76 benign files did. Both goals
/// are missed; the known issue holds those floors so a regression still fails, and the figures are
/// the ones SECURITY.md reports.
struct InjectionRoundEightTests {
    @Test func roundEightMeetsTheGoal() {
        let rate = InjectionDetectionRateTests.rate(HeldOutRoundEight.malicious)
        print("held-out round eight: \(rate) draw an error")
        for miss in rate.misses {
            print("  round eight miss: \(miss)")
        }
        let alarms = InjectionDetectionRateTests.alarms(HeldOutRoundEight.benign, atLeast: .error)
        print("held-out round eight benign samples with an error: \(alarms.count)/\(HeldOutRoundEight.benign.count)")
        for alarm in alarms {
            print("  round eight false alarm: \(alarm)")
        }
        #expect(rate.caught >= 138, "\(rate.misses)")
        #expect(alarms.count <= 18, "\(alarms)")
        withKnownIssue("held-out round 8: 138/251 (55.0%) caught and 18/76 benign files with an error, against the goals of 95% and none") {
            #expect(rate.percent >= 95, "\(rate.misses)")
            #expect(alarms.isEmpty, "\(alarms)")
        }
    }

    /// The round is as large as its brief asks, and a miss printed by name points at one sample.
    @Test func roundEightIsCompleteAndItsNamesAreUnique() {
        let names = (HeldOutRoundEight.malicious + HeldOutRoundEight.benign).map(\.name)
        #expect(HeldOutRoundEight.malicious.count >= 120)
        #expect(HeldOutRoundEight.benign.count >= 60)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasPrefix("r8") })
    }
}
