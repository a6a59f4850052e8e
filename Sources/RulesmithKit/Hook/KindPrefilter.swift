/// A byte-level test that rules out most index paths before `FileKind.classify` (which splits the
/// path into strings): a known kind's file name ends in `.md` or `.mdc`, or is an `llms*.txt` or
/// a dot-file ending in `rules`, or ends in `.json` or `.toml` (MCP and hook configurations), or
/// lies under a `skills/` folder (a skill's scripts and references), all in any case (classify
/// folds case). It may pass paths
/// classify rejects, never the reverse (a test walks every kind's example path and the corpus
/// through both).
enum KindPrefilter {
    static func mayBeKnown(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            var start = bytes.count
            while start > 0 && bytes[start - 1] != 0x2F { start -= 1 }
            let name = UnsafeBufferPointer(rebasing: bytes[start...])
            let count = name.count
            guard count >= 3 else { return false }
            func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            func nameEnds(with suffix: StaticString) -> Bool {
                let length = suffix.utf8CodeUnitCount
                guard count >= length else { return false }
                for offset in 0..<length where lower(name[count - length + offset]) != suffix.utf8Start[offset] { return false }
                return true
            }
            if nameEnds(with: ".json") || nameEnds(with: ".toml") { return true }
            if Self.containsSkillsFolder(bytes) { return true }
            let last = lower(name[count - 1])
            if last == 0x64, lower(name[count - 2]) == 0x6D, name[count - 3] == 0x2E { return true } // .md
            if count >= 4, last == 0x63, lower(name[count - 2]) == 0x64, lower(name[count - 3]) == 0x6D,
               name[count - 4] == 0x2E { return true } // .mdc
            if count >= 8, lower(name[0]) == 0x6C, lower(name[1]) == 0x6C, lower(name[2]) == 0x6D, lower(name[3]) == 0x73,
               name[count - 4] == 0x2E, lower(name[count - 3]) == 0x74, lower(name[count - 2]) == 0x78, last == 0x74 {
                return true // llms*.txt
            }
            if count >= 6, name[0] == 0x2E, lower(name[count - 5]) == 0x72, lower(name[count - 4]) == 0x75,
               lower(name[count - 3]) == 0x6C, lower(name[count - 2]) == 0x65, last == 0x73 { return true } // .*rules
            return false
        }
    }

    /// Whether `skills/` starts the path or follows a `/`, in any case.
    static func containsSkillsFolder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word: [UInt8] = Array("skills/".utf8)
        guard bytes.count > word.count else { return false }
        var start = 0
        while start + word.count <= bytes.count {
            if start == 0 || bytes[start - 1] == 0x2F {
                var offset = 0
                while offset < word.count {
                    let byte = bytes[start + offset]
                    if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != word[offset] { break }
                    offset += 1
                }
                if offset == word.count { return true }
            }
            start += 1
        }
        return false
    }
}
