import Testing
import RulesmithEditors
@testable import RulesmithLint

/// The goals of issue 14, item 16, measured: on the development set and on each held-out round
/// once it became development data, the share of malicious files that draw a security error
/// (goal: at least 95% on the held-out set), and that no benign file draws a security error (the
/// multilingual benign set: no warning either). Prints the rates and every miss.
struct InjectionDetectionRateTests {
    /// How many samples drew an error, and what each of the others drew instead.
    struct Rate: CustomStringConvertible {
        var caught = 0
        var total = 0
        var misses: [String] = []
        var percent: Double { total == 0 ? 100 : Double(caught) * 100 / Double(total) }
        var description: String { "\(caught)/\(total) (\((percent * 10).rounded() / 10)%)" }
    }

    static func rate(_ samples: [AdversarialSample]) -> Rate {
        var rate = Rate()
        for sample in samples {
            rate.total += 1
            let diagnostics = SecurityLint.diagnostics(sample.text, kind: sample.kind)
            if diagnostics.contains(where: { $0.severity == .error }) {
                rate.caught += 1
            } else {
                rate.misses.append("\(sample.name): \(diagnostics.map { "\($0.ruleID)/\($0.severity.rawValue)" })")
            }
        }
        return rate
    }

    /// Samples that draw a finding of at least `severity`, with what they drew.
    static func alarms(_ samples: [AdversarialSample], atLeast severity: Severity) -> [String] {
        samples.compactMap { sample in
            let loud = SecurityLint.diagnostics(sample.text, kind: sample.kind).filter { $0.severity >= severity }
            return loud.isEmpty ? nil : "\(sample.name): \(loud.map { "\($0.ruleID) \($0.message)" })"
        }
    }

    @Test func developmentSetIsCaughtAndItsBenignCasesAreQuiet() {
        let rate = Self.rate(InjectionDevelopmentSet.malicious)
        print("injection development set: \(rate) draw an error; misses: \(rate.misses)")
        let unexpected = rate.misses.filter { miss in !InjectionDevelopmentSet.acceptedMisses.keys.contains { miss.hasPrefix($0 + ":") } }
        #expect(unexpected.isEmpty, "\(unexpected)")
        let alarms = Self.alarms(InjectionDevelopmentSet.benign, atLeast: .error)
        #expect(alarms.isEmpty, "\(alarms)")
    }

    /// Round seven missed both goals when it was held out (99/118, 9/55 benign errors); it is
    /// development data now, so meeting the goal here is a tuned figure, not a held-out one.
    @Test func roundSevenAsDevelopmentDataMeetsTheGoal() {
        let rate = Self.rate(HeldOutRoundSeven.malicious)
        print("round seven (development data): \(rate) draw an error; misses: \(rate.misses)")
        #expect(rate.caught >= 118, "\(rate.misses)")
        let alarms = Self.alarms(HeldOutRoundSeven.benign, atLeast: .error)
        #expect(alarms.isEmpty, "\(alarms)")
    }

    /// Round six missed the benign goal when it was held out (114/117, 2/41 benign errors); it is
    /// development data now, so meeting the goal here is a tuned figure, not a held-out one.
    @Test func roundSixAsDevelopmentDataMeetsTheGoal() {
        let rate = Self.rate(HeldOutRoundSix.malicious)
        print("round six (development data): \(rate) draw an error; misses: \(rate.misses)")
        #expect(rate.caught >= 114, "\(rate.misses)")
        let alarms = Self.alarms(HeldOutRoundSix.benign, atLeast: .error)
        #expect(alarms.isEmpty, "\(alarms)")
    }

    /// Round five missed the goal when it was held out (110/114, 3/34 benign errors); it is
    /// development data now, so meeting the goal here is a tuned figure, not a held-out one.
    @Test func roundFiveAsDevelopmentDataMeetsTheGoal() {
        let rate = Self.rate(HeldOutRoundFive.malicious)
        print("round five (development data): \(rate) draw an error")
        #expect(rate.percent >= 95, "\(rate.misses)")
        let alarms = Self.alarms(HeldOutRoundFive.benign, atLeast: .error)
        #expect(alarms.isEmpty, "\(alarms)")
    }

    @Test func benignMultilingualSetDrawsNoWarningOrError() {
        let alarms = Self.alarms(BenignMultilingualSet.samples, atLeast: .warning)
        print("benign multilingual set: \(alarms.count)/\(BenignMultilingualSet.samples.count) samples with a warning or error")
        #expect(alarms.isEmpty, "\(alarms)")
    }
}
