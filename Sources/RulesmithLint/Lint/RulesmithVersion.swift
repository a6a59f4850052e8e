/// The version printed by `--version` and written into SARIF output and lockfiles.
public enum RulesmithVersion {
    public static let current = "0.1.0"
}
