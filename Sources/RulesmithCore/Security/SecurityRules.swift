/// The security scan: SEC001–SEC011 (code points), SEC101–SEC112 (heuristics), SEC201 (secrets).
public enum SecurityRules {
    public static let all: [any Rule] = []
}
