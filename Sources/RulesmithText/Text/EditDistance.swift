/// Levenshtein distance over UTF-8 bytes, for "did you mean" suggestions on short names.
package func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs.utf8)
    let b = Array(rhs.utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// The candidate closest to `word` within `limit` edits (the first of equals), or nil. Names
/// longer than 64 bytes get no suggestion: the hint is for typos in short keys.
package func closestMatch(to word: String, in candidates: [String], within limit: Int, ignoringCase: Bool = false) -> String? {
    let target = ignoringCase ? word.lowercased() : word
    guard target.utf8.count < 64 else { return nil }
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate.utf8.count < 64 {
        let distance = editDistance(target, ignoringCase ? candidate.lowercased() : candidate)
        if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    return best?.candidate
}
