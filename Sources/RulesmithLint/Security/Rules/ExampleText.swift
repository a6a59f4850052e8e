/// Builders for rule examples that hold long runs of hidden characters.
enum ExampleText {
    /// `text` spelled in invisible tag characters (ASCII + U+E0000), as ASCII smuggling does.
    static func tags(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { Unicode.Scalar($0.value + 0xE0000) }))
    }
}
