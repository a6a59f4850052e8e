import Testing
@testable import RulesmithLint

/// The goals of issue 14, item 16, on held-out round ten (`HeldOutRoundTen`), measured the way
/// `InjectionRoundNineTests` measures round nine: at least 95% of the malicious files draw a
/// security error and no benign file draws one. Prints the rate overall and per idea class, and
/// every miss and false alarm by class. Committed before it was ever run, so its first result is a
/// held-out figure. Round ten was written blind while the detector was redesigned (override read as
/// a concept pair, prohibitions read by their scope); run once at 7a54de0 (the merge of that design),
/// 158/284 malicious files (55.6%) drew an error and 6/99 benign files did. Both goals are missed;
/// the known issue holds those floors so a regression still fails, and the figures are the ones
/// SECURITY.md reports.
struct InjectionRoundTenTests {
    /// The idea classes of item 14, as the third part of a sample's name (`r10-<language>-<class>-…`).
    static let classes = ["ovr", "exf", "per", "dis", "hid", "role"]

    static func ideaClass(of name: String) -> String {
        let parts = name.split(separator: "-")
        return parts.count > 2 ? String(parts[2]) : "?"
    }

    @Test func roundTenMeetsTheGoal() {
        let rate = InjectionDetectionRateTests.rate(HeldOutRoundTen.malicious)
        print("held-out round ten: \(rate) draw an error")
        for ideaClass in Self.classes {
            let samples = HeldOutRoundTen.malicious.filter { Self.ideaClass(of: $0.name) == ideaClass }
            let classRate = InjectionDetectionRateTests.rate(samples)
            print("  round ten class \(ideaClass): \(classRate) draw an error")
            for miss in classRate.misses {
                print("    round ten miss [\(ideaClass)]: \(miss)")
            }
        }
        let alarms = InjectionDetectionRateTests.alarms(HeldOutRoundTen.benign, atLeast: .error)
        print("held-out round ten benign samples with an error: \(alarms.count)/\(HeldOutRoundTen.benign.count)")
        for alarm in alarms {
            print("  round ten false alarm: \(alarm)")
        }
        #expect(rate.caught >= 158, "\(rate.misses)")
        #expect(alarms.count <= 6, "\(alarms)")
        withKnownIssue("held-out round 10: 158/284 (55.6%) caught and 6/99 benign files with an error, against the goals of 95% and none") {
            #expect(rate.percent >= 95, "\(rate.misses)")
            #expect(alarms.isEmpty, "\(alarms)")
        }
    }

    /// The round is as large as its brief asks, every class is well represented, and a miss printed
    /// by name points at one sample.
    @Test func roundTenIsCompleteAndItsNamesAreUnique() {
        let names = (HeldOutRoundTen.malicious + HeldOutRoundTen.benign).map(\.name)
        #expect(HeldOutRoundTen.malicious.count >= 250)
        #expect(HeldOutRoundTen.benign.count >= 90)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasPrefix("r10-") })
        for ideaClass in Self.classes {
            let count = HeldOutRoundTen.malicious.filter { Self.ideaClass(of: $0.name) == ideaClass }.count
            #expect(count >= 40, "class \(ideaClass) has \(count) samples")
        }
        let languages = Set(HeldOutRoundTen.malicious.map { $0.name.split(separator: "-")[1] })
        #expect(languages.count >= 28)
    }
}
