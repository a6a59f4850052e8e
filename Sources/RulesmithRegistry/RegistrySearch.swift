import GRDB

extension TemplateRegistry {
    /// The SQL every search runs (also what the benchmark gives the `sqlite3` tool): bm25 with
    /// title, description and tags weighted above the body, and a snippet of the body.
    public static let searchSQL = """
        SELECT stack_id, rule_id, title, description,
               snippet(template_search, 5, '[', ']', '…', 12) AS snippet,
               bm25(template_search, 0.0, 0.0, 10.0, 4.0, 6.0, 1.0) AS score
        FROM template_search WHERE template_search MATCH ? ORDER BY score LIMIT ?
        """

    /// Templates matching every word of `text`, best first (FTS5, porter stemming).
    public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        guard let pattern = Self.searchPattern(text) else { return [] }
        return try read { db in
            let statement = try db.cachedStatement(sql: Self.searchSQL)
            return try Row.fetchAll(statement, arguments: [pattern, limit]).map { row in
                SearchHit(
                    stackID: row["stack_id"], ruleID: row["rule_id"], stackTitle: row["title"],
                    ruleDescription: (row["description"] as String).split(separator: "\n").first.map(String.init) ?? "",
                    snippet: row["snippet"], score: row["score"])
            }
        }
    }

    /// The FTS5 query for free text: each word as a quoted token, all required (nil when no word).
    /// Quoting keeps FTS5 operators and punctuation in the text from being read as syntax.
    public static func searchPattern(_ text: String) -> String? {
        var tokens: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        guard !tokens.isEmpty else { return nil }
        return tokens.map { "\"\($0)\"" }.joined(separator: " ")
    }
}
