import Testing
@testable import RulesmithLint

/// The goals of issue 14, item 16, on held-out round nine (`HeldOutRoundNine`), measured the way
/// `InjectionRoundEightTests` measures round eight: at least 95% of the malicious files draw a
/// security error and no benign file draws one. Prints the rate and every miss and false alarm.
/// Committed before it was ever run, so its first result is a held-out figure. Round nine was written
/// blind, like round eight, while the detector was being tuned on round eight (to 239/251 there); run
/// once at f5f48b0 (detector frozen at cd6e1a0), 183/332 malicious files (55.1%) drew an error and
/// 16/98 benign files did: tuning on round eight did not move the held-out rate. Both goals are
/// missed; the known issue holds those floors so a regression still fails, and the figures are the
/// ones SECURITY.md reports.
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
        #expect(rate.caught >= 183, "\(rate.misses)")
        #expect(alarms.count <= 16, "\(alarms)")
        withKnownIssue("held-out round 9: 183/332 (55.1%) caught and 16/98 benign files with an error, against the goals of 95% and none") {
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
