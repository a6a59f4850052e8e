/// Something a render did that the user should know but that does not stop it: an advisory or
/// unconfirmed budget exceeded, a manual rule a target cannot express, an override without effect.
public struct RenderNote: Sendable, Hashable, CustomStringConvertible {
    /// The target name (`cursor`, `agents`, …), or nil for a note about the whole render.
    public var target: String?
    /// The rendered file the note is about, when it is about one.
    public var path: String?
    /// The rule (`stack/rule`) the note is about, when it is about one.
    public var rule: String?
    public var message: String

    public init(target: String?, path: String? = nil, rule: String? = nil, message: String) {
        self.target = target
        self.path = path
        self.rule = rule
        self.message = message
    }

    public var description: String {
        switch (path, target) {
        case let (path?, target?): "\(path) (\(target)): \(message)"
        case let (nil, target?): "\(target): \(message)"
        case let (path?, nil): "\(path): \(message)"
        case (nil, nil): message
        }
    }
}
