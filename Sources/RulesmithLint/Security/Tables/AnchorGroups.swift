/// How the security tables lay out stems: grouped by their anchor (the folded first bytes the
/// automaton matches), and variable-length parts packed in one buffer with their start offsets.
enum AnchorGroups {
    /// The distinct anchors of `stems` (their first `length` bytes, folded), in order of first
    /// use, and per anchor the indexes of the stems that share it.
    static func group(_ stems: [[UInt8]], length: Int) -> (anchors: [[UInt8]], stems: [[Int]]) {
        var anchors: [[UInt8]] = []
        var members: [[Int]] = []
        var index: [[UInt8]: Int] = [:]
        for (position, bytes) in stems.enumerated() {
            let anchor = bytes.prefix(length).map(KeywordAutomaton.fold)
            if let known = index[anchor] {
                members[known].append(position)
            } else {
                index[anchor] = anchors.count
                anchors.append(anchor)
                members.append([position])
            }
        }
        return (anchors, members)
    }

    /// The offsets where each of parts of these lengths starts in one buffer, and its end.
    static func starts(_ lengths: [Int]) -> [Int] {
        var starts = [0]
        for length in lengths { starts.append(starts[starts.count - 1] + length) }
        return starts
    }
}
